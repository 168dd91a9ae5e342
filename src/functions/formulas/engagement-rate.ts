import { engagementRate } from '../../core/metrics';
import { rowFormula } from '../define';
import type { FormulaDoc } from '../types';

export const ENGAGEMENT_RATE = rowFormula({
  name: 'ENGAGEMENT_RATE',
  params: [
    { name: 'engagements', rule: 'nonNegative' },
    { name: 'base', rule: 'positive' },
  ],
  compute: engagementRate,
});

export const ENGAGEMENT_RATE_DOC: FormulaDoc = {
  summary: {
    en: 'Engagement rate: engagements / base, a fraction; name your base (reach, impressions or followers).',
    fr: "Taux d'engagement : engagements / base, une fraction ; nommez votre base (portée, impressions ou abonnés).",
  },
  definition: {
    en: 'Engagement rate = engagements / base. Rates on different bases are not comparable: say which base you use (reach, impressions or followers) in the column header.',
    fr: "Taux d'engagement = engagements / base. Des taux sur des bases différentes ne se comparent pas : indiquez votre base (portée, impressions ou abonnés) dans l'en-tête de colonne.",
  },
  returns: 'A fraction (format the cell as %).',
  paramText: {
    engagements: {
      example: '150',
      doc: { en: 'Reactions, comments, shares, clicks…', fr: 'Réactions, commentaires, partages, clics…' },
    },
    base: {
      example: '5000',
      doc: { en: 'Reach, impressions or followers: name it', fr: 'Portée, impressions ou abonnés : nommez-la' },
    },
  },
  usage: '=ENGAGEMENT_RATE(C2:C13, B2:B13)',
  examples: [{ args: [150, 5000], result: 0.03 }],
};
