/**
 * The Tracking sheet: one reading per row (date, channel, KPI, value, source/notes), with dropdowns
 * from the catalogue. Goals, ROI by channel and the Dashboard read it with native formulas.
 */
import { CHANNELS, KPIS, channelByLabel, kpiById, kpiByLabel } from '../../core/catalog';
import type { Lang } from '../../core/lang';
import { SHEET_TEXTS } from '../../core/sheets/texts';
import type { TrackingRow } from '../../core/tracking';
import { DATE_FORMAT, TEXT_FORMAT, filled, styleHeader } from './style';
import type { DateReader, SheetDates } from '../dates';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TRACKING_WIDTH = 5;

/** Writes the header, its notes and the dropdowns of a new Tracking sheet. */
export function setUpTracking(sheet: Sheet, lang: Lang): void {
  const t = SHEET_TEXTS[lang].tracking;
  const header = sheet.getRange(1, 1, 1, TRACKING_WIDTH);
  header.setValues([[t.headers.date, t.headers.channel, t.headers.kpi, t.headers.value, t.headers.source]]);
  styleHeader(header, [t.note, t.channelHelp, t.kpiHelp, '', '']);
  sheet.setFrozenRows(1);
  const rows = sheet.getMaxRows() - 1;
  const channel = SpreadsheetApp.newDataValidation()
    .requireValueInList(
      CHANNELS.map((c) => c.label[lang]),
      true,
    )
    .setAllowInvalid(true)
    .setHelpText(t.channelHelp)
    .build();
  const kpi = SpreadsheetApp.newDataValidation()
    .requireValueInList(
      KPIS.map((k) => k.label[lang]),
      true,
    )
    .setAllowInvalid(false)
    .setHelpText(t.kpiHelp)
    .build();
  const date = SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).build();
  const body = sheet.getRange(2, 1, rows, TRACKING_WIDTH);
  body.setDataValidations(filled(rows, TRACKING_WIDTH, (c) => [date, channel, kpi, null, null][c]));
  body.setNumberFormats(filled(rows, TRACKING_WIDTH, (c) => trackingFormats(lang)[c]));
}

/** Date, channel, KPI, value, source: the three text columns are plain text (see TEXT_FORMAT). */
function trackingFormats(lang: Lang): string[] {
  return [DATE_FORMAT[lang], TEXT_FORMAT, TEXT_FORMAT, '#,##0.##', TEXT_FORMAT];
}

/** Tracking's readings as they are in the sheet: rows 2 to lastRow, read in one call. */
export interface TrackingBlock {
  lastRow: number;
  values: unknown[][];
}

export function trackingCells(sheet: Sheet): TrackingBlock {
  const lastRow = Math.max(1, sheet.getLastRow());
  return { lastRow, values: lastRow < 2 ? [] : sheet.getRange(2, 1, lastRow - 1, TRACKING_WIDTH).getValues() };
}

/**
 * The readings of a block, each with its row in the sheet. Rows whose date, KPI or value cannot be
 * read are left out: they are the user's to fix, and Tracking's dropdowns and date check flag them.
 */
export function trackingRows(block: TrackingBlock, readDate: DateReader): { rows: TrackingRow[]; rowNumbers: number[] } {
  const rows: TrackingRow[] = [];
  const rowNumbers: number[] = [];
  block.values.forEach(([date, channel, kpi, value, source], index) => {
    const iso = readDate(date);
    const k = typeof kpi === 'string' ? kpiByLabel(kpi) : undefined;
    // Only numbers count, as for the sheet's own SUMIFS: a reading typed as text is flagged by the
    // column's validation, never read one way here and another way by the Goals formulas.
    const n = typeof value === 'number' ? value : undefined;
    const name = String(channel).trim();
    if (!iso || !k || n === undefined || !Number.isFinite(n) || name === '') return;
    rows.push({ date: iso, channel: channelByLabel(name)?.id ?? name, kpi: k.id, value: n, source: String(source) });
    rowNumbers.push(index + 2);
  });
  return { rows, rowNumbers };
}

/** Every reading of the sheet: two calls, whatever its size. */
export function readTracking(sheet: Sheet, readDate: DateReader): TrackingRow[] {
  return trackingRows(trackingCells(sheet), readDate).rows;
}

/**
 * What setValues must receive for a cell to hold `value` (or keep its formula). A plain-text cell, as
 * the add-on formats Tracking's text columns, stores text as given. A cell the user formatted otherwise
 * reads text afresh, as a number, a date or a formula: there the text goes with a leading apostrophe,
 * which Sheets hides and does not keep (a cell's text typed as '5 comes back as 5, then goes out as '5).
 */
function content(value: unknown, formula: string, format: string): unknown {
  if (formula !== '') return formula;
  if (typeof value !== 'string' || value === '' || format === TEXT_FORMAT) return value;
  return `'${value}`;
}

/**
 * Replaces the value and source of readings already in Tracking. The value and source columns of the
 * rows from the first replaced one to the last are rewritten in one call: every other cell of that span
 * gets back exactly what it held (its formula, or its text), and rows outside it are not written at all,
 * so a value someone types there meanwhile (the document lock does not stop typing) is kept.
 */
export function replaceTrackingValues(
  sheet: Sheet,
  block: TrackingBlock,
  rowNumbers: readonly number[],
  replace: ReadonlyArray<{ index: number; row: TrackingRow }>,
): void {
  if (replace.length === 0) return;
  const rows = replace.map(({ index }) => rowNumbers[index]);
  // A loop, not Math.min(...rows): a spread of 100,000 rows would overflow the call stack.
  const first = rows.reduce((a, b) => Math.min(a, b));
  const last = rows.reduce((a, b) => Math.max(a, b));
  const range = sheet.getRange(first, 4, last - first + 1, 2);
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const cells = block.values
    .slice(first - 2, last - 1)
    .map((row, i) => [content(row[3], formulas[i][0], formats[i][0]), content(row[4], formulas[i][1], formats[i][1])]);
  for (const { index, row } of replace) {
    const i = rowNumbers[index] - first;
    cells[i] = [row.value, content(row.source, '', formats[i][1])];
  }
  range.setValues(cells);
}

/**
 * Appends readings below the last row in one range (formats, then values), growing the sheet first when
 * needed.
 */
export function appendTracking(sheet: Sheet, rows: readonly TrackingRow[], dates: SheetDates, lang: Lang, lastRow: number): void {
  if (rows.length === 0) return;
  const first = lastRow + 1;
  const maxRows = sheet.getMaxRows();
  const needed = first + rows.length - 1 - maxRows;
  if (needed > 0) sheet.insertRowsAfter(maxRows, needed);
  const channelName = (channel: string) => CHANNELS.find((c) => c.id === channel)?.label[lang] ?? channel;
  sheet
    .getRange(first, 1, rows.length, TRACKING_WIDTH)
    .setNumberFormats(filled(rows.length, TRACKING_WIDTH, (c) => trackingFormats(lang)[c]))
    .setValues(rows.map((r) => [dates.toCell(r.date), channelName(r.channel), kpiById(r.kpi)?.label[lang] ?? r.kpi, r.value, r.source]));
}
