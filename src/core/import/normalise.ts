/**
 * Turns the data lines under a known header into Tracking rows, whoever decided which column is what
 * (a platform spec or the user's mapping). Two passes over the lines: the first scans every date and
 * number cell and decides, for the whole file, the day/month order and the decimal separator; the second
 * builds the rows. Within one file the same day, channel and KPI found twice follows the KPI's same-day
 * rule (kpi-rules.ts): added up for events (per-post exports give one line per post; GA4 gives
 * facebook.com and m.facebook.com apart), the largest kept for people (reach), and for a stock, average or
 * ratio KPI kept once if equal and otherwise rejected as a conflict: adding two follower totals would be
 * wrong, and picking one silently would hide the disagreement. A line with a value its KPI cannot have is
 * corrupt and left out whole: a negative where the KPI cannot be negative, or, for a count, a percent, an
 * amount or a fraction (GA4's key events excepted). A line dated more than DAYS_AHEAD days after today is
 * left out too: goals read up to today, so it would never count. A line split by another delimiter than the header's
 * makes the whole file fatal: it is not one table.
 */
import { kpiById, type KpiId } from '../catalog';
import { mayBeNegative, sameDayRule, type SameDayRule } from './kpi-rules';
import type { TrackingRow } from '../tracking';
import { DELIMITERS, isBlankRecord, parseCsv, type CsvRecord } from './csv';
import { datesInSeries, inferDayOrder, latestDay, resolveDate, scanDate, type DateScan, type DayOrder } from './dates';
import { normaliseHeader } from './headers';
import {
  addEvidence,
  decideReading,
  noEvidence,
  scanNumber,
  ScannedColumn,
  type DecimalSeparator,
  type NumberRead,
  type NumberReading,
  type UnitMark,
} from '../numbers';
import type { DateRange, Delimiter, ImportFatal, LargestKept, NoReadingColumn, Rejection, RejectReason, SkippedSource } from './types';

export interface MetricColumn {
  index: number;
  header: string;
  kpi: KpiId;
  /** A count that may hold fractions all the same: GA4's key events, which its attribution shares out (12.5). */
  fractions?: true;
}

export type ChannelCell = { channel: string } | { skip: string } | { missing: true };

export type ChannelPlan =
  | { kind: 'fixed'; channel: string }
  | { kind: 'column'; index: number; medium?: number; resolve: (value: string, medium?: string) => ChannelCell };

export interface TablePlan {
  /** The whole text and its delimiter, to tell which other delimiter a mis-split line uses. */
  text: string;
  delimiter: Delimiter;
  records: readonly CsvRecord[];
  headerIndex: number;
  unclosedQuoteLine?: number;
  /** Candidate date columns in priority order: the first holding any date is used. Empty with fixedDate. */
  dateColumns: readonly number[];
  fixedDate?: string;
  channel: ChannelPlan;
  metrics: readonly MetricColumn[];
  /** Other numeric columns (left out) that still tell the file's decimal separator. */
  evidenceColumns?: readonly number[];
  /** A dimension column where "Total" marks a summary line (GA4's source column). */
  summaryColumn?: number;
  /** GA4 puts several tables in one file, each after "#" comment lines: stop at the first one after data. */
  endAtComment: boolean;
  source: string;
  /** The sheet's today (ISO): gives year-less dates their year, and lines dated more than DAYS_AHEAD days after it are left out. */
  today?: string;
  /**
   * The mark the spreadsheet's locale groups thousands with ("," in English, "." in German; none in
   * French, which groups with spaces): an amount with no separator evidence in its column nor in the
   * file reads "1,234" as 1234 in an English sheet, as a count would, rather than being refused. Never
   * the locale's decimal mark: "1,234" in a French sheet may be an English file's 1234, so it stays refused.
   */
  localeGroups?: DecimalSeparator;
  dayOrderHint?: DayOrder;
}

export interface TableResult {
  rows: TrackingRow[];
  rejected: Rejection[];
  skippedSources: SkippedSource[];
  merged: number;
  largestKept: LargestKept[];
  noReading: NoReadingColumn[];
  dataLines: number;
  dateRange?: DateRange;
  /** Nothing of the table can be trusted (lines split by another delimiter). */
  fatal?: ImportFatal;
}

/** Lines named per column with no reading, and lines named in a mixed-delimiter error; the rest are counted. */
export const NO_READING_LINES_KEPT = 20;
const MIXED_LINES_KEPT = 10;

const NO_DATE: DateScan = { kind: 'blank' };
const SUMMARY_WORDS = new Set(['total', 'totals', 'grand total', 'total general', 'totaux', 'somme', 'sum']);

export function isCommentRecord(fields: readonly string[]): boolean {
  return fields[0].trimStart().startsWith('#');
}

/** Cheap first: most cells are numbers or dates, which no summary word starts like. */
function isSummaryCell(value: string | undefined): boolean {
  if (value === undefined || value.length > 15) return false;
  const first = value.trimStart().charAt(0).toLowerCase();
  return (first === 't' || first === 'g' || first === 's') && SUMMARY_WORDS.has(normaliseHeader(value));
}

/** One scan per cell, repeated cells (several lines per day) scanned once. */
function scanDates(data: readonly CsvRecord[], column: number): DateScan[] {
  const scans: DateScan[] = new Array(data.length);
  let previous: string | undefined;
  let scan: DateScan = NO_DATE;
  for (let i = 0; i < data.length; i++) {
    const cell = data[i].fields[column];
    if (cell !== previous) {
      previous = cell;
      scan = scanDate(cell);
    }
    scans[i] = scan;
  }
  return scans;
}

export function normaliseTable(plan: TablePlan): TableResult {
  const rejected: Rejection[] = [];
  const mixed: Array<{ line: number; delimiter: Delimiter }> = [];
  const data = dataRecords(plan, rejected, mixed);
  const dataLines = data.length + rejected.length + mixed.length;

  const dateIndex = chooseDateColumn(plan.dateColumns, data);
  const dateScans = dateIndex === undefined ? [] : datesInSeries(scanDates(data, dateIndex), plan.today);
  const dayOrder = inferDayOrder(dateScans, plan.dayOrderHint);
  const latest = latestDay(plan.today);

  const columns = plan.metrics.map((m) => new ScannedColumn(data.map((r) => r.fields[m.index])));
  const numberReadings = decideReadings(plan, data, columns);

  const readings = new Readings(plan.source);
  const skipped = new Map<string, number>();
  const rules: SameDayRule[] = plan.metrics.map((m) => sameDayRule(m.kpi));
  const negativeOk: boolean[] = plan.metrics.map((m) => mayBeNegative(m.kpi));
  const wholeOnly: boolean[] = plan.metrics.map((m) => kpiById(m.kpi)?.unit === 'count' && m.fractions !== true);
  const noReading = new NoReadings(plan.metrics.length);
  const values: NumberRead[] = new Array(plan.metrics.length);

  for (let i = 0; i < data.length; i++) {
    const { fields, line } = data[i];
    const summary = summaryText(fields, dateIndex, plan.summaryColumn);
    if (summary !== undefined) {
      rejected.push({ line, reason: { code: 'summaryRow', text: summary } });
      continue;
    }
    let date = plan.fixedDate;
    if (date === undefined) {
      const read = resolveDate(dateScans[i] ?? NO_DATE, dayOrder, plan.today);
      if ('error' in read) {
        const text = (dateIndex === undefined ? '' : fields[dateIndex]).trim();
        rejected.push({ line, reason: read.error === 'noDate' ? { code: 'noDate' } : { code: read.error, text } });
        continue;
      }
      date = read.iso;
    }
    if (latest !== undefined && date > latest) {
      const text = dateIndex === undefined ? date : fields[dateIndex].trim();
      rejected.push({ line, reason: { code: 'future', text, date } });
      continue;
    }

    let channel: string;
    if (plan.channel.kind === 'fixed') {
      channel = plan.channel.channel;
    } else {
      const medium = plan.channel.medium === undefined ? undefined : fields[plan.channel.medium];
      const cell = plan.channel.resolve(fields[plan.channel.index], medium);
      if ('skip' in cell) {
        skipped.set(cell.skip, (skipped.get(cell.skip) ?? 0) + 1);
        continue;
      }
      if ('missing' in cell) {
        rejected.push({ line, reason: { code: 'noChannel' } });
        continue;
      }
      channel = cell.channel;
    }

    let corrupt: RejectReason | undefined;
    for (let m = 0; m < plan.metrics.length; m++) {
      const value = columns[m].read(i, numberReadings[m]);
      values[m] = value;
      if (corrupt === undefined && typeof value === 'number')
        corrupt = impossible(plan.metrics[m], fields, value, columns[m].unitMark(i), negativeOk[m], wholeOnly[m]);
    }
    if (corrupt !== undefined) {
      rejected.push({ line, reason: corrupt });
      continue;
    }

    const day = readings.day(date, channel);
    for (let m = 0; m < plan.metrics.length; m++) {
      const metric = plan.metrics[m];
      const value = values[m];
      if (value === 'blank') {
        noReading.add(m, line, fields[metric.index]);
        continue;
      }
      if (value === 'bad' || value === 'ambiguous') {
        const code = value === 'bad' ? 'badNumber' : 'ambiguousNumber';
        rejected.push({ line, reason: { code, column: metric.header, text: fields[metric.index].trim() } });
        continue;
      }
      const conflict = readings.add(day, date, channel, metric.kpi, rules[m], value);
      if (conflict) rejected.push({ line, reason: conflict });
    }
  }

  rejected.sort((a, b) => a.line - b.line);
  const skippedSources = [...skipped]
    .map(([source, count]) => ({ source, rows: count }))
    .sort((a, b) => b.rows - a.rows || a.source.localeCompare(b.source));
  const result: TableResult = {
    rows: readings.rows,
    rejected,
    skippedSources,
    merged: readings.merged,
    largestKept: [...readings.largest].map(([kpi, count]) => ({ kpi, readings: count })),
    noReading: noReading.columns(plan.metrics),
    dataLines,
  };
  const range = readings.range();
  if (range) result.dateRange = range;
  if (mixed.length > 0) {
    result.fatal = { code: 'mixedDelimiters', header: plan.delimiter, lines: mixed.slice(0, MIXED_LINES_KEPT), count: mixed.length };
  }
  return result;
}

/**
 * Why a value its KPI cannot have makes the line corrupt: a negative reach or views; a count written as a
 * percent or an amount, or read as a fraction. Undefined when the value is possible.
 */
function impossible(
  metric: MetricColumn,
  fields: readonly string[],
  value: number,
  mark: UnitMark,
  negativeOk: boolean,
  wholeOnly: boolean,
): RejectReason | undefined {
  if (value < 0 && !negativeOk) return { code: 'negative', column: metric.header, text: fields[metric.index].trim(), kpi: metric.kpi };
  if (!wholeOnly) return undefined;
  const why = mark ?? (Number.isInteger(value) ? undefined : 'fraction');
  return why ? { code: 'notCount', column: metric.header, text: fields[metric.index].trim(), kpi: metric.kpi, why, value } : undefined;
}

/** Per used column, the cells that hold no reading: counted, the first lines and marks kept for the preview. */
class NoReadings {
  private readonly counts: number[];
  private readonly lines: number[][];
  private readonly marks: Array<Set<string>>;

  constructor(width: number) {
    this.counts = new Array<number>(width).fill(0);
    this.lines = Array.from({ length: width }, () => []);
    this.marks = Array.from({ length: width }, () => new Set<string>());
  }

  add(metric: number, line: number, cell: string | undefined): void {
    this.counts[metric]++;
    if (this.lines[metric].length >= NO_READING_LINES_KEPT) return;
    this.lines[metric].push(line);
    this.marks[metric].add((cell ?? '').trim());
  }

  columns(metrics: readonly MetricColumn[]): NoReadingColumn[] {
    const found: NoReadingColumn[] = [];
    metrics.forEach((metric, m) => {
      if (this.counts[m] > 0) found.push({ header: metric.header, count: this.counts[m], lines: this.lines[m], marks: [...this.marks[m]] });
    });
    return found;
  }
}

type DayReadings = Partial<Record<KpiId, number>>;

/** The rows being built, one per date, channel and KPI, with the within-file duplicate rule (file comment). */
class Readings {
  readonly rows: TrackingRow[] = [];
  merged = 0;
  /** Same-day readings of a people-counting KPI not added up, per KPI. */
  readonly largest = new Map<KpiId, number>();
  private readonly source: string;
  // Index in `rows` by day and channel, then by KPI: one string key per line, not one per cell.
  private readonly byDay = new Map<string, DayReadings>();
  private from: string | undefined;
  private to: string | undefined;

  constructor(source: string) {
    this.source = source;
  }

  day(date: string, channel: string): DayReadings {
    const key = `${date}\u0001${channel}`;
    let day = this.byDay.get(key);
    if (!day) {
      day = {};
      this.byDay.set(key, day);
    }
    return day;
  }

  /** Adds a reading by its KPI's same-day rule; returns the conflict if it cannot be merged with the one already there. */
  add(day: DayReadings, date: string, channel: string, kpi: KpiId, rule: SameDayRule, value: number): RejectReason | undefined {
    const at = day[kpi];
    if (at === undefined) {
      day[kpi] = this.rows.length;
      this.rows.push({ date, channel, kpi, value, source: this.source });
      if (this.from === undefined || date < this.from) this.from = date;
      if (this.to === undefined || date > this.to) this.to = date;
      return undefined;
    }
    const kept = this.rows[at];
    if (rule === 'largest') {
      if (value > kept.value) kept.value = value;
      this.largest.set(kpi, (this.largest.get(kpi) ?? 0) + 1);
      return undefined;
    }
    if (rule === 'add') {
      kept.value = Number((kept.value + value).toPrecision(15));
    } else if (kept.value !== value) {
      return { code: 'conflict', kpi, date, channel, kept: kept.value, got: value };
    }
    this.merged++;
    return undefined;
  }

  range(): DateRange | undefined {
    return this.from !== undefined && this.to !== undefined ? { from: this.from, to: this.to } : undefined;
  }
}

/** A "Total" line, in the date column or the dimension column. */
function summaryText(fields: readonly string[], dateIndex: number | undefined, summaryColumn: number | undefined): string | undefined {
  if (dateIndex !== undefined && isSummaryCell(fields[dateIndex])) return fields[dateIndex].trim();
  if (summaryColumn !== undefined && isSummaryCell(fields[summaryColumn])) return fields[summaryColumn].trim();
  return undefined;
}

/**
 * The lines under the header that hold data; lines that do not split like the header are rejected here,
 * and those another delimiter splits like the header go to `mixed`.
 */
function dataRecords(plan: TablePlan, rejected: Rejection[], mixed: Array<{ line: number; delimiter: Delimiter }>): CsvRecord[] {
  const width = plan.records[plan.headerIndex].fields.length;
  const data: CsvRecord[] = [];
  for (let i = plan.headerIndex + 1; i < plan.records.length; i++) {
    const record = plan.records[i];
    if (isBlankRecord(record.fields)) continue;
    if (isCommentRecord(record.fields)) {
      if (plan.endAtComment && data.length > 0) break;
      continue;
    }
    if (record.line === plan.unclosedQuoteLine) {
      rejected.push({ line: record.line, reason: { code: 'unclosedQuote' } });
      continue;
    }
    if (!fitsWidth(record.fields, width)) {
      const delimiter = otherDelimiter(plan, record, width);
      if (delimiter) mixed.push({ line: record.line, delimiter });
      else rejected.push({ line: record.line, reason: { code: 'fieldCount', expected: width, got: record.fields.length } });
      continue;
    }
    data.push(record);
  }
  return data;
}

/** As wide as the header; extra fields are tolerated only when empty (a trailing delimiter left by a spreadsheet). */
function fitsWidth(fields: readonly string[], width: number): boolean {
  if (fields.length === width) return true;
  if (fields.length < width) return false;
  for (let i = width; i < fields.length; i++) if (fields[i].trim() !== '') return false;
  return true;
}

/** The delimiter with which a rejected line would split into as many fields as the header: it mixes delimiters. */
function otherDelimiter(plan: TablePlan, record: CsvRecord, width: number): Delimiter | undefined {
  const raw = plan.text.slice(record.start, record.end);
  return DELIMITERS.find((d) => d !== plan.delimiter && parseCsv(raw, d, 1).records[0]?.fields.length === width);
}

function chooseDateColumn(candidates: readonly number[], data: readonly CsvRecord[]): number | undefined {
  if (candidates.length <= 1) return candidates[0];
  for (const column of candidates) {
    for (const record of data) {
      const kind = scanDate(record.fields[column]).kind;
      if (kind !== 'blank' && kind !== 'invalid') return column;
    }
  }
  return candidates[0];
}

function decideReadings(plan: TablePlan, data: readonly CsvRecord[], columns: readonly ScannedColumn[]): NumberReading[] {
  const file = noEvidence();
  for (const column of columns) {
    file.comma += column.evidence.comma;
    file.dot += column.evidence.dot;
  }
  for (const index of plan.evidenceColumns ?? []) {
    for (const record of data) addEvidence(file, scanNumber(record.fields[index]));
  }
  return plan.metrics.map((metric, m) => {
    const unit = kpiById(metric.kpi)?.unit;
    return decideReading(columns[m].evidence, file, unit === 'count', unit === 'money' ? plan.localeGroups : undefined);
  });
}
