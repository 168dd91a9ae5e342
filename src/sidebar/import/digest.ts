/**
 * Readings across google.script.run: the rows to import as a ReadingsDigest (names once, then indexes),
 * and the HistoryDigest of Tracking back as rows, to find the readings an import would repeat.
 */
import { fromDayNumber, toDayNumber } from '../../core/dates';
import type { KpiId } from '../../core/catalog';
import type { TrackingRow } from '../../core/tracking';
import type { HistoryDigest, ReadingsDigest } from '../../shared/endpoints';

/** A list of distinct names and the index of each, filled as names come. */
function namer<T>(): { names: T[]; indexOf(name: T): number } {
  const names: T[] = [];
  const index = new Map<T, number>();
  return {
    names,
    indexOf(name) {
      let at = index.get(name);
      if (at === undefined) {
        at = names.push(name) - 1;
        index.set(name, at);
      }
      return at;
    },
  };
}

export function digestOf(rows: readonly TrackingRow[]): ReadingsDigest {
  const channels = namer<string>();
  const kpis = namer<KpiId>();
  const sources = namer<string>();
  const readings: ReadingsDigest['readings'] = rows.map((row) => [
    toDayNumber(row.date),
    channels.indexOf(row.channel),
    kpis.indexOf(row.kpi),
    row.value,
    sources.indexOf(row.source),
  ]);
  return { channels: channels.names, kpis: kpis.names, sources: sources.names, readings };
}

/** Tracking's readings as rows; a reading whose names are missing is left out. */
export function rowsOfHistory(history: HistoryDigest): TrackingRow[] {
  const rows: TrackingRow[] = [];
  for (const [day, channelIndex, kpiIndex, value] of history.readings) {
    const channel = history.channels[channelIndex];
    const kpi = history.kpis[kpiIndex];
    if (channel === undefined || kpi === undefined || !Number.isInteger(day)) continue;
    rows.push({ date: fromDayNumber(day), channel, kpi, value, source: '' });
  }
  return rows;
}
