/**
 * Readings across google.script.run, both ways: names once, then rows of indexes. The server sends
 * Tracking as a HistoryDigest; the import sidebar sends readings as a ReadingsDigest.
 */
import type { KpiId } from '../core/catalog';
import { fromDayNumber, toDayNumber } from '../core/dates';
import type { TrackingRow } from '../core/tracking';
import type { HistoryDigest, ReadingsDigest } from './endpoints';

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

export function historyDigest(rows: readonly TrackingRow[]): HistoryDigest {
  const channels = namer<string>();
  const kpis = namer<KpiId>();
  const readings: HistoryDigest['readings'] = rows.map((r) => [
    toDayNumber(r.date),
    channels.indexOf(r.channel),
    kpis.indexOf(r.kpi),
    r.value,
  ]);
  return { channels: channels.names, kpis: kpis.names, readings };
}

/** Tracking's readings as rows; a reading whose names are missing is left out. */
export function historyRows(history: HistoryDigest): TrackingRow[] {
  const rows: TrackingRow[] = [];
  for (const [day, channelIndex, kpiIndex, value] of history.readings) {
    const channel = history.channels[channelIndex];
    const kpi = history.kpis[kpiIndex];
    if (channel === undefined || kpi === undefined || !Number.isInteger(day)) continue;
    rows.push({ date: fromDayNumber(day), channel, kpi, value, source: '' });
  }
  return rows;
}

export function readingsDigest(rows: readonly TrackingRow[]): ReadingsDigest {
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
