/**
 * The Tracking sheet: one reading per row (date, channel, KPI, value, source/notes), with dropdowns
 * from the catalogue. Goals, ROI by channel and the Dashboard read it with native formulas.
 */
import { CHANNELS, KPIS, channelByLabel, kpiByLabel } from '../../core/catalog';
import { toDayNumber } from '../../core/dates';
import type { Lang } from '../../core/i18n/lang';
import { sheetTexts } from '../texts';
import type { TrackingRow } from '../../core/tracking';
import { parseNumberText } from '../../core/values';
import type { HistoryDigest } from '../../shared/endpoints';
import { DATE_FORMAT, filled, styleHeader } from './style';
import type { DateReader } from '../dates';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TRACKING_WIDTH = 5;

/** Writes the header, its notes and the dropdowns of a new Tracking sheet. */
export function setUpTracking(sheet: Sheet, lang: Lang): void {
  const t = sheetTexts(lang).tracking;
  const header = sheet.getRange(1, 1, 1, TRACKING_WIDTH);
  header.setValues([[t.headers.date, t.headers.channel, t.headers.kpi, t.headers.value, t.headers.source]]);
  styleHeader(header, [t.note, t.channelHelp, t.kpiHelp, '', '']);
  sheet.setFrozenRows(1);
  const rows = sheet.getMaxRows() - 1;
  const channel = SpreadsheetApp.newDataValidation()
    .requireValueInList(CHANNELS.map((c) => c.label[lang]), true)
    .setAllowInvalid(true)
    .setHelpText(t.channelHelp)
    .build();
  const kpi = SpreadsheetApp.newDataValidation()
    .requireValueInList(KPIS.map((k) => k.label[lang]), true)
    .setAllowInvalid(false)
    .setHelpText(t.kpiHelp)
    .build();
  const date = SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(false).build();
  const body = sheet.getRange(2, 1, rows, TRACKING_WIDTH);
  body.setDataValidations(filled(rows, TRACKING_WIDTH, (c) => [date, channel, kpi, null, null][c]));
  body.setNumberFormats(filled(rows, TRACKING_WIDTH, (c) => [DATE_FORMAT[lang], '@', '@', '#,##0.##', '@'][c]));
}

/**
 * Reads every reading in one call. Rows whose date, KPI or value cannot be read are left out: they
 * are the user's to fix, and Tracking's dropdowns and date check already flag them in the sheet.
 */
export function readTracking(sheet: Sheet, readDate: DateReader): TrackingRow[] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  const rows: TrackingRow[] = [];
  for (const [date, channel, kpi, value, source] of sheet.getRange(2, 1, last - 1, TRACKING_WIDTH).getValues()) {
    const iso = readDate(date);
    const k = typeof kpi === 'string' ? kpiByLabel(kpi) : undefined;
    const n = typeof value === 'number' ? value : typeof value === 'string' ? parseNumberText(value)?.value : undefined;
    const name = String(channel).trim();
    if (!iso || !k || n === undefined || !Number.isFinite(n) || name === '') continue;
    rows.push({ date: iso, channel: channelByLabel(name)?.id ?? name, kpi: k.id, value: n, source: String(source) });
  }
  return rows;
}

/** Tracking rows, compactly, for the sidebar's baseline suggestion and achievable check. */
export function historyDigest(rows: readonly TrackingRow[]): HistoryDigest {
  const channels: string[] = [];
  const kpis: HistoryDigest['kpis'] = [];
  const index = <T>(list: T[], value: T) => {
    const at = list.indexOf(value);
    return at >= 0 ? at : list.push(value) - 1;
  };
  return {
    channels,
    kpis,
    readings: rows.map((r) => [toDayNumber(r.date), index(channels, r.channel), index(kpis, r.kpi), r.value]),
  };
}
