/**
 * The "A" of SMART, checked against the sheet's own history: is the growth this goal asks for within the
 * best growth already seen over a period as long as the goal?
 *
 * L is the goal's length in days (both ends included). Growth from a to b is b / a − 1; for a KPI that
 * should fall ('down'), the reduction 1 − b / a is used instead, so "more" always means "better".
 * - asked: the growth from the baseline to the target;
 * - best: the largest growth seen in Tracking, for every reading date t whose periods fit in the history,
 *   between, for a stock, its value at t and at t + L (each the latest reading on or before that day), and
 *   for a flow, average or ratio, its value over [t, t + L) and over the next period [t + L, t + 2L).
 * The goal is 'ok' when asked ≤ best, else a 'stretch' by asked − best (in percentage points), and
 * 'far' beyond the record when it asks more than twice the best growth ever seen (at least 10 points
 * more: asking 3 % where the record is 1 % is a stretch, not a fantasy), or any growth from 0 that
 * history never made.
 * Growth from 0 is infinite: a goal from a baseline of 0 is 'ok' only if history also rose from 0 once.
 * Reductions from 0 say nothing and are skipped.
 *
 * A channel of the goal without any reading of the KPI (of either part, for a ratio) leaves the history
 * incomplete: the check says so rather than compare the goal with the other channels' record. History
 * too short for the goal's length says how much is needed, and the longest goal it can check now.
 */
import { kpiById, type KpiId } from '../catalog';
import { addDays, daysBetween } from '../dates';
import type { Lang } from '../lang';
import { joinList, kpiWords, GOAL_TEXTS, type KpiWords } from './texts';
import type { TrackingRow } from '../tracking';
import { formatAmount, formatChange } from './format';
import { goalLengthDays } from './history';
import { periodValue, readingDates, seriesOf, stockAt, type Series } from './series';
import { channelNames } from './statement';

export interface AchievableInput {
  kpi: KpiId;
  /** Catalogue ids and free-text channel names, as Tracking names them. */
  channels: readonly string[];
  otherChannel?: string;
  start: string;
  deadline: string;
  baseline: number;
  target: number;
}

interface CheckedGoal {
  kpi: KpiId;
  channels: string[];
  /** L, the goal's length in days. */
  days: number;
}

export type AchievableCheck =
  | (CheckedGoal & {
      status: 'noHistory';
      /** How many days of history, first reading to last, the check needs. */
      neededDays: number;
      /** How many it has (0 without any reading). */
      haveDays: number;
      /** The longest goal, in days, that the history can check now; absent when none (or not shorter). */
      longestDays?: number;
    })
  /** Some of the goal's channels (not all) have no reading of the KPI: `missing` names them. */
  | (CheckedGoal & { status: 'missingChannels'; missing: string[] })
  | (CheckedGoal & { status: 'ok'; better: 'up' | 'down'; asked: number; best: number })
  | (CheckedGoal & {
      status: 'stretch';
      better: 'up' | 'down';
      asked: number;
      best: number;
      /** points: (asked − best) × 100; times: asked / best, when both are finite and best > 0. */
      excess: { points: number; times?: number };
      /** Far beyond the record: more than twice the best growth seen (see above). */
      far: boolean;
    });

/** How the check reads at a glance: within the record, a stretch, far beyond it, or not known. */
export type AchievableVerdict = 'ok' | 'stretch' | 'far' | 'unknown';

export function achievableVerdict(check: AchievableCheck): AchievableVerdict {
  if (check.status === 'ok') return 'ok';
  if (check.status === 'stretch') return check.far ? 'far' : 'stretch';
  return 'unknown';
}

/** Points beyond the record under which a goal is only a stretch, however many times the record it asks. */
const FAR_MIN_POINTS = 10;

/** Growth from `before` to `after` in the better direction; undefined when it says nothing (from 0 to 0, or reducing from 0). */
export function growth(before: number, after: number, better: 'up' | 'down'): number | undefined {
  if (better === 'down') return before > 0 ? 1 - after / before : undefined;
  if (before > 0) return after / before - 1;
  return after > 0 ? Infinity : undefined;
}

export function achievableCheck(rows: readonly TrackingRow[], input: AchievableInput): AchievableCheck {
  const kpi = kpiById(input.kpi);
  if (!kpi) throw new RangeError(`unknown KPI: ${input.kpi}`);
  const channels = input.otherChannel ? [...input.channels, input.otherChannel] : [...input.channels];
  const days = goalLengthDays(input.start, input.deadline);
  const goal: CheckedGoal = { kpi: kpi.id, channels, days };
  const series = seriesOf(rows, kpi.id, channels);
  const dates = readingDates(series);
  const missing = channelsWithoutReadings(rows, kpi.id, channels);
  if (dates.length > 0 && missing.length > 0) return { ...goal, status: 'missingChannels', missing };
  const neededDays = series.kind === 'stock' ? days + 1 : 2 * days;
  const haveDays = dates.length > 0 ? daysBetween(dates[0], dates[dates.length - 1]) + 1 : 0;
  const best = haveDays >= neededDays ? bestGrowth(series, dates, days, kpi.better) : undefined;
  if (best === undefined) {
    // A stock compares t with t + L (L + 1 days); the others two periods of L days.
    const longestDays = haveDays < neededDays ? (series.kind === 'stock' ? haveDays - 1 : Math.floor(haveDays / 2)) : 0;
    return { ...goal, status: 'noHistory', neededDays, haveDays, ...(longestDays >= 2 ? { longestDays } : {}) };
  }

  const asked = growth(input.baseline, input.target, kpi.better) ?? 0;
  if (asked <= best) return { ...goal, status: 'ok', better: kpi.better, asked, best };
  const times = Number.isFinite(asked) && Number.isFinite(best) && best > 0 ? asked / best : undefined;
  const points = (asked - best) * 100;
  const excess = times === undefined ? { points } : { points, times };
  const far = asked === Infinity || (asked > 2 * Math.max(best, 0) && points >= FAR_MIN_POINTS);
  return { ...goal, status: 'stretch', better: kpi.better, asked, best, excess, far };
}

/** The channels, among `channels`, without a single reading of the KPI (for a ratio, of either part). */
export function channelsWithoutReadings(rows: readonly TrackingRow[], kpi: KpiId, channels: readonly string[]): string[] {
  return channels.filter((channel) => readingDates(seriesOf(rows, kpi, [channel])).length === 0);
}

function bestGrowth(series: Series, dates: readonly string[], days: number, better: 'up' | 'down'): number | undefined {
  const last = dates[dates.length - 1];
  let best: number | undefined;
  for (const t of dates) {
    let change: number | undefined;
    if (series.kind === 'stock') {
      const later = addDays(t, days);
      if (later > last) break;
      const before = stockAt(series, t);
      const after = stockAt(series, later);
      if (before && after) change = growth(before.value, after.value, better);
    } else {
      const nextStart = addDays(t, days);
      const nextEnd = addDays(t, 2 * days - 1);
      if (nextEnd > last) break;
      const before = periodValue(series, t, addDays(nextStart, -1));
      const after = periodValue(series, nextStart, nextEnd);
      if (before !== undefined && after !== undefined) change = growth(before, after, better);
    }
    if (change !== undefined && (best === undefined || change > best)) best = change;
  }
  return best;
}

/** What the history must hold: a ratio's parts, or the KPI itself. */
function trackedWords(lang: Lang, kpi: KpiId): KpiWords[] {
  const ratio = kpiById(kpi)?.ratio;
  return ratio ? [kpiWords(lang, ratio.numerator), kpiWords(lang, ratio.denominator)] : [kpiWords(lang, kpi)];
}

/** "This goal asks for +50% in 182 days; the best seen over 182 days was +20%: 30 points more than your record." */
export function achievableMessage(lang: Lang, result: AchievableCheck): string {
  const texts = GOAL_TEXTS[lang];
  const days = formatAmount(lang, result.days, 0);
  if (result.status === 'missingChannels') {
    return texts.achievable.missingChannels({
      kpis: trackedWords(lang, result.kpi),
      channels: joinList(lang, channelNames(lang, result.missing)),
    });
  }
  if (result.status === 'noHistory') {
    return texts.achievable.noHistory({
      needed: formatAmount(lang, result.neededDays, 0),
      ...(result.haveDays > 0 ? { have: formatAmount(lang, result.haveDays, 0) } : {}),
      ...(result.longestDays !== undefined ? { longest: formatAmount(lang, result.longestDays, 0) } : {}),
      kpis: trackedWords(lang, result.kpi),
      channels: joinList(lang, channelNames(lang, result.channels)),
    });
  }
  // Reductions are shown as the fall they are: a reduction of 0.375 reads "-37.5%".
  const show = (g: number) => (Number.isFinite(g) ? formatChange(lang, result.better === 'down' ? -g : g) : texts.achievable.riseFromZero);
  const points = result.status === 'stretch' ? result.excess.points : 0;
  const times = result.status === 'stretch' ? result.excess.times : undefined;
  const parts = {
    days,
    asked: show(result.asked),
    best: show(result.best),
    points: texts.points(Number(points.toFixed(1)), formatAmount(lang, points, 1)),
    ...(times !== undefined ? { times: formatAmount(lang, times, 1) } : {}),
  };
  if (result.asked === Infinity)
    return result.status === 'ok' ? texts.achievable.fromZeroOk(parts) : texts.achievable.fromZeroStretch(parts);
  if (result.status === 'ok') return texts.achievable.ok(parts);
  return result.far ? texts.achievable.far(parts) : texts.achievable.stretch(parts);
}
