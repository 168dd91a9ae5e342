/** One reading in the Tracking sheet: date, channel, KPI, value, source/notes. */
import type { KpiId } from './catalog';

export interface TrackingRow {
  /** Calendar date, ISO yyyy-mm-dd (never a Date: it crosses google.script.run and time zones). */
  date: string;
  /** A catalogue ChannelId ("instagram") or the free-text name of another channel ("Snapchat"). */
  channel: string;
  kpi: KpiId;
  value: number;
  /** Where the reading came from ("Meta export 2026-11", "typed"), or a note. */
  source: string;
}

/** The Tracking sheet's columns, in order. */
export const TRACKING_COLUMNS = ['date', 'channel', 'kpi', 'value', 'source'] as const;
