import { Emulator } from '../../src/local/emulator/emulator';
import type { SheetModel } from '../../src/local/emulator/sheet-model';
import { Workbook } from '../../src/local/emulator/workbook';
import { requireAddonSheet } from '../../src/local/emulator/addon-sheets';
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

/**
 * Readings appended to the add-on's Tracking sheet as a user would type them: date, channel, KPI label,
 * value, and `source` in the notes column. A value '' leaves the cell blank; another text is typed as text.
 */
export function appendTracking(workbook: Workbook, rows: Array<[string, string, string, number | string]>, source = 'test'): void {
  const sheet = requireAddonSheet(workbook, 'tracking');
  const start = workbook.lastRow(sheet) + 1;
  write(
    workbook,
    sheet,
    `A${start}:E${start + rows.length - 1}`,
    rows.map(([date, channel, kpi, value]) => [new Date(`${date}T12:00:00Z`), channel, kpi, value, source]),
  );
}
