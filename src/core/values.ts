/**
 * What a spreadsheet hands to a custom function, and how raw cell values are read as numbers.
 * Sheets passes a single cell as its value and a range as a 2D array of values; a blank cell is "".
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

/** Error values as Sheets displays them; a referenced error cell can reach a custom function as its text. */
const SHEET_ERRORS = /^#(N\/A|REF!|VALUE!|DIV\/0!|NUM!|NAME\?|NULL!|ERROR!|SPILL!|CALC!|LIC!|CYCLE!)/;

export function isSheetErrorText(value: CellValue): boolean {
  return typeof value === 'string' && SHEET_ERRORS.test(value);
}

export interface ParsedNumberText {
  value: number;
  /** The text ended in %, so value has already been divided by 100. */
  percent: boolean;
}

const SPACES = /[\s\u00a0\u202f]/g;
const CURRENCY = /^[€$£]|[€$£]$/g;

/**
 * Reads a number typed as text, in English or French notation, and refuses anything ambiguous.
 * "1 200,50", "1200.5", "12 %", "€40" are numbers; "1,500" is refused because it reads as 1.5 in
 * French and 1500 in English, and a silent wrong number is worse than an error.
 */
export function parseNumberText(text: string): ParsedNumberText | undefined {
  let s = text.trim();
  if (s === '') return undefined;
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(CURRENCY, '').trim();
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+') || s.startsWith('\u2212')) {
    if (s[0] !== '+') sign = -1;
    s = s.slice(1).trim();
  }
  let digits: string;
  if (/^\d+$/.test(s) || /^\d*\.\d+$/.test(s) || /^\d+\.$/.test(s)) {
    digits = s;
  } else if (/^\d{1,3}([\s\u00a0\u202f]\d{3})+([.,]\d+)?$/.test(s)) {
    digits = s.replace(SPACES, '').replace(',', '.');
  } else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s)) {
    digits = s.replace(/,/g, '');
  } else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s)) {
    digits = s.replace(/\./g, '').replace(',', '.');
  } else if (/^\d*,\d+$/.test(s) && !isAmbiguousThousands(s)) {
    digits = s.replace(',', '.');
  } else {
    return undefined;
  }
  const value = sign * Number(digits);
  if (!Number.isFinite(value)) return undefined;
  return { value: percent ? value / 100 : value, percent };
}

/** "1,500" or "12,000": thousands in English, decimals in French. */
export function isAmbiguousThousands(text: string): boolean {
  return /^[+-]?\d{1,3},\d{3}$/.test(text.trim());
}

/** Shows a value the user gave, shortened, for an error message. */
export function describeValue(value: CellValue, french: boolean): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return formatNumber(value, french);
  const text = String(value);
  const shown = text.length > 24 ? `${text.slice(0, 23)}…` : text;
  return french ? `« ${shown} »` : `"${shown}"`;
}

export function formatNumber(value: number, decimalComma: boolean): string {
  const text = String(Number(value.toPrecision(12)));
  return decimalComma ? text.replace('.', ',') : text;
}
