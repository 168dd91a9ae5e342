import { goalProgress } from '../../core/metrics';
import { rowFormula } from '../define';
import type { ArgProblem } from '../../core/rules';

/** Allocated once: the column loop must not build an object per row. */
const TARGET_IS_BASELINE: ArgProblem = { arg: 'target', rule: 'number', problem: { code: 'targetIsBaseline' } };
import type { FormulaDoc } from '../types';

export const GOAL_PROGRESS = rowFormula({
  name: 'GOAL_PROGRESS',
  params: [
    { name: 'current', rule: 'number' },
    { name: 'target', rule: 'number' },
    { name: 'baseline', rule: 'number', defaultValue: 0 },
  ],
  compute: (current, target, baseline) => goalProgress(current, target, baseline) ?? TARGET_IS_BASELINE,
});

export const GOAL_PROGRESS_DOC: FormulaDoc = {
  summary: {
    en: 'Goal progress: (current − baseline) / (target − baseline); 0.7 and above is green, like OKRs.',
    fr: "Progression d'un objectif : (actuel − base) / (cible − base) ; 0,7 et plus est vert, comme les OKR.",
  },
  definition: {
    en: 'Progress = (current − baseline) / (target − baseline); baseline defaults to 0. Works for goals that reduce a number (target below baseline). Not clamped: 1.2 means 20 % beyond the target, below 0 means going the wrong way. OKR colours: ≥ 0.7 green, 0.4–0.7 yellow, < 0.4 red.',
    fr: "Progression = (current − baseline) / (target − baseline) ; la base vaut 0 par défaut. Fonctionne pour les objectifs de baisse (cible sous la base). Non bornée : 1,2 signifie 20 % au-delà de la cible, moins de 0 signifie reculer. Couleurs OKR : ≥ 0,7 vert, 0,4–0,7 jaune, < 0,4 rouge.",
  },
  returns: { en: 'A score, 1 = target reached (format as %).', fr: 'Un score, 1 = cible atteinte (format %).' },
  paramText: {
    current: {
      example: '1500',
      doc: { en: 'Current value of the KPI', fr: 'Valeur actuelle du KPI' },
    },
    target: {
      example: '1800',
      doc: { en: 'Target value', fr: 'Valeur cible' },
    },
    baseline: {
      example: '1200',
      doc: { en: 'Value when the goal started; default 0', fr: "Valeur au début de l'objectif ; 0 par défaut" },
    },
  },
  usage: '=GOAL_PROGRESS(B2:B6, C2:C6, D2:D6)',
  examples: [
    { args: [1500, 1800, 1200], result: 0.5 },
    { args: [35, 30, 40], result: 0.5 },
    { args: [900, 1000], result: 0.9 },
  ],
};
