import { ppcEquivalent } from '../../core/ppc';
import type { FormulaDoc, FormulaSpec } from '../types';

export const PPC_EQUIVALENT: FormulaSpec = {
  name: 'PPC_EQUIVALENT',
  params: [
    { name: 'keywords_or_visits', rule: 'nonNegative' },
    { name: 'visits_or_cpc', rule: 'nonNegative' },
    { name: 'cpc_keywords', rule: 'nonNegative', optional: true },
    { name: 'cpc', rule: 'nonNegative', optional: true },
    { name: 'skip_unmatched', rule: 'boolean', optional: true },
  ],
  run: (args, env) => ppcEquivalent(args, env.convention),
};

export const PPC_EQUIVALENT_DOC: FormulaDoc = {
  summary: {
    en: 'What your organic traffic would have cost in pay-per-click: Σ visits × cost per click, by row or by keyword.',
    fr: 'Ce que votre trafic organique aurait coûté en paiement au clic : Σ visites × coût par clic, par ligne ou par mot-clé.',
  },
  definition: {
    en: 'PPC equivalent = Σ visits × cpc. With 2 arguments (visits, cpc) rows are paired. With 4 or 5 (keywords, visits, cpc_keywords, cpc, [skip_unmatched]) each analytics keyword is matched to the CPC table, case-insensitive and trimmed, accents kept. An unmatched keyword is an error that names it, unless skip_unmatched is TRUE.',
    fr: 'Équivalent PPC = Σ visites × cpc. Avec 2 arguments (visits, cpc), les lignes sont appariées. Avec 4 ou 5 (keywords, visits, cpc_keywords, cpc, [skip_unmatched]), chaque mot-clé est cherché dans le tableau des CPC, sans tenir compte de la casse ni des espaces autour, accents compris. Un mot-clé sans CPC est une erreur qui le nomme, sauf si skip_unmatched vaut VRAI.',
  },
  returns: 'A money value.',
  paramText: {
    keywords_or_visits: {
      example: 'A2:A50',
      doc: {
        en: 'Analytics keywords (4-5 arguments), or visits (2 arguments)',
        fr: 'Mots-clés analytics (4-5 arguments), ou visites (2 arguments)',
      },
    },
    visits_or_cpc: {
      example: 'B2:B50',
      doc: {
        en: 'Visits per keyword (4-5 arguments), or cost per click (2 arguments)',
        fr: 'Visites par mot-clé (4-5 arguments), ou coût par clic (2 arguments)',
      },
    },
    cpc_keywords: {
      example: 'E2:E40',
      doc: { en: 'Keywords of the CPC table', fr: 'Mots-clés du tableau des CPC' },
    },
    cpc: {
      example: 'F2:F40',
      doc: { en: 'Cost per click of each CPC keyword', fr: 'Coût par clic de chaque mot-clé du tableau' },
    },
    skip_unmatched: {
      example: 'TRUE',
      doc: { en: 'TRUE leaves keywords without a CPC out instead of failing', fr: 'VRAI écarte les mots-clés sans CPC au lieu d’échouer' },
    },
  },
  usage: '=PPC_EQUIVALENT(A2:A50, B2:B50, E2:E40, F2:F40)',
  examples: [
    {
      args: [
        [[120], [80]],
        [[1.5], [0.9]],
      ],
      result: 252,
    },
    {
      args: [
        [['pain au levain'], ['croissant']],
        [[300], [150]],
        [['Croissant '], ['pain au levain']],
        [[0.8], [1.2]],
      ],
      result: 480,
    },
    { args: [[['croissant'], ['baguette']], [[100], [50]], [['croissant']], [[0.5]], true], result: 50 },
  ],
};
