import { roiPct } from '../../core/metrics';
import { rowFormula } from '../define';
import type { FormulaDoc } from '../types';

export const ROI_PCT = rowFormula({
  name: 'ROI_PCT',
  params: [
    { name: 'value', rule: 'nonNegative' },
    { name: 'cost', rule: 'positive' },
    { name: 'margin', rule: 'margin', defaultValue: 1 },
  ],
  compute: roiPct,
});

export const ROI_PCT_DOC: FormulaDoc = {
  summary: {
    en: 'Return on investment in percent: (value × margin − cost) / cost × 100; 150 means +150 %.',
    fr: 'Retour sur investissement en pourcentage : (valeur × marge − coût) / coût × 100 ; 150 signifie +150 %.',
  },
  definition: {
    en: 'ROI % = (value × margin − cost) / cost × 100. Margin defaults to 1 (value already net). A percentage multiplies by 100: some guides divide by 100 instead, which gives 1.5 for +150 %.',
    fr: 'ROI % = (valeur × marge − coût) / coût × 100. La marge vaut 1 par défaut (valeur déjà nette). Un pourcentage multiplie par 100 : certains guides divisent par 100, ce qui donne 1,5 pour +150 %.',
  },
  returns: 'ROI in percent (150 means +150 %).',
  paramText: {
    value: {
      example: '2500',
      doc: {
        en: 'Value the social work brought: sales or conversion value',
        fr: 'Valeur apportée par le travail social : ventes ou valeur des conversions',
      },
    },
    cost: {
      example: '1000',
      doc: { en: 'Total cost, your own time included (see TOTAL_COST)', fr: 'Coût total, votre temps compris (voir TOTAL_COST)' },
    },
    margin: {
      example: '0.4',
      doc: {
        en: 'Gross margin as a fraction when value is revenue; default 1',
        fr: 'Marge brute en fraction quand la valeur est un chiffre d’affaires ; 1 par défaut',
      },
    },
  },
  usage: '=ROI_PCT(B2:B13, C2:C13)',
  examples: [
    { args: [2500, 1000], result: 150 },
    { args: [500, 1000], result: -50 },
    { args: [5000, 1000, 0.4], result: 100 },
  ],
};
