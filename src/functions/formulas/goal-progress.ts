import { goalProgress } from '../../core/metrics';
import { rowFormula } from '../define';
import type { ArgProblem } from '../../core/rules';
import type { FormulaDoc } from '../types';

/** Allocated once: the column loop must not build an object per row. */
const TARGET_IS_BASELINE: ArgProblem = { arg: 'target', rule: 'number', problem: { code: 'targetIsBaseline' } };

export const GOAL_PROGRESS = rowFormula({
  name: 'GOAL_PROGRESS',
  params: [
    { name: 'current', rule: 'number' },
    { name: 'target', rule: 'number' },
    { name: 'baseline', rule: 'number', defaultValue: 0 },
    { name: 'elapsed', rule: 'fraction', defaultValue: 1 },
  ],
  compute: (current, target, baseline, elapsed) => goalProgress(current, target, baseline, elapsed) ?? TARGET_IS_BASELINE,
});

export const GOAL_PROGRESS_DOC: FormulaDoc = {
  summary: {
    en: 'Goal progress on the change asked for: 0 is where the baseline alone would be, 1 is the target.',
    fr: "Progression d'un objectif sur le changement visé : 0 est là où la base seule mènerait, 1 est la cible.",
  },
  definition: {
    en:
      'Progress = (current − baseline × elapsed) / (target − baseline). For a stock, an average or a ratio (followers, conversion rate) leave elapsed out: (current − baseline) / (target − baseline). ' +
      'For a flow counted since the goal started (clicks, sales), whose baseline is the count over a period as long as the goal, give elapsed, the share of the goal’s days your current value covers (0 to 1; the time elapsed when your readings are up to date): the old pace then scores 0 all along, and the target’s pace scores that share. ' +
      'Works for goals that reduce a number (target below baseline). Not clamped: 1.2 means 20 % beyond the target, below 0 means worse than before. Compare it with the time elapsed: about equal is on track.',
    fr:
      'Progression = (current − baseline × elapsed) / (target − baseline). Pour un stock, une moyenne ou un ratio (abonnés, taux de conversion), omettez elapsed : (current − baseline) / (target − baseline). ' +
      "Pour un flux compté depuis le début de l'objectif (clics, ventes), dont la base est le total sur une période aussi longue que l'objectif, donnez elapsed, la part des jours de l'objectif que couvre votre valeur actuelle (de 0 à 1 ; le temps écoulé si vos relevés sont à jour) : l'ancien rythme vaut alors 0 tout du long, et le rythme de la cible vaut cette part. " +
      'Fonctionne pour les objectifs de baisse (cible sous la base). Non bornée : 1,2 signifie 20 % au-delà de la cible, moins de 0 signifie pire qu’avant. Comparez-la au temps écoulé : à peu près égale, vous êtes dans les temps.',
  },
  returns: 'A score, 1 = target reached (format as %).',
  paramText: {
    current: {
      example: '660',
      doc: {
        en: 'Current value of the KPI (for a flow, the count since the goal started)',
        fr: "Valeur actuelle du KPI (pour un flux, le total depuis le début de l'objectif)",
      },
    },
    target: {
      example: '1320',
      doc: { en: 'Target value', fr: 'Valeur cible' },
    },
    baseline: {
      example: '1200',
      doc: {
        en: 'Value before the goal (for a flow, over a period as long as the goal); default 0',
        fr: "Valeur avant l'objectif (pour un flux, sur une période aussi longue que l'objectif) ; 0 par défaut",
      },
    },
    elapsed: {
      example: '0.5',
      doc: {
        en: 'For a flow only: share of the goal’s days your current value covers, 0 to 1 (the time elapsed if your readings are up to date); default 1',
        fr: "Pour un flux seulement : part des jours de l'objectif que couvre votre valeur actuelle, de 0 à 1 (le temps écoulé si vos relevés sont à jour) ; 1 par défaut",
      },
    },
  },
  usage: '=GOAL_PROGRESS(B2:B6, C2:C6, D2:D6)',
  examples: [
    { args: [1500, 1800, 1200], result: 0.5 },
    { args: [35, 30, 40], result: 0.5 },
    { args: [660, 1320, 1200, 0.5], result: 0.5 },
    { args: [600, 1320, 1200, 0.5], result: 0 },
  ],
};
