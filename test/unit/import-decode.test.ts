/** Bytes of a picked file → text: BOMs, UTF-16, strict UTF-8, windows-1252, binary junk. */
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../../src/core/import/decode';
import { looksBinary } from '../../src/core/import/junk';
import { parseExport } from '../../src/core/import';

const utf16le = (text: string) => Uint8Array.from(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return Uint8Array.from(be);
};
const concat = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));

/** Deterministic pseudo-random bytes (xorshift), so a failure can be reproduced. */
function junk(length: number, seed = 0x9e3779b9): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

const SAMPLE = 'Date\tCouverture\tRéactions\n2026-01-05\t1 234\t12\n';

describe('decodeBytes', () => {
  test('UTF-8 with and without BOM', () => {
    const bytes = Uint8Array.from(Buffer.from(SAMPLE, 'utf8'));
    expect(decodeBytes(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-8' });
    expect(decodeBytes(concat(Uint8Array.of(0xef, 0xbb, 0xbf), bytes))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  test('UTF-16 LE and BE with BOM', () => {
    expect(decodeBytes(concat(Uint8Array.of(0xff, 0xfe), utf16le(SAMPLE)))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeBytes(concat(Uint8Array.of(0xfe, 0xff), utf16be(SAMPLE)))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  test('UTF-16 without BOM is recognised by its NUL bytes, not taken for binary', () => {
    expect(decodeBytes(utf16le(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeBytes(utf16be(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  test('characters outside the BMP survive UTF-16 decoding', () => {
    const text = 'Date,Note\n2026-01-05,🎉\n';
    expect(decodeBytes(concat(Uint8Array.of(0xff, 0xfe), utf16le(text))).text).toBe(text);
  });

  test('bytes that are not UTF-8 are read as windows-1252 (French Excel exports)', () => {
    const bytes = Uint8Array.of(
      ...Buffer.from('R', 'latin1'),
      0xe9,
      ...Buffer.from('actions;Taux d', 'latin1'),
      0x92,
      ...Buffer.from('interaction;Co', 'latin1'),
      0xfb,
      ...Buffer.from('t ', 'latin1'),
      0x80,
      0x0a,
    );
    expect(decodeBytes(bytes)).toEqual({ text: 'Réactions;Taux d’interaction;Coût €\n', encoding: 'windows-1252' });
  });

  test('a windows-1252 fixture', () => {
    const decoded = decodeBytes(new Uint8Array(readFileSync(`${__dirname}/../fixtures/imports/meta-facebook-fr-cp1252.csv`)));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text.startsWith('Date;Couverture;Clics sur un lien;Réactions;Taux d’interaction')).toBe(true);
  });

  test('NUL bytes in a file that is not UTF-16 mean binary', () => {
    const bytes = concat(
      Uint8Array.from(Buffer.from('PK\u0003\u0004', 'latin1')),
      Uint8Array.of(0, 0, 8, 0),
      Uint8Array.from(Buffer.from('word/document.xml')),
    );
    expect(decodeBytes(bytes)).toEqual({ text: '', encoding: 'utf-8', error: { code: 'binary' } });
  });

  test('10 MB of random bytes is a fatal binary error', () => {
    const decoded = decodeBytes(junk(10 * 1024 * 1024));
    expect(decoded.error).toEqual({ code: 'binary' });
    expect(decoded.text).toBe('');
  });

  test('random bytes without any NUL are still refused (control characters)', () => {
    const bytes = junk(200_000).map((b) => (b === 0 ? 1 : b));
    expect(decodeBytes(bytes).error).toEqual({ code: 'binary' });
  });

  test('an empty file decodes to empty text, which parseExport then calls empty', () => {
    const decoded = decodeBytes(new Uint8Array(0));
    expect(decoded).toEqual({ text: '', encoding: 'utf-8' });
    expect(parseExport({ text: decoded.text }).fatal).toEqual({ code: 'empty' });
  });
});

describe('looksBinary (pasted text)', () => {
  test('normal CSV text is fine, tabs and line breaks included', () => {
    expect(looksBinary('Date\tReach\r\n2026-01-05\t12\r\n')).toBe(false);
  });

  test('NUL or many control characters are junk', () => {
    expect(looksBinary('Date,Reach\u0000')).toBe(true);
    expect(looksBinary('\u0001\u0002\u0003\u0004 abc')).toBe(true);
  });

  test('junk pasted as text is a fatal error of parseExport', () => {
    const text = Buffer.from(junk(1_000_000)).toString('latin1');
    expect(parseExport({ text }).fatal).toEqual({ code: 'binary' });
  });
});
