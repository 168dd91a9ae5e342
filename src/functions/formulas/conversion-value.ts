import { conversionValue } from '../../core/metrics';
import { rowFormula } from '../define';
import type { FormulaDoc } from '../types';

export const CONVERSION_VALUE = rowFormula({
  name: 'CONVERSION_VALUE',
  params: [
    { name: 'customer_value', rule: 'nonNegative' },
    { name: 'close_rate', rule: 'rate' },
    { name: 'conversions', rule: 'nonNegative', defaultValue: 1 },
  ],
  compute: conversionValue,
});

export const CONVERSION_VALUE_DOC: FormulaDoc = {
  summary: {
    en: 'Value of a conversion: customer value × close rate ("1 in 50" buys), × conversions when given.',
    fr: "Valeur d'une conversion : valeur client × taux de transformation (« 1 sur 50 » achète), × conversions si indiqué.",
  },
  definition: {
    en: 'Value = customer_value × close_rate × conversions. A sign-up is worth the share of a customer it turns into: if 1 in 50 subscribers buys, a sign-up is worth 1/50 of a customer\'s lifetime value. A rate above 1 is refused (2 means 200 %; did you mean 2 %?).',
    fr: "Valeur = customer_value × close_rate × conversions. Une inscription vaut la part de client qu'elle devient : si 1 abonné sur 50 achète, une inscription vaut 1/50 de la valeur vie d'un client. Un taux supérieur à 1 est refusé (2 signifie 200 % ; vouliez-vous dire 2 % ?).",
  },
  returns: { en: 'A money value.', fr: 'Une valeur monétaire.' },
  paramText: {
    customer_value: {
      example: '500',
      doc: { en: 'What one customer is worth (their lifetime value, see LTV)', fr: 'Ce que vaut un client, par exemple sa valeur vie (voir LTV)' },
    },
    close_rate: {
      example: '"1 in 50"',
      doc: { en: 'Share of conversions that become customers: 0.02, 2%, "1 in 50" or "1/50"', fr: 'Part des conversions qui deviennent clients : 0,02, 2 %, « 1 sur 50 » ou « 1/50 »' },
    },
    conversions: {
      example: '120',
      doc: { en: 'Number of conversions (sign-ups, leads); default 1', fr: 'Nombre de conversions (inscriptions, prospects) ; 1 par défaut' },
    },
  },
  usage: '=CONVERSION_VALUE(500, "1 in 50", D2:D13)',
  examples: [
    { args: [500, '1 in 50'], result: 10 },
    { args: [500, '1 sur 50', 120], result: 1200 },
    { args: [500, 0.02, 30], result: 300 },
    { args: [500, '2%'], result: 10 },
  ],
};
