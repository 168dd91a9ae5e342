/**
 * A goal's progress and status, kept as simple as a native Sheets formula can mirror: the Goals sheet
 * computes the same thing with IF/MIN/MAX/MAXIFS (src/core/sheets/formulas.ts), GOAL_PROGRESS takes the
 * same arguments, and emulator tests check that all agree.
 */
import type { KpiKind } from '../catalog';
import { daysBetween } from '../dates';
import type { Lang } from '../lang';
import { formatAmount } from './format';
import { goalProgress } from '../metrics';

export const GOAL_STATUSES = ['not_started', 'ahead', 'on_track', 'behind', 'achieved', 'missed'] as const;

export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Ahead when progress ≥ elapsed + AHEAD_MARGIN; on track when progress ≥ elapsed − BEHIND_MARGIN; else behind. */
export const AHEAD_MARGIN = 0.1;
export const BEHIND_MARGIN = 0.1;

/**
 * Share of the goal's days up to `through`, both ends included, clamped to 0..1: 0 before the start,
 * 1/length on the start day, 1 from the deadline. A reading dated `through` covers that day, so a flow
 * read daily at its baseline's pace has added up exactly baseline × this share.
 * Sheets: IF(through<start, 0, MIN(1, (through − start + 1) / (deadline − start + 1))).
 */
export function shareOfDays(start: string, deadline: string, through: string): number {
  if (through < start) return 0;
  return Math.min(1, (daysBetween(start, through) + 1) / (daysBetween(start, deadline) + 1));
}

/** Share of the goal's time elapsed on `today` (shareOfDays), what the status compares progress with. */
export function timeElapsed(start: string, deadline: string, today: string): number {
  return shareOfDays(start, deadline, today);
}

/**
 * In this order: before the start, not started; progress ≥ 1, achieved; after the deadline, missed;
 * then ahead, on track or behind by comparing progress with the time elapsed. The deadline day itself
 * still counts as in time. The comparisons are written exactly as the sheet formula must write them
 * (progress >= elapsed + margin), so floating-point rounding agrees too.
 */
export function goalStatus(progress: number, elapsed: number, today: string, start: string, deadline: string): GoalStatus {
  if (today < start) return 'not_started';
  if (progress >= 1) return 'achieved';
  if (today > deadline) return 'missed';
  if (progress >= elapsed + AHEAD_MARGIN) return 'ahead';
  if (progress >= elapsed - BEHIND_MARGIN) return 'on_track';
  return 'behind';
}

/**
 * Progress scores the change the goal asks for: 0 is where the baseline alone would be, 1 is the target,
 * not clamped (1.2 is 20 % beyond; below 0, worse than before).
 * - A stock, an average or a ratio moves from its baseline: (current − baseline) ÷ (target − baseline).
 * - A flow (clicks, sales) is counted from 0 over the goal's period, against a baseline counted over a
 *   period as long: by the share `measured` of the goal's days that the readings cover so far, the old
 *   pace would have brought baseline × measured. So (current − baseline × measured) ÷ (target − baseline):
 *   readings at the baseline's pace score 0 all along, readings at the target's pace score the share of
 *   time measured, and 1 at the deadline. With measured = 1 both definitions are one.
 * Also works for reductions (target below baseline). Undefined when target equals baseline.
 */
export function progressOf(kind: KpiKind, current: number, baseline: number, target: number, measured = 1): number | undefined {
  return goalProgress(current, target, baseline, kind === 'flow' ? measured : 1);
}

/**
 * The sentence that states the progress and status definitions, for the Goals sheet's header note,
 * from its template in the sheets' texts ({ahead} and {behind} are the margins).
 */
export function progressDefinition(lang: Lang, template: string): string {
  const points = (margin: number) =>
    `${formatAmount(lang, margin * 100, 1)} point${margin * 100 === 1 || (lang === 'fr' && margin * 100 < 2) ? '' : 's'}`;
  return template.replace('{ahead}', points(AHEAD_MARGIN)).replace('{behind}', points(BEHIND_MARGIN));
}
