/**
 * The ROI-by-channel sheet: the period in row 1, headers, a total row, then one row per channel the
 * goals use (rows only ever added). The layout and formulas are src/core/sheets/roi.ts.
 */
import { kpiById, type KpiId } from '../../core/catalog';
import type { Lang } from '../../core/lang';
import { SHEET_TEXTS, type SheetTexts } from '../../core/sheets/texts';
import {
  ROI_COLUMNS,
  ROI_FIRST_CHANNEL_ROW,
  ROI_HEADER_ROW,
  ROI_INPUT_COLUMNS,
  ROI_MARKER_COLUMN,
  ROI_NUMBER_INPUT_COLUMNS,
  ROI_PERIOD,
  ROI_PERIOD_ROW,
  ROI_TEXT_COLUMNS,
  ROI_TOTAL_ROW,
  roiChannelRow,
  roiPeriodRow,
  roiTotalRow,
  type RoiColumn,
  type RoiWords,
} from '../../core/sheets/roi';
import { moneyFormat } from '../../core/sheets/money';
import { columnLetter } from '../../core/sheets/a1';
import type { TrackingRef } from '../../core/sheets/formulas';
import { DATE_FORMAT, FORMULA_FORMAT, INPUT_BACKGROUND, TEXT_FORMAT, TOTAL_BACKGROUND, filled, styleHeader } from './style';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

const WIDTH = ROI_COLUMNS.length;

/** What a row's conversions may count: customers, orders, or one kind of lead. */
export const CONVERSION_KINDS: readonly KpiId[] = ['customers', 'sales', 'email_signups', 'contact_requests', 'downloads', 'calls'];

function words(lang: Lang): RoiWords {
  return SHEET_TEXTS[lang].roi;
}

/** Number formats by column: money in the spreadsheet's currency, plain text only where text goes. */
function formats(locale: string): Record<RoiColumn, string> {
  const money = moneyFormat(locale);
  const formatOf = (c: RoiColumn): string => {
    if (ROI_TEXT_COLUMNS.includes(c)) return TEXT_FORMAT;
    if (c === 'conversions') return '#,##0';
    if (c === 'hours') return '#,##0.#';
    if (c === 'roi') return '0" %"';
    if (c === 'margin') return '0%';
    if (c === 'flag' || c === 'valueFrom' || c === 'channelRow') return FORMULA_FORMAT;
    return money;
  };
  return Object.fromEntries(ROI_COLUMNS.map((c) => [c, formatOf(c)])) as Record<RoiColumn, string>;
}

function headerNote(t: SheetTexts['roi'], column: RoiColumn): string {
  switch (column) {
    case 'counts':
      return t.countsNote;
    case 'conversions':
      return t.conversionsNote;
    case 'valuePerConversion':
      return t.valuePerConversionNote;
    case 'adSpend':
    case 'fees':
    case 'hours':
    case 'hourlyRate':
      return t.costNote;
    case 'roi':
      return t.roiNote;
    case 'revenue':
      return t.revenueNote;
    case 'margin':
      return t.marginNote;
    case 'valueFrom':
      return t.valueFromNote;
    case 'channelRow':
      return t.channelRowNote;
    default:
      return ROI_INPUT_COLUMNS.includes(column) ? t.inputNote : '';
  }
}

export function setUpRoi(sheet: Sheet, lang: Lang, locale: string): void {
  const t = SHEET_TEXTS[lang].roi;
  const format = formats(locale);
  // Formats first, then contents: a plain-text cell would keep a formula written into it as text.
  const top = sheet.getRange(ROI_PERIOD_ROW, 1, ROI_TOTAL_ROW, WIDTH);
  top.setNumberFormats([
    ROI_COLUMNS.map((_, i) => (i + 1 === ROI_PERIOD.from || i + 1 === ROI_PERIOD.to ? DATE_FORMAT[lang] : TEXT_FORMAT)),
    ROI_COLUMNS.map(() => TEXT_FORMAT),
    ROI_COLUMNS.map((c) => (ROI_TEXT_COLUMNS.includes(c) ? TEXT_FORMAT : format[c])),
  ]);
  top.setValues([roiPeriodRow(words(lang)), ROI_COLUMNS.map((c) => t.headers[c]), roiTotalRow(words(lang))]);
  const period = sheet.getRange(ROI_PERIOD_ROW, ROI_PERIOD.from, 1, ROI_PERIOD.to - ROI_PERIOD.from + 1);
  period.setBackgrounds([[INPUT_BACKGROUND, null, INPUT_BACKGROUND]]).setFontWeight('bold');
  sheet.getRange(ROI_PERIOD_ROW, 1).setFontWeight('bold').setNote(t.periodNote);
  styleHeader(
    sheet.getRange(ROI_HEADER_ROW, 1, 1, WIDTH),
    ROI_COLUMNS.map((c) => headerNote(t, c)),
  );
  sheet.setFrozenRows(ROI_TOTAL_ROW);
  sheet.hideColumns(ROI_MARKER_COLUMN);
  // The period's two cells take dates only: a date typed as text would match no reading.
  const date = SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).setHelpText(t.periodHelp).build();
  period.setDataValidations([[date, null, date]]);
  styleChannelRows(sheet, ROI_FIRST_CHANNEL_ROW, sheet.getMaxRows() - ROI_FIRST_CHANNEL_ROW + 1, lang, locale, WIDTH);
  sheet.getRange(ROI_TOTAL_ROW, 1, 1, WIDTH).setFontWeight('bold').setBackground(TOTAL_BACKGROUND);
}

/**
 * What every channel row has before anything is typed in it, on `rows` rows from `first`, three calls
 * whatever their number: number formats, the input cells' colour, and their validation: "Conversions
 * are" from the list, numbers of 0 or more where a number goes (text or a negative amount would drop
 * out of SUM unseen; the formulas refuse them too, for what is pasted or was typed before).
 */
function styleChannelRows(sheet: Sheet, first: number, rows: number, lang: Lang, locale: string, width: number): void {
  const t = SHEET_TEXTS[lang].roi;
  const format = formats(locale);
  const kinds = SpreadsheetApp.newDataValidation()
    .requireValueInList(
      CONVERSION_KINDS.map((id) => kpiById(id)?.label[lang] ?? id),
      true,
    )
    .setAllowInvalid(false)
    .setHelpText(t.countsNote)
    .build();
  // Each number column says what a refused entry would cost it.
  const number = (help: string) =>
    SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).setHelpText(help).build();
  const numbers = { cost: number(t.costHelp), valuePerConversion: number(t.valuePerConversionHelp), margin: number(t.marginHelp) };
  const validation = (column: RoiColumn): DataValidation | null => {
    if (column === 'counts') return kinds;
    if (column === 'valuePerConversion' || column === 'margin') return numbers[column];
    return ROI_NUMBER_INPUT_COLUMNS.includes(column) ? numbers.cost : null;
  };
  const body = sheet.getRange(first, 1, rows, width);
  body.setNumberFormats(filled(rows, width, (c) => format[ROI_COLUMNS[c]]));
  body.setBackgrounds(filled(rows, width, (c) => (ROI_INPUT_COLUMNS.includes(ROI_COLUMNS[c]) ? INPUT_BACKGROUND : null)));
  body.setDataValidations(filled(rows, width, (c) => validation(ROI_COLUMNS[c])));
}

/**
 * Adds a row for each channel not listed yet, right below the last channel row. Existing rows, and the
 * figures the user typed in them, are never rewritten; what the user typed below the table (a note, a
 * sum) moves down with new rows inserted above it, so the table stays one block and nothing of theirs is
 * overwritten. Rows never go in at or above ROI_FIRST_CHANNEL_ROW: the total row's ranges start there,
 * and Sheets would move them down past the new rows. With no channel row yet, the first one takes row
 * ROI_FIRST_CHANNEL_ROW when it is blank.
 *
 * Channel rows are those holding the marker (roiChannelRow's =ROW()). A sheet an older version set up
 * has no marker column (its header row ends before it): there the channel rows are, as then, the rows
 * from ROI_FIRST_CHANNEL_ROW to the first blank channel cell, and new rows are written without a marker,
 * into the columns that sheet has.
 */
export function addChannels(sheet: Sheet, channels: readonly string[], lang: Lang, tracking: TrackingRef): void {
  const FIRST = ROI_FIRST_CHANNEL_ROW;
  const MARKER = ROI_MARKER_COLUMN - 1;
  // One read, from the header row to the sheet's last row: the layout, the table, what lies below it in
  // its columns (what lies further right is never written over), and how many rows the sheet has.
  const read = (width: number) => sheet.getRange(`A${ROI_HEADER_ROW}:${columnLetter(width)}`).getValues();
  let grid: unknown[][];
  try {
    grid = read(WIDTH);
  } catch {
    // An older sheet whose columns end before the marker's (the user deleted the empty ones).
    grid = read(MARKER);
  }
  const current = grid[0][MARKER] === SHEET_TEXTS[lang].roi.headers.channelRow;
  const width = current ? WIDTH : MARKER;
  const maxRows = ROI_HEADER_ROW + grid.length - 1;
  const body = grid.slice(FIRST - ROI_HEADER_ROW);
  const isBlank = (cells: unknown[] | undefined) => !cells || cells.every((cell) => cell === '');
  let last = FIRST - 1;
  for (let i = body.length - 1; i >= 0 && last < FIRST; i--) if (!isBlank(body[i])) last = FIRST + i;
  const rows = body.slice(0, last - FIRST + 1);
  const legacyEnd = rows.findIndex(([name]) => String(name).trim() === '');
  const channelRows = current
    ? rows.flatMap((cells, i) => (typeof cells[MARKER] === 'number' ? [i] : []))
    : rows.slice(0, legacyEnd < 0 ? rows.length : legacyEnd).map((_, i) => i);
  const listed = new Set(channelRows.map((i) => String(rows[i][0]).trim().toLowerCase()));
  const missing = channels.filter((c, i) => !listed.has(c.trim().toLowerCase()) && channels.indexOf(c) === i);
  if (missing.length === 0) return;
  // The last channel row; FIRST - 1 when there is none yet.
  const tableEnd = channelRows.length === 0 ? FIRST - 1 : FIRST + channelRows[channelRows.length - 1];
  const locale = () => sheet.getParent().getSpreadsheetLocale();
  let first = tableEnd + 1;
  if (tableEnd < last) {
    // Something of the user's below the table: rows are inserted for the new channels, above it, right
    // below the last channel row; before any, the first channel takes row FIRST when it is blank, and
    // the others go below it (below row FIRST when it holds something of the user's).
    let anchor = tableEnd;
    let inserted = missing.length;
    if (tableEnd < FIRST) {
      anchor = FIRST;
      first = isBlank(body[0]) ? FIRST : FIRST + 1;
      inserted = missing.length - (first === FIRST ? 1 : 0);
    }
    if (inserted > 0) sheet.insertRowsAfter(anchor, inserted);
    // The new rows look like the row above them in Sheets, which may be the user's: the channel rows' own look.
    styleChannelRows(sheet, first, missing.length, lang, locale(), width);
  } else if (first + missing.length - 1 > maxRows) {
    // Rows added at the end of a sheet look like its last row, which may be anything: give them the
    // channel rows' own look, as setUpRoi did to the rows it found.
    const added = first + missing.length - 1 - maxRows + 20;
    sheet.insertRowsAfter(maxRows, added);
    styleChannelRows(sheet, maxRows + 1, added, lang, locale(), width);
  }
  sheet
    .getRange(first, 1, missing.length, width)
    .setValues(missing.map((channel, i) => roiChannelRow(tracking, channel, first + i, words(lang)).slice(0, width)));
}
