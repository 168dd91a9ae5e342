/**
 * An in-memory spreadsheet: cells and formulas live in HyperFormula, which evaluates them; what
 * HyperFormula does not model (number formats, styles, notes, validation, conditional formats, charts,
 * developer metadata, frozen rows, sizes) lives beside it. Serialises to JSON for the preview.
 */
import { CellError, DetailedCellError, HyperFormula } from 'hyperformula';
import { GridRange, closeOpenRanges } from './a1';
import { quoteSheet } from '../../core/sheets/a1';
import { CustomFunctionCall, UnknownFunction, evaluatingWith, sheetsErrorText } from './custom-functions';
import { DisplayLocale, displayLocale, formatDisplay, isDatePattern } from './format';
import { fromSheetSerial, toSheetSerial } from '../../core/dates';
import { zonedIsoDate, zonedMidnight } from './zones';
import { engineFormula } from './engine-formula';

export type CellStyle = Partial<{
  fontSize: number;
  fontWeight: string;
  fontColor: string;
  background: string;
  horizontalAlignment: string;
  wrap: boolean;
  fontStyle: string;
}>;

export interface RangeEntry<T> {
  range: Omit<GridRange, 'sheetName'>;
  value: T;
}

export type ValidationRule =
  | { type: 'VALUE_IN_LIST'; values: string[]; showDropdown: boolean; allowInvalid: boolean; helpText?: string }
  | { type: 'DATE_IS_VALID_DATE'; allowInvalid: boolean; helpText?: string }
  | { type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO'; value: number; allowInvalid: boolean; helpText?: string };

export type ConditionType =
  | 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
  | 'NUMBER_GREATER_THAN'
  | 'NUMBER_LESS_THAN'
  | 'NUMBER_LESS_THAN_OR_EQUAL_TO'
  | 'NUMBER_BETWEEN'
  | 'TEXT_EQUAL_TO'
  | 'TEXT_CONTAINS';

export interface ConditionalFormatSpec {
  ranges: Array<Omit<GridRange, 'sheetName'>>;
  condition: { type: ConditionType; values: Array<number | string> };
  format: CellStyle;
}

export interface ChartSpec {
  id: string;
  type: string;
  /** A1 ranges with their sheet, as the chart's data. */
  ranges: string[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

export type MetadataLocation = { type: 'SPREADSHEET' } | { type: 'SHEET'; sheetId: number };

export interface MetadataSpec {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  location: MetadataLocation;
  /** The script project that wrote a PROJECT entry: the only one that sees it. */
  project?: string;
}

export interface SheetModel {
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  formats: Array<RangeEntry<string>>;
  styles: Array<RangeEntry<CellStyle>>;
  notes: Array<RangeEntry<string>>;
  validations: Array<RangeEntry<ValidationRule | null>>;
  conditionalFormats: ConditionalFormatSpec[];
  charts: ChartSpec[];
  columnWidths: Record<number, number>;
  tabColor: string | null;
  hidden: boolean;
  hiddenColumns: number[];
  /**
   * Formula text as the user wrote it, where the engine holds another: an open range ("B2:B" for the
   * engine's "B2:B1000"), or TRUE and FALSE (the engine's TRUE() and FALSE()).
   */
  formulaText: Record<string, string>;
}

export interface WorkbookJson {
  version: 1;
  name: string;
  locale: string;
  timeZone: string;
  nextSheetId: number;
  nextMetadataId: number;
  activeSheetId: number;
  metadata: MetadataSpec[];
  sheets: Array<Omit<SheetModel, 'formulaText'> & { cells: unknown[][]; formulaText: Record<string, string> }>;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

const key = (row: number, column: number) => `${row},${column}`;

/** A Date from any realm (the add-on's bundle runs in its own). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function contains(range: Omit<GridRange, 'sheetName'>, row: number, column: number): boolean {
  return row >= range.row && row < range.row + range.numRows && column >= range.column && column < range.column + range.numColumns;
}

/** Sheets' "Plain text" number format: what is written there stays text, formulas included. */
export function isPlainTextFormat(pattern: string | undefined): boolean {
  return pattern === '@';
}

/** The last entry covering a cell wins, as the last format applied in Sheets does. */
export function entryAt<T>(entries: Array<RangeEntry<T>>, row: number, column: number): T | undefined {
  for (let i = entries.length - 1; i >= 0; i--) if (contains(entries[i].range, row, column)) return entries[i].value;
  return undefined;
}

export function emptySheet(id: number, name: string, maxRows = DEFAULT_ROWS, maxColumns = DEFAULT_COLUMNS): SheetModel {
  return {
    id, name, maxRows, maxColumns, frozenRows: 0, frozenColumns: 0, formats: [], styles: [], notes: [],
    validations: [], conditionalFormats: [], charts: [], columnWidths: {}, tabColor: null, hidden: false, hiddenColumns: [], formulaText: {},
  };
}

export class Workbook {
  readonly hf: HyperFormula;
  readonly sheets: SheetModel[] = [];
  metadata: MetadataSpec[] = [];
  activeSheetId = 0;
  private nextSheetId = 0;
  private nextMetadataId = 1;
  /** Serves the custom functions of the loaded add-on; set by the emulator. */
  customFunctions: CustomFunctionCall | undefined;
  /** True while a custom function runs: Sheets lets it read, never write. */
  readOnly = false;
  display: DisplayLocale;

  constructor(
    public name = 'Untitled spreadsheet',
    public locale = 'en_US',
    public timeZone = 'Europe/Paris',
  ) {
    this.hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      maxRows: 500_000,
      dateFormats: /^fr/i.test(locale) ? ['DD/MM/YYYY', 'YYYY-MM-DD'] : ['MM/DD/YYYY', 'YYYY-MM-DD'],
      currencySymbol: ['€', '$', '£'],
      useArrayArithmetic: false,
    });
    this.display = displayLocale(locale);
  }

  /** Every HyperFormula call that may evaluate goes through here, so custom functions can be served. */
  evaluate<T>(work: () => T): T {
    const call: CustomFunctionCall = (name, args) => {
      if (!this.customFunctions) throw new UnknownFunction(name);
      const wasReadOnly = this.readOnly;
      this.readOnly = true;
      try {
        return this.customFunctions(name, args);
      } finally {
        this.readOnly = wasReadOnly;
      }
    };
    return evaluatingWith(call, work);
  }

  /**
   * Switches the spreadsheet's locale and recomputes every formula, as Sheets does: the custom
   * functions' messages follow the locale, and so does the reading of dates typed as text.
   */
  setLocale(locale: string): void {
    this.locale = locale;
    this.display = displayLocale(locale);
    this.recalculate({ dateFormats: /^fr/i.test(locale) ? ['DD/MM/YYYY', 'YYYY-MM-DD'] : ['MM/DD/YYYY', 'YYYY-MM-DD'] });
  }

  /**
   * Enters every cell again, so every formula is computed afresh, optionally under a new engine
   * configuration. HyperFormula's own rebuild (updateConfig, rebuildAndRecalculate) re-enters the
   * values an array formula spilled as if typed, which then block the array: #REF! down every spilled
   * column. The contents saved here are what was typed or written, spilled values left out.
   */
  recalculate(config: Parameters<HyperFormula['updateConfig']>[0] = {}): void {
    const contents = this.sheets.map((sheet) => ({ sheet, cells: this.serializedCells(sheet) }));
    this.evaluate(() => {
      // A rebuilt engine also knows the custom functions registered since it was built.
      if (Object.keys(config).length > 0) this.hf.updateConfig(config);
      else this.hf.rebuildAndRecalculate();
      const changes = this.hf.batch(() => {
        for (const { sheet, cells } of contents) this.hf.setSheetContent(this.engineSheet(sheet), cells as never);
      });
      this.blockedSpills.clear();
      this.trackBlockedSpills(changes);
    });
  }

  // Sheets ------------------------------------------------------------------------------------------

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  engineSheet(sheet: SheetModel): number {
    const id = this.hf.getSheetId(sheet.name);
    if (id === undefined) throw new Error(`Sheet ${sheet.name} is not in the engine`);
    return id;
  }

  addSheet(name: string | undefined, index = this.sheets.length, size?: { rows: number; columns: number }): SheetModel {
    const finalName = name ?? this.freeSheetName();
    if (this.sheetByName(finalName)) {
      throw new Error(`A sheet with the name "${finalName}" already exists. Please enter another name.`);
    }
    const sheet = emptySheet(this.nextSheetId++, finalName, size?.rows, size?.columns);
    this.evaluate(() => this.hf.addSheet(finalName));
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  private freeSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (name !== sheet.name && this.sheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    this.evaluate(() => this.hf.renameSheet(this.engineSheet(sheet), name));
    sheet.name = name;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) throw new Error('You can\'t remove all the sheets in a document.');
    this.evaluate(() => this.hf.removeSheet(this.engineSheet(sheet)));
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.metadata = this.metadata.filter((m) => !(m.location.type === 'SHEET' && m.location.sheetId === sheet.id));
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0].id;
  }

  // Cells -------------------------------------------------------------------------------------------

  private checkBounds(sheet: SheetModel, range: Omit<GridRange, 'sheetName'>): void {
    if (range.row < 1 || range.column < 1 || range.row + range.numRows - 1 > sheet.maxRows || range.column + range.numColumns - 1 > sheet.maxColumns) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  private engineRange(sheet: SheetModel, range: Omit<GridRange, 'sheetName'>) {
    const id = this.engineSheet(sheet);
    return {
      start: { sheet: id, row: range.row - 1, col: range.column - 1 },
      end: { sheet: id, row: range.row + range.numRows - 2, col: range.column + range.numColumns - 2 },
    };
  }

  /** Values as Apps Script's Range.getValues gives them: numbers, strings, booleans, Date for dates, "" for blank. */
  getValues(sheet: SheetModel, range: Omit<GridRange, 'sheetName'>): unknown[][] {
    this.checkBounds(sheet, range);
    const engine = this.engineRange(sheet, range);
    const raw = this.hf.getRangeValues(engine);
    return raw.map((row, r) => {
      const out: unknown[] = new Array(range.numColumns);
      for (let c = 0; c < range.numColumns; c++) out[c] = this.sheetsValue(sheet, row[c], range.row + r, range.column + c);
      return out;
    });
  }

  private isDateCell(sheet: SheetModel, row: number, column: number): boolean {
    const pattern = entryAt(sheet.formats, row, column);
    if (pattern !== undefined) return isDatePattern(pattern);
    const type = this.hf.getCellValueDetailedType({ sheet: this.engineSheet(sheet), row: row - 1, col: column - 1 });
    return type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME';
  }

  private sheetsValue(sheet: SheetModel, value: unknown, row: number, column: number): unknown {
    if (value === null || value === undefined) return '';
    if (value instanceof DetailedCellError || value instanceof CellError) return sheetsErrorText(value.type);
    if (typeof value === 'number' && this.isDateCell(sheet, row, column)) {
      return zonedMidnight(fromSheetSerial(value), this.timeZone);
    }
    return value;
  }

  getDisplayValues(sheet: SheetModel, range: Omit<GridRange, 'sheetName'>): string[][] {
    this.checkBounds(sheet, range);
    const raw = this.hf.getRangeValues(this.engineRange(sheet, range));
    return raw.map((row, r) =>
      Array.from({ length: range.numColumns }, (_, c) => {
        const value = row[c];
        if (value instanceof DetailedCellError) return sheetsErrorText(value.type);
        const pattern = entryAt(sheet.formats, range.row + r, range.column + c);
        if (typeof value === 'number' && pattern === undefined && this.isDateCell(sheet, range.row + r, range.column + c)) {
          return formatDisplay(value, /^fr/i.test(this.locale) ? 'dd/mm/yyyy' : 'm/d/yyyy', this.display);
        }
        return formatDisplay(value, pattern, this.display);
      }),
    );
  }

  /** The error message of an error cell (what Sheets shows on hover), if any. */
  errorMessage(sheet: SheetModel, row: number, column: number): string | undefined {
    const value = this.hf.getCellValue({ sheet: this.engineSheet(sheet), row: row - 1, col: column - 1 });
    if (!(value instanceof DetailedCellError)) return undefined;
    if (value.type === 'SPILL') return 'Array result was not expanded because it would overwrite data.';
    if (value.type === 'CYCLE') return 'Circular dependency detected.';
    return value.message || undefined;
  }

  getFormulas(sheet: SheetModel, range: Omit<GridRange, 'sheetName'>): string[][] {
    this.checkBounds(sheet, range);
    const formulas = this.hf.getRangeFormulas(this.engineRange(sheet, range));
    return formulas.map((row, r) =>
      Array.from({ length: range.numColumns }, (_, c) => {
        const text = sheet.formulaText[key(range.row + r, range.column + c)];
        return text ?? row[c] ?? '';
      }),
    );
  }

  /**
   * Writes values or formulas as Range.setValues / setFormulas do. Into a plain-text cell (number
   * format "@") a string is stored as text exactly as given, even one starting with "=" or "'". Into
   * any other cell a string starting with "=" is a formula (in en_US syntax, whatever the locale), a
   * leading "'" makes the rest text (Sheets hides the quote), a Date becomes a date, and other strings
   * are parsed as a user's typing.
   */
  setContents(sheet: SheetModel, range: Omit<GridRange, 'sheetName'>, contents: unknown[][]): void {
    if (this.readOnly) throw new Error('You do not have permission to call set methods from a custom function.');
    this.checkBounds(sheet, range);
    if (contents.length !== range.numRows || contents.some((row) => row.length !== range.numColumns)) {
      const width = contents[0]?.length ?? 0;
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${contents.length} but the range has ${range.numRows}.` +
          (width !== range.numColumns ? ` The data has ${width} columns but the range has ${range.numColumns}.` : ''),
      );
    }
    const dateCells: Array<[number, number]> = [];
    // Array.from, not map: the add-on's arrays come from its own V8 realm, which the engine does not
    // take for arrays; the copies are this realm's.
    const engineContents = Array.from(contents, (row, r) =>
      Array.from(row, (value, c) => {
        const cell = key(range.row + r, range.column + c);
        delete sheet.formulaText[cell];
        if (isDate(value)) {
          dateCells.push([range.row + r, range.column + c]);
          return toSheetSerial(zonedIsoDate(value, this.timeZone));
        }
        if (value === '' || value === null || value === undefined) return null;
        if (typeof value === 'string' && isPlainTextFormat(entryAt(sheet.formats, range.row + r, range.column + c))) {
          // The engine reads a leading apostrophe as "the rest is text" and keeps the rest verbatim.
          return `'${value}`;
        }
        if (typeof value === 'string' && value.startsWith('=')) {
          const engine = engineFormula(closeOpenRanges(value, (name) => (name ? this.sheetByName(name) ?? sheet : sheet).maxRows));
          if (engine !== value) sheet.formulaText[cell] = value;
          return engine;
        }
        return value;
      }),
    );
    const engine = this.engineRange(sheet, range);
    const changes = this.evaluate(() => this.hf.setCellContents(engine.start, engineContents as never));
    this.trackBlockedSpills(changes);
    if (engineContents.some((row) => row.some((v) => v === null))) this.retryBlockedSpills();
    for (const [row, column] of dateCells) {
      if (entryAt(sheet.formats, row, column) === undefined) {
        sheet.formats.push({ range: { row, column, numRows: 1, numColumns: 1 }, value: /^fr/i.test(this.locale) ? 'dd/mm/yyyy' : 'm/d/yyyy' });
      }
    }
  }

  /** Array formulas showing #REF! because their spill is blocked, by engine address. */
  private blockedSpills = new Map<string, { sheet: number; row: number; col: number }>();

  private trackBlockedSpills(changes: unknown[]): void {
    for (const change of changes as Array<{ address?: { sheet: number; row: number; col: number }; newValue?: unknown }>) {
      if (!change.address) continue;
      const id = `${change.address.sheet}:${change.address.row}:${change.address.col}`;
      if (change.newValue instanceof DetailedCellError && change.newValue.type === 'SPILL') this.blockedSpills.set(id, change.address);
      else this.blockedSpills.delete(id);
    }
  }

  /**
   * HyperFormula does not retry a blocked array when the way clears; Sheets does. Re-entering the
   * formula makes the engine size it again.
   */
  private retryBlockedSpills(): void {
    for (const [id, address] of [...this.blockedSpills]) {
      this.blockedSpills.delete(id);
      const formula = this.hf.getCellFormula(address);
      if (formula) this.trackBlockedSpills(this.evaluate(() => this.hf.setCellContents(address, [[formula]])));
    }
  }

  /**
   * The last row or column holding content (a value, a formula or a spilled result), 0 for an empty
   * sheet. The engine's own dimensions also count blank cells that a range like B2:B1000 refers to.
   */
  lastRow(sheet: SheetModel): number {
    const id = this.engineSheet(sheet);
    const { height, width } = this.hf.getSheetDimensions(id);
    for (let row = height - 1; row >= 0; row--) {
      for (let col = 0; col < width; col++) if (!this.hf.isCellEmpty({ sheet: id, row, col })) return row + 1;
    }
    return 0;
  }

  lastColumn(sheet: SheetModel): number {
    const id = this.engineSheet(sheet);
    const { height, width } = this.hf.getSheetDimensions(id);
    for (let col = width - 1; col >= 0; col--) {
      for (let row = 0; row < height; row++) if (!this.hf.isCellEmpty({ sheet: id, row, col })) return col + 1;
    }
    return 0;
  }

  /** Inserts blank rows after `row` (1-based), shifting content, formats and rules below. */
  insertRowsAfter(sheet: SheetModel, row: number, count: number): void {
    if (this.readOnly) throw new Error('You do not have permission to call insertRowsAfter from a custom function.');
    const id = this.engineSheet(sheet);
    if (row < this.lastRow(sheet)) this.evaluate(() => this.hf.addRows(id, [row, count]));
    sheet.maxRows += count;
    const shift = <T>(entries: Array<RangeEntry<T>>) =>
      entries.forEach((e) => {
        if (e.range.row > row) e.range.row += count;
        else if (e.range.row + e.range.numRows - 1 > row) e.range.numRows += count;
      });
    [sheet.formats, sheet.styles, sheet.notes, sheet.validations].forEach((entries) => shift(entries as Array<RangeEntry<unknown>>));
    sheet.conditionalFormats.forEach((rule) => shift(rule.ranges.map((range) => ({ range, value: null }))));
  }

  // Developer metadata -----------------------------------------------------------------------------

  addMetadata(keyName: string, value: string | null, location: MetadataLocation, visibility = 'DOCUMENT', project?: string): MetadataSpec {
    if (this.readOnly) throw new Error('You do not have permission to add developer metadata from a custom function.');
    const spec: MetadataSpec = { id: this.nextMetadataId++, key: keyName, value, visibility, location };
    if (visibility === 'PROJECT') spec.project = project;
    this.metadata.push(spec);
    return spec;
  }

  // Persistence ------------------------------------------------------------------------------------

  toJSON(): WorkbookJson {
    return {
      version: 1,
      name: this.name,
      locale: this.locale,
      timeZone: this.timeZone,
      nextSheetId: this.nextSheetId,
      nextMetadataId: this.nextMetadataId,
      activeSheetId: this.activeSheetId,
      metadata: this.metadata,
      sheets: this.sheets.map((sheet) => ({ ...sheet, cells: this.serializedCells(sheet) })),
    };
  }

  /** Cell contents to save: what was typed or written, not the values an array formula spilled. */
  private serializedCells(sheet: SheetModel): unknown[][] {
    const id = this.engineSheet(sheet);
    return this.hf.getSheetSerialized(id).map((row, r) =>
      row.map((content, c) => {
        if (typeof content === 'string' && content.startsWith('=')) return content;
        return content !== null && this.hf.isCellPartOfArray({ sheet: id, row: r, col: c }) ? null : content;
      }),
    );
  }

  static fromJSON(json: WorkbookJson): Workbook {
    if (json.version !== 1) throw new Error(`Unknown workbook version ${json.version}`);
    const workbook = new Workbook(json.name, json.locale, json.timeZone);
    workbook.metadata = json.metadata;
    workbook.nextSheetId = json.nextSheetId;
    workbook.nextMetadataId = json.nextMetadataId;
    workbook.activeSheetId = json.activeSheetId;
    workbook.pendingCells = json.sheets.map((s) => ({ name: s.name, cells: s.cells }));
    for (const { cells: _cells, ...sheet } of json.sheets) {
      workbook.sheets.push(sheet);
      workbook.hf.addSheet(sheet.name);
    }
    return workbook;
  }

  /** Cells read from JSON wait until the add-on's custom functions can evaluate them. */
  private pendingCells: Array<{ name: string; cells: unknown[][] }> = [];

  /** Evaluates the cells loaded by fromJSON; call once the custom functions are served. */
  loadPendingCells(): void {
    const pending = this.pendingCells;
    this.pendingCells = [];
    this.evaluate(() =>
      this.hf.batch(() => {
        for (const { name, cells } of pending) {
          const sheet = this.sheetByName(name);
          if (sheet && cells.length > 0) this.hf.setSheetContent(this.engineSheet(sheet), cells as never);
        }
      }),
    );
  }

  /** "'ROI by channel'!B2:B9" */
  static qualified(sheet: SheetModel, a1: string): string {
    return `${quoteSheet(sheet.name)}!${a1}`;
  }
}
