/**
 * Turns the data lines under a known header into Tracking rows, whoever decided which column is what
 * (a platform spec or the user's mapping). Two passes over the lines: the first scans every date and
 * number cell and decides, for the whole file, the day/month order and the decimal separator; the second
 * builds the rows. Within one file the same day, channel and KPI found twice is added up for a flow KPI
 * (per-post exports give one line per post; GA4 gives facebook.com and m.facebook.com apart) and, for a
 * stock, average or ratio KPI, kept once if equal and otherwise rejected as a conflict: adding two
 * follower totals would be wrong, and picking one silently would hide the disagreement.
 */
import { kpiById, type KpiId } from '../catalog';
import type { TrackingRow } from '../tracking';
import { DELIMITERS, isBlankRecord, parseCsv, type CsvRecord } from './csv';
import { inferDayOrder, resolveDate, scanDate, type DateScan, type DayOrder } from './dates';
import { normaliseHeader } from './headers';
import { addEvidence, decideReading, noEvidence, scanNumber, ScannedColumn, type NumberReading } from '../numbers';
import type { DateRange, Delimiter, Rejection, RejectReason, SkippedSource } from './types';

export interface MetricColumn {
  index: number;
  header: string;
  kpi: KpiId;
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
  dayOrderHint?: DayOrder;
  today?: string;
}

export interface TableResult {
  rows: TrackingRow[];
  rejected: Rejection[];
  skippedSources: SkippedSource[];
  merged: number;
  dataLines: number;
  dateRange?: DateRange;
}

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
  const data = dataRecords(plan, rejected);
  const dataLines = data.length + rejected.length;

  const dateIndex = chooseDateColumn(plan.dateColumns, data);
  const dateScans = dateIndex === undefined ? [] : scanDates(data, dateIndex);
  const dayOrder = inferDayOrder(dateScans, plan.dayOrderHint);

  const columns = plan.metrics.map((m) => new ScannedColumn(data.map((r) => r.fields[m.index])));
  const numberReadings = decideReadings(plan, data, columns);

  const readings = new Readings(plan.source);
  const skipped = new Map<string, number>();

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

    const day = readings.day(date, channel);
    for (let m = 0; m < plan.metrics.length; m++) {
      const metric = plan.metrics[m];
      const value = columns[m].read(i, numberReadings[m]);
      if (value === 'blank') continue;
      if (value === 'bad' || value === 'ambiguous') {
        const code = value === 'bad' ? 'badNumber' : 'ambiguousNumber';
        rejected.push({ line, reason: { code, column: metric.header, text: fields[metric.index].trim() } });
        continue;
      }
      const conflict = readings.add(day, date, channel, metric.kpi, value);
      if (conflict) rejected.push({ line, reason: conflict });
    }
  }

  rejected.sort((a, b) => a.line - b.line);
  const skippedSources = [...skipped].map(([source, count]) => ({ source, rows: count }))
    .sort((a, b) => b.rows - a.rows || a.source.localeCompare(b.source));
  const result: TableResult = { rows: readings.rows, rejected, skippedSources, merged: readings.merged, dataLines };
  const range = readings.range();
  if (range) result.dateRange = range;
  return result;
}

type DayReadings = Partial<Record<KpiId, number>>;

/** The rows being built, one per date, channel and KPI, with the within-file duplicate rule (file comment). */
class Readings {
  readonly rows: TrackingRow[] = [];
  merged = 0;
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

  /** Adds a reading; returns the conflict if it cannot be merged with the one already there. */
  add(day: DayReadings, date: string, channel: string, kpi: KpiId, value: number): RejectReason | undefined {
    const at = day[kpi];
    if (at === undefined) {
      day[kpi] = this.rows.length;
      this.rows.push({ date, channel, kpi, value, source: this.source });
      if (this.from === undefined || date < this.from) this.from = date;
      if (this.to === undefined || date > this.to) this.to = date;
      return undefined;
    }
    const kept = this.rows[at];
    if (kpiById(kpi)?.kind === 'flow') {
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

/** The lines under the header that hold data; lines that do not split like the header are rejected here. */
function dataRecords(plan: TablePlan, rejected: Rejection[]): CsvRecord[] {
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
      rejected.push({
        line: record.line,
        reason: delimiter ? { code: 'fieldCount', expected: width, got: record.fields.length, delimiter } : { code: 'fieldCount', expected: width, got: record.fields.length },
      });
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
  return plan.metrics.map((metric, m) => decideReading(columns[m].evidence, file, kpiById(metric.kpi)?.unit === 'count'));
}
