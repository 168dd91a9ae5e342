/**
 * The workbook's cells in HyperFormula, which evaluates them: sheets by name, ranges 1-based as Apps
 * Script counts them, custom functions served during every call that may evaluate, blocked spills
 * retried as Sheets does (spills.ts). Everything the emulator asks of HyperFormula goes through here.
 */
import { CellError, DetailedCellError, HyperFormula } from 'hyperformula';
import { type CustomFunctionCall, type CustomFunctionHost, evaluatingWith, registrationCount } from './custom-functions';
import type { SheetRange } from './sheet-model';
import { BlockedSpills } from './spills';
import { datesDayFirst } from './typed-entry';

type EngineConfig = Parameters<typeof HyperFormula.buildEmpty>[0];

/** How the workbook shows its cells, for the custom functions: formats by sheet name (1-based), dates in its time zone. */
export interface CellConventions {
  formatAt(sheet: string, row: number, column: number): string | undefined;
  dateOf(serial: number): Date;
  serialOf(date: Date): number;
  sheetSize(sheet: string): { rows: number; columns: number } | undefined;
}

/** A sheet's cells as saved: what was typed or written, row by row. */
export interface SheetContents {
  name: string;
  cells: unknown[][];
}

/** How the engine reads dates typed as text in a spreadsheet of this locale. */
function dateFormats(locale: string): string[] {
  return datesDayFirst(locale) ? ['DD/MM/YYYY', 'YYYY-MM-DD'] : ['MM/DD/YYYY', 'YYYY-MM-DD'];
}

/**
 * A number as the engine's own rounding gives it (precisionRounding 10: ten digits after the first, 11
 * significant digits), which hides floating-point noise (0.1 + 0.2 is 0.3), computed with toPrecision.
 */
function rounded(value: unknown): unknown {
  return typeof value === 'number' && value !== 0 && Number.isFinite(value) ? Number(value.toPrecision(11)) : value;
}

/** The error type of an engine value ("DIV_BY_ZERO", "SPILL"…), undefined for any other value. */
export function errorTypeOf(value: unknown): string | undefined {
  return value instanceof DetailedCellError || value instanceof CellError ? value.type : undefined;
}

export class Engine {
  private hf: HyperFormula;
  private config: EngineConfig;
  private readonly spills = new BlockedSpills();
  /** registrationCount() when the engine was last built: it knows the custom functions registered until then. */
  private builtAt = registrationCount();

  /** Serves the custom-function calls of any evaluation. */
  private readonly host: CustomFunctionHost;

  /** `serve` answers the custom-function calls of any evaluation; `cells` tells which cells show dates. */
  constructor(locale: string, serve: CustomFunctionCall, cells: CellConventions) {
    this.host = {
      call: serve,
      formatAt: (sheet, row, col) => {
        const name = this.hf.getSheetName(sheet);
        return name === undefined ? undefined : cells.formatAt(name, row + 1, col + 1);
      },
      dateOf: (serial) => cells.dateOf(serial),
      serialOf: (date) => cells.serialOf(date),
      sheetSize: (sheet) => {
        const name = this.hf.getSheetName(sheet);
        return name === undefined ? undefined : cells.sheetSize(name);
      },
    };
    this.config = {
      licenseKey: 'gpl-v3',
      maxRows: 500_000,
      dateFormats: dateFormats(locale),
      currencySymbol: ['€', '$', '£'],
      useArrayArithmetic: false,
      // The engine's own rounding of exported values multiplies by a power of ten: 1E+300 came out as
      // 9.999999999999999E+299. values() rounds to the same 11 significant digits with toPrecision.
      smartRounding: false,
    };
    this.hf = HyperFormula.buildEmpty(this.config);
  }

  /** Every HyperFormula call that may evaluate goes through here, so custom functions can be served. */
  private evaluate<T>(work: () => T): T {
    return evaluatingWith(this.host, work);
  }

  private sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`Sheet ${name} is not in the engine`);
    return id;
  }

  private address(sheet: string, row: number, column: number) {
    return { sheet: this.sheetId(sheet), row: row - 1, col: column - 1 };
  }

  private range(sheet: string, range: SheetRange) {
    return {
      start: this.address(sheet, range.row, range.column),
      end: this.address(sheet, range.row + range.numRows - 1, range.column + range.numColumns - 1),
    };
  }

  // Sheets ------------------------------------------------------------------------------------------

  addSheet(name: string): void {
    this.evaluate(() => this.hf.addSheet(name));
  }

  renameSheet(name: string, newName: string): void {
    this.evaluate(() => this.hf.renameSheet(this.sheetId(name), newName));
  }

  removeSheet(name: string): void {
    this.evaluate(() => this.hf.removeSheet(this.sheetId(name)));
  }

  // Reading -----------------------------------------------------------------------------------------

  /** The engine's values: numbers, strings, booleans, null for blank, error objects (see errorTypeOf). */
  values(sheet: string, range: SheetRange): unknown[][] {
    return this.hf.getRangeValues(this.range(sheet, range)).map((row) => row.map(rounded));
  }

  /** The engine's formula texts, undefined where a cell holds none. */
  formulas(sheet: string, range: SheetRange): Array<Array<string | undefined>> {
    return this.hf.getRangeFormulas(this.range(sheet, range));
  }

  /** The error of an error cell, with the message the engine gave it. */
  cellError(sheet: string, row: number, column: number): { type: string; message: string } | undefined {
    const value = this.hf.getCellValue(this.address(sheet, row, column));
    return value instanceof DetailedCellError ? { type: value.type, message: value.message } : undefined;
  }

  /** Whether the engine took the cell's content for a date (typed as text, or from a date formula). */
  holdsDate(sheet: string, row: number, column: number): boolean {
    const type = this.hf.getCellValueDetailedType(this.address(sheet, row, column));
    return type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME';
  }

  /**
   * The last row or column holding content (a value, a formula or a spilled result), 0 for an empty
   * sheet. The engine's own dimensions also count blank cells that a range like B2:B1000 refers to.
   */
  lastRow(sheet: string): number {
    return this.lastFilled(sheet, 'row');
  }

  lastColumn(sheet: string): number {
    return this.lastFilled(sheet, 'col');
  }

  /** Scans rows (or columns) from the last one back, each across the whole sheet. */
  private lastFilled(sheet: string, along: 'row' | 'col'): number {
    const id = this.sheetId(sheet);
    const { height, width } = this.hf.getSheetDimensions(id);
    const [lines, across] = along === 'row' ? [height, width] : [width, height];
    for (let line = lines - 1; line >= 0; line--) {
      for (let other = 0; other < across; other++) {
        const cell = along === 'row' ? { sheet: id, row: line, col: other } : { sheet: id, row: other, col: line };
        if (!this.hf.isCellEmpty(cell)) return line + 1;
      }
    }
    return 0;
  }

  /** Cell contents to save: what was typed or written, not the values an array formula spilled. */
  contents(sheet: string): unknown[][] {
    const id = this.sheetId(sheet);
    return this.hf.getSheetSerialized(id).map((row, r) =>
      row.map((content, c) => {
        if (typeof content === 'string' && content.startsWith('=')) return content;
        return content !== null && this.hf.isCellPartOfArray({ sheet: id, row: r, col: c }) ? null : content;
      }),
    );
  }

  // Writing -----------------------------------------------------------------------------------------

  /** Enters contents as typed (null blanks a cell); an array blocked until now is computed again once the way clears. */
  write(sheet: string, range: SheetRange, contents: unknown[][]): void {
    const start = this.address(sheet, range.row, range.column);
    this.spills.track(this.evaluate(() => this.hf.setCellContents(start, contents as never)));
    if (contents.some((row) => row.some((v) => v === null))) this.retryBlockedSpills();
  }

  /**
   * HyperFormula does not retry a blocked array when the way clears; Sheets does. Re-entering the
   * formula makes the engine size it again.
   */
  private retryBlockedSpills(): void {
    this.spills.retry((address) => {
      const formula = this.hf.getCellFormula(address);
      return formula ? this.evaluate(() => this.hf.setCellContents(address, [[formula]])) : undefined;
    });
  }

  /** Inserts blank rows after `row` (1-based), shifting the content below. */
  insertRowsAfter(sheet: string, row: number, count: number): void {
    const id = this.sheetId(sheet);
    this.evaluate(() => this.hf.addRows(id, [row, count]));
  }

  /** Enters whole sheets' contents in one batch, evaluated once. */
  load(sheets: readonly SheetContents[]): void {
    this.evaluate(() => {
      const changes = this.hf.batch(() => {
        for (const { name, cells } of sheets) this.hf.setSheetContent(this.sheetId(name), cells as never);
      });
      this.spills.track(changes);
    });
  }

  /**
   * Enters every cell again, so every formula is computed afresh, under a new engine configuration if
   * one is given. For a new configuration, or to know the custom functions registered since it was
   * built, the engine is replaced by a new one holding the same contents. Not HyperFormula's own
   * rebuild (updateConfig, rebuildAndRecalculate): it evaluates everything twice, and re-enters the
   * values an array formula spilled as if typed, which then block the array (#REF! down every spilled
   * column). The contents entered again are what was typed or written, spilled values left out.
   */
  recalculate(config: Partial<EngineConfig> = {}): void {
    const sheets = this.hf.getSheetNames().map((name) => ({ name, cells: this.contents(name) }));
    if (Object.keys(config).length > 0 || this.builtAt !== registrationCount()) {
      this.config = { ...this.config, ...config };
      this.hf.destroy();
      this.hf = HyperFormula.buildEmpty(this.config);
      this.builtAt = registrationCount();
      for (const { name } of sheets) this.hf.addSheet(name);
    }
    this.spills.clear();
    this.load(sheets);
  }

  /** Reads dates typed as text the way a spreadsheet of this locale does, and recomputes everything. */
  setLocale(locale: string): void {
    this.recalculate({ dateFormats: dateFormats(locale) });
  }
}
