/**
 * An in-memory spreadsheet as Apps Script sees it: sheets, cells (in the engine, engine.ts, which
 * evaluates them), what the engine does not model (sheet-model.ts: formats, styles, notes, validation,
 * conditional formats, charts, sizes), developer metadata, the locale. Values read and written follow
 * Apps Script's conventions: "" for blank, Date for dates, errors as Sheets' texts. Saved and restored by
 * persistence.ts.
 */
import { closeOpenRanges, shiftRows } from './a1';
import { quoteSheet } from '../../core/sheets/a1';
import { CustomFunctionCall, UnknownFunction, isCustomFunction, sheetsErrorText } from './custom-functions';
import { DisplayLocale, displayLocale, formatDisplay, isDatePattern } from './format';
import { fromSheetSerial, toSheetSerial } from '../../core/dates';
import { sheetsDate, sheetsSerial, zonedIsoDate, zonedMidnight } from './zones';
import { engineFormula } from './engine-formula';
import { defaultDatePattern, readTypedEntry } from './typed-entry';
import { Engine, errorTypeOf } from './engine';
import {
  type MetadataLocation,
  type MetadataSpec,
  type RangeEntry,
  type SheetModel,
  type SheetRange,
  cellKey,
  emptySheet,
  entryAt,
  isPlainTextFormat,
} from './sheet-model';

/** A Date from any realm (the add-on's bundle runs in its own). */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export class Workbook {
  /** The cells, in HyperFormula. */
  readonly engine: Engine;
  readonly sheets: SheetModel[] = [];
  metadata: MetadataSpec[] = [];
  activeSheetId = 0;
  /** The ids the next sheet and the next metadata entry get; saved with the workbook. */
  nextSheetId = 0;
  nextMetadataId = 1;
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
    this.engine = new Engine(locale, (functionName, args) => this.callCustomFunction(functionName, args), {
      formatAt: (sheetName, row, column) => {
        const sheet = this.sheetByName(sheetName);
        return sheet ? entryAt(sheet.formats, row, column) : undefined;
      },
      dateOf: (serial) => sheetsDate(serial, this.timeZone),
      serialOf: (date) => sheetsSerial(date, this.timeZone),
      sheetSize: (sheetName) => {
        const sheet = this.sheetByName(sheetName);
        return sheet ? { rows: sheet.maxRows, columns: sheet.maxColumns } : undefined;
      },
    });
    this.display = displayLocale(locale);
  }

  /** Serves a custom function of the loaded add-on to the engine: read-only, as in Sheets. */
  private callCustomFunction(name: string, args: unknown[]): unknown {
    if (!this.customFunctions) throw new UnknownFunction(name);
    const wasReadOnly = this.readOnly;
    this.readOnly = true;
    try {
      return this.customFunctions(name, args);
    } finally {
      this.readOnly = wasReadOnly;
    }
  }

  /**
   * Switches the spreadsheet's locale and recomputes every formula, as Sheets does: the custom
   * functions' messages follow the locale, and so does the reading of dates typed as text.
   */
  setLocale(locale: string): void {
    this.locale = locale;
    this.display = displayLocale(locale);
    this.engine.setLocale(locale);
  }

  /** Computes every formula afresh, as when the add-on's custom functions become available. */
  recalculate(): void {
    this.engine.recalculate();
  }

  // Sheets ------------------------------------------------------------------------------------------

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string | undefined, index = this.sheets.length, size?: { rows: number; columns: number }): SheetModel {
    const finalName = name ?? this.freeSheetName();
    if (this.sheetByName(finalName)) {
      throw new Error(`A sheet with the name "${finalName}" already exists. Please enter another name.`);
    }
    const sheet = emptySheet(this.nextSheetId++, finalName, size?.rows, size?.columns);
    this.engine.addSheet(finalName);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  private freeSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (name !== sheet.name && this.sheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    this.engine.renameSheet(sheet.name, name);
    sheet.name = name;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.engine.removeSheet(sheet.name);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.metadata = this.metadata.filter((m) => !(m.location.type === 'SHEET' && m.location.sheetId === sheet.id));
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0].id;
  }

  // Cells -------------------------------------------------------------------------------------------

  private checkBounds(sheet: SheetModel, range: SheetRange): void {
    if (
      range.row < 1 ||
      range.column < 1 ||
      range.row + range.numRows - 1 > sheet.maxRows ||
      range.column + range.numColumns - 1 > sheet.maxColumns
    ) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  /** Values as Apps Script's Range.getValues gives them: numbers, strings, booleans, Date for dates, "" for blank. */
  getValues(sheet: SheetModel, range: SheetRange): unknown[][] {
    this.checkBounds(sheet, range);
    const raw = this.engine.values(sheet.name, range);
    return raw.map((row, r) => {
      const out: unknown[] = new Array(range.numColumns);
      for (let c = 0; c < range.numColumns; c++) out[c] = this.sheetsValue(sheet, row[c], range.row + r, range.column + c);
      return out;
    });
  }

  private isDateCell(sheet: SheetModel, row: number, column: number): boolean {
    const pattern = entryAt(sheet.formats, row, column);
    if (pattern !== undefined) return isDatePattern(pattern);
    return this.engine.holdsDate(sheet.name, row, column);
  }

  private sheetsValue(sheet: SheetModel, value: unknown, row: number, column: number): unknown {
    if (value === null || value === undefined) return '';
    const error = errorTypeOf(value);
    if (error) return sheetsErrorText(error);
    if (typeof value === 'number' && this.isDateCell(sheet, row, column)) {
      return zonedMidnight(fromSheetSerial(value), this.timeZone);
    }
    return value;
  }

  getDisplayValues(sheet: SheetModel, range: SheetRange): string[][] {
    this.checkBounds(sheet, range);
    const raw = this.engine.values(sheet.name, range);
    return raw.map((row, r) =>
      Array.from({ length: range.numColumns }, (_, c) => {
        const value = row[c];
        const error = errorTypeOf(value);
        if (error) return sheetsErrorText(error);
        const pattern = entryAt(sheet.formats, range.row + r, range.column + c);
        if (typeof value === 'number' && pattern === undefined && this.isDateCell(sheet, range.row + r, range.column + c)) {
          return formatDisplay(value, defaultDatePattern(this.locale), this.display);
        }
        return formatDisplay(value, pattern, this.display);
      }),
    );
  }

  /** The error message of an error cell (what Sheets shows on hover), if any. */
  errorMessage(sheet: SheetModel, row: number, column: number): string | undefined {
    const error = this.engine.cellError(sheet.name, row, column);
    if (!error) return undefined;
    if (error.type === 'SPILL') return 'Array result was not expanded because it would overwrite data.';
    if (error.type === 'CYCLE') return 'Circular dependency detected.';
    return error.message || undefined;
  }

  getFormulas(sheet: SheetModel, range: SheetRange): string[][] {
    this.checkBounds(sheet, range);
    const formulas = this.engine.formulas(sheet.name, range);
    return formulas.map((row, r) =>
      Array.from({ length: range.numColumns }, (_, c) => {
        const text = sheet.formulaText[cellKey(range.row + r, range.column + c)];
        return text ?? row[c] ?? '';
      }),
    );
  }

  /**
   * Writes values or formulas as Range.setValues / setFormulas do. Into a plain-text cell (number
   * format "@") a string is stored as text exactly as given, even one starting with "=" or "'". Into
   * any other cell a string starting with "=" is a formula (in en_US syntax, whatever the locale), a
   * leading "'" makes the rest text (Sheets hides the quote), a Date becomes a date, and other strings
   * are read as a user's typing in the spreadsheet's locale (typed-entry.ts): "1 234,5" is a number in
   * French and "12.000" a text there; a date written the locale's way is a date.
   */
  setContents(sheet: SheetModel, range: SheetRange, contents: unknown[][]): void {
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
        const cell = cellKey(range.row + r, range.column + c);
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
          const engine = engineFormula(
            closeOpenRanges(
              value,
              (name) => {
                const target = name ? (this.sheetByName(name) ?? sheet) : sheet;
                return { rows: target.maxRows, columns: target.maxColumns };
              },
              isCustomFunction,
            ),
          );
          if (engine !== value) sheet.formulaText[cell] = value;
          return engine;
        }
        // A leading apostrophe: the engine keeps the rest as text, as Sheets does.
        if (typeof value === 'string' && !value.startsWith("'")) {
          const entry = readTypedEntry(value, this.locale);
          switch (entry.kind) {
            case 'number':
            case 'boolean':
              return entry.value;
            case 'date':
              dateCells.push([range.row + r, range.column + c]);
              return entry.serial;
            case 'time':
              return value;
            case 'text':
              // Never the engine's own reading, which takes "12.000" for 12 whatever the locale.
              return `'${value}`;
          }
        }
        return value;
      }),
    );
    this.engine.write(sheet.name, range, engineContents);
    for (const [row, column] of dateCells) {
      if (entryAt(sheet.formats, row, column) === undefined) {
        sheet.formats.push({
          range: { row, column, numRows: 1, numColumns: 1 },
          value: defaultDatePattern(this.locale),
        });
      }
    }
  }

  /** The last row holding content (a value, a formula or a spilled result), 0 for an empty sheet. */
  lastRow(sheet: SheetModel): number {
    return this.engine.lastRow(sheet.name);
  }

  lastColumn(sheet: SheetModel): number {
    return this.engine.lastColumn(sheet.name);
  }

  /**
   * Inserts blank rows after `row` (1-based), shifting content, formats and rules below, and moving every
   * reference to the rows below, on any sheet, as Sheets does. At the sheet's end nothing lies below, but
   * the open-ended ranges ("G4:G") reach the new rows.
   */
  insertRowsAfter(sheet: SheetModel, row: number, count: number): void {
    if (this.readOnly) throw new Error('You do not have permission to call insertRowsAfter from a custom function.');
    // Rows below the sheet's last one: nothing to move, but open-ended ranges reach them (moveFormulaTexts).
    const atEnd = row >= sheet.maxRows;
    if (!atEnd) this.engine.insertRowsAfter(sheet.name, row, count);
    sheet.maxRows += count;
    // The new rows look like row `row`, as in Sheets: its number formats, styles and validation, every
    // entry that covers it stretched over them (the last entry covering a cell still wins there).
    const stretch = <T>(entries: Array<RangeEntry<T>>) =>
      entries.forEach((e) => {
        if (e.range.row > row) e.range.row += count;
        else if (e.range.row + e.range.numRows - 1 >= row) e.range.numRows += count;
      });
    [sheet.formats, sheet.styles, sheet.validations].forEach((entries) => stretch(entries as Array<RangeEntry<unknown>>));
    // Notes stay on their cells: the new rows take none, and a note entry across them splits.
    sheet.notes = sheet.notes.flatMap((e) => {
      const end = e.range.row + e.range.numRows - 1;
      if (e.range.row > row) return [{ ...e, range: { ...e.range, row: e.range.row + count } }];
      if (end <= row) return [e];
      return [
        { ...e, range: { ...e.range, numRows: row - e.range.row + 1 } },
        { ...e, range: { ...e.range, row: row + count + 1, numRows: end - row } },
      ];
    });
    // A conditional format grows with rows inserted inside its ranges.
    sheet.conditionalFormats.forEach((rule) =>
      rule.ranges.forEach((range) => {
        if (range.row > row) range.row += count;
        else if (range.row + range.numRows - 1 > row) range.numRows += count;
      }),
    );
    // Last: a custom function entered again reads the formats where they now are.
    this.moveFormulaTexts(sheet, row, count, atEnd);
  }

  /**
   * After rows are inserted in `target`: the formulas whose text the engine does not hold as written
   * (open-ended ranges, TRUE) get the text Sheets would show (shiftRows), under their cell's new key.
   * Rows inserted inside the sheet, the engine moved and stretched their ranges itself, an open-ended
   * range's closed end with them; rows added at the end (`atEnd`), those that read `target` through an
   * open-ended range are entered again, so that it ends at the sheet's new last row as Sheets' does.
   */
  private moveFormulaTexts(target: SheetModel, after: number, count: number, atEnd: boolean): void {
    for (const sheet of this.sheets) {
      const moved: Record<string, string> = {};
      const again: Array<{ row: number; column: number; formula: string }> = [];
      for (const [key, text] of Object.entries(sheet.formulaText)) {
        const [row, column] = key.split(',').map(Number);
        const at = sheet === target && row > after ? row + count : row;
        const shifted = shiftRows(text, sheet.name, target.name, after, count);
        let readsTarget = false;
        const formula = engineFormula(
          closeOpenRanges(
            shifted,
            (name) => {
              const read = name ? (this.sheetByName(name) ?? sheet) : sheet;
              if (read === target) readsTarget = true;
              return { rows: read.maxRows, columns: read.maxColumns };
            },
            isCustomFunction,
          ),
        );
        moved[cellKey(at, column)] = shifted;
        if (atEnd && readsTarget) again.push({ row: at, column, formula });
      }
      sheet.formulaText = moved;
      for (const { row, column, formula } of again) this.engine.write(sheet.name, { row, column, numRows: 1, numColumns: 1 }, [[formula]]);
    }
  }

  // Developer metadata -----------------------------------------------------------------------------

  addMetadata(keyName: string, value: string | null, location: MetadataLocation, visibility = 'DOCUMENT', project?: string): MetadataSpec {
    if (this.readOnly) throw new Error('You do not have permission to add developer metadata from a custom function.');
    const spec: MetadataSpec = { id: this.nextMetadataId++, key: keyName, value, visibility, location };
    if (visibility === 'PROJECT') spec.project = project;
    this.metadata.push(spec);
    return spec;
  }

  /** "'ROI by channel'!B2:B9" */
  static qualified(sheet: SheetModel, a1: string): string {
    return `${quoteSheet(sheet.name)}!${a1}`;
  }
}
