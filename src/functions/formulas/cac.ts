import { cac } from '../../core/metrics';
import { rowFormula } from '../define';
import type { FormulaDoc } from '../types';

export const CAC = rowFormula({
  name: 'CAC',
  params: [
    { name: 'cost', rule: 'nonNegative' },
    { name: 'new_customers', rule: 'positive' },
  ],
  compute: cac,
});

export const CAC_DOC: FormulaDoc = {
  summary: {
    en: 'Customer acquisition cost: total acquisition cost / new customers.',
    fr: "Coût d'acquisition client : coût total d'acquisition / nouveaux clients.",
  },
  definition: {
    en: 'CAC = cost / new_customers. Include your own time in cost (see TOTAL_COST) or CAC is understated.',
    fr: 'CAC = cost / new_customers. Incluez votre temps dans le coût (voir TOTAL_COST), sinon le CAC est sous-estimé.',
  },
  returns: 'A money value per customer.',
  paramText: {
    cost: {
      example: '1200',
      doc: { en: 'Total acquisition cost over the period', fr: "Coût total d'acquisition sur la période" },
    },
    new_customers: {
      example: '40',
      doc: { en: 'New customers won over the same period', fr: 'Nouveaux clients gagnés sur la même période' },
    },
  },
  usage: '=CAC(F2:F13, G2:G13)',
  examples: [{ args: [1200, 40], result: 30 }],
};
