/** A1 notation: "B7", "A1:C3", "'ROI by channel'!A1:B2", open-ended "B2:B". Rows and columns are 1-based. */
import { cellA1, columnLetter } from '../../core/sheets/a1';
import { CANONICAL, tokenize } from '../../core/formula-syntax';

export { cellA1, columnLetter };

export interface GridRange {
  sheetName?: string;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function rangeA1(range: Omit<GridRange, 'sheetName'>): string {
  const start = cellA1(range.row, range.column);
  if (range.numRows === 1 && range.numColumns === 1) return start;
  return `${start}:${cellA1(range.row + range.numRows - 1, range.column + range.numColumns - 1)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)?$/;

/** Parses A1 notation; `maxRows` closes open-ended ranges such as "B2:B". */
export function parseA1(notation: string, maxRows: number): GridRange {
  let text = notation.trim();
  let sheetName: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = text
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [startText, endText = startText] = text.split(':');
  const start = CELL.exec(startText);
  const end = CELL.exec(endText);
  if (!start || !end) throw new Error(`Range not found: ${notation}`);
  const row = start[2] ? Number(start[2]) : 1;
  const lastRow = end[2] ? Number(end[2]) : maxRows;
  const column = columnNumber(start[1]);
  const lastColumn = columnNumber(end[1]);
  if (lastRow < row || lastColumn < column || row < 1) throw new Error(`Range not found: ${notation}`);
  return { sheetName, row, column, numRows: lastRow - row + 1, numColumns: lastColumn - column + 1 };
}

const SHEET_PREFIX = "((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_ ]*)!)?";

/** A sheet name as written before "!" (quoted or not), undefined for none. */
function sheetOf(prefix: string | undefined): string | undefined {
  return prefix
    ? prefix
        .slice(0, -1)
        .replace(/^'(.*)'$/, '$1')
        .replace(/''/g, "'")
    : undefined;
}

/** "B2:B" (open-ended): the end column without a row. */
const OPEN_ENDED = new RegExp(`${SHEET_PREFIX}(\\$?[A-Za-z]{1,3}\\$?\\d+):(\\$?[A-Za-z]{1,3})(?![\\d(A-Za-z_])`, 'g');
/** "G:G", "$A:$C": whole columns. */
const WHOLE_COLUMNS = new RegExp(`(?<![A-Za-z0-9_.$:])${SHEET_PREFIX}(\\$?[A-Za-z]{1,3}):(\\$?[A-Za-z]{1,3})(?![\\d(A-Za-z_!:])`, 'g');
/** "2:2", "$2:$5": whole rows. */
const WHOLE_ROWS = new RegExp(`(?<![A-Za-z0-9_.$:])${SHEET_PREFIX}(\\$?\\d+):(\\$?\\d+)(?![\\d(A-Za-z_.!:])`, 'g');

/** The innermost function called around each character of a canonical formula ("" outside any call). */
function enclosingCalls(formula: string): string[] {
  const around: string[] = new Array(formula.length).fill('');
  const stack: string[] = [];
  let offset = 0;
  let previousName = '';
  for (const { kind, text } of tokenize(formula, CANONICAL.decimal)) {
    if (kind === 'other' && text === '(') stack.push(previousName.toUpperCase());
    else if (kind === 'other' && text === ')') stack.pop();
    around.fill(stack[stack.length - 1] ?? '', offset, offset + text.length);
    if (kind !== 'other' || text.trim() !== '') previousName = kind === 'name' ? text : '';
    offset += text.length;
  }
  return around;
}

/**
 * Sheets accepts open-ended ranges ("B2:B"), whole columns ("G:G") and whole rows ("2:2"), all of the
 * sheet's rows or columns. The engine reads the first not at all: it is closed at the sheet's last row
 * ("B2:B1000") wherever it is. The engine reads the others as ranges as large as the data, which its
 * own functions need (SUMIFS over Tracking!$A:$A stays fast), but a custom function's result cannot be
 * sized on them ("Invalid range size") and Sheets hands it every row of the sheet: as an argument of a
 * custom function (`isCustom`) they are closed too ("G1:G1000", "A2:Z2"). The user keeps their text.
 */
export function closeOpenRanges(
  formula: string,
  size: (sheetName: string | undefined) => { rows: number; columns: number },
  isCustom: (functionName: string) => boolean = () => false,
): string {
  type Close = (sheetName: string | undefined, start: string, end: string) => string;
  const closing =
    (close: Close, where: (offset: number) => boolean) =>
    (match: string, sheetPart: string | undefined, start: string, end: string, offset: number, whole: string) =>
      insideString(whole, offset) || !where(offset) ? match : `${sheetPart ?? ''}${close(sheetOf(sheetPart), start, end)}`;
  const closed = formula.replace(
    OPEN_ENDED,
    closing(
      (sheet, start, endColumn) => `${start}:${endColumn}${size(sheet).rows}`,
      () => true,
    ),
  );
  if (closed.search(WHOLE_COLUMNS) < 0 && closed.search(WHOLE_ROWS) < 0) return closed;
  const calls = enclosingCalls(closed);
  const inCustomCall = (offset: number) => calls[offset] !== '' && isCustom(calls[offset]);
  return closed
    .replace(
      WHOLE_COLUMNS,
      closing((sheet, first, last) => `${first}1:${last}${size(sheet).rows}`, inCustomCall),
    )
    .replace(
      WHOLE_ROWS,
      closing((sheet, first, last) => `A${first}:${columnLetter(size(sheet).columns)}${last}`, inCustomCall),
    );
}

/**
 * A cell or a range with rows ("B7", "$A$1:C3", "G4:G" open-ended), or whole rows ("2:5"), with its sheet
 * when named. Whole columns ("G:G") have no row to move. Not preceded by what would make it part of a
 * name, and not followed by "(" (a function such as LOG10) or "!" (a sheet name).
 */
const ROW_REFERENCE = new RegExp(
  `(?<![A-Za-z0-9_.$:!'])${SHEET_PREFIX}(?:(\\$?[A-Za-z]{1,3}\\$?\\d+)(?::(\\$?[A-Za-z]{1,3}(?:\\$?\\d+)?))?|(\\$?\\d+):(\\$?\\d+))(?![\\d(A-Za-z_!])`,
  'g',
);

/**
 * Formula text after rows are inserted below row `after` of sheet `target`, as Sheets rewrites it: every
 * row number above `after` in a reference to that sheet moves down by `count` ("$A6" → "$A8"); a range
 * whose start is at or above `after` and whose end is below it grows; an open-ended range keeps its open
 * end ("C4:C" → "C6:C" when rows go in above row 4). `own` is the sheet the formula lives on. Strings
 * are left alone.
 */
export function shiftRows(formula: string, own: string, target: string, after: number, count: number): string {
  const moved = (reference: string) =>
    reference.replace(/(\$?)(\d+)$/, (_m, dollar: string, row: string) => `${dollar}${Number(row) > after ? Number(row) + count : row}`);
  return formula.replace(
    ROW_REFERENCE,
    (
      match: string,
      sheetPart: string | undefined,
      start: string | undefined,
      end: string | undefined,
      firstRow: string | undefined,
      lastRow: string | undefined,
      offset: number,
      whole: string,
    ) => {
      if (insideString(whole, offset) || (sheetOf(sheetPart) ?? own) !== target) return match;
      const prefix = sheetPart ?? '';
      if (start !== undefined) return `${prefix}${moved(start)}${end === undefined ? '' : `:${/\d$/.test(end) ? moved(end) : end}`}`;
      return `${prefix}${moved(firstRow ?? '')}:${moved(lastRow ?? '')}`;
    },
  );
}

function insideString(text: string, offset: number): boolean {
  let quotes = 0;
  for (let i = 0; i < offset; i++) if (text[i] === '"') quotes++;
  return quotes % 2 === 1;
}
