/** What the preview page shows, computed from the emulator: sheets, one window of the grid, charts. */
import { columnLetter, parseA1 } from '../emulator/a1';
import type { Emulator } from '../emulator/emulator';
import { zonedIsoDate } from '../emulator/zones';
import { CellStyle, ConditionalFormatSpec, SheetModel, entryAt } from '../emulator/sheet-model';
import type { Workbook } from '../emulator/workbook';
import { CANONICAL, formulaSyntax, translateFormula } from '../../core/formula-syntax';
import type { PreviewCell, PreviewChart, PreviewView } from './protocol';

export const WINDOW_ROWS = 200;

function matches(rule: ConditionalFormatSpec, value: unknown): boolean {
  const [a, b] = rule.condition.values;
  const n = typeof value === 'number' ? value : NaN;
  switch (rule.condition.type) {
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n >= Number(a);
    case 'NUMBER_GREATER_THAN':
      return n > Number(a);
    case 'NUMBER_LESS_THAN':
      return n < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n <= Number(a);
    case 'NUMBER_BETWEEN':
      return n >= Math.min(Number(a), Number(b)) && n <= Math.max(Number(a), Number(b));
    case 'TEXT_EQUAL_TO':
      return String(value) === String(a);
    case 'TEXT_CONTAINS':
      return typeof value === 'string' && value.includes(String(a));
  }
}

/** Formats, styles and the first matching conditional format, as Sheets layers them. */
function styleAt(sheet: SheetModel, row: number, column: number, value: unknown): CellStyle | undefined {
  let style: CellStyle | undefined;
  for (const entry of sheet.styles) {
    const r = entry.range;
    if (row >= r.row && row < r.row + r.numRows && column >= r.column && column < r.column + r.numColumns)
      style = { ...style, ...entry.value };
  }
  const rule = sheet.conditionalFormats.find(
    (f) =>
      f.ranges.some((r) => row >= r.row && row < r.row + r.numRows && column >= r.column && column < r.column + r.numColumns) &&
      matches(f, value),
  );
  return rule ? { ...style, ...rule.format } : style;
}

/** What the formula bar shows for a cell: formulas and numbers in the syntax a person types in this locale. */
function editText(workbook: Workbook, formula: string, value: unknown, display: string): string | undefined {
  const syntax = formulaSyntax(workbook.locale);
  if (formula) return translateFormula(formula, CANONICAL, syntax);
  if (value instanceof Date) return zonedIsoDate(value, workbook.timeZone);
  if (typeof value === 'number') return String(value).replace('.', syntax.decimal);
  if (typeof value === 'boolean') return workbook.display[value ? 'trueText' : 'falseText'];
  return typeof value === 'string' && value !== display ? value : undefined;
}

/**
 * What an embedded chart draws from its ranges: the first column's cells as the sheet shows them are the
 * labels (a month formatted "mmm yyyy" reads "Dec 2026"; the add-on asks Sheets to treat them as text),
 * the header row names the series, and rows after the last label are left out.
 */
export function chartView(workbook: Workbook, spec: SheetModel['charts'][number]): PreviewChart {
  const columns: Array<{ header: string; values: unknown[]; shown: string[] }> = [];
  for (const a1 of spec.ranges) {
    const grid = parseA1(a1, 1_000_000);
    const sheet = grid.sheetName ? workbook.sheetByName(grid.sheetName) : undefined;
    if (!sheet) continue;
    const rows = Math.min(grid.numRows, Math.max(1, workbook.lastRow(sheet) - grid.row + 1));
    const block = { row: grid.row, column: grid.column, numRows: rows, numColumns: grid.numColumns };
    const values = workbook.getValues(sheet, block);
    const shown = workbook.getDisplayValues(sheet, block);
    for (let c = 0; c < grid.numColumns; c++) {
      columns.push({ header: shown[0]?.[c] ?? '', values: values.slice(1).map((r) => r[c]), shown: shown.slice(1).map((r) => r[c]) });
    }
  }
  const [labels, ...series] = columns;
  let count = labels ? labels.shown.length : 0;
  while (count > 0 && labels.shown[count - 1] === '') count--;
  return {
    id: spec.id,
    type: spec.type,
    title: String(spec.options.title ?? ''),
    labels: labels ? labels.shown.slice(0, count) : [],
    series: series.map((s) => ({ name: s.header, values: s.values.slice(0, count).map((v) => (typeof v === 'number' ? v : null)) })),
  };
}

/** The cells of some rows, for the columns shown. */
function cellsOf(
  workbook: Workbook,
  sheet: SheetModel,
  first: number,
  count: number,
  columns: number[],
  width: number,
): PreviewView['grid']['rows'] {
  if (count <= 0) return [];
  const grid = { row: first, column: 1, numRows: count, numColumns: width };
  const values = workbook.getValues(sheet, grid);
  const displays = workbook.getDisplayValues(sheet, grid);
  const formulas = workbook.getFormulas(sheet, grid);
  return displays.map((row, r) => {
    const rowNumber = first + r;
    const cells = columns.map((column) => {
      const c = column - 1;
      const display = row[c];
      const cell: PreviewCell = { v: display };
      const edit = editText(workbook, formulas[r][c], values[r][c], display);
      if (edit !== undefined) cell.e = edit;
      if (display.startsWith('#')) {
        const message = workbook.errorMessage(sheet, rowNumber, column);
        if (message) cell.m = message;
      }
      const style = styleAt(sheet, rowNumber, column, values[r][c]);
      if (style) cell.s = style;
      const note = entryAt(sheet.notes, rowNumber, column);
      if (note) cell.n = note;
      const validation = entryAt(sheet.validations, rowNumber, column);
      if (validation?.type === 'VALUE_IN_LIST') cell.l = validation.values;
      if (typeof values[r][c] === 'number') cell.num = true;
      return cell;
    });
    return { row: rowNumber, cells };
  });
}

export function previewView(emulator: Emulator, sheetId: number | undefined, firstRow = 1): PreviewView {
  const workbook = emulator.workbook;
  const sheet =
    (sheetId !== undefined ? workbook.sheetById(sheetId) : undefined) ?? workbook.sheetById(workbook.activeSheetId) ?? workbook.sheets[0];
  const lastRow = workbook.lastRow(sheet);
  const totalRows = Math.min(sheet.maxRows, Math.max(lastRow + 20, 40));
  const frozenRows = Math.min(sheet.frozenRows, totalRows);
  // A page starts below the frozen rows, which every page shows above it.
  const start = Math.max(1, Math.min(firstRow, totalRows));
  const numRows = Math.min(WINDOW_ROWS, totalRows - start + 1);
  const width = Math.min(sheet.maxColumns, Math.max(workbook.lastColumn(sheet) + 2, 26));
  const columns = Array.from({ length: width }, (_, c) => c + 1).filter((column) => !sheet.hiddenColumns.includes(column));
  const frozenAbove = Math.min(frozenRows, start - 1);
  const rows = [...cellsOf(workbook, sheet, 1, frozenAbove, columns, width), ...cellsOf(workbook, sheet, start, numRows, columns, width)];
  const lang = /^fr/i.test(emulator.session.locale) ? 'fr' : 'en';
  const menu = emulator.ui.menus[0];
  return {
    title: workbook.name,
    locale: workbook.locale,
    lang,
    sheets: workbook.sheets.map((s) => ({ id: s.id, name: s.name, hidden: s.hidden })),
    activeSheetId: workbook.activeSheetId,
    sheetId: sheet.id,
    menu: menu ? { name: menu.name, items: menu.items.map((i) => (i === 'separator' ? null : i)) } : null,
    sidebar: emulator.ui.sidebar ? { title: emulator.ui.sidebar.title, version: emulator.ui.sidebar.version } : null,
    toasts: emulator.ui.toasts.slice(-3),
    alert: emulator.ui.alerts.length ? { text: emulator.ui.alerts[emulator.ui.alerts.length - 1], count: emulator.ui.alerts.length } : null,
    selection: emulator.ui.selection,
    grid: {
      firstRow: start,
      windowLastRow: start + numRows - 1,
      totalRows,
      lastRow,
      frozenRows,
      columns: columns.map((column) => ({ letter: columnLetter(column), column, width: sheet.columnWidths[column] ?? null })),
      rows,
    },
    charts: sheet.charts.map((c) => chartView(workbook, c)),
  };
}
