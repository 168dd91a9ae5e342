/**
 * The Dashboard: two small tables of native formulas the charts read (ROI % by channel, and the KPI
 * of the latest goals month by month), and three charts. Goal progress against time elapsed is charted
 * straight from the Goals sheet.
 */
import type { KpiId } from '../catalog';
import { quoteSheet } from './a1';
import { kpiValueFormula, literal, type TrackingRef } from './formulas';
import { ROI_FIRST_CHANNEL_ROW, roiColumnLetter, roiPeriodCells } from './roi';

export const DASHBOARD_TITLE_CELL = { row: 1, column: 1 };
/** Under the title: the period the ROI figures are for. */
export const DASHBOARD_PERIOD_CELL = { row: 2, column: 1 };
export const TABLE_HEADER_ROW = 3;
export const TABLE_ROWS = 12;

/** ROI % by channel: columns A:B, rows 3 (header) to 15; column C says whether each value is measured or estimated (not charted). */
export const ROI_TABLE = { column: 1, width: 3, charted: 2 };
/** Month by month: columns D (month) to J (up to six goals), rows 3 (header) to 15. */
export const TREND_TABLE = { column: 4, goals: 6 };

export const CHART_ROW = TABLE_HEADER_ROW + TABLE_ROWS + 2;

export function roiTableRows(roiSheetName: string, headers: [string, string, string]): string[][] {
  const roi = quoteSheet(roiSheetName);
  const channel = roiColumnLetter('channel');
  const value = roiColumnLetter('roi');
  const from = roiColumnLetter('valueFrom');
  const rows = Array.from({ length: TABLE_ROWS }, (_, i) => {
    const source = ROI_FIRST_CHANNEL_ROW + i;
    const cell = (column: string) => `=IF(${roi}!$${channel}${source}="", "", ${roi}!$${column}${source})`;
    return [cell(channel), cell(value), cell(from)];
  });
  return [headers, ...rows];
}

/**
 * "ROI by channel from 01/10/2026 to 31/10/2026", following the ROI sheet's period cells.
 * `template` holds {from} and {to}; `dateFormat` is a TEXT() pattern.
 */
export function roiPeriodFormula(roiSheetName: string, template: string, dateFormat: string): string {
  const period = roiPeriodCells(roiSheetName);
  const parts = template.split(/(\{from\}|\{to\})/).filter((part) => part !== '');
  const pieces = parts.map((part) =>
    part === '{from}' ? `TEXT(${period.from}, ${literal(dateFormat)})` : part === '{to}' ? `TEXT(${period.to}, ${literal(dateFormat)})` : literal(part),
  );
  return `=${pieces.join('&')}`;
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
