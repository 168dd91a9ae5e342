/**
 * A text typed in a cell (the preview's formula bar) or written by Range.setValues is read as Sheets reads
 * it in the spreadsheet's locale: a number only when written the locale's way, a date when written as
 * the locale writes dates, otherwise text that the formulas then read (or refuse) themselves.
 */
import { emulate, read, shown, write } from '../support/emulator';
import { parseCellInput } from '../../src/local/preview/server';
import { Emulator } from '../../src/local/emulator/emulator';
import type { SheetModel } from '../../src/local/emulator/sheet-model';
import type { Workbook } from '../../src/local/emulator/workbook';

let row = 0;

/**
 * Types `input` in a fresh cell of column A as a person does in the preview (a cell where a date was
 * typed keeps its date format, as in Sheets), and returns what the cell then holds; `shownLast` shows it.
 */
function typed(workbook: Workbook, sheet: SheetModel, input: string): unknown {
  row++;
  write(workbook, sheet, `A${row}`, [[parseCellInput(input, workbook.locale)]]);
  return read(workbook, sheet, `A${row}`)[0][0];
}

const shownLast = (workbook: Workbook, sheet: SheetModel) => shown(workbook, sheet, `A${row}`)[0][0];

/** Midnight of an ISO date in Europe/Paris (the test spreadsheets' time zone), in winter. */
const parisMidnight = (iso: string) => new Date(`${iso}T00:00:00+01:00`);

describe('in a French spreadsheet', () => {
  const { workbook, sheet } = emulate('fr_FR');

  test.each([
    ['1 234,56', 1234.56],
    ['1234,5', 1234.5],
    ['1\u202f234,56', 1234.56],
    ['1\u00a0000\u00a0000', 1000000],
    [',5', 0.5],
    ['-12,5', -12.5],
    ['12 %', 0.12],
    ['1,5 %', 0.015],
    ['2 500,50 €', 2500.5],
    ['1,5E3', 1500],
    ['1E+300', 1e300],
    ['40', 40],
  ])('%s is the number %p', (input, value) => {
    expect(typed(workbook, sheet, input)).toBe(value);
  });

  test.each(['12.000', '1.500', '1234.5', '1.234,56', '1,234.56', '12,000,000', '1 23', '12.5%', '1,5e', 'E3', '-', 'abc'])(
    '%s stays the text it is',
    (input) => {
      expect(typed(workbook, sheet, input)).toBe(input);
      expect(shownLast(workbook, sheet)).toBe(input);
    },
  );

  test('a date written day first is a date cell: a Date at midnight in the time zone, shown as the locale shows dates', () => {
    expect(typed(workbook, sheet, '15/01/2026')).toEqual(parisMidnight('2026-01-15'));
    expect(shownLast(workbook, sheet)).toBe('15/01/2026');
    expect(typed(workbook, sheet, '2026-01-16')).toEqual(parisMidnight('2026-01-16'));
    // Month first is no date here, nor a 31st of February.
    expect(typed(workbook, sheet, '01/15/2026')).toBe('01/15/2026');
    expect(typed(workbook, sheet, '31/02/2026')).toBe('31/02/2026');
  });

  test('VRAI and FAUX are booleans; an apostrophe keeps a number as text', () => {
    expect(typed(workbook, sheet, 'VRAI')).toBe(true);
    expect(typed(workbook, sheet, 'faux')).toBe(false);
    expect(typed(workbook, sheet, "'1234,5")).toBe('1234,5');
  });

  test('a number written by a script stays that number', () => {
    const french = emulate('fr_FR');
    write(french.workbook, french.sheet, 'A1:C1', [[1.5, 12000, -0.25]]);
    expect(read(french.workbook, french.sheet, 'A1:C1')).toEqual([[1.5, 12000, -0.25]]);
  });

  test('the formulas get the text "12.000" and refuse it with both readings, as the README says', () => {
    typed(workbook, sheet, '12.000');
    write(workbook, sheet, 'B1', [[`=ROI_PCT(A${row}, 1000)`]]);
    expect(read(workbook, sheet, 'B1')).toEqual([['#ERROR!']]);
    expect(workbook.errorMessage(sheet, 1, 2)).toBe(
      'ROI_PCT : valeur (value) vaut « 12.000 », qui se lit 12000 ou 12 : tapez 12000 ou 12.',
    );
  });

  test('the text stays text after a locale switch and a restart', () => {
    const french = emulate('fr_FR');
    write(french.workbook, french.sheet, 'A1:B1', [['12.000', '15/01/2026']]);
    french.workbook.setLocale('en_US');
    expect(read(french.workbook, french.sheet, 'A1:B1')).toEqual([['12.000', parisMidnight('2026-01-15')]]);
    french.workbook.setLocale('fr_FR');
    const restarted = Emulator.fromState(JSON.parse(JSON.stringify(french.emulator.state())));
    const sheetAgain = restarted.workbook.sheetByName('Data')!;
    expect(read(restarted.workbook, sheetAgain, 'A1:B1')).toEqual([['12.000', parisMidnight('2026-01-15')]]);
  });
});

describe('in an English (US) spreadsheet', () => {
  const { workbook, sheet } = emulate('en_US');

  test.each([
    ['1,234.56', 1234.56],
    ['1234.5', 1234.5],
    ['12,000', 12000],
    ['.5', 0.5],
    ['$2,500.50', 2500.5],
    ['-$5', -5],
    ['12%', 0.12],
    ['1E+300', 1e300],
    ['1.5e3', 1500],
  ])('%s is the number %p', (input, value) => {
    expect(typed(workbook, sheet, input)).toBe(value);
  });

  test.each(['1.234,56', '1,5', '1 234', '1,5E3', '12.000,5', '1,23,456'])('%s stays the text it is', (input) => {
    expect(typed(workbook, sheet, input)).toBe(input);
  });

  test('a date is written month first', () => {
    expect(typed(workbook, sheet, '1/15/2026')).toEqual(parisMidnight('2026-01-15'));
    expect(shownLast(workbook, sheet)).toBe('1/15/2026');
    expect(typed(workbook, sheet, '15/01/2026')).toBe('15/01/2026');
  });
});

test('a number literal with a capital E is a number in a formula too, in both syntaxes', () => {
  const en = emulate('en_US');
  write(en.workbook, en.sheet, 'A1:B1', [['=1E+300', '=2.5E-3*2']]);
  expect(read(en.workbook, en.sheet, 'A1:B1')).toEqual([[1e300, 0.005]]);
  expect(en.workbook.getFormulas(en.sheet, { row: 1, column: 1, numRows: 1, numColumns: 1 })).toEqual([['=1E+300']]);
  const fr = emulate('fr_FR');
  write(fr.workbook, fr.sheet, 'A1', [[parseCellInput('=1,5E3+1', 'fr_FR')]]);
  expect(read(fr.workbook, fr.sheet, 'A1')).toEqual([[1501]]);
});

test('in a British spreadsheet a date is written day first, and shown so', () => {
  const { workbook, sheet } = emulate('en_GB');
  expect(typed(workbook, sheet, '15/01/2026')).toEqual(parisMidnight('2026-01-15'));
  expect(shownLast(workbook, sheet)).toBe('15/01/2026');
  expect(typed(workbook, sheet, '1,234.56')).toBe(1234.56);
});
