import { conversionValue } from '../../core/metrics';
import { rowFormula } from '../define';
import type { FormulaDoc } from '../types';

export const CONVERSION_VALUE = rowFormula({
  name: 'CONVERSION_VALUE',
  params: [
    { name: 'customer_value', rule: 'nonNegative' },
    { name: 'close_rate', rule: 'rate' },
    { name: 'conversions', rule: 'nonNegative', defaultValue: 1, blank: 'zero' },
  ],
  compute: conversionValue,
});

export const CONVERSION_VALUE_DOC: FormulaDoc = {
  summary: {
    en: 'Value of a conversion: customer value × close rate ("1 in 50" buys), × conversions when given.',
    fr: "Valeur d'une conversion : valeur client × taux de transformation (« 1 sur 50 » achète), × conversions si indiqué.",
  },
  definition: {
    en: 'Value = customer_value × close_rate × conversions. A sign-up is worth the share of a customer it turns into: if 1 in 50 subscribers buys, a sign-up is worth 1/50 of a customer\'s lifetime value. "1 in 1,000" and "1 sur 1 000" are one in a thousand. A bare 1, 2 or 40 is refused ("did you mean 2 %?"): write 100% if every conversion buys. Leaving conversions out values one conversion; a blank conversions cell is no conversion (0).',
    fr: "Valeur = customer_value × close_rate × conversions. Une inscription vaut la part de client qu'elle devient : si 1 abonné sur 50 achète, une inscription vaut 1/50 de la valeur vie d'un client. « 1 sur 1 000 » et « 1 in 1,000 » valent un sur mille. Un 1, 2 ou 40 seul est refusé (« vouliez-vous dire 2 % ? ») : écrivez 100 % si chaque conversion achète. Sans conversions, la formule vaut une conversion ; une cellule conversions vide vaut aucune conversion (0).",
  },
  returns: 'A money value.',
  paramText: {
    customer_value: {
      example: '500',
      doc: {
        en: 'What one customer is worth (their lifetime value, see LTV)',
        fr: 'Ce que vaut un client, par exemple sa valeur vie (voir LTV)',
      },
    },
    close_rate: {
      example: '"1 in 50"',
      doc: {
        en: 'Share of conversions that become customers: 0.02, 2%, "1 in 50" or "1/50"',
        fr: 'Part des conversions qui deviennent clients : 0,02, 2 %, « 1 sur 50 » ou « 1/50 »',
      },
    },
    conversions: {
      example: '120',
      doc: {
        en: 'Number of conversions (sign-ups, leads); default 1 when left out',
        fr: 'Nombre de conversions (inscriptions, prospects) ; 1 par défaut si omis',
      },
    },
  },
  usage: '=CONVERSION_VALUE(500, "1 in 50", D2:D13)',
  examples: [
    { args: [500, '1 in 50'], result: 10 },
    { args: [500, '1 sur 50', 120], result: 1200 },
    { args: [500, 0.02, 30], result: 300 },
    { args: [500, '2%'], result: 10 },
    { args: [500, '1 in 1,000', 200], result: 100 },
  ],
};
