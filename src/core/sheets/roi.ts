/**
 * The ROI-by-channel sheet: a total row under the header, then one row per channel. Figures the user
 * knows (value per conversion, ad spend, fees, hours, hourly rate) are input cells; the rest are native
 * formulas with the definitions of TOTAL_COST and ROI_PCT, so the sheet works without the add-on.
 */
import { literal, exactCriterion, type TrackingRef } from './formulas';
import { quoteSheet } from './a1';

export const ROI_COLUMNS = [
  'channel', 'conversions', 'valuePerConversion', 'value', 'adSpend', 'fees', 'hours', 'hourlyRate',
  'totalCost', 'profit', 'roi', 'costPerConversion', 'flag',
] as const;

export type RoiColumn = (typeof ROI_COLUMNS)[number];

/** Columns the user fills in (shown as input cells). */
export const ROI_INPUT_COLUMNS: readonly RoiColumn[] = ['valuePerConversion', 'adSpend', 'fees', 'hours', 'hourlyRate'];

export const ROI_TOTAL_ROW = 2;
export const ROI_FIRST_CHANNEL_ROW = 3;

export interface RoiWords {
  total: string;
  losesMoney: string;
  best: string;
  noBest: string;
}

/** The cells of one channel's row: the channel name, inputs left blank, formulas. */
export function roiChannelRow(tracking: TrackingRef, channel: string, row: number, words: RoiWords): Array<string | number> {
  const t = quoteSheet(tracking.sheetName);
  const r = (column: string) => `$${column}${row}`;
  return [
    channel,
    `=SUMIFS(${t}!$D:$D, ${t}!$B:$B, ${exactCriterion(channel)}, ${t}!$C:$C, ${exactCriterion(tracking.kpiLabel('customers'))})`,
    '',
    `=IF(OR(${r('B')}="", ${r('C')}=""), "", ${r('B')}*${r('C')})`,
    '',
    '',
    '',
    '',
    `=IF(COUNT(${r('E')}:${r('H')})=0, "", ${r('G')}*${r('H')}+SUM(${r('E')}:${r('F')}))`,
    `=IF(OR(${r('D')}="", ${r('I')}=""), "", ${r('D')}-${r('I')})`,
    `=IF(OR(${r('D')}="", ${r('I')}="", ${r('I')}=0), "", (${r('D')}-${r('I')})/${r('I')}*100)`,
    `=IF(OR(${r('I')}="", ${r('B')}="", ${r('B')}=0), "", ${r('I')}/${r('B')})`,
    `=IF(${r('K')}="", "", IF(${r('K')}<0, ${literal(words.losesMoney)}, ""))`,
  ];
}

/** The total row: sums of the channel rows, the overall ROI, and where the money does best. */
export function roiTotalRow(words: RoiWords): Array<string | number> {
  const first = ROI_FIRST_CHANNEL_ROW;
  const sum = (column: string) => `=SUM(${column}${first}:${column})`;
  const r = (column: string) => `$${column}${ROI_TOTAL_ROW}`;
  const best =
    `=IFERROR(IF(COUNT(K${first}:K)=0, ${literal(words.noBest)}, ${literal(`${words.best} `)}&` +
    `INDEX(A${first}:A, MATCH(MAX(K${first}:K), K${first}:K, 0))&" ("&TEXT(MAX(K${first}:K), "0")&" %)"), ${literal(words.noBest)})`;
  return [
    words.total,
    sum('B'),
    '',
    sum('D'),
    sum('E'),
    sum('F'),
    sum('G'),
    '',
    sum('I'),
    `=${r('D')}-${r('I')}`,
    `=IF(${r('I')}=0, "", (${r('D')}-${r('I')})/${r('I')}*100)`,
    `=IF(${r('B')}=0, "", ${r('I')}/${r('B')})`,
    best,
  ];
}
