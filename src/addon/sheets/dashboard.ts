/** The Dashboard: the tables its charts read, and three charts, created once; the trend table follows the latest goals. */
import type { Lang } from '../../core/lang';
import { SHEET_TEXTS } from '../../core/sheets/texts';
import {
  CHART_ROW,
  DASHBOARD_PERIOD_CELL,
  ROI_TABLE,
  TABLE_HEADER_ROW,
  TABLE_ROWS,
  TREND_TABLE,
  roiPeriodFormula,
  roiTableRows,
  trendTableRows,
  type TrendSeries,
} from '../../core/sheets/dashboard';
import { goalColumn } from '../../core/sheets/goals-row';
import type { TrackingRef } from '../../core/sheets/formulas';
import { DATE_FORMAT, FORMULA_FORMAT, TEXT_FORMAT, filled, styleHeader } from './style';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TREND_WIDTH = 1 + TREND_TABLE.goals;

function chart(sheet: Sheet, type: GoogleAppsScript.Charts.ChartType, ranges: GoogleAppsScript.Spreadsheet.Range[], title: string, row: number, column: number): void {
  const builder = sheet.newChart().setChartType(type).setPosition(row, column, 0, 0).setOption('title', title).setOption('width', 520).setOption('height', 300);
  ranges.forEach((range) => builder.addRange(range));
  sheet.insertChart(builder.setOption('useFirstColumnAsDomain', true).setNumHeaders(1).build());
}

/** Title, the ROI table, an empty month-by-month table (writeTrend fills it) and the three charts. */
export function setUpDashboard(sheet: Sheet, lang: Lang, roiSheetName: string, goals: Sheet): void {
  const t = SHEET_TEXTS[lang].dashboard;
  sheet.getRange(1, 1).setValue(t.title).setFontWeight('bold').setFontSize(14);
  sheet.getRange(DASHBOARD_PERIOD_CELL.row, DASHBOARD_PERIOD_CELL.column).setFormula(roiPeriodFormula(roiSheetName, t.roiPeriod, DATE_FORMAT[lang]));
  const roiTable = sheet.getRange(TABLE_HEADER_ROW, ROI_TABLE.column, TABLE_ROWS + 1, ROI_TABLE.width);
  const headers = SHEET_TEXTS[lang].roi.headers;
  roiTable.setValues(roiTableRows(roiSheetName, [headers.channel, headers.roi, headers.valueFrom]));
  // Both tables hold formulas below their header: no plain text there. The trend's header row takes
  // the goals' names, which writeTrend writes as they are.
  roiTable.setNumberFormats(filled(TABLE_ROWS + 1, ROI_TABLE.width, (c) => (c === 1 ? '0" %"' : FORMULA_FORMAT)));
  const trend = trendRange(sheet);
  trend.setNumberFormats([
    Array(TREND_WIDTH).fill(TEXT_FORMAT),
    ...filled(TABLE_ROWS, TREND_WIDTH, (c) => (c === 0 ? 'mmm yyyy' : '#,##0.##')),
  ]);
  styleHeader(sheet.getRange(TABLE_HEADER_ROW, 1, 1, TREND_TABLE.column + TREND_WIDTH - 1), [t.roiTableTitle, '', '', t.trendNote, '', '', '', '', '', '']);
  const goalsRows = goals.getMaxRows();
  chart(sheet, Charts.ChartType.BAR, [roiTable.offset(0, 0, TABLE_ROWS + 1, ROI_TABLE.charted)], t.roiChart, CHART_ROW, 1);
  chart(
    sheet,
    Charts.ChartType.BAR,
    [goals.getRange(1, goalColumn('statement'), goalsRows, 1), goals.getRange(1, goalColumn('progress'), goalsRows, 2)],
    t.progressChart,
    CHART_ROW,
    6,
  );
  chart(sheet, Charts.ChartType.LINE, [trend], t.trendChart, CHART_ROW + 17, 1);
}

function trendRange(sheet: Sheet): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(TABLE_HEADER_ROW, TREND_TABLE.column, TABLE_ROWS + 1, TREND_WIDTH);
}

/** Rewrites the month-by-month table for the latest goals (the add-on's own cells): one write. */
export function writeTrend(sheet: Sheet, lang: Lang, tracking: TrackingRef, series: readonly TrendSeries[]): void {
  trendRange(sheet).setValues(trendTableRows(tracking, SHEET_TEXTS[lang].dashboard.month, series));
}
