/** Bytes of a picked file → text: BOMs, UTF-16, strict UTF-8, windows-1252, binary junk. */
import { readFileSync } from 'node:fs';
import { decodeBytes } from '../../src/core/import/decode';
import { looksBinary } from '../../src/core/import/junk';
import { parseExport } from '../../src/core/import';
import { parseExportFile } from '../../src/core/import/file';
import { renderImportError } from '../../src/core/import/texts';

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

describe('a spreadsheet picked instead of its CSV export is named, with how to save it as CSV', () => {
  const latin1 = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
  /** A zip as workbooks are: each entry's name before its (here random) data, and all the names again at the end. */
  const zip = (names: string[], dataLength = 40_000) =>
    concat(
      ...names.flatMap((name, i) => [
        latin1('PK\u0003\u0004'),
        new Uint8Array(22),
        Uint8Array.of(name.length, 0, 0, 0),
        latin1(name),
        junk(dataLength, i + 1),
      ]),
      ...names.flatMap((name) => [
        latin1('PK\u0001\u0002'),
        new Uint8Array(24),
        Uint8Array.of(name.length, 0),
        new Uint8Array(16),
        latin1(name),
      ]),
      latin1('PK\u0005\u0006'),
      new Uint8Array(18),
    );

  test('Excel (.xlsx, and .xls), Numbers and OpenDocument files, by their bytes whatever their name', () => {
    expect(decodeBytes(zip(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'])).error).toEqual({
      code: 'binary',
      workbook: 'excel',
    });
    expect(decodeBytes(zip(['Index/Document.iwa', 'Index/Tables/DataList.iwa', 'Metadata/Properties.plist']), 'export.csv').error).toEqual({
      code: 'binary',
      workbook: 'numbers',
    });
    expect(decodeBytes(zip(['mimetype', 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml'], 10)).error).toEqual({
      code: 'binary',
      workbook: 'opendocument',
    });
    const xls = concat(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), junk(5000), utf16le('Workbook'), junk(5000));
    expect(decodeBytes(xls).error).toEqual({ code: 'binary', workbook: 'excel' });
  });

  test('by the name when the bytes do not say; a Word document or junk stays binary data', () => {
    expect(decodeBytes(zip(['something.bin']), 'Stats.XLSX').error).toEqual({ code: 'binary', workbook: 'excel' });
    expect(decodeBytes(junk(20_000), 'stats.numbers').error).toEqual({ code: 'binary', workbook: 'numbers' });
    expect(decodeBytes(zip(['[Content_Types].xml', 'word/document.xml']), 'letter.docx').error).toEqual({ code: 'binary' });
    expect(decodeBytes(junk(20_000), 'stats.csv').error).toEqual({ code: 'binary' });
    // a CSV named .xls by mistake is still read
    expect(decodeBytes(Uint8Array.from(Buffer.from('Date,Reach\n2026-01-05,12\n')), 'stats.xls')).toEqual({
      text: 'Date,Reach\n2026-01-05,12\n',
      encoding: 'utf-8',
    });
  });

  test('the preview says which application and how to save a CSV, in English and French', () => {
    const p = parseExportFile(zip(['[Content_Types].xml', 'xl/workbook.xml']), { fileName: 'insights.xlsx' });
    expect(p.fatal).toEqual({ code: 'binary', workbook: 'excel' });
    expect(renderImportError('en', p.fatal!)).toBe(
      'This is an Excel workbook, not a CSV file. In Excel, choose File → Save As (or Save a Copy), pick the file type “CSV UTF-8 (Comma delimited) (.csv)”, and import the file it saves.',
    );
    expect(renderImportError('fr', p.fatal!)).toBe(
      'C’est un classeur Excel, pas un fichier CSV. Dans Excel, choisissez Fichier → Enregistrer sous (ou Enregistrer une copie), prenez le type « CSV UTF-8 (délimité par des virgules) (.csv) », puis importez le fichier enregistré.',
    );
    expect(renderImportError('en', { code: 'binary', workbook: 'numbers' })).toContain('In Numbers, choose File → Export To → CSV…');
    expect(renderImportError('fr', { code: 'binary', workbook: 'numbers' })).toContain(
      'Dans Numbers, choisissez Fichier → Exporter vers → CSV…',
    );
    expect(renderImportError('en', { code: 'binary', workbook: 'opendocument' })).toContain('“Text CSV (.csv)”');
    expect(renderImportError('fr', { code: 'binary' })).toContain('données binaires');
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
