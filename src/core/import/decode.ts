/**
 * Bytes of a picked file → text. BOMs first (UTF-8, UTF-16 LE/BE: Meta exports UTF-16), then UTF-16
 * without a BOM (every other byte NUL), then strict UTF-8, then windows-1252 (French exports saved by
 * Excel). NUL bytes in a file that is not UTF-16, or a high share of control characters, mean binary
 * junk: a fatal error, which names the spreadsheet (Excel, Numbers, OpenDocument) when the file is one
 * picked instead of its CSV export, so the preview can say how to save it as CSV. Browser and Node only: Apps Script has no TextDecoder, so nothing the server
 * bundle needs may import this module (it is deliberately left out of index.ts).
 */
import { looksBinary } from './junk';
import type { ImportFatal, Workbook } from './types';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Set when the bytes are no text: then `text` is empty and nothing may be imported. */
  error?: ImportFatal;
}

interface StrictUtf8Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options: { fatal: boolean }) => StrictUtf8Decoder;

/** windows-1252 bytes 0x80–0x9F; the other bytes are their own code points (as in Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const CHUNK = 8192;
const SNIFF = 4096;

/** `fileName` (as picked) helps name a workbook whose bytes do not say which it is. */
export function decodeBytes(bytes: Uint8Array, fileName?: string): DecodedText {
  const workbook = workbookOf(bytes, fileName);
  if (workbook) return { text: '', encoding: 'utf-8', error: { code: 'binary', workbook } };
  const decoded = decode(bytes);
  if ('binary' in decoded || looksBinary(decoded.text)) {
    const named = fileName ? workbookByName(fileName) : undefined;
    return { text: '', encoding: decoded.encoding, error: named ? { code: 'binary', workbook: named } : { code: 'binary' } };
  }
  return decoded;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Microsoft's compound file, the container of .xls (and .doc) files. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Where a zip names its entries: at each entry, and in its directory at the end. */
const ZIP_NAMES_SEARCHED = 1 << 16;

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const utf16Bytes = (text: string) => Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]);

/** Entries only each kind of workbook has, as a zip names them. */
const ZIP_WORKBOOKS: ReadonlyArray<[Workbook, number[]]> = [
  ['excel', ascii('xl/workbook.')],
  ['numbers', ascii('Index/Document.iwa')],
  ['opendocument', ascii('application/vnd.oasis.opendocument.spreadsheet')],
];

/**
 * A spreadsheet picked instead of its CSV export, by its bytes: an Excel .xlsx (a zip with
 * xl/workbook.xml), an Apple Numbers document (a zip with Index/Document.iwa), an OpenDocument .ods, or
 * an Excel 97-2003 .xls (a compound file with a Workbook stream); by the name's extension for another zip
 * or compound file. Undefined for anything else.
 */
function workbookOf(bytes: Uint8Array, fileName: string | undefined): Workbook | undefined {
  const zip = startsWith(bytes, ZIP);
  const compound = !zip && startsWith(bytes, COMPOUND_FILE);
  if (!zip && !compound) return undefined;
  if (zip) {
    const head = bytes.subarray(0, ZIP_NAMES_SEARCHED);
    const tail = bytes.subarray(Math.max(0, bytes.length - ZIP_NAMES_SEARCHED));
    for (const [kind, name] of ZIP_WORKBOOKS) if (find(head, name) || find(tail, name)) return kind;
  } else if (find(bytes, utf16Bytes('Workbook')) || find(bytes, utf16Bytes('Book'))) {
    return 'excel';
  }
  return fileName ? workbookByName(fileName) : undefined;
}

function workbookByName(fileName: string): Workbook | undefined {
  const extension = /\.([a-z]+)$/i.exec(fileName.trim())?.[1].toLowerCase();
  if (extension === 'xlsx' || extension === 'xlsm' || extension === 'xlsb' || extension === 'xls') return 'excel';
  if (extension === 'numbers') return 'numbers';
  if (extension === 'ods') return 'opendocument';
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function find(bytes: Uint8Array, needle: readonly number[]): boolean {
  for (let i = bytes.indexOf(needle[0]); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(needle[0], i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

function decode(bytes: Uint8Array): DecodedText | { binary: true; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictUtf8(bytes.subarray(3));
    return text === undefined ? { text: windows1252(bytes.subarray(3)), encoding: 'windows-1252' } : { text, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(bytes.subarray(2), true), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(bytes.subarray(2), false), encoding: 'utf-16be' };
  const unmarked = sniffUtf16(bytes);
  if (unmarked) return { text: utf16(bytes, unmarked === 'utf-16le'), encoding: unmarked };
  if (bytes.indexOf(0) >= 0) return { binary: true, encoding: 'utf-8' };
  const text = strictUtf8(bytes);
  return text === undefined ? { text: windows1252(bytes), encoding: 'windows-1252' } : { text, encoding: 'utf-8' };
}

/** Mostly-ASCII UTF-16 text without a BOM: NUL in nearly every high byte and in no low byte. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SNIFF) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.7 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.7 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  const Decoder = (globalThis as unknown as { TextDecoder?: DecoderConstructor }).TextDecoder;
  if (!Decoder) throw new Error('decodeBytes needs TextDecoder (browser or Node)');
  try {
    return new Decoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function utf16(bytes: Uint8Array, littleEndian: boolean): string {
  const units = new Array<number>(Math.min(CHUNK, bytes.length >> 1));
  let text = '';
  let u = 0;
  const last = bytes.length - 1;
  for (let i = 0; i < last; i += 2) {
    units[u++] = littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    if (u === units.length) {
      text += String.fromCharCode.apply(null, units);
      u = 0;
    }
  }
  return u > 0 ? text + String.fromCharCode.apply(null, units.slice(0, u)) : text;
}

function windows1252(bytes: Uint8Array): string {
  const units = new Array<number>(Math.min(CHUNK, bytes.length));
  let text = '';
  let u = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[u++] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    if (u === units.length) {
      text += String.fromCharCode.apply(null, units);
      u = 0;
    }
  }
  return u > 0 ? text + String.fromCharCode.apply(null, units.slice(0, u)) : text;
}
