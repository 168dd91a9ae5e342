/** RFC 4180 reading and delimiter detection. */
import { countLines, delimiterByConsistency, delimiterHint, parseCsv } from '../../src/core/import/csv';

const fields = (text: string, delimiter: ',' | ';' | '\t' | '|' = ',') => parseCsv(text, delimiter).records.map((r) => r.fields);

describe('parseCsv', () => {
  test('quotes, escaped quotes, delimiters and line breaks inside quotes', () => {
    expect(fields('a,"b,c","say ""hi""","line 1\nline 2"\n1,2,3,4')).toEqual([
      ['a', 'b,c', 'say "hi"', 'line 1\nline 2'],
      ['1', '2', '3', '4'],
    ]);
  });

  test('CRLF, LF and CR line ends', () => {
    expect(fields('a,b\r\n1,2\n3,4\r5,6')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  test('empty fields and a trailing delimiter', () => {
    expect(fields('a,,c,\n,,,')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
  });

  test('a trailing line break does not make an extra record', () => {
    expect(fields('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fields('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('each record knows the line it starts on, counting line breaks inside quotes', () => {
    const { records } = parseCsv('h1,h2\r\n"multi\r\nline\nvalue",x\r\nlast,y', ',');
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  test('records remember their place in the text', () => {
    const text = 'a;b\n1;2';
    const { records } = parseCsv(text, ';');
    expect(text.slice(records[1].start, records[1].end)).toBe('1;2');
  });

  test('an unclosed quote is reported with the line it opens on', () => {
    const result = parseCsv('a,b\n1,"open\n2,3\n', ',');
    expect(result.unclosedQuoteLine).toBe(2);
    expect(result.records).toHaveLength(2);
  });

  test('semicolons and tabs', () => {
    expect(fields('Date;Couverture\n12/01/2026;"1 234,5"', ';')).toEqual([
      ['Date', 'Couverture'],
      ['12/01/2026', '1 234,5'],
    ]);
    expect(fields('a\tb\n1\t2', '\t')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('text after a closing quote is kept, not lost', () => {
    expect(fields('"5" screen",x')).toEqual([['5 screen"', 'x']]);
  });

  test('maxRecords stops early', () => {
    expect(parseCsv('1\n2\n3\n4', ',', 2).records).toHaveLength(2);
  });
});

describe('delimiters', () => {
  test("Excel's sep= line names the delimiter", () => {
    expect(delimiterHint('sep=;\nDate;Reach')).toBe(';');
    expect(delimiterHint('"sep=,"\r\nDate,Reach')).toBe(',');
    expect(delimiterHint('Date,Reach')).toBeUndefined();
  });

  test('without a recognised header, the delimiter giving the most lines of one width wins', () => {
    expect(delimiterByConsistency('Report for Jan 1, 2026 - Jan 31, 2026\nJour;Portée;Clics\n05/02;1,5;3\n06/02;2,5;4')).toBe(';');
    expect(delimiterByConsistency('a\tb\tc\n1\t2\t3')).toBe('\t');
    expect(delimiterByConsistency('a|b\n1|2\n3|4')).toBe('|');
  });

  test('countLines ignores one trailing line break', () => {
    expect(countLines('a\nb\n')).toBe(2);
    expect(countLines('a\r\nb')).toBe(2);
    expect(countLines('')).toBe(0);
  });
});
