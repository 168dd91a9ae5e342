import { ltvCac } from '../../core/metrics';
import { rowFormula } from '../define';
import type { FormulaDoc } from '../types';

export const LTV_CAC = rowFormula({
  name: 'LTV_CAC',
  params: [
    { name: 'ltv', rule: 'nonNegative' },
    { name: 'cac', rule: 'positive' },
  ],
  compute: ltvCac,
});

export const LTV_CAC_DOC: FormulaDoc = {
  summary: {
    en: 'LTV:CAC ratio: lifetime value / acquisition cost; about 3 is healthy, below 1 loses money.',
    fr: 'Ratio LTV:CAC : valeur vie / coût d’acquisition ; environ 3 est sain, moins de 1 fait perdre de l’argent.',
  },
  definition: {
    en: 'LTV:CAC = ltv / cac. Around 3 is healthy; below 1 each new customer costs more than they bring.',
    fr: "LTV:CAC = ltv / cac. Autour de 3, c'est sain ; sous 1, chaque nouveau client coûte plus qu'il ne rapporte.",
  },
  returns: 'A ratio (3 means 3:1).',
  paramText: {
    ltv: {
      example: '810',
      doc: { en: 'Customer lifetime value (see LTV)', fr: 'Valeur vie client (voir LTV)' },
    },
    cac: {
      example: '270',
      doc: { en: 'Customer acquisition cost (see CAC)', fr: "Coût d'acquisition client (voir CAC)" },
    },
  },
  usage: '=LTV_CAC(H2:H13, I2:I13)',
  examples: [{ args: [810, 270], result: 3 }],
};
