import { roas } from '../../core/metrics';
import { rowFormula } from '../define';
import type { FormulaDoc } from '../types';

export const ROAS = rowFormula({
  name: 'ROAS',
  params: [
    { name: 'revenue', rule: 'nonNegative' },
    { name: 'ad_spend', rule: 'positive' },
  ],
  compute: roas,
});

export const ROAS_DOC: FormulaDoc = {
  summary: {
    en: 'Return on ad spend: revenue / ad spend, a ratio (4 means 4 back for 1 spent), not an ROI.',
    fr: 'Retour sur dépenses publicitaires : revenu / dépense pub, un ratio (4 signifie 4 rendus pour 1 dépensé), pas un ROI.',
  },
  definition: {
    en: 'ROAS = revenue / ad_spend. It ignores every other cost and your margin: use ROI_PCT to know whether you earn money.',
    fr: 'ROAS = revenue / ad_spend. Il ignore les autres coûts et votre marge : utilisez ROI_PCT pour savoir si vous gagnez de l’argent.',
  },
  returns: 'A ratio.',
  paramText: {
    revenue: {
      example: '2000',
      doc: { en: 'Revenue attributed to the ads', fr: 'Revenu attribué aux publicités' },
    },
    ad_spend: {
      example: '500',
      doc: { en: 'Money spent on those ads', fr: 'Argent dépensé pour ces publicités' },
    },
  },
  usage: '=ROAS(B2:B13, C2:C13)',
  examples: [{ args: [2000, 500], result: 4 }],
};
