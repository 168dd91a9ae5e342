/**
 * What the real bundle's custom functions receive, as Sheets hands it: a cell that shows a date arrives
 * as a Date (midnight in the spreadsheet's time zone), in a range too; whole columns are every row of
 * the sheet, and a result that does not fit below its cell is Sheets' #REF!.
 */
import { emulate, read, write } from '../support/emulator';
import { parseCellInput } from '../../src/local/preview/server';
import type { Workbook } from '../../src/local/emulator/workbook';
import { sheetsDate, sheetsSerial } from '../../src/local/emulator/zones';

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** Records the arguments of every custom-function call the workbook serves from now on. */
function recordCalls(workbook: Workbook): Array<{ name: string; args: unknown[] }> {
  const calls: Array<{ name: string; args: unknown[] }> = [];
  const serve = workbook.customFunctions!;
  workbook.customFunctions = (name, args) => {
    calls.push({ name, args });
    return serve(name, args);
  };
  return calls;
}

/** Midnight of 15 January 2026 in Europe/Paris, the test spreadsheets' time zone. */
const JANUARY_15_PARIS = Date.parse('2026-01-14T23:00:00Z');

describe('a date cell reaches a custom function as a Date', () => {
  test('a date typed in French, a DATE() cell and a DATE() argument are refused by ROI_PCT as not numbers', () => {
    const { workbook, sheet } = emulate('fr_FR');
    const calls = recordCalls(workbook);
    write(workbook, sheet, 'V2:V3', [[parseCellInput('15/01/2026', 'fr_FR')], ['=DATE(2026, 1, 15)']]);
    write(workbook, sheet, 'A1:A3', [
      [parseCellInput('=ROI_PCT(V2;1000)', 'fr_FR')],
      [parseCellInput('=ROI_PCT(V3;1000)', 'fr_FR')],
      [parseCellInput('=ROI_PCT(DATE(2026;1;15);1000)', 'fr_FR')],
    ]);
    // The serial 46037 would have given a ROI of 4503,7.
    expect(read(workbook, sheet, 'A1:A3')).toEqual([['#ERROR!'], ['#ERROR!'], ['#ERROR!']]);
    for (const row of [1, 2, 3])
      expect(workbook.errorMessage(sheet, row, 1)).toMatch(/^ROI_PCT : valeur \(value\) vaut .*ce n'est pas un nombre/);
    const dates = calls.filter((c) => c.name === 'ROI_PCT' && isDate(c.args[0])).map((c) => (c.args[0] as Date).getTime());
    expect(dates).toEqual([JANUARY_15_PARIS, JANUARY_15_PARIS, JANUARY_15_PARIS]);
  });

  test('dates inside a range arrive as Dates, numbers as numbers; each date row is refused in the column', () => {
    const { workbook, sheet } = emulate('en_US');
    const calls = recordCalls(workbook);
    write(workbook, sheet, 'A1:B3', [
      [2500, 1000],
      ['1/15/2026', 1000],
      ['=DATE(2026, 1, 16)', 1000],
    ]);
    write(workbook, sheet, 'C1', [['=ROI_PCT(A1:A3, B1:B3)']]);
    expect(read(workbook, sheet, 'C1:C3')).toEqual([[150], ['⚠ value: not a number'], ['⚠ value: not a number']]);
    const column = calls.filter((c) => c.name === 'ROI_PCT' && Array.isArray(c.args[0]) && (c.args[0] as unknown[][])[0][0] !== '').pop()!;
    const [first, second, third] = (column.args[0] as unknown[][]).map((r) => r[0]);
    expect(first).toBe(2500);
    expect(isDate(second) && second.getTime()).toBe(JANUARY_15_PARIS);
    expect(isDate(third) && third.getTime()).toBe(JANUARY_15_PARIS + 86_400_000);
  });

  test("the cell's own number format decides: a number formatted as a date is a Date, a DATE() formatted as a number a number", () => {
    const { workbook, sheet } = emulate('en_US');
    write(workbook, sheet, 'A1:A2', [[46037], ['=DATE(2026, 1, 15)']]);
    sheet.formats.push({ range: { row: 1, column: 1, numRows: 1, numColumns: 1 }, value: 'yyyy-mm-dd' });
    sheet.formats.push({ range: { row: 2, column: 1, numRows: 1, numColumns: 1 }, value: '0' });
    write(workbook, sheet, 'B1:B2', [['=ROI_PCT(A1, 1000)'], ['=ROI_PCT(A2, 1000)']]);
    expect(read(workbook, sheet, 'B1:B2')).toEqual([['#ERROR!'], [4503.7]]);
  });

  test('UTM_URL gets a date campaign as a Date of its own realm, at midnight in Europe/Paris', () => {
    const { workbook, sheet } = emulate('fr_FR');
    const calls = recordCalls(workbook);
    write(workbook, sheet, 'V2', [['15/01/2026']]);
    write(workbook, sheet, 'A1', [[parseCellInput('=UTM_URL("example.com";"instagram";"social";V2)', 'fr_FR')]]);
    const campaign = calls.filter((c) => c.name === 'UTM_URL' && c.args[0] !== '').pop()!.args[3];
    expect(isDate(campaign) && campaign.getTime()).toBe(JANUARY_15_PARIS);
    // The bundle took it for a date (a Date of another realm would be "not a text"): a link, no #ERROR!.
    // Which day its text shows is the bundle's business, not the emulator's.
    expect(read(workbook, sheet, 'A1')[0][0]).toMatch(/^https:\/\/example\.com\?utm_source=instagram&utm_medium=social&utm_campaign=/);
  });
});

describe('whole columns and rows', () => {
  test('=ROI_PCT(G:G; L:L; 0,6) in row 1 of a French sheet reads every row of the sheet, its header included', () => {
    const { workbook, sheet } = emulate('fr_FR');
    write(workbook, sheet, 'G1:G3', [['Valeur'], [2500], [500]]);
    write(workbook, sheet, 'L1:L3', [['Coût'], [1000], [1000]]);
    write(workbook, sheet, 'M1', [[parseCellInput('=ROI_PCT(G:G; L:L; 0,6)', 'fr_FR')]]);
    expect(read(workbook, sheet, 'M1:M4')).toEqual([['⚠ valeur : pas un nombre'], [50], [-70], ['']]);
    expect(workbook.getFormulas(sheet, { row: 1, column: 13, numRows: 1, numColumns: 1 })).toEqual([['=ROI_PCT(G:G, L:L, 0.6)']]);
    // Native functions read whole columns as before.
    write(workbook, sheet, 'N1', [['=SUM(G:G)']]);
    expect(read(workbook, sheet, 'N1')).toEqual([[3000]]);
  });

  test('below row 1 a whole column does not fit: #REF! asks for one more row, as Sheets does; G2:G fits', () => {
    const { workbook, sheet } = emulate('fr_FR');
    write(workbook, sheet, 'G2:G3', [[2500], [500]]);
    write(workbook, sheet, 'L2:L3', [[1000], [1000]]);
    write(workbook, sheet, 'M2:N2', [
      [parseCellInput('=ROI_PCT(G:G; L:L; 0,6)', 'fr_FR'), parseCellInput('=ROI_PCT(G2:G; L2:L; 0,6)', 'fr_FR')],
    ]);
    expect(read(workbook, sheet, 'M2:N3')).toEqual([
      ['#REF!', 50],
      ['', -70],
    ]);
    expect(workbook.errorMessage(sheet, 2, 13)).toBe('Result was not automatically expanded, please insert more rows (1).');
  });

  test('a whole row is every column of the sheet', () => {
    const { workbook, sheet } = emulate('en_US');
    write(workbook, sheet, 'A1:B2', [
      [2500, 300],
      [1000, 100],
    ]);
    write(workbook, sheet, 'A3', [['=ROI_PCT(1:1, 2:2)']]);
    expect(read(workbook, sheet, 'A3:C3')).toEqual([[150, 200, '']]);
  });
});

test("a day serial and a Date meet at midnight in the spreadsheet's time zone, summer and winter, with the time of day", () => {
  expect(sheetsDate(46037, 'Europe/Paris').toISOString()).toBe('2026-01-14T23:00:00.000Z');
  expect(sheetsDate(46037.5, 'Europe/Paris').toISOString()).toBe('2026-01-15T11:00:00.000Z');
  expect(sheetsDate(46204, 'Europe/Paris').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  expect(sheetsDate(46037, 'America/New_York').toISOString()).toBe('2026-01-15T05:00:00.000Z');
  // A Date a custom function returns is its calendar day there, not in UTC.
  expect(sheetsSerial(new Date('2026-01-14T23:00:00Z'), 'Europe/Paris')).toBe(46037);
  expect(sheetsSerial(new Date('2026-01-15T11:00:00Z'), 'Europe/Paris')).toBe(46037.5);
});

describe('a date cell read as text is the day the sheet shows, east of UTC', () => {
  test('a UTM_URL campaign typed as a date in a Paris spreadsheet, and a message that names a date', () => {
    const { workbook, sheet } = emulate('fr_FR');
    write(workbook, sheet, 'A1', [[parseCellInput('01/06/2026', 'fr_FR')]]);
    write(workbook, sheet, 'B1:B2', [
      [parseCellInput('=UTM_URL("https://example.com";"instagram";"social";A1)', 'fr_FR')],
      [parseCellInput('=ROI_PCT(A1;1000)', 'fr_FR')],
    ]);
    expect(read(workbook, sheet, 'B1')).toEqual([['https://example.com?utm_source=instagram&utm_medium=social&utm_campaign=2026-06-01']]);
    expect(workbook.errorMessage(sheet, 2, 2)).toMatch(/2026-06-01/);
  });
});
