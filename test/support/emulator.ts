import { Emulator } from '../../src/local/emulator/emulator';
import type { SheetModel } from '../../src/local/emulator/sheet-model';
import { Workbook } from '../../src/local/emulator/workbook';
import { parseA1 } from '../../src/local/emulator/a1';

/** A fresh emulated spreadsheet running the real build/Code.js, with one empty sheet. */
export function emulate(locale = 'en_US', userLocale?: string): { emulator: Emulator; workbook: Workbook; sheet: SheetModel } {
  const workbook = new Workbook('Test', locale, 'Europe/Paris');
  const sheet = workbook.addSheet('Data');
  const emulator = new Emulator(workbook, undefined, { userLocale });
  return { emulator, workbook, sheet };
}

const grid = (sheet: SheetModel, a1: string) => {
  const { row, column, numRows, numColumns } = parseA1(a1, sheet.maxRows);
  return { row, column, numRows, numColumns };
};

export function write(workbook: Workbook, sheet: SheetModel, a1: string, rows: unknown[][]): void {
  workbook.setContents(sheet, grid(sheet, a1), rows);
}

export function read(workbook: Workbook, sheet: SheetModel, a1: string): unknown[][] {
  return workbook.getValues(sheet, grid(sheet, a1));
}

export function shown(workbook: Workbook, sheet: SheetModel, a1: string): string[][] {
  return workbook.getDisplayValues(sheet, grid(sheet, a1));
}
