import { conversionRate } from '../../core/metrics';
import { rowFormula } from '../define';
import type { FormulaDoc } from '../types';

export const CONVERSION_RATE = rowFormula({
  name: 'CONVERSION_RATE',
  params: [
    { name: 'conversions', rule: 'nonNegative' },
    { name: 'visits', rule: 'positive' },
  ],
  compute: conversionRate,
});

export const CONVERSION_RATE_DOC: FormulaDoc = {
  summary: {
    en: 'Conversion rate: conversions / visits, a fraction.',
    fr: 'Taux de conversion : conversions / visites, une fraction.',
  },
  definition: {
    en: 'Conversion rate = conversions / visits. A conversion is whatever you asked people to do: buy, sign up, download, call.',
    fr: 'Taux de conversion = conversions / visits. Une conversion est ce que vous attendiez des gens : acheter, s’inscrire, télécharger, appeler.',
  },
  returns: 'A fraction (format the cell as %).',
  paramText: {
    conversions: {
      example: '25',
      doc: { en: 'Conversions over the period', fr: 'Conversions sur la période' },
    },
    visits: {
      example: '1000',
      doc: { en: 'Visits (or clicks) over the same period', fr: 'Visites (ou clics) sur la même période' },
    },
  },
  usage: '=CONVERSION_RATE(D2:D13, C2:C13)',
  examples: [{ args: [25, 1000], result: 0.025 }],
};
