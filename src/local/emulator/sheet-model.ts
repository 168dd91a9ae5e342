/**
 * What a sheet holds beside its cells: number formats, styles, notes, validation, conditional formats,
 * charts, sizes. HyperFormula (engine.ts) holds the cells; the fakes and the preview read these.
 */
import type { GridRange } from './a1';

/** A range on one sheet, 1-based. */
export type SheetRange = Omit<GridRange, 'sheetName'>;

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
  range: SheetRange;
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
  ranges: SheetRange[];
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

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

/** The key of a cell in SheetModel.formulaText. */
export const cellKey = (row: number, column: number) => `${row},${column}`;

function contains(range: SheetRange, row: number, column: number): boolean {
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
    id,
    name,
    maxRows,
    maxColumns,
    frozenRows: 0,
    frozenColumns: 0,
    formats: [],
    styles: [],
    notes: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    columnWidths: {},
    tabColor: null,
    hidden: false,
    hiddenColumns: [],
    formulaText: {},
  };
}
