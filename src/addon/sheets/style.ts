/** The look of the add-on's sheets, applied in one call per property on a whole block. */
import { SHEET_DATE_FORMAT } from '../../core/sheets/goals-row';

type Range = GoogleAppsScript.Spreadsheet.Range;

export const HEADER_BACKGROUND = '#e8eaed';
export const INPUT_BACKGROUND = '#fff8e1';
export const TOTAL_BACKGROUND = '#f1f3f4';

/** Bold, shaded header cells, with notes that state each column's definition where it has one. */
export function styleHeader(range: Range, notes: string[]): void {
  range.setFontWeight('bold').setBackground(HEADER_BACKGROUND);
  if (notes.some((n) => n !== '')) range.setNotes([notes]);
}

/** A rows × columns matrix with the same value everywhere, for set*s calls on a block. */
export function filled<T>(rows: number, columns: number, value: (column: number) => T): T[][] {
  const row = Array.from({ length: columns }, (_, c) => value(c));
  return Array.from({ length: rows }, () => row.slice());
}

/**
 * The one guard that keeps text text: a column that holds text (statements, owners, notes, channel
 * names, sources) is formatted plain text ("@") before anything is written into it, and the text is
 * then written exactly as it is, with no leading apostrophe. In a plain-text cell Sheets stores what it
 * is given, even "=1+1", "-5 %", "@x" or "'quoted", so the text reads back unchanged however often it is
 * rewritten; an apostrophe there would be stored too, one more at each rewrite.
 */
export const TEXT_FORMAT = '@';

/**
 * Sheets' automatic format, for columns of formulas. A formula column never gets "@": a formula written
 * into a plain-text cell is stored as its own text and never computed.
 */
export const FORMULA_FORMAT = 'General';

/** Date formats that read naturally in each language (the wizard's review shows dates the same way). */
export const DATE_FORMAT = SHEET_DATE_FORMAT;
