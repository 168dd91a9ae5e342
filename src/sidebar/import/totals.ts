/**
 * The import as a whole: the readings of every source kept, the dates they span, the readings Tracking
 * already has, and what writing them would do in the chosen mode.
 */
import { overlapOf, planImport, type DateRange, type ImportMode, type ImportPlan, type Overlap } from '../../core/import';
import type { TrackingRow } from '../../core/tracking';
import { isFatal, rowsOf, type Source } from './sources';

export interface ImportTotals {
  rows: TrackingRow[];
  /** For each row, the source it comes from (to name a reading the server refused). */
  sourceOfRow(index: number): Source | undefined;
  /** Sources that give readings. */
  contributing: number;
  /** Sources with a fatal error (not counting those left out). */
  failing: number;
  dateRange?: DateRange;
  overlap: Overlap;
  plan: ImportPlan;
}

export function totalsOf(sources: readonly Source[], existing: readonly TrackingRow[], mode: ImportMode): ImportTotals {
  const rows: TrackingRow[] = [];
  const ends: Array<{ end: number; source: Source }> = [];
  let contributing = 0;
  let failing = 0;
  let dateRange: DateRange | undefined;
  for (const source of sources) {
    if (!source.excluded && isFatal(source)) failing++;
    const own = rowsOf(source);
    if (own.length === 0) continue;
    contributing++;
    for (const row of own) rows.push(row);
    ends.push({ end: rows.length, source });
    const range = source.preview?.dateRange;
    if (range) {
      dateRange = dateRange
        ? { from: range.from < dateRange.from ? range.from : dateRange.from, to: range.to > dateRange.to ? range.to : dateRange.to }
        : { ...range };
    }
  }
  return {
    rows,
    sourceOfRow: (index) => ends.find((e) => index < e.end)?.source,
    contributing,
    failing,
    dateRange,
    overlap: overlapOf(existing, rows),
    plan: planImport(existing, rows, mode),
  };
}

/** Tracking as it is after the import was written: replaced values in place, new readings appended. */
export function afterImport(existing: readonly TrackingRow[], plan: ImportPlan): TrackingRow[] {
  const rows = existing.slice();
  for (const { index, row } of plan.replace) rows[index] = { ...rows[index], value: row.value, source: row.source };
  for (const row of plan.append) rows.push(row);
  return rows;
}
