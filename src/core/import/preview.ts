/** Building an ImportPreview, shared by the platform parse and the mapped parse. */
import { channelByLabel } from '../catalog';
import { platformLabel } from './texts';
import { DELIMITERS, isBlankRecord, parseCsv, type CsvRecord } from './csv';
import { normaliseHeader } from './headers';
import { METRIC_MAP_VERSION } from './metrics-map';
import { isCommentRecord, type TableResult } from './normalise';
import { HEADER_SEARCH_RECORDS, type PreparedText } from './prepare';
import type { Delimiter, ImportFatal, ImportPreview, PlatformId } from './types';

export function basePreview(id: PlatformId): ImportPreview {
  return {
    platform: { id, label: platformLabel(id) },
    rows: [],
    rejected: [],
    usedColumns: [],
    ignoredColumns: [],
    skippedSources: [],
    merged: 0,
    dataLines: 0,
    metricMapVersion: METRIC_MAP_VERSION,
  };
}

export function withFatal(preview: ImportPreview, fatal: ImportFatal): ImportPreview {
  return { ...preview, rows: [], fatal };
}

/** Puts the table's rows into the preview; a header with no data line under it, or a table that is not one, is fatal. */
export function withTable(preview: ImportPreview, table: TableResult): ImportPreview {
  if (table.dataLines === 0) return withFatal(preview, { code: 'headerOnly' });
  if (table.fatal) return withFatal({ ...preview, dataLines: table.dataLines }, table.fatal);
  const filled: ImportPreview = {
    ...preview,
    rows: table.rows,
    rejected: table.rejected,
    skippedSources: table.skippedSources,
    merged: table.merged,
    dataLines: table.dataLines,
  };
  if (table.largestKept.length > 0) filled.largestKept = table.largestKept;
  if (table.noReading.length > 0) filled.noReading = table.noReading;
  if (table.dateRange) filled.dateRange = table.dateRange;
  return filled;
}

/** A channel the user or caller typed: the catalogue id when it is one ("Instagram" → "instagram"), else the text. */
export function channelOfText(text: string): string {
  return channelByLabel(text)?.id ?? text.trim();
}

export interface HeaderAt {
  delimiter: Delimiter;
  headerIndex: number;
}

/**
 * Searches the first records, split by each candidate delimiter (only Excel's "sep=" one if given),
 * for the header row that `score` rates highest (0 = not a header). Ties keep the earliest.
 */
export function searchHeader<T extends { score: number }>(
  prepared: PreparedText,
  score: (normalised: string[], record: CsvRecord) => T | undefined,
): (HeaderAt & { match: T }) | undefined {
  let best: (HeaderAt & { match: T }) | undefined;
  for (const delimiter of prepared.delimiterHint ? [prepared.delimiterHint] : DELIMITERS) {
    const { records } = parseCsv(prepared.text, delimiter, HEADER_SEARCH_RECORDS);
    records.forEach((record, headerIndex) => {
      if (record.fields.length < 2 || isBlankRecord(record.fields)) return;
      const match = score(record.fields.map(normaliseHeader), record);
      if (match && match.score > 0 && (!best || match.score > best.match.score)) best = { delimiter, headerIndex, match };
    });
  }
  return best;
}

/** For a file nothing recognises: the first line as wide as most lines (metadata lines above are narrower). */
export function guessHeaderRecord(records: readonly CsvRecord[]): CsvRecord | undefined {
  const candidates = records.filter(
    (r) => !isBlankRecord(r.fields) && !isCommentRecord(r.fields) && !r.fields[0].trim().toLowerCase().startsWith('sep='),
  );
  const widths = new Map<number, number>();
  for (const r of candidates) if (r.fields.length >= 2) widths.set(r.fields.length, (widths.get(r.fields.length) ?? 0) + 1);
  let width = 0;
  let count = 0;
  for (const [w, c] of widths) {
    if (c > count || (c === count && w > width)) {
      width = w;
      count = c;
    }
  }
  return candidates.find((r) => r.fields.length === width) ?? candidates[0];
}
