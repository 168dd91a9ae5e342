/**
 * Re-importing an overlapping period: a reading is the same reading when its date, channel and KPI are
 * the same ("Instagram" typed in the sheet and the id "instagram" are one channel). 'replace' overwrites
 * the existing reading in place (its index in `existing`), 'skip' keeps it; either way no reading is lost
 * and none is written twice. If `existing` already holds the same reading twice, only the first is
 * replaced: the plan never deletes rows, it leaves the user's own duplicates as they are.
 * Incoming rows are expected to be one per reading (parseExport merges them, combineReadings combines
 * several files'); a repeated one is skipped.
 */
import { channelKey, type KpiId } from '../catalog';
import type { TrackingRow } from '../tracking';
import type { DateRange } from './types';

export type ImportMode = 'replace' | 'skip';

export interface ImportPlan {
  append: TrackingRow[];
  replace: Array<{ index: number; row: TrackingRow }>;
  /** Incoming rows not written: overlapping ones in 'skip' mode, plus any repeated within `incoming`. */
  skipped: number;
  /** Incoming rows whose reading already exists. */
  duplicates: number;
}

export interface Overlap {
  /** Incoming readings that already exist. */
  duplicates: number;
  /** Of those, how many hold a different value. */
  differing: number;
  /** Dates the overlapping readings span. */
  range?: DateRange;
}

export function readingKey(row: Pick<TrackingRow, 'date' | 'channel' | 'kpi'>): string {
  return `${row.date}\u0001${channelKey(row.channel)}\u0001${row.kpi}`;
}

function firstIndexByKey(rows: readonly TrackingRow[]): Map<string, number> {
  const index = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = readingKey(row);
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

export function planImport(existing: readonly TrackingRow[], incoming: readonly TrackingRow[], mode: ImportMode): ImportPlan {
  const known = firstIndexByKey(existing);
  const seen = new Set<string>();
  const plan: ImportPlan = { append: [], replace: [], skipped: 0, duplicates: 0 };
  for (const row of incoming) {
    const key = readingKey(row);
    if (seen.has(key)) {
      plan.skipped++;
      continue;
    }
    seen.add(key);
    const at = known.get(key);
    if (at === undefined) {
      plan.append.push(row);
      continue;
    }
    plan.duplicates++;
    if (mode === 'replace') plan.replace.push({ index: at, row });
    else plan.skipped++;
  }
  return plan;
}

/** Whether the UI needs to ask "replace or skip?", and what to tell the user when it does. */
export function overlapOf(existing: readonly TrackingRow[], incoming: readonly TrackingRow[]): Overlap {
  const known = firstIndexByKey(existing);
  const seen = new Set<string>();
  const overlap: Overlap = { duplicates: 0, differing: 0 };
  for (const row of incoming) {
    const key = readingKey(row);
    if (seen.has(key)) continue;
    seen.add(key);
    const at = known.get(key);
    if (at === undefined) continue;
    overlap.duplicates++;
    if (existing[at].value !== row.value) overlap.differing++;
    if (!overlap.range) overlap.range = { from: row.date, to: row.date };
    else {
      if (row.date < overlap.range.from) overlap.range.from = row.date;
      if (row.date > overlap.range.to) overlap.range.to = row.date;
    }
  }
  return overlap;
}

/**
 * The same reading (date, channel and KPI, as readingKey compares them) given with different values by
 * the files of one import: two Meta exports of overlapping periods that disagree.
 */
export interface Collision {
  date: string;
  /** As the first of its rows names it. */
  channel: string;
  kpi: KpiId;
  /** Each value given, in the order met, with the groups (files) that give it, each once. */
  values: Array<{ value: number; groups: number[] }>;
}

export interface CombinedReadings {
  /** One row per reading, in the groups' order: the first row of a reading given with one value only. */
  rows: TrackingRow[];
  /** For each row kept, the index of the group it comes from. */
  groupOf: number[];
  /** Rows left out because the same reading, with the same value, was already kept. */
  repeated: number;
  /** Readings given with different values: none of their rows is kept, no value is chosen for the user. */
  collisions: Collision[];
  /** How many rows those readings had. */
  refused: number;
}

/**
 * Several files' readings as one import. A reading given by more than one file with the same value is
 * kept once and counted as repeated, as a reading Tracking already holds with the same value is counted
 * as a duplicate; given with different values, it is refused: its rows are all left out and it is listed,
 * with its values and files, so the user removes the overlap rather than have one picked silently.
 */
export function combineReadings(groups: ReadonlyArray<readonly TrackingRow[]>): CombinedReadings {
  interface Entry {
    collision: Collision;
    kept: boolean;
  }
  const entries = new Map<string, Entry>();
  const keys: string[] = [];
  groups.forEach((rows, group) => {
    for (const row of rows) {
      const key = readingKey(row);
      keys.push(key);
      const entry = entries.get(key);
      if (!entry) {
        entries.set(key, {
          collision: { date: row.date, channel: row.channel, kpi: row.kpi, values: [{ value: row.value, groups: [group] }] },
          kept: false,
        });
        continue;
      }
      const values = entry.collision.values;
      const same = values.find((v) => v.value === row.value);
      if (!same) values.push({ value: row.value, groups: [group] });
      else if (!same.groups.includes(group)) same.groups.push(group);
    }
  });
  const combined: CombinedReadings = { rows: [], groupOf: [], repeated: 0, collisions: [], refused: 0 };
  let at = 0;
  groups.forEach((rows, group) => {
    for (const row of rows) {
      const entry = entries.get(keys[at++]) as Entry;
      if (entry.collision.values.length > 1) {
        combined.refused++;
      } else if (entry.kept) {
        combined.repeated++;
      } else {
        entry.kept = true;
        combined.rows.push(row);
        combined.groupOf.push(group);
      }
    }
  });
  for (const { collision } of entries.values()) if (collision.values.length > 1) combined.collisions.push(collision);
  return combined;
}
