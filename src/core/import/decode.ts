/**
 * Bytes of a picked file → text. BOMs first (UTF-8, UTF-16 LE/BE: Meta exports UTF-16), then UTF-16
 * without a BOM (every other byte NUL), then strict UTF-8, then windows-1252 (French exports saved by
 * Excel). NUL bytes in a file that is not UTF-16, or a high share of control characters, mean binary
 * junk: a fatal error. Browser and Node only: Apps Script has no TextDecoder, so nothing the server
 * bundle needs may import this module (it is deliberately left out of index.ts).
 */
import { looksBinary } from './junk';
import type { ImportFatal } from './types';

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

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const decoded = decode(bytes);
  if ('binary' in decoded) return { text: '', encoding: decoded.encoding, error: { code: 'binary' } };
  if (looksBinary(decoded.text)) return { text: '', encoding: decoded.encoding, error: { code: 'binary' } };
  return decoded;
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
