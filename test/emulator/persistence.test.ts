/** What the preview saves and loads: a workbook comes back as it was, computed with the add-on. */
import { Emulator } from '../../src/local/emulator/emulator';
import { emulate, read, write } from '../support/emulator';

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function saved() {
  const { emulator, workbook, sheet } = emulate('fr_FR');
  workbook.addSheet('Brouillon');
  workbook.deleteSheet(workbook.sheetByName('Brouillon')!);
  const other = workbook.addSheet('Coûts');
  write(workbook, sheet, 'A1:B3', [
    [2500, 1000],
    [300, 100],
    [50, 100],
  ]);
  write(workbook, sheet, 'C1', [['=ROI_PCT(A1:A, B1:B)']]);
  write(workbook, other, 'A1', [["='Data'!C2*2"]]);
  sheet.formats.push({ range: { row: 1, column: 3, numRows: 3, numColumns: 1 }, value: '0.0' });
  workbook.addMetadata('social-roi', 'v1', { type: 'SHEET', sheetId: other.id });
  return { emulator, workbook };
}

test('a saved workbook comes back as it was: cells, spilled columns, formula texts, formats, metadata, ids', () => {
  const { emulator, workbook } = saved();
  const restored = Emulator.fromState(plain(emulator.state()));
  expect(plain(restored.state())).toEqual(plain(emulator.state()));
  const data = restored.workbook.sheetByName('Data')!;
  expect(read(restored.workbook, data, 'C1:C3')).toEqual(read(workbook, workbook.sheetByName('Data')!, 'C1:C3'));
  expect(read(restored.workbook, restored.workbook.sheetByName('Coûts')!, 'A1')).toEqual([[400]]);
  expect(restored.workbook.getFormulas(data, { row: 1, column: 3, numRows: 1, numColumns: 1 })).toEqual([['=ROI_PCT(A1:A, B1:B)']]);
  // Ids keep counting from where the saved workbook was, past the deleted sheet.
  expect(restored.workbook.addSheet('Nouvelle').id).toBe(workbook.addSheet('Nouvelle').id);
});

test('a spill blocked in a saved workbook computes as soon as the way clears, as in Sheets', () => {
  const { emulator, workbook, sheet } = emulate();
  write(workbook, sheet, 'A1:B2', [
    [200, 100],
    [300, 100],
  ]);
  write(workbook, sheet, 'C2', [['in the way']]);
  write(workbook, sheet, 'C1', [['=ROI_PCT(A1:A2, B1:B2)']]);
  const restored = Emulator.fromState(plain(emulator.state()));
  const data = restored.workbook.sheetByName('Data')!;
  expect(read(restored.workbook, data, 'C1')).toEqual([['#REF!']]);
  write(restored.workbook, data, 'C2', [['']]);
  expect(read(restored.workbook, data, 'C1:C2')).toEqual([[100], [200]]);
});

test('a saved workbook of an unknown version is refused', () => {
  const { emulator } = saved();
  const state = plain(emulator.state());
  expect(() => Emulator.fromState({ ...state, workbook: { ...state.workbook, version: 2 as never } })).toThrow(
    'Unknown workbook version 2',
  );
});
