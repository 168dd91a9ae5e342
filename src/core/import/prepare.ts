/** What every parse does first: drop the BOM, refuse empty, binary and oversized texts, read Excel's "sep=" line. */
import { countLines, delimiterHint } from './csv';
import { looksBinary } from './junk';
import type { Delimiter, ImportFatal } from './types';

export const MAX_LINES = 200_000;

/** How many records from the top are searched for the header (metadata lines come first). */
export const HEADER_SEARCH_RECORDS = 60;

export interface PreparedText {
  text: string;
  delimiterHint?: Delimiter;
}

const NON_SPACE = /\S/;

export function prepareText(raw: string): PreparedText | { fatal: ImportFatal } {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (!NON_SPACE.test(text)) return { fatal: { code: 'empty' } };
  if (looksBinary(text)) return { fatal: { code: 'binary' } };
  const lines = countLines(text);
  if (lines > MAX_LINES) return { fatal: { code: 'tooManyLines', lines, limit: MAX_LINES } };
  const hint = delimiterHint(text);
  return hint ? { text, delimiterHint: hint } : { text };
}
