/** The ROI-by-channel sheet: a total row, then one row per channel the goals use (rows only ever added). */
import type { Lang } from '../../core/i18n/lang';
import { sheetTexts } from '../texts';
import { ROI_COLUMNS, ROI_FIRST_CHANNEL_ROW, ROI_INPUT_COLUMNS, ROI_TOTAL_ROW, roiChannelRow, roiTotalRow, type RoiWords } from '../../core/sheets/roi';
import type { TrackingRef } from '../../core/sheets/formulas';
import { FORMULA_FORMAT, INPUT_BACKGROUND, TEXT_FORMAT, TOTAL_BACKGROUND, filled, styleHeader } from './style';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const WIDTH = ROI_COLUMNS.length;

function words(lang: Lang): RoiWords {
  const t = sheetTexts(lang).roi;
  return { total: t.total, losesMoney: t.losesMoney, best: t.best, noBest: t.noBest };
}

const MONEY = '#,##0.00';
// Only the channel names are text; the flag column holds the verdict formula: never plain text.
const FORMATS: Record<(typeof ROI_COLUMNS)[number], string> = {
  channel: TEXT_FORMAT, conversions: '#,##0', valuePerConversion: MONEY, value: MONEY, adSpend: MONEY, fees: MONEY, hours: '#,##0.#',
  hourlyRate: MONEY, totalCost: MONEY, profit: MONEY, roi: '0" %"', costPerConversion: MONEY, flag: FORMULA_FORMAT,
};

export function setUpRoi(sheet: Sheet, lang: Lang): void {
  const t = sheetTexts(lang).roi;
  const header = sheet.getRange(1, 1, 2, WIDTH);
  header.setValues([ROI_COLUMNS.map((c) => t.headers[c]), roiTotalRow(words(lang))]);
  header.setNumberFormats([ROI_COLUMNS.map(() => '@'), ROI_COLUMNS.map((c) => FORMATS[c])]);
  styleHeader(sheet.getRange(1, 1, 1, WIDTH), ROI_COLUMNS.map((c) => (c === 'roi' ? t.roiNote : c === 'conversions' ? t.conversionsNote : ROI_INPUT_COLUMNS.includes(c) ? t.inputNote : '')));
  sheet.setFrozenRows(ROI_TOTAL_ROW);
  const rows = sheet.getMaxRows() - ROI_FIRST_CHANNEL_ROW + 1;
  const body = sheet.getRange(ROI_FIRST_CHANNEL_ROW, 1, rows, WIDTH);
  body.setNumberFormats(filled(rows, WIDTH, (c) => FORMATS[ROI_COLUMNS[c]]));
  body.setBackgrounds(filled(rows, WIDTH, (c) => (ROI_INPUT_COLUMNS.includes(ROI_COLUMNS[c]) ? INPUT_BACKGROUND : null)));
  sheet.getRange(ROI_TOTAL_ROW, 1, 1, WIDTH).setFontWeight('bold').setBackground(TOTAL_BACKGROUND);
}

/**
 * Adds a row for each channel not listed yet. Existing rows, and the figures the user typed in them,
 * are never rewritten.
 */
export function addChannels(sheet: Sheet, channels: readonly string[], lang: Lang, tracking: TrackingRef): void {
  const last = Math.max(sheet.getLastRow(), ROI_FIRST_CHANNEL_ROW - 1);
  const listed = new Set(
    last < ROI_FIRST_CHANNEL_ROW
      ? []
      : sheet
          .getRange(ROI_FIRST_CHANNEL_ROW, 1, last - ROI_FIRST_CHANNEL_ROW + 1, 1)
          .getValues()
          .map(([name]) => String(name).trim().toLowerCase()),
  );
  const missing = channels.filter((c, i) => !listed.has(c.trim().toLowerCase()) && channels.indexOf(c) === i);
  if (missing.length === 0) return;
  const first = last + 1;
  if (first + missing.length - 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), missing.length + 20);
  sheet
    .getRange(first, 1, missing.length, WIDTH)
    .setValues(missing.map((channel, i) => roiChannelRow(tracking, channel, first + i, words(lang))));
}
