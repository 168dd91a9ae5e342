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
 * The goal is 'ok' when asked ≤ best, else a 'stretch' by asked − best (in percentage points).
 * Growth from 0 is infinite: a goal from a baseline of 0 is 'ok' only if history also rose from 0 once.
 * Reductions from 0 say nothing and are skipped.
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
    })
  | (CheckedGoal & { status: 'ok'; better: 'up' | 'down'; asked: number; best: number })
  | (CheckedGoal & {
      status: 'stretch';
      better: 'up' | 'down';
      asked: number;
      best: number;
      /** points: (asked − best) × 100; times: asked / best, when both are finite and best > 0. */
      excess: { points: number; times?: number };
    });

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
  const neededDays = series.kind === 'stock' ? days + 1 : 2 * days;
  const haveDays = dates.length > 0 ? daysBetween(dates[0], dates[dates.length - 1]) + 1 : 0;
  const best = haveDays >= neededDays ? bestGrowth(series, dates, days, kpi.better) : undefined;
  if (best === undefined) return { ...goal, status: 'noHistory', neededDays, haveDays };

  const asked = growth(input.baseline, input.target, kpi.better) ?? 0;
  if (asked <= best) return { ...goal, status: 'ok', better: kpi.better, asked, best };
  const times = Number.isFinite(asked) && Number.isFinite(best) && best > 0 ? asked / best : undefined;
  const excess = times === undefined ? { points: (asked - best) * 100 } : { points: (asked - best) * 100, times };
  return { ...goal, status: 'stretch', better: kpi.better, asked, best, excess };
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
  if (result.status === 'noHistory') {
    return texts.achievable.noHistory({
      needed: formatAmount(lang, result.neededDays, 0),
      ...(result.haveDays > 0 ? { have: formatAmount(lang, result.haveDays, 0) } : {}),
      kpis: trackedWords(lang, result.kpi),
      channels: joinList(lang, channelNames(lang, result.channels)),
    });
  }
  // Reductions are shown as the fall they are: a reduction of 0.375 reads "-37.5%".
  const show = (g: number) => (Number.isFinite(g) ? formatChange(lang, result.better === 'down' ? -g : g) : texts.achievable.riseFromZero);
  const points = result.status === 'stretch' ? result.excess.points : 0;
  const parts = {
    days,
    asked: show(result.asked),
    best: show(result.best),
    points: texts.points(Number(points.toFixed(1)), formatAmount(lang, points, 1)),
  };
  if (result.asked === Infinity) return result.status === 'ok' ? texts.achievable.fromZeroOk(parts) : texts.achievable.fromZeroStretch(parts);
  return result.status === 'ok' ? texts.achievable.ok(parts) : texts.achievable.stretch(parts);
}
