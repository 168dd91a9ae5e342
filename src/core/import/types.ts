/**
 * The vocabulary of "Import platform data": what a parsed export looks like before anything is written.
 * Every code here is rendered in English and French by texts.ts.
 */
import type { Bilingual } from '../lang';
import type { KpiId } from '../catalog';
import type { TrackingRow } from '../tracking';
import type { Ga4Facts } from './ga4';

/** Platforms whose own CSV exports are recognised; 'mapped' = the user's column mapping; 'unknown' = neither. */
export type KnownPlatformId = 'meta' | 'linkedin' | 'x' | 'tiktok' | 'ga4';
export type PlatformId = KnownPlatformId | 'mapped' | 'unknown';

export type Delimiter = ',' | ';' | '\t' | '|';

/** A spreadsheet application's own file: Excel (.xlsx, .xls), Apple Numbers, OpenDocument (.ods). */
export type Workbook = 'excel' | 'numbers' | 'opendocument';

/** Why nothing at all can be imported from a file. A fatal error means nothing is written. */
export type ImportFatal =
  | { code: 'empty' }
  /** Not text; `workbook` when it is a spreadsheet picked instead of its CSV export. */
  | { code: 'binary'; workbook?: Workbook }
  | { code: 'tooManyLines'; lines: number; limit: number }
  | { code: 'unrecognised' }
  | { code: 'headerOnly' }
  /** A Meta export that does not say whether it is Facebook or Instagram: the caller must pass a channel. */
  | { code: 'channelRequired' }
  /** No date column and no date range in the file (a GA4 report without the Date dimension nor its "# End date"). */
  | { code: 'noDate' }
  /**
   * A GA4 report without a Date dimension whose period ends after today (downloaded mid-period): its
   * totals, dated at the end date, are not complete and would count in no goal until then.
   */
  | { code: 'periodNotEnded'; period: DateRange }
  | { code: 'mappingColumnMissing'; column: string }
  | { code: 'mappingIncomplete' }
  /**
   * Lines split by another delimiter than the header's (a comma file with semicolon and tab lines): not one
   * table, so nothing of it is trusted. `lines` names the first of them; `count` is how many there are.
   */
  | { code: 'mixedDelimiters'; header: Delimiter; lines: Array<{ line: number; delimiter: Delimiter }>; count: number }
  /**
   * One row per post across several networks (a "Réseau" / "Network" / "Platform" column naming Facebook,
   * Instagram, LinkedIn…): not one platform's export. The mapping step takes it, that column as the channel.
   */
  | { code: 'severalNetworks'; column: string; channels: string[] };

/** Why one line (or one cell of it) of the file is left out. */
export type RejectReason =
  /** The line splits into a different number of fields than the header (and no other delimiter makes it fit). */
  | { code: 'fieldCount'; expected: number; got: number }
  | { code: 'unclosedQuote' }
  | { code: 'noDate' }
  | { code: 'badDate'; text: string }
  /** 03/04/2026 in a file whose dates never show which of day and month comes first, and no locale to tell. */
  | { code: 'ambiguousDate'; text: string }
  /** "January 5": TikTok exports omit the year; the caller can pass `today` to supply it. */
  | { code: 'dateWithoutYear'; text: string }
  /**
   * Dated more than DAYS_AHEAD days after today (dates.ts): no goal counts a reading before its day comes
   * (goals read up to today), and no export holds readings of days to come: a wrong date, left out.
   */
  | { code: 'future'; text: string; date: string }
  | { code: 'badNumber'; column: string; text: string }
  /** A negative value for a KPI that cannot be negative (reach, views, sessions): the whole line is corrupt. */
  | { code: 'negative'; column: string; text: string; kpi: KpiId }
  /**
   * A count (reach, views, likes: the catalogue's unit 'count') written as a percent ("50%"), an amount
   * ("$100"), or read as a fraction ("1,5"; "2,871" in a file that writes decimal commas elsewhere): no
   * count is any of these, so the whole line is left out, as for a negative. `value` is the number read.
   * GA4's key events are exempt: its attribution shares them out in fractions.
   */
  | { code: 'notCount'; column: string; text: string; kpi: KpiId; why: 'percent' | 'currency' | 'fraction'; value: number }
  /** "1,500" where nothing in the file shows whether the comma is a decimal or a thousands separator. */
  | { code: 'ambiguousNumber'; column: string; text: string }
  | { code: 'noChannel' }
  /** A "Total" line: the sum of the other lines, not a reading of its own. */
  | { code: 'summaryRow'; text: string }
  /** The same stock, average or ratio KPI twice for one day and channel with two different values. */
  | { code: 'conflict'; kpi: KpiId; date: string; channel: string; kept: number; got: number };

export interface Rejection {
  /** 1-based line number in the original file (where the record starts). */
  line: number;
  reason: RejectReason;
}

/** Why a column that looks like a metric is not imported. Not an error: shown in the preview. */
export type IgnoredReason =
  | { code: 'noKpi' }
  /** A sum of other columns (Interactions, Engagements): importing it would count the same actions twice. */
  | { code: 'composite' }
  /** A rate or an average the platform computed; the add-on computes its own from the parts. */
  | { code: 'rate' }
  /** Followers lost, or the net change (gained minus lost): New followers counts only followers gained. */
  | { code: 'notGained' }
  /** Organic or sponsored part of a total that another column gives. */
  | { code: 'partOfTotal' }
  /** Sponsored (paid) results, or a total that includes them: the user chose organic results only. */
  | { code: 'sponsored' }
  /** Counts distinct people (unique visitors), while the KPI counts every time (visits). */
  | { code: 'people'; kpi: KpiId }
  /** What the account did (posts published), not what it got. */
  | { code: 'ownActivity' }
  /** Another column of the file already gives this KPI. */
  | { code: 'alsoGiven'; kpi: KpiId; by: string }
  /** Looks like a KPI but measures something else (Page visits are not Website visits). */
  | { code: 'notKpi'; kpi: KpiId }
  /** Could be one of several KPIs (GA4 key events: sign-ups? sales?): the user chooses in the mapping step. */
  | { code: 'needsChoice' };

export interface IgnoredColumn {
  header: string;
  reason: IgnoredReason;
}

/** Cells of a used column that hold no reading ("", "-", "—", "n/a"): not 0, and listed in the preview. */
export interface NoReadingColumn {
  header: string;
  /** How many cells. */
  count: number;
  /** The first lines (1-based, in file order), at most NO_READING_LINES_KEPT. */
  lines: number[];
  /** The distinct marks seen on those lines, as written ("" for an empty cell). */
  marks: string[];
}

/** A KPI counting people (reach): several lines of one day are not added up; the day's largest value is kept. */
export interface LargestKept {
  kpi: KpiId;
  /** Lines whose value was not added because a larger or equal one was kept for their day. */
  readings: number;
}

export interface UsedColumn {
  header: string;
  kpi: KpiId;
}

/** GA4 rows whose source is not a channel of the catalogue, counted per source and left out. */
export interface SkippedSource {
  source: string;
  rows: number;
}

export interface DateRange {
  from: string;
  to: string;
}

export interface ImportPreview {
  platform: { id: PlatformId; label: Bilingual };
  /** The channel of every row when the file has one channel (Meta, LinkedIn, X, TikTok). */
  channel?: string;
  rows: TrackingRow[];
  rejected: Rejection[];
  usedColumns: UsedColumn[];
  ignoredColumns: IgnoredColumn[];
  skippedSources: SkippedSource[];
  /** Readings of the same day, channel and flow KPI found on several lines and added up (per-post exports, GA4 sources). */
  merged: number;
  /** KPIs counting people whose same-day readings were not added up: the largest was kept. */
  largestKept?: LargestKept[];
  /** Used columns with cells that hold no reading, and where. */
  noReading?: NoReadingColumn[];
  /** The file gives organic and sponsored results apart (LinkedIn): ParseOptions.organicOnly chooses which is read. */
  organicSplit?: boolean;
  /** Lines after the header that hold data (blank and comment lines excluded). */
  dataLines: number;
  dateRange?: DateRange;
  /** The rows are totals over this period, dated at its end (GA4 report without a Date dimension). */
  period?: DateRange;
  /** A GA4 export: its property, its report, whether it is by source or by channel group, and its key events. */
  ga4?: Ga4Facts;
  /** The header row as found in the file (or the best guess for an unknown file), and its 1-based line. */
  header?: string[];
  headerLine?: number;
  /** Proposed for an unrecognised file, to prefill the mapping step. */
  suggestedMapping?: MappingGuess;
  metricMapVersion: string;
  fatal?: ImportFatal;
}

export type ColumnOrFixed = { column: string } | { fixed: string };

/** The user's column mapping for a file no platform spec recognises. Columns are named by their header text. */
export interface ColumnMapping {
  /** The date column, or one ISO date for every row. */
  date: ColumnOrFixed;
  /** The channel column, or one channel (catalogue id or free text) for every row. */
  channel: ColumnOrFixed;
  kpis: ReadonlyArray<{ column: string; kpi: KpiId }>;
}

export interface MappingGuess {
  date?: ColumnOrFixed;
  channel?: ColumnOrFixed;
  kpis: Array<{ column: string; kpi: KpiId }>;
}

export interface ParseOptions {
  fileName?: string;
  /** The spreadsheet's locale ("fr_FR", "en_US"): language of the source text, and day/month order when the data cannot tell. */
  locale?: string;
  /**
   * The channel (catalogue id, label or free text) when the file does not say (Meta), or to override a
   * single-channel file's own. Ignored where the file names the channel per row (GA4 sources, Meta's Platform column).
   */
  channel?: string;
  /** Today as ISO yyyy-mm-dd, to give a year to year-less dates ("January 5" in TikTok exports). */
  today?: string;
  /** Per header text: the KPI to import it as, or null to leave it out (e.g. GA4 "Key events" → email_signups). */
  kpiOverrides?: Readonly<Record<string, KpiId | null>>;
  /** GA4: the KPI chosen for key events on earlier imports, by property name; a kpiOverrides entry wins over it. */
  keyEventKpis?: Readonly<Record<string, KpiId>>;
  /** Where a file gives organic and sponsored results apart (LinkedIn), read the organic ones rather than the totals. */
  organicOnly?: boolean;
}
