/**
 * RFC 4180 reading in one pass: quoted fields, "" inside quotes, line breaks inside quoted fields,
 * CRLF, LF or CR line ends. Lenient where exports are sloppy (a quote inside an unquoted field is kept as
 * text), strict where it matters: every record keeps its own field count and starting line, so a row that
 * does not match the header is reported, never re-split.
 */
import type { Delimiter } from './types';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

export interface CsvRecord {
  fields: string[];
  /** 1-based line of the file where the record starts. */
  line: number;
  /** Offsets of the record in the text, line break excluded. */
  start: number;
  end: number;
}

export interface CsvResult {
  records: CsvRecord[];
  /** Line where a quoted field opens and never closes (it then runs to the end of the text). */
  unclosedQuoteLine?: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

export function parseCsv(text: string, delimiter: Delimiter, maxRecords = Infinity): CsvResult {
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  const records: CsvRecord[] = [];
  let unclosedQuoteLine: number | undefined;
  let pos = 0;
  let line = 1;

  const fieldEnd = (from: number): number => {
    let i = from;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === sep || c === LF || c === CR) break;
      i++;
    }
    return i;
  };

  while (pos < n && records.length < maxRecords) {
    const start = pos;
    const startLine = line;
    const fields: string[] = [];
    let end = n;
    for (;;) {
      let value: string;
      if (text.charCodeAt(pos) === QUOTE) {
        const open = pos;
        let segment = pos + 1;
        value = '';
        for (;;) {
          const q = text.indexOf('"', segment);
          if (q < 0) {
            value += text.slice(segment);
            if (unclosedQuoteLine === undefined) unclosedQuoteLine = startLine;
            pos = n;
            break;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(segment, q + 1);
            segment = q + 2;
            continue;
          }
          value += text.slice(segment, q);
          pos = q + 1;
          break;
        }
        line += countLineBreaks(text, open, pos);
        // Text after the closing quote and before the delimiter: not RFC 4180, kept rather than lost.
        const after = fieldEnd(pos);
        if (after > pos) value += text.slice(pos, after);
        pos = after;
      } else {
        const after = fieldEnd(pos);
        value = text.slice(pos, after);
        pos = after;
      }
      fields.push(value);
      if (pos >= n) break;
      const c = text.charCodeAt(pos);
      if (c === sep) {
        pos++;
        continue;
      }
      end = pos;
      pos += c === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    records.push({ fields, line: startLine, start, end: Math.min(end, n) });
  }
  return unclosedQuoteLine === undefined ? { records } : { records, unclosedQuoteLine };
}

/** Line breaks in text[from, to), CRLF counting once. */
export function countLineBreaks(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/** Lines of the text, ignoring one trailing line break. */
export function countLines(text: string): number {
  if (text === '') return 0;
  const last = text.charCodeAt(text.length - 1);
  return countLineBreaks(text) + (last === LF || last === CR ? 0 : 1);
}

/** A record with no content: an empty line, or only delimiters and spaces (",,,," rows left by spreadsheets). */
export function isBlankRecord(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

const SEP_HINT = /^"?sep=(.)"?[ \t]*$/i;
const LINE_BREAK = /[\r\n]/;

/** Excel's "sep=;" first line names the delimiter. */
export function delimiterHint(text: string): Delimiter | undefined {
  const lineEnd = text.search(LINE_BREAK);
  const first = lineEnd < 0 ? text : text.slice(0, lineEnd);
  const match = SEP_HINT.exec(first.trim());
  const char = match?.[1];
  return DELIMITERS.find((d) => d === char);
}

/**
 * For a file no header is recognised in: the delimiter whose split gives the most lines of one
 * same field count above 1 in the first records (metadata lines above the header have one field).
 */
export function delimiterByConsistency(text: string, sample = 50): Delimiter {
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const record of parseCsv(text, delimiter, sample).records) {
      if (isBlankRecord(record.fields) || record.fields.length < 2) continue;
      counts.set(record.fields.length, (counts.get(record.fields.length) ?? 0) + 1);
    }
    let score = 0;
    for (const [width, lines] of counts) score = Math.max(score, lines * 1000 + width);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}
