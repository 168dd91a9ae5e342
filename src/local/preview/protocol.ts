/** The JSON the preview server and its page exchange. */
import type { CellStyle } from '../emulator/workbook';

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
  /** The add-on's last Range.activate(); the page moves to it when its version changes. */
  selection: { sheetId: number; a1: string; version: number } | undefined;
  grid: {
    firstRow: number;
    totalRows: number;
    lastRow: number;
    frozenRows: number;
    columns: Array<{ letter: string; width: number | null }>;
    cells: PreviewCell[][];
  };
  charts: PreviewChart[];
}

/** A google.script.run call bridged from the sidebar to the bundle running in Node. */
export interface ScriptRunRequest {
  functionName: string;
  args: unknown[];
}

export type ScriptRunResponse = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };
