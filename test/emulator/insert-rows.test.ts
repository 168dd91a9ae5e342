/**
 * Rows inserted with insertRowsAfter, as Sheets does them: every reference to the rows below moves, on
 * any sheet, and getFormulas shows the text the engine computes; open-ended ranges ("B2:B") keep their
 * open end and reach rows added at the sheet's end.
 */
import { shiftRows } from '../../src/local/emulator/a1';
import { entryAt } from '../../src/local/emulator/sheet-model';
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

describe('rows inserted by insertRowsAfter(n) look like row n, as in Sheets', () => {
  test('number formats, styles and validation of the anchor row; notes stay on their cells', () => {
    const { workbook, sheet } = emulate('en_US');
    const rule = { type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO' as const, value: 0, allowInvalid: false };
    const cells = (row: number) => ({ row, column: 2, numRows: 1, numColumns: 1 });
    // Row 3 alone: a percent, yellow, numbers only, a note. Rows 2 to 6: bold, with a note on B2:B6.
    sheet.formats.push({ range: cells(3), value: '0%' }, { range: cells(4), value: '#,##0' });
    sheet.styles.push({ range: { row: 2, column: 2, numRows: 5, numColumns: 1 }, value: { fontWeight: 'bold' } });
    sheet.styles.push({ range: cells(3), value: { background: '#fff8e1' } });
    sheet.validations.push({ range: cells(3), value: rule });
    sheet.notes.push({ range: cells(3), value: 'row 3' }, { range: { row: 5, column: 3, numRows: 2, numColumns: 1 }, value: 'C5:C6' });
    sheet.notes.push({ range: { row: 2, column: 4, numRows: 4, numColumns: 1 }, value: 'D2:D5' });
    workbook.insertRowsAfter(sheet, 3, 2);
    const look = (row: number) => ({
      format: entryAt(sheet.formats, row, 2),
      style: entryAt(sheet.styles, row, 2),
      validation: entryAt(sheet.validations, row, 2),
      notes: [entryAt(sheet.notes, row, 2), entryAt(sheet.notes, row, 3), entryAt(sheet.notes, row, 4)],
    });
    expect(look(4)).toEqual({ format: '0%', style: { background: '#fff8e1' }, validation: rule, notes: [undefined, undefined, undefined] });
    expect(look(5)).toEqual(look(4));
    // What was row 4 is row 6, as it was; the notes below moved with their cells.
    expect(look(6)).toEqual({
      format: '#,##0',
      style: { fontWeight: 'bold' },
      validation: undefined,
      notes: [undefined, undefined, 'D2:D5'],
    });
    expect(look(3).notes).toEqual(['row 3', undefined, 'D2:D5']);
    expect([7, 8].map((row) => entryAt(sheet.notes, row, 3))).toEqual(['C5:C6', 'C5:C6']);
    expect([7, 8].map((row) => entryAt(sheet.notes, row, 4))).toEqual(['D2:D5', undefined]);
  });

  test('rows added at the sheet’s end look like its last row', () => {
    const { workbook, sheet } = emulate('en_US');
    const end = sheet.maxRows;
    sheet.formats.push({ range: { row: 2, column: 1, numRows: end - 1, numColumns: 1 }, value: '@' });
    workbook.insertRowsAfter(sheet, end, 5);
    expect(entryAt(sheet.formats, end + 5, 1)).toBe('@');
  });
});
