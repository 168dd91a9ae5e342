/** Range, and the ranges A1 notation names. */
import { type GridRange, parseA1, rangeA1 } from '../../emulator/a1';
import { type CellStyle, type SheetModel, entryAt } from '../../emulator/sheet-model';
import { counted } from '../calls';
import { type SpreadsheetContext, as, deny, type Range, type Sheet } from './context';
import { FakeDataValidation } from './data-validation';
import { sheetFake } from './sheet';

type RangeApi = Pick<
  Range,
  | 'getValues'
  | 'getValue'
  | 'setValues'
  | 'setValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getFormulas'
  | 'getFormula'
  | 'setFormulas'
  | 'setFormula'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getRow'
  | 'getColumn'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getA1Notation'
  | 'getSheet'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'getNumberFormats'
  | 'getNumberFormat'
  | 'setDataValidation'
  | 'getDataValidations'
  | 'getDataValidation'
  | 'setFontWeight'
  | 'setBackground'
  | 'setFontColor'
  | 'setWrap'
  | 'setHorizontalAlignment'
  | 'setFontStyle'
  | 'setNote'
  | 'getNote'
  | 'activate'
  | 'clearContent'
  | 'offset'
  | 'getCell'
  | 'setFontSize'
  | 'setNotes'
  | 'getNotes'
  | 'setBackgrounds'
  | 'getBackgrounds'
  | 'setDataValidations'
>;

export class FakeRange implements RangeApi {
  constructor(
    private readonly ctx: SpreadsheetContext,
    readonly sheetModel: SheetModel,
    readonly grid: Omit<GridRange, 'sheetName'>,
  ) {}

  private get workbook() {
    return this.ctx.workbook;
  }

  private fill<T>(value: T): T[][] {
    return Array.from({ length: this.grid.numRows }, () => Array(this.grid.numColumns).fill(value));
  }

  private style(style: CellStyle): Range {
    this.workbook.readOnly && deny('set a format');
    this.sheetModel.styles.push({ range: { ...this.grid }, value: style });
    return as<Range>(this.self());
  }

  /** The counted proxy of this range, for chained calls. */
  private self(): FakeRange {
    return counted(this, 'Range', this.ctx.calls);
  }

  getValues(): any[][] {
    return this.workbook.getValues(this.sheetModel, this.grid);
  }

  getValue(): any {
    return this.workbook.getValues(this.sheetModel, { ...this.grid, numRows: 1, numColumns: 1 })[0][0];
  }

  setValues(values: any[][]): Range {
    this.workbook.setContents(this.sheetModel, this.grid, values);
    return as<Range>(this.self());
  }

  setValue(value: any): Range {
    this.workbook.setContents(this.sheetModel, this.grid, this.fill(value));
    return as<Range>(this.self());
  }

  getDisplayValues(): string[][] {
    return this.workbook.getDisplayValues(this.sheetModel, this.grid);
  }

  getDisplayValue(): string {
    return this.workbook.getDisplayValues(this.sheetModel, { ...this.grid, numRows: 1, numColumns: 1 })[0][0];
  }

  getFormulas(): string[][] {
    return this.workbook.getFormulas(this.sheetModel, this.grid);
  }

  getFormula(): string {
    return this.workbook.getFormulas(this.sheetModel, { ...this.grid, numRows: 1, numColumns: 1 })[0][0];
  }

  setFormulas(formulas: string[][]): Range {
    this.workbook.setContents(this.sheetModel, this.grid, formulas);
    return as<Range>(this.self());
  }

  setFormula(formula: string): Range {
    this.workbook.setContents(this.sheetModel, this.grid, this.fill(formula));
    return as<Range>(this.self());
  }

  getNumRows(): number {
    return this.grid.numRows;
  }

  getNumColumns(): number {
    return this.grid.numColumns;
  }

  getRow(): number {
    return this.grid.row;
  }

  getColumn(): number {
    return this.grid.column;
  }

  getLastRow(): number {
    return this.grid.row + this.grid.numRows - 1;
  }

  getLastColumn(): number {
    return this.grid.column + this.grid.numColumns - 1;
  }

  getA1Notation(): string {
    return rangeA1(this.grid);
  }

  getSheet(): Sheet {
    return as<Sheet>(sheetFake(this.ctx, this.sheetModel));
  }

  setNumberFormat(numberFormat: string): Range {
    this.workbook.readOnly && deny('set a number format');
    this.sheetModel.formats.push({ range: { ...this.grid }, value: numberFormat });
    return as<Range>(this.self());
  }

  setNumberFormats(numberFormats: string[][]): Range {
    return this.perCell(this.sheetModel.formats, numberFormats, 'set a number format', (format) => format);
  }

  getNumberFormats(): string[][] {
    return this.fill('').map((row, r) =>
      row.map((_, c) => entryAt(this.sheetModel.formats, this.grid.row + r, this.grid.column + c) ?? '0.###############'),
    );
  }

  getNumberFormat(): string {
    return entryAt(this.sheetModel.formats, this.grid.row, this.grid.column) ?? '0.###############';
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    this.workbook.readOnly && deny('set data validation');
    this.sheetModel.validations.push({ range: { ...this.grid }, value: rule ? (rule as unknown as FakeDataValidation).spec : null });
    return as<Range>(this.self());
  }

  getDataValidations(): GoogleAppsScript.Spreadsheet.DataValidation[][] {
    return this.fill(null).map((row, r) =>
      row.map((_, c) => {
        const spec = entryAt(this.sheetModel.validations, this.grid.row + r, this.grid.column + c);
        return as<GoogleAppsScript.Spreadsheet.DataValidation>(spec ? new FakeDataValidation(spec) : null);
      }),
    );
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const spec = entryAt(this.sheetModel.validations, this.grid.row, this.grid.column);
    return spec ? as<GoogleAppsScript.Spreadsheet.DataValidation>(new FakeDataValidation(spec)) : null;
  }

  setFontWeight(fontWeight: any): Range {
    return this.style({ fontWeight: fontWeight ?? 'normal' });
  }

  setBackground(color: any): Range {
    return this.style({ background: color ?? '' });
  }

  setFontColor(color: any): Range {
    return this.style({ fontColor: color ?? '' });
  }

  setWrap(isWrapEnabled: boolean): Range {
    return this.style({ wrap: isWrapEnabled });
  }

  setHorizontalAlignment(alignment: any): Range {
    return this.style({ horizontalAlignment: alignment ?? 'general' });
  }

  setFontStyle(fontStyle: any): Range {
    return this.style({ fontStyle: fontStyle ?? 'normal' });
  }

  setFontSize(size: any): Range {
    return this.style({ fontSize: Number(size) });
  }

  /**
   * Applies one value per cell, as the set*s methods of Range do. Runs of equal values down a column
   * are stored as one entry (`stored` gives what the entry holds), so formatting a whole column costs
   * one entry, not a thousand.
   */
  private perCell<In, T>(
    entries: Array<{ range: Omit<GridRange, 'sheetName'>; value: T }>,
    matrix: In[][],
    what: string,
    stored: (value: In) => T,
  ): Range {
    this.workbook.readOnly && deny(what);
    if (matrix.length !== this.grid.numRows || matrix.some((row) => row.length !== this.grid.numColumns)) {
      throw new Error(
        `Exception: The number of rows or columns in the data does not match the range (${this.grid.numRows} × ${this.grid.numColumns}).`,
      );
    }
    for (let c = 0; c < this.grid.numColumns; c++) {
      let start = 0;
      for (let r = 1; r <= matrix.length; r++) {
        if (r < matrix.length && sameValue(matrix[r][c], matrix[start][c])) continue;
        entries.push({
          range: { row: this.grid.row + start, column: this.grid.column + c, numRows: r - start, numColumns: 1 },
          value: stored(matrix[start][c]),
        });
        start = r;
      }
    }
    return as<Range>(this.self());
  }

  setNotes(notes: Array<Array<string | null>>): Range {
    return this.perCell(
      this.sheetModel.notes,
      notes.map((row) => row.map((n) => n ?? '')),
      'set notes',
      (note) => note,
    );
  }

  getNotes(): string[][] {
    return this.fill('').map((row, r) => row.map((_, c) => entryAt(this.sheetModel.notes, this.grid.row + r, this.grid.column + c) ?? ''));
  }

  setBackgrounds(color: Array<Array<string | null>>): Range {
    // Runs are found on the colours; each run stores one style.
    const colors = color.map((row) => row.map((background) => background ?? ''));
    return this.perCell(this.sheetModel.styles, colors, 'set backgrounds', (background): CellStyle => ({ background }));
  }

  getBackgrounds(): string[][] {
    return this.fill('').map((row, r) =>
      row.map((_, c) => entryAt(this.sheetModel.styles, this.grid.row + r, this.grid.column + c)?.background || '#ffffff'),
    );
  }

  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): Range {
    const specs = rules.map((row) => row.map((rule) => (rule ? (rule as unknown as FakeDataValidation).spec : null)));
    return this.perCell(this.sheetModel.validations, specs, 'set data validation', (spec) => spec);
  }

  setNote(note: any): Range {
    this.workbook.readOnly && deny('set a note');
    this.sheetModel.notes.push({ range: { ...this.grid }, value: note === null ? '' : String(note) });
    return as<Range>(this.self());
  }

  getNote(): string {
    return entryAt(this.sheetModel.notes, this.grid.row, this.grid.column) ?? '';
  }

  activate(): Range {
    this.workbook.activeSheetId = this.sheetModel.id;
    this.ctx.ui.selection = { sheetId: this.sheetModel.id, a1: rangeA1(this.grid), version: (this.ctx.ui.selection?.version ?? 0) + 1 };
    return as<Range>(this.self());
  }

  clearContent(): Range {
    this.workbook.setContents(this.sheetModel, this.grid, this.fill(''));
    return as<Range>(this.self());
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return as<Range>(
      rangeFake(this.ctx, this.sheetModel, {
        row: this.grid.row + rowOffset,
        column: this.grid.column + columnOffset,
        numRows: numRows ?? this.grid.numRows,
        numColumns: numColumns ?? this.grid.numColumns,
      }),
    );
  }

  getCell(row: number, column: number): Range {
    return as<Range>(
      rangeFake(this.ctx, this.sheetModel, {
        row: this.grid.row + row - 1,
        column: this.grid.column + column - 1,
        numRows: 1,
        numColumns: 1,
      }),
    );
  }
}

/** Equal cell values: the same primitive, or objects (styles, validation rules) with the same fields. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

export function rangeFake(ctx: SpreadsheetContext, sheet: SheetModel, grid: Omit<GridRange, 'sheetName'>): FakeRange {
  return counted(new FakeRange(ctx, sheet, grid), 'Range', ctx.calls);
}

/** The range of an A1 notation, on its sheet or else on `fallback`; an open range ("B2:B") ends at the sheet's last row. */
export function rangeFromA1(ctx: SpreadsheetContext, a1: string, fallback?: SheetModel): FakeRange {
  const grid = parseA1(a1, DEFAULT_MAX);
  const sheet = grid.sheetName !== undefined ? ctx.workbook.sheetByName(grid.sheetName) : fallback;
  if (!sheet) throw new Error(`Exception: Range not found: ${a1}`);
  const closed = grid.numRows === DEFAULT_MAX - grid.row + 1 ? { ...grid, numRows: sheet.maxRows - grid.row + 1 } : grid;
  return rangeFake(ctx, sheet, { row: closed.row, column: closed.column, numRows: closed.numRows, numColumns: closed.numColumns });
}

const DEFAULT_MAX = 10_000_000;
