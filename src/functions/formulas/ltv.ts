import { ltv } from '../../core/metrics';
import { rowFormula } from '../define';
import type { FormulaDoc } from '../types';

export const LTV = rowFormula({
  name: 'LTV',
  params: [
    { name: 'average_order_value', rule: 'nonNegative' },
    { name: 'purchases_per_year', rule: 'nonNegative' },
    { name: 'years', rule: 'nonNegative' },
    { name: 'margin', rule: 'margin', defaultValue: 1 },
  ],
  compute: ltv,
});

export const LTV_DOC: FormulaDoc = {
  summary: {
    en: 'Customer lifetime value (simple): average order value × purchases per year × years × margin.',
    fr: 'Valeur vie client (simple) : panier moyen × achats par an × années × marge.',
  },
  definition: {
    en: 'LTV = average_order_value × purchases_per_year × years × margin; margin defaults to 1 (revenue LTV). Use your gross margin for a profit LTV.',
    fr: "LTV = average_order_value × purchases_per_year × years × margin ; la marge vaut 1 par défaut (LTV en chiffre d'affaires). Mettez votre marge brute pour une LTV en bénéfice.",
  },
  returns: 'A money value per customer.',
  paramText: {
    average_order_value: {
      example: '45',
      doc: { en: 'Average amount of one order', fr: "Montant moyen d'une commande" },
    },
    purchases_per_year: {
      example: '6',
      doc: { en: 'Orders per customer per year', fr: 'Commandes par client et par an' },
    },
    years: {
      example: '3',
      doc: { en: 'Years a customer stays', fr: 'Années pendant lesquelles un client reste' },
    },
    margin: {
      example: '0.5',
      doc: { en: 'Gross margin as a fraction; default 1', fr: 'Marge brute en fraction ; 1 par défaut' },
    },
  },
  usage: '=LTV(B2, C2, D2, 0.6)',
  examples: [
    { args: [45, 6, 3], result: 810 },
    { args: [45, 6, 3, 0.5], result: 405 },
  ],
};
