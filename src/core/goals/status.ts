/**
 * A goal's progress and status, kept as simple as a native Sheets formula can mirror: the Goals sheet
 * computes the same thing with IF/MIN/MAX, and a test checks that both agree.
 */
import type { KpiKind } from '../catalog';
import { daysBetween } from '../dates';
import type { Lang } from '../i18n/lang';
import { formatAmount } from './format';

export type GoalStatus = 'not_started' | 'ahead' | 'on_track' | 'behind' | 'achieved' | 'missed';

/** Ahead when progress ≥ elapsed + AHEAD_MARGIN; on track when progress ≥ elapsed − BEHIND_MARGIN; else behind. */
export const AHEAD_MARGIN = 0.1;
export const BEHIND_MARGIN = 0.1;

/**
 * Share of the goal's time elapsed on `today`: (today − start) / (deadline − start), clamped to 0..1.
 * Sheets: MAX(0, MIN(1, (today − start) / (deadline − start))).
 */
export function timeElapsed(start: string, deadline: string, today: string): number {
  const total = daysBetween(start, deadline);
  if (total <= 0) return today >= deadline ? 1 : 0;
  return Math.max(0, Math.min(1, daysBetween(start, today) / total));
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
 * Progress toward the target: 0 at the start, 1 at the target, not clamped (1.2 is 20 % beyond).
 * A flow is counted from 0 over the goal's period, so its progress is current / target; a stock, an
 * average or a ratio moves from its baseline, so (current − baseline) / (target − baseline), which also
 * works for reductions. Undefined when the denominator is 0.
 */
export function progressOf(kind: KpiKind, current: number, baseline: number, target: number): number | undefined {
  if (kind === 'flow') return target === 0 ? undefined : current / target;
  return target === baseline ? undefined : (current - baseline) / (target - baseline);
}

/**
 * The sentence that states the progress and status definitions, for the Goals sheet's header note,
 * from its template in the sheets' texts ({ahead} and {behind} are the margins).
 */
export function progressDefinition(lang: Lang, template: string): string {
  const points = (margin: number) => `${formatAmount(lang, margin * 100, 1)} point${margin * 100 === 1 || (lang === 'fr' && margin * 100 < 2) ? '' : 's'}`;
  return template.replace('{ahead}', points(AHEAD_MARGIN)).replace('{behind}', points(BEHIND_MARGIN));
}
