/**
 * The Dashboard: two small tables of native formulas the charts read (ROI % by channel, and the KPI
 * of the latest goals month by month), and three charts. Goal progress against time elapsed is charted
 * straight from the Goals sheet.
 */
import type { KpiId } from '../catalog';
import { quoteSheet } from './a1';
import { kpiValueFormula, type TrackingRef } from './formulas';
import { ROI_FIRST_CHANNEL_ROW } from './roi';

export const DASHBOARD_TITLE_CELL = { row: 1, column: 1 };
export const TABLE_HEADER_ROW = 3;
export const TABLE_ROWS = 12;

/** ROI % by channel: columns A:B, rows 3 (header) to 15. */
export const ROI_TABLE = { column: 1, width: 2 };
/** Month by month: columns D (month) to J (up to six goals), rows 3 (header) to 15. */
export const TREND_TABLE = { column: 4, goals: 6 };

export const CHART_ROW = TABLE_HEADER_ROW + TABLE_ROWS + 2;

export function roiTableRows(roiSheetName: string, headers: [string, string]): string[][] {
  const roi = quoteSheet(roiSheetName);
  const rows = Array.from({ length: TABLE_ROWS }, (_, i) => {
    const source = ROI_FIRST_CHANNEL_ROW + i;
    return [`=IF(${roi}!$A${source}="", "", ${roi}!$A${source})`, `=IF(${roi}!$A${source}="", "", ${roi}!$K${source})`];
  });
  return [headers, ...rows];
}

export interface TrendSeries {
  name: string;
  kpi: KpiId;
  /** The names Tracking uses for the goal's channels. */
  channels: string[];
}

/** The month-by-month table: the 12 months to this one, and one column per goal (blank columns after). */
export function trendTableRows(tracking: TrackingRef, monthHeader: string, series: readonly TrendSeries[]): string[][] {
  const shown = series.slice(0, TREND_TABLE.goals);
  const monthColumn = 'D';
  const header = [monthHeader, ...shown.map((s) => s.name)];
  const rows = Array.from({ length: TABLE_ROWS }, (_, i) => {
    const row = TABLE_HEADER_ROW + 1 + i;
    const month = `$${monthColumn}${row}`;
    const period = { from: month, to: `EOMONTH(${month}, 0)` };
    return [`=DATE(YEAR(TODAY()), MONTH(TODAY())-${TABLE_ROWS - 1 - i}, 1)`, ...shown.map((s) => `=${kpiValueFormula(tracking, s.kpi, s.channels, period)}`)];
  });
  const width = 1 + TREND_TABLE.goals;
  return [header, ...rows].map((row) => [...row, ...Array(width - row.length).fill('')]);
}
