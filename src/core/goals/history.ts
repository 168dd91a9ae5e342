/**
 * What Tracking already says about a goal's KPI: its readings, the baseline to suggest and the current
 * value. How a value is read over a period depends on the KPI's kind (stock, flow, average, ratio).
 */
import type { KpiId } from '../catalog';
import { addDays, daysBetween, earlierDate } from '../dates';
import type { TrackingRow } from '../tracking';
import { dailyValues, periodValue, readingDates, seriesOf, stockAt } from './series';
import type { GoalScope } from './types';

export interface Reading {
  date: string;
  value: number;
}

/**
 * The KPI's readings on the given channels, one per date, oldest first. Several channels add up on each
 * date (an average KPI takes their mean instead; a stock adds each channel's latest reading); a ratio
 * is computed from its parts' readings of that date.
 */
export function historyOf(rows: readonly TrackingRow[], kpi: KpiId, channels: readonly string[]): Reading[] {
  return dailyValues(seriesOf(rows, kpi, channels));
}

/** A goal's length in days, both ends included: 2027-01-01 to 2027-01-31 is 31 days. */
export function goalLengthDays(start: string, deadline: string): number {
  return daysBetween(start, deadline) + 1;
}

/** The channels a goal's readings come from: its catalogue channels and its other channel. */
export function goalChannels(goal: Pick<GoalScope, 'channels' | 'otherChannel'>): string[] {
  return goal.otherChannel ? [...goal.channels, goal.otherChannel] : [...goal.channels];
}

export interface BaselineSuggestion {
  value: number;
  /** The period the value covers, both days included (a stock's reading date for both). */
  from: string;
  to: string;
}

/**
 * The baseline Tracking suggests for a goal from `start` to `deadline`. A stock: its latest reading on or
 * before the start. Otherwise the period of the goal's length that ends the day before the start: a
 * flow's sum over it, an average's mean, a ratio from its parts. Undefined without readings there.
 */
export function suggestBaseline(
  rows: readonly TrackingRow[],
  kpi: KpiId,
  channels: readonly string[],
  start: string,
  deadline: string,
): BaselineSuggestion | undefined {
  const series = seriesOf(rows, kpi, channels);
  if (series.kind === 'stock') {
    const reading = stockAt(series, start);
    return reading && { value: reading.value, from: reading.date, to: reading.date };
  }
  const from = addDays(start, -goalLengthDays(start, deadline));
  const to = addDays(start, -1);
  const value = periodValue(series, from, to);
  return value === undefined ? undefined : { value, from, to };
}

/**
 * The goal's current value over [start, min(today, deadline)]: a stock's latest reading in it, a flow's
 * sum, an average's mean, a ratio from its parts. Undefined before the start, or when there is nothing to
 * read: a flow nobody has read since the start has no value yet, not 0 (a 0 read in Tracking is one).
 */
export function currentValue(rows: readonly TrackingRow[], goal: GoalScope, today: string): number | undefined {
  if (today < goal.start) return undefined;
  const series = seriesOf(rows, goal.kpi, goalChannels(goal));
  return periodValue(series, goal.start, earlierDate(today, goal.deadline));
}

/**
 * The latest date in [start, min(today, deadline)] with a reading of the goal's KPI on its channels:
 * how far the readings cover the goal so far. Undefined without one.
 */
export function latestReadingDate(rows: readonly TrackingRow[], goal: GoalScope, today: string): string | undefined {
  const dates = readingDates(seriesOf(rows, goal.kpi, goalChannels(goal)));
  const to = earlierDate(today, goal.deadline);
  for (let i = dates.length - 1; i >= 0; i--) {
    if (dates[i] <= to) return dates[i] >= goal.start ? dates[i] : undefined;
  }
  return undefined;
}
