import { meansNoValue } from './numbers';

/**
 * What a spreadsheet hands to a custom function. Sheets passes a single cell as its value and a range
 * as a 2D array of values; a blank cell is "". Texts are read as numbers by core/numbers.ts.
 */
export type CellValue = number | string | boolean | Date | null | undefined;
export type Matrix = CellValue[][];
export type Arg = CellValue | Matrix;

/** What a custom function may return: one value, or a rectangle of values that spills. */
export type Output = number | string | Output[][];

export function isMatrix(arg: unknown): arg is Matrix {
  return Array.isArray(arg);
}

export function isBlank(value: CellValue): boolean {
  return value === '' || value === null || value === undefined;
}

/**
 * A blank cell, or a text that means "no value" ("-", "—", "n/a", "N/A", "nd", "s.o.": core/numbers.ts):
 * where a number is expected, such a text is a blank cell in every rule, never 0 and never "not a number".
 */
export function isNoValue(value: CellValue): boolean {
  return isBlank(value) || (typeof value === 'string' && meansNoValue(value));
}

/** Error values as Sheets displays them; a referenced error cell can reach a custom function as its text. */
const SHEET_ERRORS = /^#(N\/A|REF!|VALUE!|DIV\/0!|NUM!|NAME\?|NULL!|ERROR!|SPILL!|CALC!|LIC!|CYCLE!)/;

export function isSheetErrorText(value: CellValue): boolean {
  return typeof value === 'string' && SHEET_ERRORS.test(value);
}

/**
 * A date cell as its calendar day ("2026-06-01"). Sheets hands a date cell over as the instant of
 * midnight in the spreadsheet's time zone (2026-06-01 in Paris is 2026-05-31T22:00Z), so only the
 * spreadsheet's time zone tells the day: the add-on supplies it (src/functions/adapter.ts).
 */
export type IsoDay = (date: Date) => string;

/** The day of an instant in UTC: the right day only for a spreadsheet on UTC; the fallback when no time zone is known. */
export const utcDay: IsoDay = (date) => date.toISOString().slice(0, 10);

/** A Date, from this realm or another (the emulator's cells come from Node's, the add-on runs in its own). */
export function isDate(value: unknown): value is Date {
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
}

/** Shows a value the user gave, shortened, for an error message; a date as its day in the spreadsheet's time zone. */
export function describeValue(value: CellValue, french: boolean, isoDay: IsoDay = utcDay): string {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? String(value) : isoDay(value);
  if (typeof value === 'boolean') return french ? (value ? 'VRAI' : 'FAUX') : value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value, french);
  const text = String(value);
  const shown = text.length > 24 ? `${text.slice(0, 23)}…` : text;
  return french ? `« ${shown} »` : `"${shown}"`;
}

export function formatNumber(value: number, decimalComma: boolean): string {
  const text = String(Number(value.toPrecision(12)));
  return decimalComma ? text.replace('.', ',') : text;
}
