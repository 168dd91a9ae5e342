/** The JSON the preview server and its page exchange. */
import type { CellStyle } from '../emulator/sheet-model';

export interface PreviewCell {
  /** Display value. */
  v: string;
  /** What the formula bar shows when it differs from the display value: the formula, or the raw value. */
  e?: string;
  /** Error message of an error cell. */
  m?: string;
  s?: CellStyle;
  /** Note. */
  n?: string;
  /** Dropdown values of a list validation. */
  l?: string[];
  num?: boolean;
}

export interface PreviewChart {
  id: string;
  type: string;
  title: string;
  labels: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
}

export interface PreviewView {
  title: string;
  locale: string;
  lang: 'en' | 'fr';
  sheets: Array<{ id: number; name: string; hidden: boolean }>;
  activeSheetId: number;
  sheetId: number;
  menu: { name: string; items: Array<{ caption: string; functionName: string } | null> } | null;
  sidebar: { title: string; version: number } | null;
  toasts: string[];
  /** The add-on's last Ui.alert, and how many it showed: the page shows a new one in a dialog. */
  alert: { text: string; count: number } | null;
  /** The add-on's last Range.activate(); the page moves to it when its version changes. */
  selection: { sheetId: number; a1: string; version: number } | undefined;
  grid: {
    /** First and last row of the window shown (the frozen rows above it are shown too). */
    firstRow: number;
    windowLastRow: number;
    totalRows: number;
    lastRow: number;
    frozenRows: number;
    /** The columns shown, with their number in the sheet: hidden columns are left out. */
    columns: Array<{ letter: string; column: number; width: number | null }>;
    /** The frozen rows (on every page, as Sheets keeps them in view), then the window's rows. */
    rows: Array<{ row: number; cells: PreviewCell[] }>;
  };
  charts: PreviewChart[];
}

/** A google.script.run call bridged from the sidebar to the bundle running in Node. */
export interface ScriptRunRequest {
  functionName: string;
  args: unknown[];
}

export type ScriptRunResponse = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };
