import { totalCost } from '../../core/metrics';
import { rowFormula } from '../define';
import type { FormulaDoc } from '../types';

export const TOTAL_COST = rowFormula({
  name: 'TOTAL_COST',
  params: [
    { name: 'hours', rule: 'nonNegative' },
    { name: 'hourly_rate', rule: 'nonNegative' },
    { name: 'other_costs', rule: 'nonNegative', list: true, defaultValue: 0 },
  ],
  compute: totalCost,
});

export const TOTAL_COST_DOC: FormulaDoc = {
  summary: {
    en: "Total cost with your own time: hours × hourly rate + the row's other costs (ads, fees, graphics, writing).",
    fr: 'Coût total avec votre temps : heures × taux horaire + les autres coûts de la ligne (pub, frais, graphisme, rédaction).',
  },
  definition: {
    en: 'Total cost = hours × hourly_rate + Σ other_costs of the row. Time is a cost: leaving it out overstates ROI and understates CAC, so hours without an hourly rate are refused. When hours and hourly_rate are single values, other_costs in one column or one row ({200; 50; 120}) is one list of costs, summed: your time counts once.',
    fr: "Coût total = hours × hourly_rate + Σ other_costs de la ligne. Le temps est un coût : l'oublier gonfle le ROI et minimise le CAC, d'où le refus d'heures sans taux horaire. Quand hours et hourly_rate sont des valeurs seules, other_costs sur une colonne ou une ligne ({200; 50; 120}) est une seule liste de coûts, additionnée : votre temps compte une fois.",
  },
  returns: 'A money value.',
  paramText: {
    hours: {
      example: '10',
      doc: { en: 'Hours spent (yours or your team’s)', fr: 'Heures passées (les vôtres ou celles de l’équipe)' },
    },
    hourly_rate: {
      example: '35',
      doc: { en: 'What one hour costs', fr: 'Ce que coûte une heure' },
    },
    other_costs: {
      example: 'D2:G2',
      doc: {
        en: 'Other costs of the row, one or several columns (blank counts as 0)',
        fr: 'Autres coûts de la ligne, sur une ou plusieurs colonnes (vide compte 0)',
      },
    },
  },
  usage: '=TOTAL_COST(B2:B13, 35, D2:G13)',
  examples: [
    { args: [10, 35], result: 350 },
    { args: [10, 35, [[200, 50, 120]]], result: 720 },
    { args: [10, 35, [[200], [50], [120]]], result: 720 },
  ],
};
