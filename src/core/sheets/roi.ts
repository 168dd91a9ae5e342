/**
 * The ROI-by-channel sheet. Row 1 holds the period every figure is read over (from, to: the last full
 * month unless the user types other dates), row 2 the headers, row 3 the total, then one row per channel.
 * Figures the user knows (what a row's conversions count, value per conversion, ad spend, fees, hours,
 * hourly rate) are input cells; the rest are native formulas with the definitions of TOTAL_COST and
 * ROI_PCT, so the sheet works without the add-on. A row never shows a number it cannot stand behind:
 * hours without an hourly rate, or a cost typed as text or below 0, give no cost and no ROI, and say so.
 */
import { ANY_NUMBER, literal, exactCriterion, numbersIn, type TrackingRef } from './formulas';
import { columnLetter, quoteSheet } from './a1';
import { LIKELY_MARKUP_BELOW, LIKELY_PERCENT_MAX, NUMERIC_BOUNDS, SHARE_NOISE } from '../rules';
import type { SheetTexts } from './texts';

export const ROI_COLUMNS = [
  'channel',
  'counts',
  'conversions',
  'valuePerConversion',
  'revenue',
  'margin',
  'value',
  'valueFrom',
  'adSpend',
  'fees',
  'hours',
  'hourlyRate',
  'totalCost',
  'profit',
  'roi',
  'costPerConversion',
  'flag',
  // Last, so that no column before it moves: =ROW() in every channel row, hidden. The total row and the
  // Dashboard add up, count and list only the rows that hold it, never what the user types around them.
  'channelRow',
] as const;

export type RoiColumn = (typeof ROI_COLUMNS)[number];

/** Columns the user fills in (shown as input cells). */
export const ROI_INPUT_COLUMNS: readonly RoiColumn[] = ['counts', 'valuePerConversion', 'margin', 'adSpend', 'fees', 'hours', 'hourlyRate'];

/** The costs of a row, side by side: total cost = hours × hourly rate + ad spend + fees and tools. */
export const ROI_COST_COLUMNS: readonly RoiColumn[] = ['adSpend', 'fees', 'hours', 'hourlyRate'];

/** Input columns that take a number of 0 or more (their cells are validated so; the formulas check again). */
export const ROI_NUMBER_INPUT_COLUMNS: readonly RoiColumn[] = ['valuePerConversion', 'margin', ...ROI_COST_COLUMNS];

/** Columns that hold text: the only ones formatted as plain text. Formula columns never are. */
export const ROI_TEXT_COLUMNS: readonly RoiColumn[] = ['channel', 'counts'];

export const ROI_PERIOD_ROW = 1;
export const ROI_HEADER_ROW = 2;
export const ROI_TOTAL_ROW = 3;
export const ROI_FIRST_CHANNEL_ROW = 4;

/** The column marking the channel rows; the sheets of older versions end before it. */
export const ROI_MARKER_COLUMN = ROI_COLUMNS.indexOf('channelRow') + 1;

/** The period cells of row 1: "Period" | from | "to" | to. */
export const ROI_PERIOD = { label: 1, from: 2, toLabel: 3, to: 4 } as const;

/** "$L" for a column of the sheet. */
export function roiColumnLetter(column: RoiColumn): string {
  return columnLetter(ROI_COLUMNS.indexOf(column) + 1);
}

/** The period's two cells, as absolute references other sheets can read ("'ROI by channel'!$B$1"). */
export function roiPeriodCells(sheetName?: string): { from: string; to: string } {
  const prefix = sheetName === undefined ? '' : `${quoteSheet(sheetName)}!`;
  return {
    from: `${prefix}$${columnLetter(ROI_PERIOD.from)}$${ROI_PERIOD_ROW}`,
    to: `${prefix}$${columnLetter(ROI_PERIOD.to)}$${ROI_PERIOD_ROW}`,
  };
}

/**
 * The period's two cells as the rows read them: while one of them is not a date the period is the empty
 * one from day 1 to day 0, so that nothing is read from Tracking for a period nobody typed (a blank start
 * would otherwise read as 30/12/1899, every reading up to the end). The total row's verdict says what is
 * missing, as it does when the period ends before it starts, which matches no reading either.
 */
function readablePeriod(): { from: string; to: string } {
  const { from, to } = roiPeriodCells();
  const complete = `AND(ISNUMBER(${from}), ISNUMBER(${to}))`;
  return { from: `IF(${complete}, ${from}, 1)`, to: `IF(${complete}, ${to}, 0)` };
}

/** The sheet's words a row writes; where a value comes from and why a margin is refused are texts.ts's own. */
export interface RoiWords extends Pick<
  SheetTexts['roi'],
  | 'measured'
  | 'estimated'
  | 'measuredCount'
  | 'marginMissing'
  | 'marginNotNumber'
  | 'marginNegative'
  | 'marginPercent'
  | 'marginMarkup'
  | 'marginAboveOne'
  | 'costNotNumber'
  | 'costNegative'
  | 'valuePerConversionNotNumber'
  | 'valuePerConversionNegative'
  | 'periodStartMissing'
  | 'periodEndMissing'
  | 'periodReversed'
> {
  total: string;
  period: string;
  periodTo: string;
  losesMoney: string;
  hourlyRateMissing: string;
  best: string;
  noBest: string;
  noneProfitable: string;
  incomplete: string;
}

/**
 * Row 1: the period, the last full month by default: from the first day of last month to its last day.
 * The defaults are formulas, so they move with the calendar until the user types dates over them.
 */
export function roiPeriodRow(words: RoiWords): Array<string | number> {
  const row: Array<string | number> = Array(ROI_COLUMNS.length).fill('');
  row[ROI_PERIOD.label - 1] = words.period;
  row[ROI_PERIOD.from - 1] = '=EOMONTH(TODAY(), -2)+1';
  row[ROI_PERIOD.toLabel - 1] = words.periodTo;
  row[ROI_PERIOD.to - 1] = '=EOMONTH(TODAY(), -1)';
  return row;
}

/**
 * The cells of one channel's row: the channel name, what its conversions count (New customers unless
 * the user picks another KPI, such as sign-ups), inputs left blank, formulas.
 */
export function roiChannelRow(tracking: TrackingRef, channel: string, row: number, words: RoiWords): Array<string | number> {
  const t = quoteSheet(tracking.sheetName);
  const c = (column: RoiColumn) => `$${roiColumnLetter(column)}${row}`;
  const period = readablePeriod();
  // Conversions of the chosen kind in the period; blank, not 0, when Tracking holds none for the channel
  // there: a channel nobody tracked has not lost money, its conversions are unknown. Only rows whose value
  // is a number are readings: a blank or "n/a" row is none.
  const conversionCriteria =
    `${t}!$B:$B, ${exactCriterion(channel)}, ${t}!$C:$C, "="&${c('counts')}, ${numbersIn(`${t}!$D:$D`)}, ` +
    `${t}!$A:$A, ">="&${period.from}, ${t}!$A:$A, "<="&${period.to}`;
  const conversions = `=IF(${c('counts')}="", "", IF(COUNTIFS(${conversionCriteria})=0, "", SUMIFS(${t}!$D:$D, ${conversionCriteria})))`;
  // Revenue Tracking holds for this channel in the same period as the costs: measured, even when it is 0.
  const revenueCriteria =
    `${t}!$B:$B, ${exactCriterion(channel)}, ${t}!$C:$C, ${exactCriterion(tracking.kpiLabel('revenue'))}, ${numbersIn(`${t}!$D:$D`)}, ` +
    `${t}!$A:$A, ">="&${period.from}, ${t}!$A:$A, "<="&${period.to}`;
  const revenue = `=IF(COUNTIFS(${revenueCriteria})=0, "", SUMIFS(${t}!$D:$D, ${revenueCriteria}))`;
  const margin = c('margin');
  const marginIsShare = `AND(ISNUMBER(${margin}), ${margin}>=${SHARE.min}, ${margin}<=${SHARE.noisyMax})`;
  // Hours without an hourly rate: the marketer's time would cost nothing and inflate ROI, so no cost at all.
  const rateMissing = `AND(N(${c('hours')})>0, ${c('hourlyRate')}="")`;
  // A cost typed as text ("abc", "12,5" in an English sheet) or below 0 would drop out of SUM or lower the
  // total unseen: then no total cost at all, and the verdict says why.
  const costInputs = `${c(ROI_COST_COLUMNS[0])}:${c(ROI_COST_COLUMNS[ROI_COST_COLUMNS.length - 1])}`;
  const costNotNumber = `COUNTA(${costInputs})>COUNT(${costInputs})`;
  const costNegative = `MIN(${costInputs})<0`;
  const perConversion = c('valuePerConversion');
  const conversionsCell = c('conversions');
  const values: Record<RoiColumn, string> = {
    channel,
    counts: tracking.kpiLabel('customers'),
    conversions,
    valuePerConversion: '',
    revenue,
    margin: '',
    value:
      `=IF(${c('revenue')}<>"", IF(${marginIsShare}, ${c('revenue')}*MIN(${margin}, ${SHARE.max}), ""), ` +
      `IF(OR(NOT(ISNUMBER(${conversionsCell})), NOT(ISNUMBER(${perConversion}))), "", ` +
      `IF(${perConversion}<0, "", ${conversionsCell}*${perConversion})))`,
    valueFrom: `=IF(${c('revenue')}<>"", ${literal(words.measured)}, IF(${c('value')}="", "", ${literal(words.estimated)}))`,
    adSpend: '',
    fees: '',
    hours: '',
    hourlyRate: '',
    totalCost:
      `=IF(OR(${costNotNumber}, ${costNegative}, ${rateMissing}, COUNT(${costInputs})=0), "", ` +
      `N(${c('hours')})*N(${c('hourlyRate')})+SUM(${c('adSpend')}:${c('fees')}))`,
    profit: `=IF(OR(${c('value')}="", ${c('totalCost')}=""), "", ${c('value')}-${c('totalCost')})`,
    roi: `=IF(OR(${c('value')}="", ${c('totalCost')}="", ${c('totalCost')}=0), "", (${c('value')}-${c('totalCost')})/${c('totalCost')}*100)`,
    costPerConversion: `=IF(OR(${c('totalCost')}="", NOT(ISNUMBER(${conversionsCell})), N(${conversionsCell})=0), "", ${c('totalCost')}/${conversionsCell})`,
    // Why a figure is missing comes first: a cost that is no number, below 0, or hours without a rate;
    // then what keeps the value out (value per conversion for an estimate, margin for measured revenue),
    // a margin typed on an estimated row that looks wrong (it would be wrong once revenue is measured; a
    // blank one there is no problem), and a loss; joined with " · ".
    flag:
      `=IF(${costNotNumber}, ${literal(words.costNotNumber)}, IF(${costNegative}, ${literal(words.costNegative)}, ` +
      `IF(${rateMissing}, ${literal(words.hourlyRateMissing)}, ` +
      `TEXTJOIN(" · ", TRUE, IF(${c('revenue')}="", ${perConversionProblem(perConversion, words)}, ""), ` +
      `IF(AND(${c('revenue')}="", ${margin}=""), "", ${marginProblem(margin, words)}), ` +
      `IF(${c('roi')}="", "", IF(${c('roi')}<0, ${literal(words.losesMoney)}, ""))))))`,
    channelRow: '=ROW()',
  };
  return ROI_COLUMNS.map((column) => values[column]);
}

/** The margin rule of the formulas' `margin` reader (core/rules.ts): 0 to 1; above 1 and below 2 a markup; up to 100 a percent. */
const SHARE = {
  min: NUMERIC_BOUNDS.margin!.min,
  max: NUMERIC_BOUNDS.margin!.max,
  /** Up to this, a margin is the maximum and noise (1.0000001 is 1), as the formulas' reader says. */
  noisyMax: NUMERIC_BOUNDS.margin!.max + SHARE_NOISE,
};

/** Why a value per conversion cannot make an estimate: text, or below 0. "" when blank (not filled in yet) or a number of 0 or more. */
function perConversionProblem(cell: string, words: RoiWords): string {
  return (
    `IF(${cell}="", "", IF(NOT(ISNUMBER(${cell})), ${literal(words.valuePerConversionNotNumber)}, ` +
    `IF(${cell}<0, ${literal(words.valuePerConversionNegative)}, "")))`
  );
}

/**
 * Why a margin cell cannot turn revenue into value, as the formulas' margin reader would say it: blank,
 * not a number, below 0, above 1 and below 2 (the cell, formatted as a percent, shows 150 %: most likely a
 * markup, with the two margins it may mean, rounded to whole percents), a bare 40 that is most likely
 * 40 %, or above 100. "" when it is a share from 0 to 1.
 */
export function marginProblem(margin: string, words: RoiWords): string {
  const markup = filled(words.marginMarkup, {
    p: `ROUND(${margin}*100)`,
    markup: `ROUND(${margin}/(1+${margin})*100)`,
    coefficient: `ROUND((${margin}-1)/${margin}*100)`,
  });
  return (
    `IF(${margin}="", ${literal(words.marginMissing)}, IF(NOT(ISNUMBER(${margin})), ${literal(words.marginNotNumber)}, ` +
    `IF(${margin}<${SHARE.min}, ${literal(words.marginNegative)}, IF(${margin}<=${SHARE.noisyMax}, "", IF(${margin}<${LIKELY_MARKUP_BELOW}, ${markup}, ` +
    `IF(${margin}<=${LIKELY_PERCENT_MAX}, ${filled(words.marginPercent, { n: margin })}, ${literal(words.marginAboveOne)}))))))`
  );
}

/** A sentence of the sheet's words with formulas in its {slots}, joined with &. */
function filled(template: string, slots: Record<string, string>): string {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => (/^\{\w+\}$/.test(part) && slots[part.slice(1, -1)] !== undefined ? slots[part.slice(1, -1)] : literal(part)))
    .join('&');
}

/**
 * The total row. Sums of the channel rows, costs only while no channel row refuses one of its costs;
 * the overall ROI only once every channel row has both its value and its cost (a channel whose value is
 * unknown is not worth 0), and conversions added up only when every row counts the same thing (customers
 * and sign-ups do not add). Where the money does best.
 *
 * Channel rows are the rows whose marker (=ROW(), the hidden last column) is a number: every sum, count
 * and maximum reads those rows only (SUMIFS, COUNTIFS, MAXIFS on the marker), so a note, a number or a
 * sum the user types below the table, or in a row inserted inside it, is never added in nor taken for a
 * channel lacking its figures. The ranges are open-ended from the first channel row, so rows inserted
 * inside or after the table are read.
 */
export function roiTotalRow(words: RoiWords): Array<string | number> {
  const first = ROI_FIRST_CHANNEL_ROW;
  const column = (name: RoiColumn) => `${roiColumnLetter(name)}${first}:${roiColumnLetter(name)}`;
  const total = (name: RoiColumn) => `$${roiColumnLetter(name)}${ROI_TOTAL_ROW}`;
  const marker = column('channelRow');
  const channels = `COUNT(${marker})`;
  /** How many channel rows meet the criteria (COUNTIFS pairs: range, criterion). */
  const among = (...criteria: string[]) => `COUNTIFS(${marker}, ">0", ${criteria.join(', ')})`;
  const numbers = (name: RoiColumn) => among(column(name), ANY_NUMBER);
  const sum = (name: RoiColumn) => `SUMIFS(${column(name)}, ${marker}, ">0")`;
  const sumIfAny = (name: RoiColumn) => `IF(${numbers(name)}=0, "", ${sum(name)})`;
  // The totals refuse what the rows refuse: a cost typed as text or below 0 would drop out of a sum, or
  // lower it, unseen, so while a row's verdict says so there is no cost total at all. Whether one does is
  // worked out once, in the total row's cell of the hidden marker column (TRUE or FALSE, outside the
  // marker's range), for the four cost totals to read.
  const saying = (reason: string) => `${among(column('flag'), exactCriterion(reason))}>0`;
  const costsRefused = `$${roiColumnLetter('channelRow')}$${ROI_TOTAL_ROW}`;
  const costSum = (name: RoiColumn) => `=IF(${costsRefused}, "", ${sumIfAny(name)})`;
  const counts = column('counts');
  // Every channel row has its value and its cost, so its profit: the total profit is a number then only.
  const complete = `AND(${channels}>0, ${numbers('profit')}=${channels})`;
  const completed = `ISNUMBER(${total('profit')})`;
  const roi = column('roi');
  const best = `MAXIFS(${roi}, ${marker}, ">0")`;
  // The first channel row with the best ROI: its marker is its row number.
  const bestRow = `MINIFS(${marker}, ${roi}, ${best})`;
  const channelColumn = `$${roiColumnLetter('channel')}:$${roiColumnLetter('channel')}`;
  // A channel is named only where money does come back: when every ROI is 0 or below, none does best.
  // Before all, a period that is not two dates in order: every figure above is blank, and this says why.
  const period = roiPeriodCells();
  const verdict =
    `=IF(NOT(ISNUMBER(${period.from})), ${literal(words.periodStartMissing)}, IF(NOT(ISNUMBER(${period.to})), ` +
    `${literal(words.periodEndMissing)}, IF(${period.from}>${period.to}, ${literal(words.periodReversed)}, ` +
    `IFERROR(IF(${numbers('roi')}=0, ${literal(words.noBest)}, IF(${best}<=0, ${literal(words.noneProfitable)}, ` +
    `${literal(`${words.best} `)}&INDEX(${channelColumn}, ${bestRow})&" ("&TEXT(${best}, "0")&" %)")&` +
    `IF(${completed}, "", " · "&${literal(words.incomplete)})), ${literal(words.noBest)}))))`;
  // What the first channel row counts: every other channel row must count the same for a sum.
  const firstCounts = `INDEX($${roiColumnLetter('counts')}:$${roiColumnLetter('counts')}, MIN(${marker}))`;
  const values: Record<RoiColumn, string> = {
    channel: words.total,
    counts: '',
    conversions: `=IF(${numbers('conversions')}=0, "", IF(${among(counts, `"<>"&${firstCounts}`, counts, '"<>"')}>0, "", ${sum('conversions')}))`,
    valuePerConversion: '',
    revenue: `=${sumIfAny('revenue')}`,
    margin: '',
    value: `=${sumIfAny('value')}`,
    valueFrom: measuredCount(words),
    adSpend: costSum('adSpend'),
    fees: costSum('fees'),
    hours: costSum('hours'),
    hourlyRate: '',
    // Hours without an hourly rate give their row no total cost: a total without it would be a part sum.
    totalCost: `=IF(OR(${costsRefused}, ${saying(words.hourlyRateMissing)}), "", ${sumIfAny('totalCost')})`,
    profit: `=IF(${complete}, ${total('value')}-${total('totalCost')}, "")`,
    roi: `=IF(AND(${completed}, N(${total('totalCost')})>0), (${total('value')}-${total('totalCost')})/${total('totalCost')}*100, "")`,
    // Only once every channel has its conversions and its cost: one channel's cost over the others' conversions means nothing.
    costPerConversion:
      `=IF(OR(${total('totalCost')}="", ${total('conversions')}="", N(${total('conversions')})=0, ` +
      `${numbers('conversions')}<${channels}, ${numbers('totalCost')}<${channels}), "", ${total('totalCost')}/${total('conversions')})`,
    flag: verdict,
    channelRow: `=OR(${saying(words.costNotNumber)}, ${saying(words.costNegative)})`,
  };
  return ROI_COLUMNS.map((c) => values[c]);
}

/** "2 of 3 measured": how many channel rows take their value from measured revenue, among those with a source. */
function measuredCount(words: RoiWords): string {
  const column = (name: RoiColumn) => `${roiColumnLetter(name)}${ROI_FIRST_CHANNEL_ROW}:${roiColumnLetter(name)}`;
  const among = (word: string) => `COUNTIFS(${column('channelRow')}, ">0", ${column('valueFrom')}, ${literal(word)})`;
  const measured = among(words.measured);
  const all = `(${measured}+${among(words.estimated)})`;
  return `=IF(${all}=0, "", ${filled(words.measuredCount, { measured, all })})`;
}
