/**
 * A column naming each row's network ("Platform", "Réseau", "Network"). Meta's exports covering both apps
 * have one, whose rows are Facebook or Instagram: it gives the channel line by line. A table of posts across
 * networks (Facebook, Instagram and LinkedIn) has one too, and is then no single platform's export: its rows
 * must not all be read with one platform's metric map, so the mapping step takes it, this column as the
 * channel, and each row lands on its own channel.
 */
import { channelByLabel, type ChannelId } from '../catalog';
import { isBlankRecord, type CsvRecord } from './csv';
import { findColumn, normaliseHeader } from './headers';
import { channelOfSource } from './sources';
import type { ChannelCell } from './normalise';

export const NETWORK_COLUMN_HEADERS: readonly string[] = [
  'Platform',
  'Plateforme',
  'Network',
  'Social network',
  'Réseau',
  'Réseau social',
  'Channel',
  'Canal',
].map(normaliseHeader);

/** A channel cell: catalogue label or id, else a traffic source ("l.facebook.com"), else free text ("Snapchat"). */
export function channelCell(value: string): ChannelCell {
  const text = value.trim();
  if (text === '') return { missing: true };
  return { channel: channelByLabel(text)?.id ?? channelOfSource(text) ?? text };
}

export interface NetworkColumn {
  index: number;
  /** The channels its rows name, in first-seen order. */
  channels: string[];
}

/** The network column under a header (normalised), and the channels named in the data lines below it. */
export function networkColumn(
  normalised: readonly string[],
  records: readonly CsvRecord[],
  headerIndex: number,
): NetworkColumn | undefined {
  const index = findColumn(normalised, NETWORK_COLUMN_HEADERS);
  if (index < 0) return undefined;
  const seen = new Set<string>();
  const channels: string[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    const { fields } = records[i];
    const value = fields[index];
    if (value === undefined || seen.has(value) || isBlankRecord(fields)) continue;
    seen.add(value);
    const cell = channelCell(value);
    if ('channel' in cell && !channels.includes(cell.channel)) channels.push(cell.channel);
  }
  return { index, channels };
}

/** Whether every channel the column names is one of the platform's own (Facebook and Instagram for Meta). */
export function onlyOwnChannels(column: NetworkColumn, own: readonly ChannelId[]): boolean {
  return column.channels.every((c) => (own as readonly string[]).includes(c));
}
