/**
 * The import as a whole: the readings of every source kept, combined (a reading two files give with the
 * same value once, one they give with different values refused), the dates they span, the readings
 * Tracking already has, and what writing them would do in the chosen mode.
 */
import {
  combineReadings,
  overlapOf,
  planImport,
  type Collision,
  type DateRange,
  type ImportMode,
  type ImportPlan,
  type Overlap,
} from '../../core/import';
import type { TrackingRow } from '../../core/tracking';
import { isFatal, rowsOf, type Source } from './sources';

export interface ImportTotals {
  /** The readings to send: one per date, channel and KPI. */
  rows: TrackingRow[];
  /** For each row, the source it comes from (to name a reading the server refused). */
  sourceOfRow(index: number): Source | undefined;
  /** Rows left out because another source gives the same reading with the same value. */
  repeated: number;
  /** Readings sources give with different values: refused, none of their rows is in `rows`. */
  collisions: Collision[];
  /** The source a collision's group is. */
  sourceOfGroup(group: number): Source | undefined;
  /** Sources that give readings. */
  contributing: number;
  /** Sources with a fatal error (not counting those left out). */
  failing: number;
  dateRange?: DateRange;
  overlap: Overlap;
  plan: ImportPlan;
}

export function totalsOf(sources: readonly Source[], existing: readonly TrackingRow[], mode: ImportMode): ImportTotals {
  const groups: Array<readonly TrackingRow[]> = [];
  const contributors: Source[] = [];
  let failing = 0;
  let dateRange: DateRange | undefined;
  for (const source of sources) {
    if (!source.excluded && isFatal(source)) failing++;
    const own = rowsOf(source);
    if (own.length === 0) continue;
    groups.push(own);
    contributors.push(source);
    const range = source.preview?.dateRange;
    if (range) {
      dateRange = dateRange
        ? { from: range.from < dateRange.from ? range.from : dateRange.from, to: range.to > dateRange.to ? range.to : dateRange.to }
        : { ...range };
    }
  }
  const { rows, groupOf, repeated, collisions } = combineReadings(groups);
  return {
    rows,
    sourceOfRow: (index) => contributors[groupOf[index]],
    repeated,
    collisions,
    sourceOfGroup: (group) => contributors[group],
    contributing: contributors.length,
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
