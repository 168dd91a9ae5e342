/**
 * saveImport's request as the server receives it: anything a page could send. Every reading is checked
 * before anything is written; the first one that cannot be written refuses the whole import.
 */
import type { KpiId } from '../catalog';
import { kpiById } from '../catalog';
import { fromDayNumber, isIsoDate } from '../dates';
import { readText } from '../goals/text';
import type { TrackingRow } from '../tracking';
import { readingKey, type ImportMode } from './merge';
import type { KeyEventChoice } from './key-events';
import { mayBeNegative } from './kpi-rules';

/** At most this many readings in one import: far above a year of daily exports for every platform. */
export const MAX_IMPORT_READINGS = 250_000;

/** Readings to import, compactly: names once, then [day, channel, KPI, value, source] rows by index. */
export interface ReadingsDigest {
  channels: string[];
  kpis: KpiId[];
  sources: string[];
  readings: Array<[day: number, channel: number, kpi: number, value: number, source: number]>;
}

export interface ImportRequest {
  readings: ReadingsDigest;
  /** What to do with a reading Tracking already has (same date, channel and KPI). */
  mode: ImportMode;
  /** GA4: the KPI chosen for each property's key events, kept for its next import (read by key-events.ts). */
  keyEvents?: KeyEventChoice[];
}

/** A reading of the import that cannot be written: which one (0-based) and why; nothing is written. */
export interface InvalidReadings {
  kind: 'invalidReadings';
  index: number;
  /**
   * 'negative': a negative value for a KPI that cannot be negative (reach, views, sessions). 'conflict':
   * an earlier reading of the request has the same date, channel and KPI with another value (the sidebar
   * sends one value per reading; the same value twice is written once).
   */
  reason: 'date' | 'channel' | 'kpi' | 'value' | 'negative' | 'conflict' | 'source' | 'tooMany' | 'shape';
}

const MAX_CHANNEL = 40;
const MAX_SOURCE = 200;

/** The request's readings as Tracking rows and its mode ('skip' unless it says 'replace'), or the first reading that cannot be written. */
export function readImportRequest(request: unknown): { rows: TrackingRow[]; mode: ImportMode } | InvalidReadings {
  const rows = importedRows(request);
  if (!Array.isArray(rows)) return rows;
  return { rows, mode: (request as { mode?: unknown }).mode === 'replace' ? 'replace' : 'skip' };
}

function importedRows(request: unknown): TrackingRow[] | InvalidReadings {
  const invalid = (index: number, reason: InvalidReadings['reason']): InvalidReadings => ({ kind: 'invalidReadings', index, reason });
  const digest = (request as ImportRequest | undefined)?.readings;
  if (
    !digest ||
    !Array.isArray(digest.readings) ||
    !Array.isArray(digest.channels) ||
    !Array.isArray(digest.kpis) ||
    !Array.isArray(digest.sources)
  ) {
    return invalid(0, 'shape');
  }
  if (digest.readings.length > MAX_IMPORT_READINGS) return invalid(MAX_IMPORT_READINGS, 'tooMany');
  const channels = digest.channels.map((c) => readText(c, MAX_CHANNEL, { required: true }));
  const sources = digest.sources.map((s) => readText(s, MAX_SOURCE, { required: false }));
  const rows: TrackingRow[] = new Array(digest.readings.length);
  const valueOf = new Map<string, number>();
  for (let i = 0; i < digest.readings.length; i++) {
    const reading = digest.readings[i];
    if (!Array.isArray(reading)) return invalid(i, 'shape');
    const [day, channelIndex, kpiIndex, value, sourceIndex] = reading;
    if (!Number.isInteger(day) || Math.abs(day) > 2_000_000) return invalid(i, 'date');
    const date = fromDayNumber(day);
    if (!isIsoDate(date)) return invalid(i, 'date');
    const channel = channels[channelIndex];
    if (!channel?.ok || channel.value === undefined) return invalid(i, 'channel');
    const kpi = kpiById(String(digest.kpis[kpiIndex]));
    if (!kpi) return invalid(i, 'kpi');
    if (typeof value !== 'number' || !Number.isFinite(value)) return invalid(i, 'value');
    if (value < 0 && !mayBeNegative(kpi.id)) return invalid(i, 'negative');
    const source = sourceIndex === undefined ? undefined : sources[sourceIndex];
    if (source !== undefined && !source.ok) return invalid(i, 'source');
    const row: TrackingRow = { date, channel: channel.value, kpi: kpi.id, value, source: source?.value ?? '' };
    const key = readingKey(row);
    const earlier = valueOf.get(key);
    if (earlier === undefined) valueOf.set(key, value);
    else if (earlier !== value) return invalid(i, 'conflict');
    rows[i] = row;
  }
  return rows;
}
