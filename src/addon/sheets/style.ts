/** The look of the add-on's sheets, applied in one call per property on a whole block. */
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

/** Date formats that read naturally in each language. */
export const DATE_FORMAT = { en: 'yyyy-mm-dd', fr: 'dd/mm/yyyy' } as const;
