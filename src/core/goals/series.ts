/**
 * A KPI's Tracking readings for a set of channels, arranged to answer "what was its value over this
 * period?" by the KPI's kind. Shared by the baseline suggestion, the current value and the achievable check.
 */
import { channelKey, kpiById, type KpiId } from '../catalog';
import { isIsoDate } from '../dates';
import type { TrackingRow } from '../tracking';
import { OTHER_CHANNEL } from './types';

/** Readings per date, sorted, with running totals so any window's sum and count cost two binary searches. */
interface DailyTotals {
  dates: string[];
  sums: number[];
  counts: number[];
  /** runningSums[i] = sums[0] + … + sums[i − 1]. */
  runningSums: number[];
  runningCounts: number[];
}

export type Series =
  | { kind: 'flow' | 'average'; totals: DailyTotals }
  /**
   * values[i]: the channels' total on dates[i], each channel at its latest reading on or before that date;
   * channels: each channel's own readings (a ratio's stock part reads them one by one).
   */
  | { kind: 'stock'; dates: string[]; values: number[]; channels: ChannelReadings[] }
  /** dates: the dates with a reading of either part. */
  | { kind: 'ratio'; form: 'over' | 'share'; numerator: Series; denominator: Series; dates: string[] };

/** One channel's readings of a stock, one per date (the day's largest), sorted. */
interface ChannelReadings {
  dates: string[];
  values: number[];
}

type StockSeries = Extract<Series, { kind: 'stock' }>;

export function seriesOf(rows: readonly TrackingRow[], kpiId: KpiId, channels: readonly string[]): Series {
  const kpi = kpiById(kpiId);
  if (!kpi) throw new RangeError(`unknown KPI: ${kpiId}`);
  if (kpi.kind === 'ratio' && kpi.ratio) {
    const numerator = seriesOf(rows, kpi.ratio.numerator, channels);
    const denominator = seriesOf(rows, kpi.ratio.denominator, channels);
    const dates = [...new Set([...readingDates(numerator), ...readingDates(denominator)])].sort();
    return { kind: 'ratio', form: kpi.ratio.form, numerator, denominator, dates };
  }
  const keys = new Set(channels.filter((c) => c !== OTHER_CHANNEL && c.trim() !== '').map(channelKey));
  const readings = rows.filter(
    (r) =>
      r.kpi === kpiId && typeof r.channel === 'string' && keys.has(channelKey(r.channel)) && isIsoDate(r.date) && Number.isFinite(r.value),
  );
  if (kpi.kind === 'stock') return stockSeries(readings);
  return { kind: kpi.kind === 'average' ? 'average' : 'flow', totals: dailyTotals(readings) };
}

function dailyTotals(readings: readonly TrackingRow[]): DailyTotals {
  const byDate = new Map<string, { sum: number; count: number }>();
  for (const r of readings) {
    const day = byDate.get(r.date) ?? { sum: 0, count: 0 };
    day.sum += r.value;
    day.count += 1;
    byDate.set(r.date, day);
  }
  const dates = [...byDate.keys()].sort();
  const sums = dates.map((d) => byDate.get(d)!.sum);
  const counts = dates.map((d) => byDate.get(d)!.count);
  const runningSums = [0];
  const runningCounts = [0];
  dates.forEach((_, i) => {
    runningSums.push(runningSums[i] + sums[i]);
    runningCounts.push(runningCounts[i] + counts[i]);
  });
  return { dates, sums, counts, runningSums, runningCounts };
}

/**
 * Several channels' stock is their sum, each carried at its latest reading, however long before. The
 * sum starts only once every channel that has readings has its first one: adding a channel later must
 * not look like growth, so a period that ends before some channel's first reading has no value.
 * Two readings of one channel on one date: the day's largest counts (one stock, not two; the Goals
 * sheet's MAXIFS reads the same, whatever the order of the rows).
 */
function stockSeries(readings: readonly TrackingRow[]): StockSeries {
  const byChannel = new Map<string, Map<string, number>>();
  for (const r of readings) {
    const key = channelKey(r.channel);
    const days = byChannel.get(key) ?? new Map<string, number>();
    const earlier = days.get(r.date);
    days.set(r.date, earlier === undefined ? r.value : Math.max(earlier, r.value));
    byChannel.set(key, days);
  }
  const channels = [...byChannel.values()].map((days) => {
    const dates = [...days.keys()].sort();
    return { dates, values: dates.map((d) => days.get(d)!) };
  });
  if (channels.length === 0) return { kind: 'stock', dates: [], values: [], channels };
  const firstComplete = channels
    .map((c) => c.dates[0])
    .sort()
    .pop()!;
  const dates = [...new Set(channels.flatMap((c) => c.dates))].filter((d) => d >= firstComplete).sort();
  const values = dates.map((d) => channels.reduce((total, c) => total + c.values[upperBound(c.dates, d) - 1], 0));
  return { kind: 'stock', dates, values, channels };
}

/** First index whose date is on or after `date`. */
function lowerBound(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid] < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose date is after `date`. */
function upperBound(dates: readonly string[], date: string): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid] <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function totalsIn(totals: DailyTotals, from: string, to: string): { sum: number; count: number } {
  const a = lowerBound(totals.dates, from);
  const b = upperBound(totals.dates, to);
  if (b <= a) return { sum: 0, count: 0 };
  return { sum: totals.runningSums[b] - totals.runningSums[a], count: totals.runningCounts[b] - totals.runningCounts[a] };
}

/** The dates that hold a reading (for a ratio, a reading of either part), sorted. */
export function readingDates(series: Series): string[] {
  switch (series.kind) {
    case 'flow':
    case 'average':
      return series.totals.dates;
    case 'stock':
    case 'ratio':
      return series.dates;
  }
}

/** A stock's latest reading on or before `date`. */
export function stockAt(series: StockSeries, date: string): { date: string; value: number } | undefined {
  const i = upperBound(series.dates, date) - 1;
  return i >= 0 ? { date: series.dates[i], value: series.values[i] } : undefined;
}

/**
 * The KPI's value over [from, to], both days included: a flow's sum, an average's mean, a stock's latest
 * reading in the period, a ratio from its parts (partValue). Undefined when the period holds no reading
 * (for a ratio, when a part has no value or its base is 0 or below).
 */
export function periodValue(series: Series, from: string, to: string): number | undefined {
  switch (series.kind) {
    case 'flow': {
      const { sum, count } = totalsIn(series.totals, from, to);
      return count > 0 ? sum : undefined;
    }
    case 'average': {
      const { sum, count } = totalsIn(series.totals, from, to);
      return count > 0 ? sum / count : undefined;
    }
    case 'stock': {
      const latest = stockAt(series, to);
      return latest && latest.date >= from ? latest.value : undefined;
    }
    case 'ratio': {
      const numerator = partValue(series.numerator, from, to);
      const denominator = partValue(series.denominator, from, to);
      if (numerator === undefined || denominator === undefined) return undefined;
      const base = series.form === 'share' ? numerator + denominator : denominator;
      return base > 0 ? numerator / base : undefined;
    }
  }
}

/**
 * A ratio's part over a period; the ratio has a value only when each part has one (and its base is above
 * 0). The Goals sheet's ratioPart (src/core/sheets/formulas.ts) reads the same.
 * - A flow part is the sum of its readings in the period, undefined without one: lost customers nobody
 *   counted are not 0 lost, and a share of voice without the competitors' mentions is not 100 %.
 * - A stock part is the base the period starts with (churn = customers lost during the period ÷ active
 *   customers at its start), channel by channel: each channel's latest reading on or before the start,
 *   or, for a channel first read after the start, its first reading: never 0 for want of a reading. A
 *   channel never read is left out; one first read after the period's end leaves the base unknown.
 */
function partValue(series: Series, from: string, to: string): number | undefined {
  if (series.kind !== 'stock') return periodValue(series, from, to);
  if (series.channels.length === 0) return undefined;
  let total = 0;
  for (const channel of series.channels) {
    const day = channel.dates[0] > from ? channel.dates[0] : from;
    if (day > to) return undefined;
    total += channel.values[upperBound(channel.dates, day) - 1];
  }
  return total;
}

/** Per-date values: a flow's daily sum, an average's daily mean, a stock's total, a ratio on that day alone. */
export function dailyValues(series: Series): Array<{ date: string; value: number }> {
  switch (series.kind) {
    case 'flow':
      return series.totals.dates.map((date, i) => ({ date, value: series.totals.sums[i] }));
    case 'average':
      return series.totals.dates.map((date, i) => ({ date, value: series.totals.sums[i] / series.totals.counts[i] }));
    case 'stock':
      return series.dates.map((date, i) => ({ date, value: series.values[i] }));
    case 'ratio':
      return readingDates(series).flatMap((date) => {
        const value = periodValue(series, date, date);
        return value === undefined ? [] : [{ date, value }];
      });
  }
}
