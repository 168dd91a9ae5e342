/** A1 notation: "B7", "A1:C3", "'ROI by channel'!A1:B2", open-ended "B2:B". Rows and columns are 1-based. */
import { cellA1, columnLetter } from '../../core/sheets/a1';

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

/**
 * Sheets accepts open-ended ranges ("B2:B"); HyperFormula does not. Closes them at the sheet's last row
 * so the engine sees "B2:B1000" while the user keeps their formula text.
 */
export function closeOpenRanges(formula: string, maxRows: (sheetName: string | undefined) => number): string {
  return formula.replace(
    /((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_ ]*)!)?(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(?![\d(A-Za-z_])/g,
    (match, sheetPart: string | undefined, start: string, endColumn: string, offset: number, whole: string) => {
      if (insideString(whole, offset)) return match;
      const sheetName = sheetPart
        ? sheetPart
            .slice(0, -1)
            .replace(/^'(.*)'$/, '$1')
            .replace(/''/g, "'")
        : undefined;
      return `${sheetPart ?? ''}${start}:${endColumn}${maxRows(sheetName)}`;
    },
  );
}

function insideString(text: string, offset: number): boolean {
  let quotes = 0;
  for (let i = 0; i < offset; i++) if (text[i] === '"') quotes++;
  return quotes % 2 === 1;
}
