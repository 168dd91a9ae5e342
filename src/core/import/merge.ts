/**
 * Re-importing an overlapping period: a reading is the same reading when its date, channel and KPI are
 * the same ("Instagram" typed in the sheet and the id "instagram" are one channel). 'replace' overwrites
 * the existing reading in place (its index in `existing`), 'skip' keeps it; either way no reading is lost
 * and none is written twice. If `existing` already holds the same reading twice, only the first is
 * replaced: the plan never deletes rows, it leaves the user's own duplicates as they are.
 * Incoming rows are expected to be one per reading (parseExport merges them); a repeated one is skipped.
 */
import { channelByLabel } from '../catalog';
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

function channelKey(channel: string): string {
  return channelByLabel(channel)?.id ?? channel.trim().toLowerCase();
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
