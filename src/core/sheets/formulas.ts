/**
 * Native Sheets formulas the add-on writes, so its sheets keep working for collaborators who lack the
 * add-on. They compute the same definitions as src/core/goals (current value by KPI kind, progress,
 * time elapsed, status) and src/core/metrics (ROI %). Tests evaluate them with HyperFormula.
 */
import { kpiById, type Kpi, type KpiId } from '../catalog';
import { AHEAD_MARGIN, BEHIND_MARGIN, type GoalStatus } from '../goals/status';
import { quoteSheet } from './a1';

/**
 * A text as a formula expression that can never end early: a quote inside it is written CHAR(34)
 * ("Snap" & CHAR(34) & "chat") rather than doubled, which every spreadsheet engine reads alike.
 */
export function literal(text: string): string {
  return text
    .split('"')
    .map((part) => `"${part}"`)
    .join('&CHAR(34)&');
}

/**
 * An exact-match criterion for SUMIFS/COUNTIFS/MAXIFS: "=" first so a text starting with "<", ">" or
 * "=" is not read as a comparison, and wildcards escaped so "Snap*" matches only itself.
 */
export function exactCriterion(text: string): string {
  return literal(`=${text.replace(/[~*?]/g, '~$&')}`);
}

/** Where Tracking lives and which of its names to read: the sheet's name and its labels' language. */
export interface TrackingRef {
  sheetName: string;
  kpiLabel(kpi: KpiId): string;
}

/** The period a value is read over: two formula expressions that evaluate to dates. */
export interface Period {
  from: string;
  to: string;
}

function columns(tracking: TrackingRef) {
  const sheet = quoteSheet(tracking.sheetName);
  return { date: `${sheet}!$A:$A`, channel: `${sheet}!$B:$B`, kpi: `${sheet}!$C:$C`, value: `${sheet}!$D:$D` };
}

/**
 * A criterion pair that keeps the rows whose `values` cell holds a number: a Tracking row whose value is
 * blank (a row typed ahead, waiting for its number) or text ("n/a") is no reading, as readTracking and
 * series.ts read it. SUMIFS skips such a cell anyway, but COUNTIFS and the MAXIFS on the date would count
 * the row. A comparison with a number matches numbers only, never a blank, a text or TRUE (HyperFormula
 * and Sheets alike: docs/real-sheets-checklist.md); written without a decimal mark, it reads the same in
 * every locale. A reading below −10^300 is left out too: no KPI has one.
 */
export function numbersIn(values: string): string {
  return `${values}, ${ANY_NUMBER}`;
}

/** The criterion of numbersIn on its own, for a COUNTIFS/SUMIFS pair written by the caller. */
export const ANY_NUMBER = '">-1E+300"';

/** The rows of one KPI on one channel, whatever their value: enough where the value itself is summed or maxed (SUMIFS and MAXIFS skip a blank or a text). */
function kpiOn(tracking: TrackingRef, kpi: KpiId, channel: string): string {
  const c = columns(tracking);
  return `${c.kpi}, ${exactCriterion(tracking.kpiLabel(kpi))}, ${c.channel}, ${exactCriterion(channel)}`;
}

/** The readings of one KPI on one channel: its rows whose value is a number, for counting rows or finding dates. */
function conditions(tracking: TrackingRef, kpi: KpiId, channel: string): string {
  return `${kpiOn(tracking, kpi, channel)}, ${numbersIn(columns(tracking).value)}`;
}

const inPeriod = (date: string, period: Period) => `${date}, ">="&${period.from}, ${date}, "<="&${period.to}`;

function sumOver(parts: string[]): string {
  return parts.length === 1 ? parts[0] : `(${parts.join('+')})`;
}

/** Σ over channels of the readings in the period. */
function flowSum(tracking: TrackingRef, kpi: KpiId, channels: readonly string[], period: Period): string {
  const c = columns(tracking);
  return sumOver(channels.map((ch) => `SUMIFS(${c.value}, ${kpiOn(tracking, kpi, ch)}, ${inPeriod(c.date, period)})`));
}

function readingCount(tracking: TrackingRef, kpi: KpiId, channels: readonly string[], period: Period): string {
  const c = columns(tracking);
  return sumOver(channels.map((ch) => `COUNTIFS(${conditions(tracking, kpi, ch)}, ${inPeriod(c.date, period)})`));
}

/**
 * Σ over channels of each channel's latest reading on or before `to`, however long before (series.ts
 * stockSeries): MAXIFS finds the channel's latest date, then its largest value on that date, so two rows
 * of one day count once, the day's largest. A channel with no reading by `to` gives 0 (MAXIFS of nothing).
 */
function stockSum(tracking: TrackingRef, kpi: KpiId, channels: readonly string[], to: string): string {
  return sumOver(channels.map((ch) => channelStock(tracking, kpi, ch, to)));
}

/** One channel's latest reading on or before `to` (the day's largest); 0 without one. */
function channelStock(tracking: TrackingRef, kpi: KpiId, channel: string, to: string): string {
  const c = columns(tracking);
  const latest = `MAXIFS(${c.date}, ${conditions(tracking, kpi, channel)}, ${c.date}, "<="&${to})`;
  return `MAXIFS(${c.value}, ${kpiOn(tracking, kpi, channel)}, ${c.date}, ${latest})`;
}

/**
 * True when one of the channels has readings, all after `to`: its stock at `to` is not known, and
 * counting it as 0 would make its first reading look like growth (series.ts starts the sum only once
 * every channel has begun). A channel with no reading at all is left out, as in series.ts.
 */
function stockUnknownAt(tracking: TrackingRef, kpi: KpiId, channels: readonly string[], to: string): string {
  const c = columns(tracking);
  const unknown = channels.map(
    (ch) =>
      `AND(COUNTIFS(${conditions(tracking, kpi, ch)}, ${c.date}, ">"&${to})>0, ` +
      `COUNTIFS(${conditions(tracking, kpi, ch)}, ${c.date}, "<="&${to})=0)`,
  );
  return unknown.length === 1 ? unknown[0] : `OR(${unknown.join(', ')})`;
}

/** A ratio's part over a period: its value, and whether it has one (a condition). */
interface RatioPart {
  value: string;
  known: string;
}

/**
 * A ratio's part over the period, as series.ts partValue reads it.
 * - A flow part is the sum of its readings in the period, known once the period holds one (no reading is
 *   no count, not 0).
 * - A stock part is the base the period starts with, channel by channel: each channel's latest reading on
 *   or before the start, or, for a channel first read after the start, its first reading. Known once a
 *   channel has been read by the period's end and none has readings only after it; a channel never read
 *   is left out.
 */
function ratioPart(tracking: TrackingRef, part: Kpi, channels: readonly string[], period: Period): RatioPart {
  if (part.kind !== 'stock') {
    return { value: flowSum(tracking, part.id, channels, period), known: `${readingCount(tracking, part.id, channels, period)}>0` };
  }
  const c = columns(tracking);
  // A channel's latest reading on or before the later of the start and its first reading (MINIFS gives 0
  // for a channel never read: its day is the start, where it has no reading, so it adds 0).
  const atStart = (ch: string) =>
    channelStock(tracking, part.id, ch, `MAX(${period.from}, MINIFS(${c.date}, ${conditions(tracking, part.id, ch)}))`);
  const readBy = sumOver(channels.map((ch) => `COUNTIFS(${conditions(tracking, part.id, ch)}, ${c.date}, "<="&${period.to})`));
  return {
    value: sumOver(channels.map(atStart)),
    known: `AND(${readBy}>0, NOT(${stockUnknownAt(tracking, part.id, channels, period.to)}))`,
  };
}

/**
 * The KPI's value over the period, by kind, as src/core/goals/series.ts periodValue defines it: a flow is
 * the sum of readings (blank without one), a stock each channel's latest reading by the period's end
 * (blank without a reading in the period, or when a channel's readings all come after it), an average the
 * mean of readings (blank without one), a ratio is computed from its parts (blank unless each part has a
 * value, see ratioPart, and the base is above 0).
 */
export function kpiValueFormula(tracking: TrackingRef, kpiId: KpiId, channels: readonly string[], period: Period): string {
  const kpi = kpiById(kpiId);
  if (!kpi) throw new Error(`Unknown KPI ${kpiId}`);
  switch (kpi.kind) {
    case 'flow':
      // No reading in the period is no value, not 0: nothing says nothing happened.
      return `IF(${readingCount(tracking, kpiId, channels, period)}=0, "", ${flowSum(tracking, kpiId, channels, period)})`;
    case 'stock': {
      const sum = stockSum(tracking, kpiId, channels, period.to);
      // One channel with a reading in the period is known at its end; several need each one begun.
      const known = channels.length === 1 ? sum : `IF(${stockUnknownAt(tracking, kpiId, channels, period.to)}, "", ${sum})`;
      return `IF(${readingCount(tracking, kpiId, channels, period)}=0, "", ${known})`;
    }
    case 'average': {
      const count = readingCount(tracking, kpiId, channels, period);
      return `IF(${count}=0, "", ${flowSum(tracking, kpiId, channels, period)}/${count})`;
    }
    case 'ratio': {
      const ratio = kpi.ratio;
      const numeratorKpi = ratio && kpiById(ratio.numerator);
      const denominatorKpi = ratio && kpiById(ratio.denominator);
      if (!ratio || !numeratorKpi || !denominatorKpi) throw new Error(`Ratio KPI ${kpiId} has no parts`);
      const numerator = ratioPart(tracking, numeratorKpi, channels, period);
      const other = ratioPart(tracking, denominatorKpi, channels, period);
      const base = ratio.form === 'share' ? `(${numerator.value}+${other.value})` : other.value;
      // A base of 0 or below gives no ratio: MAX(base, 0) turns it into a division by 0, which IFERROR
      // blanks, so the long base is written once.
      return `IF(AND(${numerator.known}, ${other.known}), IFERROR(${numerator.value}/MAX(${base}, 0), ""), "")`;
    }
  }
}

/** Cells of one Goals row that the formulas read, as A1 references ("$G5"). */
export interface GoalCells {
  baseline: string;
  target: string;
  start: string;
  deadline: string;
  current: string;
  progress: string;
  elapsed: string;
}

/** The goal's current value over its period so far; blank before it starts. */
export function currentFormula(tracking: TrackingRef, kpi: KpiId, channels: readonly string[], cells: GoalCells): string {
  const value = kpiValueFormula(tracking, kpi, channels, { from: cells.start, to: `MIN(${cells.deadline}, TODAY())` });
  return `=IF(TODAY()<${cells.start}, "", ${value})`;
}

/** shareOfDays: the share of the goal's days up to `through`, both ends included, clamped to 0..1. */
function shareOfDays(cells: GoalCells, through: string): string {
  const { start, deadline } = cells;
  return `MAX(0, MIN(1, (${through}-${start}+1)/(${deadline}-${start}+1)))`;
}

/**
 * The share of the goal's days its readings cover so far (history.latestReadingDate): through the
 * latest reading of the KPI on its channels between the start and today (or the deadline); 0 without one.
 */
function measuredFormula(tracking: TrackingRef, kpi: KpiId, channels: readonly string[], cells: GoalCells): string {
  const c = columns(tracking);
  const window = `${c.date}, ">="&${cells.start}, ${c.date}, "<="&MIN(${cells.deadline}, TODAY())`;
  const latest = channels.map((ch) => `MAXIFS(${c.date}, ${conditions(tracking, kpi, ch)}, ${window})`);
  const through = latest.length === 1 ? latest[0] : `MAX(${latest.join(', ')})`;
  // MAXIFS gives 0 when nothing matches: the share is then clamped to 0.
  return shareOfDays(cells, through);
}

/**
 * Progress as src/core/goals/status.ts progressOf: a flow against the baseline's pace over the days its
 * readings cover, everything else from the baseline.
 */
export function progressFormula(tracking: TrackingRef, kpi: KpiId, channels: readonly string[], cells: GoalCells): string {
  const { current, baseline, target } = cells;
  const kind = kpiById(kpi)?.kind;
  const withoutChange = kind === 'flow' ? `${baseline}*${measuredFormula(tracking, kpi, channels, cells)}` : baseline;
  return `=IF(${current}="", "", IFERROR((${current}-${withoutChange})/(${target}-${baseline}), ""))`;
}

/** Share of the goal's time elapsed today (timeElapsed). */
export function elapsedFormula(cells: GoalCells): string {
  return `=IF(TODAY()<${cells.start}, 0, ${shareOfDays(cells, 'TODAY()')})`;
}

/** The status, with goalStatus's rules and margins, in the sheet's language; blank without progress. */
export function statusFormula(cells: GoalCells, label: (status: GoalStatus) => string): string {
  const { progress, elapsed, start, deadline } = cells;
  const l = (s: GoalStatus) => literal(label(s));
  return (
    `=IF(TODAY()<${start}, ${l('not_started')}, IF(${progress}="", "", IF(${progress}>=1, ${l('achieved')}, ` +
    `IF(TODAY()>${deadline}, ${l('missed')}, IF(${progress}>=${elapsed}+${AHEAD_MARGIN}, ${l('ahead')}, ` +
    `IF(${progress}>=${elapsed}-${BEHIND_MARGIN}, ${l('on_track')}, ${l('behind')}))))))`
  );
}
