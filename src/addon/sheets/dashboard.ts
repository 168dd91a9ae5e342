/**
 * The Dashboard: the tables its charts read, and three charts, created once; the trend table follows the
 * latest goals, and its chart covers only their columns.
 */
import type { Lang } from '../../core/lang';
import { SHEET_TEXTS } from '../../core/sheets/texts';
import {
  CHART_ROW,
  DASHBOARD_PERIOD_CELL,
  PROGRESS_TABLE,
  ROI_TABLE,
  TABLE_HEADER_ROW,
  TABLE_ROWS,
  TREND_TABLE,
  progressTableRows,
  roiPeriodFormula,
  roiTableRows,
  trendChartWidth,
  trendTableRows,
  type TrendSeries,
} from '../../core/sheets/dashboard';
import type { TrackingRef } from '../../core/sheets/formulas';
import { DATE_FORMAT, FORMULA_FORMAT, TEXT_FORMAT, filled, styleHeader } from './style';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const TREND_WIDTH = 1 + TREND_TABLE.goals;
const HEADER_WIDTH = PROGRESS_TABLE.column + PROGRESS_TABLE.width - 1;

function chart(
  sheet: Sheet,
  type: GoogleAppsScript.Charts.ChartType,
  range: GoogleAppsScript.Spreadsheet.Range,
  title: string,
  row: number,
  column: number,
): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
  return sheet
    .newChart()
    .setChartType(type)
    .setPosition(row, column, 0, 0)
    .setOption('title', title)
    .setOption('width', 520)
    .setOption('height', 300)
    .addRange(range)
    .setOption('useFirstColumnAsDomain', true)
    .setNumHeaders(1);
}

/**
 * Title, the ROI and progress tables, the month-by-month table waiting for a goal (writeTrend fills it)
 * and the three charts. Returns the trend chart's id, which writeTrend needs to follow the goals.
 */
export function setUpDashboard(sheet: Sheet, lang: Lang, roiSheetName: string, goals: Sheet, tracking: TrackingRef): number | undefined {
  const t = SHEET_TEXTS[lang].dashboard;
  const headers = SHEET_TEXTS[lang];
  sheet.getRange(1, 1).setValue(t.title).setFontWeight('bold').setFontSize(14);
  sheet.getRange(DASHBOARD_PERIOD_CELL.row, DASHBOARD_PERIOD_CELL.column).setFormula(
    roiPeriodFormula(roiSheetName, t.roiPeriod, DATE_FORMAT[lang], {
      incomplete: t.roiPeriodIncomplete.replace('{sheet}', roiSheetName),
      reversed: t.roiPeriodReversed.replace('{sheet}', roiSheetName),
    }),
  );
  const roiTable = sheet.getRange(TABLE_HEADER_ROW, ROI_TABLE.column, TABLE_ROWS + 1, ROI_TABLE.width);
  roiTable.setValues(
    roiTableRows(
      roiSheetName,
      [headers.roi.headers.channel, headers.roi.headers.roi, headers.roi.headers.valueFrom],
      t.roiEmpty.replace('{sheet}', roiSheetName),
    ),
  );
  // The tables hold formulas below their header: no plain text there. The trend's header row takes
  // the goals' names, which writeTrend writes as they are.
  roiTable.setNumberFormats(filled(TABLE_ROWS + 1, ROI_TABLE.width, (c) => (c === 1 ? '0" %"' : FORMULA_FORMAT)));
  const progressTable = sheet.getRange(TABLE_HEADER_ROW, PROGRESS_TABLE.column, TABLE_ROWS + 1, PROGRESS_TABLE.width);
  progressTable.setNumberFormats(filled(TABLE_ROWS + 1, PROGRESS_TABLE.width, (c) => (c === 0 ? FORMULA_FORMAT : '0%')));
  progressTable.setValues(
    progressTableRows(
      goals.getName(),
      [t.progressTableTitle, headers.goals.headers.progress, headers.goals.headers.elapsed],
      t.progressEmpty,
    ),
  );
  const trend = trendRange(sheet, TREND_WIDTH);
  trend.setNumberFormats([
    Array(TREND_WIDTH).fill(TEXT_FORMAT),
    ...filled(TABLE_ROWS, TREND_WIDTH, (c) => (c === 0 ? 'mmm yyyy' : '#,##0.##')),
  ]);
  trend.setValues(trendTableRows(tracking, t.month, [], t.trendEmpty));
  const notes = Array<string>(HEADER_WIDTH).fill('');
  notes[ROI_TABLE.column - 1] = t.roiTableTitle;
  notes[TREND_TABLE.column - 1] = t.trendNote;
  notes[PROGRESS_TABLE.column - 1] = t.progressNote;
  styleHeader(sheet.getRange(TABLE_HEADER_ROW, 1, 1, HEADER_WIDTH), notes);
  // The trend chart first, alone on the new sheet: its id is then the only one there.
  // Its labels are the months as the sheet shows them ("Dec 2026"), not dates the chart would format itself.
  sheet.insertChart(
    chart(sheet, Charts.ChartType.LINE, trendRange(sheet, trendChartWidth([])), t.trendChart, CHART_ROW + 17, 1)
      .setOption('treatLabelsAsText', true)
      .build(),
  );
  const trendChartId = sheet.getCharts()[0]?.getChartId() ?? undefined;
  // The ROI chart reads the channels and their ROI only, not where each value comes from.
  sheet.insertChart(
    chart(sheet, Charts.ChartType.BAR, roiTable.offset(0, 0, TABLE_ROWS + 1, ROI_TABLE.charted), t.roiChart, CHART_ROW, 1).build(),
  );
  sheet.insertChart(chart(sheet, Charts.ChartType.BAR, progressTable, t.progressChart, CHART_ROW, 6).build());
  return trendChartId;
}

function trendRange(sheet: Sheet, width: number): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(TABLE_HEADER_ROW, TREND_TABLE.column, TABLE_ROWS + 1, width);
}

/**
 * Rewrites the month-by-month table for the latest goals (the add-on's own cells): one write. The trend
 * chart (found by its id) then reads the months and those goals' columns only, so that every line of its
 * legend has a name; a chart the user removed stays removed.
 */
export function writeTrend(
  sheet: Sheet,
  lang: Lang,
  tracking: TrackingRef,
  series: readonly TrendSeries[],
  trendChartId: number | undefined,
): void {
  const t = SHEET_TEXTS[lang].dashboard;
  trendRange(sheet, TREND_WIDTH).setValues(trendTableRows(tracking, t.month, series, t.trendEmpty));
  if (trendChartId === undefined) return;
  const trendChart = sheet.getCharts().find((c) => c.getChartId() === trendChartId);
  if (!trendChart) return;
  sheet.updateChart(
    trendChart
      .modify()
      .clearRanges()
      .addRange(trendRange(sheet, trendChartWidth(series)))
      .build(),
  );
}
