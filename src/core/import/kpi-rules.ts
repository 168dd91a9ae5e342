/**
 * What one reading of a KPI can be, for an import: whether it may be negative, and how two readings of the
 * same day, channel and KPI found in one file combine (two posts published the same day, or GA4's
 * facebook.com and m.facebook.com). The server checks the first rule again before writing.
 */
import { kpiById, type KpiId } from '../catalog';

/**
 * Revenue may be negative (a day's refunds can exceed its sales). Every other KPI counts people, actions or
 * time, or is a rate of them: a negative reach, views or sessions is a corrupt line, not a reading.
 */
const MAY_BE_NEGATIVE: ReadonlySet<KpiId> = new Set<KpiId>(['revenue']);

/**
 * KPIs that count people, not events: the people two posts reached on one day are partly the same people,
 * so adding them overstates reach. The day's largest value is kept (a floor, never an overstatement).
 */
const COUNTS_PEOPLE: ReadonlySet<KpiId> = new Set<KpiId>(['reach']);

export function mayBeNegative(kpi: KpiId): boolean {
  return MAY_BE_NEGATIVE.has(kpi);
}

/**
 * 'add': events and amounts add up (clicks, views, revenue). 'largest': people (reach) keep the day's
 * largest value. 'equal': a stock, an average or a ratio is read once; two different values conflict.
 */
export type SameDayRule = 'add' | 'largest' | 'equal';

export function sameDayRule(kpi: KpiId): SameDayRule {
  if (COUNTS_PEOPLE.has(kpi)) return 'largest';
  return kpiById(kpi)?.kind === 'flow' ? 'add' : 'equal';
}
