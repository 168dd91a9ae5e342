/**
 * What the user gave to import, one Source per picked file or pasted text, and how each is read: a
 * platform export by parseExportFile / parseExport, a file the user matched the columns of by
 * parseWithMapping. Sources keep their bytes or text, so they can be read again with a channel, a
 * KPI for an ambiguous column or a mapping, without picking the files again.
 */
import type { KpiId } from '../../core/catalog';
import {
  parseExport,
  parseWithMapping,
  type ColumnMapping,
  type ImportPreview,
  type MappingGuess,
  type ParseOptions,
} from '../../core/import';
import { decodeBytes } from '../../core/import/decode';
import { parseExportFile } from '../../core/import/file';

/** Why a file gave no preview at all: it was not read. */
export type ReadFailure = { kind: 'tooLarge'; bytes: number; limit: number } | { kind: 'unreadable'; message: string };

export interface Source {
  id: number;
  /** The picked file's name; undefined for pasted text. */
  fileName?: string;
  /** Identifies the same file picked again (name and size, or the pasted text), to keep what the user chose for it. */
  key: string;
  bytes?: Uint8Array;
  /** Pasted text, or a file's decoded text once a column mapping needs it. */
  text?: string;
  /** The channel chosen for this source alone (a Meta export that does not tell Facebook from Instagram). */
  channel?: string;
  /** "Read it again" was asked before a channel was chosen: said next to the channel select. */
  channelMissing?: boolean;
  /** Per column header: the KPI chosen for a column the platform leaves to the user (GA4 "Key events"). */
  kpiOverrides: Record<string, KpiId | null>;
  /** Read a file giving organic and sponsored results apart (LinkedIn) organic only, sponsored left out. */
  organicOnly?: boolean;
  mapping?: ColumnMapping;
  /** Set when no platform spec knew the file but it has a header: its columns can be matched by hand. */
  columns?: { header: string[]; headerLine?: number; guess?: MappingGuess };
  /** Left out of the import by the user. */
  excluded: boolean;
  preview?: ImportPreview;
  failure?: ReadFailure;
}

/** What every read needs from the sheet and the first step. */
export interface ReadContext {
  locale: string;
  today: string;
  /** The channel chosen for every file on the first step; empty when each file tells its own. */
  channel: string;
  /** GA4: the KPI chosen for key events on earlier imports, by property name. */
  keyEventKpis?: Readonly<Record<string, KpiId>>;
}

function parseOptions(source: Source, context: ReadContext): ParseOptions {
  const channel = source.channel ?? (context.channel || undefined);
  const options: ParseOptions = {
    fileName: source.fileName,
    locale: context.locale,
    today: context.today,
    channel,
    kpiOverrides: source.kpiOverrides,
    keyEventKpis: context.keyEventKpis,
  };
  return source.organicOnly ? { ...options, organicOnly: true } : options;
}

/** The source's text; a file's bytes are decoded once, when a mapping needs them. */
export function textOf(source: Source): string {
  if (source.text === undefined) source.text = source.bytes ? decodeBytes(source.bytes).text : '';
  return source.text;
}

/** Reads (again) a source that has bytes or text, and keeps its preview. */
export function readSource(source: Source, context: ReadContext): void {
  const options = parseOptions(source, context);
  if (source.mapping) {
    source.preview = parseWithMapping(textOf(source), source.mapping, options);
    return;
  }
  const preview = source.bytes ? parseExportFile(source.bytes, options) : parseExport({ ...options, text: source.text ?? '' });
  source.preview = preview;
  // A file no platform knows, or a table of posts across several networks: its columns are matched by hand.
  const mappable = preview.fatal?.code === 'unrecognised' || preview.fatal?.code === 'severalNetworks';
  if (mappable && preview.header && preview.header.length >= 2) {
    source.columns = { header: preview.header, headerLine: preview.headerLine, guess: preview.suggestedMapping };
  }
}

/** A file no platform spec recognises but with a header: its columns can be matched by hand. */
export function canMap(source: Source): boolean {
  return source.columns !== undefined;
}

/** Read by hand but not matched yet: the step that matches columns opens for it after reading. */
export function awaitsMapping(source: Source): boolean {
  return source.columns !== undefined && source.mapping === undefined;
}

/** Readings this source gives the import (none when left out or fatal). */
export function rowsOf(source: Source): ImportPreview['rows'] {
  if (source.excluded || !source.preview || source.preview.fatal) return [];
  return source.preview.rows;
}

export function isFatal(source: Source): boolean {
  return source.failure !== undefined || source.preview?.fatal !== undefined;
}
