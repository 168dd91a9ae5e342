/**
 * The Dashboard: three small tables of native formulas (ROI % by channel, the KPI of the latest goals
 * month by month, the latest goals' progress against time elapsed) and a chart over each. A chart with
 * nothing to draw yet reads a table whose first label says what to do instead (its values are blank),
 * and every series a chart reads has a name: the trend chart covers only the columns of goals shown.
 */
import type { KpiId } from '../catalog';
import { columnLetter, quoteSheet } from './a1';
import { ANY_NUMBER, kpiValueFormula, literal, type TrackingRef } from './formulas';
import { goalColumn } from './goals-row';
import { ROI_FIRST_CHANNEL_ROW, roiColumnLetter, roiPeriodCells, type RoiColumn } from './roi';

export const DASHBOARD_TITLE_CELL = { row: 1, column: 1 };
/** Under the title: the period the ROI figures are for. */
export const DASHBOARD_PERIOD_CELL = { row: 2, column: 1 };
export const TABLE_HEADER_ROW = 3;
export const TABLE_ROWS = 12;

/** ROI % by channel: columns A:B, rows 3 (header) to 15; column C says whether each value is measured or estimated (not charted). */
export const ROI_TABLE = { column: 1, width: 3, charted: 2 };
/** Month by month: columns D (month) to J (up to six goals), rows 3 (header) to 15. */
export const TREND_TABLE = { column: 4, goals: 6 };
/** The latest goals: columns L (goal), M (progress) and N (time elapsed), rows 3 (header) to 15. */
export const PROGRESS_TABLE = { column: 12, width: 3 };

export const CHART_ROW = TABLE_HEADER_ROW + TABLE_ROWS + 2;

/**
 * ROI % by channel, from the ROI sheet's channel rows, and where each value comes from (measured revenue
 * or estimated from conversions; not charted). Until one of them has an ROI, the first label says what to
 * type where (`empty`) and the others stay blank.
 *
 * The rows are found by their marker, read by INDEX as progressTableRows reads goals, never referred to
 * by position: Sheets moves such references when rows go in above them, which would skip the channels
 * added there and list a note of the user's instead. A channel row's marker is its row number (=ROW()),
 * so the i-th smallest marker is the i-th channel row; what the user types around them has none.
 */
export function roiTableRows(roiSheetName: string, headers: [string, string, string], empty: string): string[][] {
  const roi = quoteSheet(roiSheetName);
  const column = (name: RoiColumn) => `${roi}!$${roiColumnLetter(name)}:$${roiColumnLetter(name)}`;
  // From the first channel row down: the total row's cell of the marker column holds something else.
  const fromFirst = (name: RoiColumn) => `${roi}!$${roiColumnLetter(name)}$${ROI_FIRST_CHANNEL_ROW}:$${roiColumnLetter(name)}`;
  const marker = fromFirst('channelRow');
  const noRoi = `COUNTIFS(${marker}, ">0", ${fromFirst('roi')}, ${ANY_NUMBER})=0`;
  const rows = Array.from({ length: TABLE_ROWS }, (_, i) => {
    const read = (name: RoiColumn) => `INDEX(${column(name)}, SMALL(${marker}, ${i + 1}))`;
    // &"" reads a channel cell left blank as "", not as 0.
    const label = `IFERROR(${read('channel')}&"", "")`;
    return [
      `=IF(${noRoi}, ${i === 0 ? literal(empty) : '""'}, ${label})`,
      `=IFERROR(${read('roi')}, "")`,
      `=IFERROR(${read('valueFrom')}, "")`,
    ];
  });
  return [headers, ...rows];
}

/**
 * The latest goals (up to 12, the Goals sheet's last rows) with their progress and time elapsed, read by
 * INDEX so that deleting a goal's row breaks nothing. Before any goal, the first label says how to set one.
 * `headers`: goal, progress, time elapsed.
 */
export function progressTableRows(goalsSheetName: string, headers: [string, string, string], empty: string): string[][] {
  const goals = quoteSheet(goalsSheetName);
  const column = (name: Parameters<typeof goalColumn>[0]) =>
    `${goals}!$${columnLetter(goalColumn(name))}:$${columnLetter(goalColumn(name))}`;
  // Every goal's row holds its data cell; the header row is the one more.
  const count = `(COUNTA(${column('data')})-1)`;
  const first = `MAX(2, ${count}-${TABLE_ROWS - 2})`;
  const rows = Array.from({ length: TABLE_ROWS }, (_, i) => {
    const row = `${first}+${i}`;
    const beyond = `${row}>${count}+1`;
    const read = (name: 'statement' | 'progress' | 'elapsed') => `INDEX(${column(name)}, ${row})`;
    return [
      `=IF(${count}<=0, ${i === 0 ? literal(empty) : '""'}, IF(${beyond}, "", ${read('statement')}))`,
      `=IF(OR(${count}<=0, ${beyond}), "", ${read('progress')})`,
      `=IF(OR(${count}<=0, ${beyond}), "", ${read('elapsed')})`,
    ];
  });
  return [headers, ...rows];
}

/**
 * "ROI by channel from 01/10/2026 to 31/10/2026", following the ROI sheet's period cells.
 * `template` holds {from} and {to}; `dateFormat` is a TEXT() pattern. While a period cell is not a date
 * (a blank one would show 30/12/1899) it says `incomplete`, and `reversed` when the period ends before
 * it starts.
 */
export function roiPeriodFormula(
  roiSheetName: string,
  template: string,
  dateFormat: string,
  problems: { incomplete: string; reversed: string },
): string {
  const period = roiPeriodCells(roiSheetName);
  const parts = template.split(/(\{from\}|\{to\})/).filter((part) => part !== '');
  const pieces = parts.map((part) =>
    part === '{from}'
      ? `TEXT(${period.from}, ${literal(dateFormat)})`
      : part === '{to}'
        ? `TEXT(${period.to}, ${literal(dateFormat)})`
        : literal(part),
  );
  return (
    `=IF(OR(NOT(ISNUMBER(${period.from})), NOT(ISNUMBER(${period.to}))), ${literal(problems.incomplete)}, ` +
    `IF(${period.from}>${period.to}, ${literal(problems.reversed)}, ${pieces.join('&')}))`
  );
}

export interface TrendSeries {
  name: string;
  kpi: KpiId;
  /** The names Tracking uses for the goal's channels. */
  channels: string[];
}

/** How many columns of the month-by-month table the trend chart reads: the months, and one per goal shown. */
export function trendChartWidth(series: readonly TrendSeries[]): number {
  return 1 + Math.min(series.length, TREND_TABLE.goals);
}

/**
 * The month-by-month table: the 12 months to this one, and one column per goal (blank columns after).
 * Without a goal, the first label says the chart waits for one (`empty`) and no month is listed.
 */
export function trendTableRows(tracking: TrackingRef, monthHeader: string, series: readonly TrendSeries[], empty: string): string[][] {
  const shown = series.slice(0, TREND_TABLE.goals);
  const monthColumn = 'D';
  const header = [monthHeader, ...shown.map((s) => s.name)];
  const width = 1 + TREND_TABLE.goals;
  if (shown.length === 0) {
    return [header, [empty], ...Array.from({ length: TABLE_ROWS - 1 }, () => [''])].map((row) => [
      ...row,
      ...Array(width - row.length).fill(''),
    ]);
  }
  const rows = Array.from({ length: TABLE_ROWS }, (_, i) => {
    const row = TABLE_HEADER_ROW + 1 + i;
    const month = `$${monthColumn}${row}`;
    const period = { from: month, to: `EOMONTH(${month}, 0)` };
    return [
      `=DATE(YEAR(TODAY()), MONTH(TODAY())-${TABLE_ROWS - 1 - i}, 1)`,
      ...shown.map((s) => `=${kpiValueFormula(tracking, s.kpi, s.channels, period)}`),
    ];
  });
  return [header, ...rows].map((row) => [...row, ...Array(width - row.length).fill('')]);
}
