/**
 * Rows inserted with insertRowsAfter, as Sheets does them: every reference to the rows below moves, on
 * any sheet, and getFormulas shows the text the engine computes; open-ended ranges ("B2:B") keep their
 * open end and reach rows added at the sheet's end.
 */
import { shiftRows } from '../../src/local/emulator/a1';
import { emulate, read, write } from '../support/emulator';

describe('shiftRows: the formula text Sheets shows after rows go in below row 3', () => {
  test.each([
    ['=SUM(C4:C)', '=SUM(C6:C)'],
    ['=SUM(C2:C)', '=SUM(C2:C)'],
    ['=SUM(C2:C9)', '=SUM(C2:C11)'],
    ['=$A$6+A3', '=$A$8+A3'],
    ['="A6"&A6', '="A6"&A8'],
    ["='ROI by channel'!$A6+Other!A6", "='ROI by channel'!$A8+Other!A6"],
    ['=LOG10(A5)', '=LOG10(A7)'],
    ['=SUM(4:5)+SUM(G:G)', '=SUM(6:7)+SUM(G:G)'],
  ])('%s → %s', (before, after) => {
    expect(shiftRows(before, 'ROI by channel', 'ROI by channel', 3, 2)).toBe(after);
  });
});

describe('insertRowsAfter', () => {
  test('getFormulas shows what the engine computes: references below move, on every sheet, open ends stay open', () => {
    const { workbook, sheet } = emulate('en_US');
    const other = workbook.addSheet('Other');
    write(workbook, sheet, 'B2:B5', [[1], [2], [4], [8]]);
    write(workbook, sheet, 'A1', [['=SUM(B2:B)']]);
    write(workbook, sheet, 'C3', [['=SUM(B4:B)']]);
    write(workbook, sheet, 'D5', [['=SUM(B5:B)']]);
    write(workbook, sheet, 'E1', [['=B5']]);
    write(workbook, other, 'A1', [['=SUM(Data!B4:B)']]);
    workbook.insertRowsAfter(sheet, 3, 2);
    const formulas = (s: typeof sheet, a1: string) =>
      workbook.getFormulas(s, { row: Number(a1.slice(1)), column: a1.charCodeAt(0) - 64, numRows: 1, numColumns: 1 })[0][0];
    expect([formulas(sheet, 'A1'), formulas(sheet, 'C3'), formulas(sheet, 'D5'), formulas(sheet, 'D7'), formulas(sheet, 'E1')]).toEqual([
      '=SUM(B2:B)',
      '=SUM(B6:B)',
      '',
      '=SUM(B7:B)',
      '=B7',
    ]);
    expect(formulas(other, 'A1')).toBe('=SUM(Data!B6:B)');
    // The values agree with the texts: the new rows 4 and 5 are inside B2:B only.
    write(workbook, sheet, 'B4:B5', [[100], [100]]);
    expect(read(workbook, sheet, 'A1')).toEqual([[215]]);
    expect(read(workbook, sheet, 'C3')).toEqual([[12]]);
    expect(read(workbook, sheet, 'D7')).toEqual([[8]]);
    expect(read(workbook, other, 'A1')).toEqual([[12]]);
  });

  test('an open-ended range reaches the rows added at the sheet’s end, on its own sheet and from another', () => {
    const { workbook, sheet } = emulate('en_US');
    const other = workbook.addSheet('Other');
    write(workbook, sheet, 'A1', [['=SUM(B2:B)']]);
    write(workbook, other, 'A1', [['=SUM(Data!B2:B)']]);
    const end = sheet.maxRows;
    workbook.insertRowsAfter(sheet, end, 10);
    write(workbook, sheet, `B${end + 5}`, [[7]]);
    expect(read(workbook, sheet, 'A1')).toEqual([[7]]);
    expect(read(workbook, other, 'A1')).toEqual([[7]]);
    expect(workbook.getFormulas(sheet, { row: 1, column: 1, numRows: 1, numColumns: 1 })).toEqual([['=SUM(B2:B)']]);
  });

  test('references below the last filled row move too', () => {
    const { workbook, sheet } = emulate('en_US');
    write(workbook, sheet, 'A1', [['=B6*2']]);
    workbook.insertRowsAfter(sheet, 3, 2);
    write(workbook, sheet, 'B8', [[21]]);
    expect(read(workbook, sheet, 'A1')).toEqual([[42]]);
    expect(workbook.getFormulas(sheet, { row: 1, column: 1, numRows: 1, numColumns: 1 })).toEqual([['=B8*2']]);
  });
});
