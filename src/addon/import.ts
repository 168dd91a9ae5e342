/**
 * "Import platform data": the import sidebar parses the platforms' CSV exports in the browser and
 * sends the readings here. They are validated again, merged with Tracking (replace or skip readings
 * it already has), and written in one batch under the document lock, or not at all.
 */
import { isIsoDate, fromDayNumber } from '../core/dates';
import { kpiById } from '../core/catalog';
import { planImport } from '../core/import/merge';
import type { TrackingRow } from '../core/tracking';
import { readText } from '../core/goals/text';
import {
  MAX_IMPORT_READINGS,
  type ImportData,
  type ImportError,
  type ImportRequest,
  type ImportSaved,
  type Result,
} from '../shared/endpoints';
import { sheetDates } from './dates';
import { failure, underDocumentLock, userLang } from './runtime';
import { prepareSheets } from './sheets/setup';
import { openAddonSheets } from './sheets/registry';
import { appendTracking, readTracking, replaceTrackingValues, trackingCells, trackingRows } from './sheets/tracking';
import { historyDigest } from '../shared/digest';

type Invalid = Extract<ImportError, { kind: 'invalidReadings' }>;

const MAX_CHANNEL = 40;
const MAX_SOURCE = 200;

/** The request's readings as Tracking rows, or the first one that cannot be written. */
export function importedRows(request: unknown): TrackingRow[] | Invalid {
  const invalid = (index: number, reason: Invalid['reason']): Invalid => ({ kind: 'invalidReadings', index, reason });
  const digest = (request as ImportRequest | undefined)?.readings;
  if (!digest || !Array.isArray(digest.readings) || !Array.isArray(digest.channels) || !Array.isArray(digest.kpis) || !Array.isArray(digest.sources)) {
    return invalid(0, 'shape');
  }
  if (digest.readings.length > MAX_IMPORT_READINGS) return invalid(MAX_IMPORT_READINGS, 'tooMany');
  const channels = digest.channels.map((c) => readText(c, MAX_CHANNEL, { required: true }));
  const sources = digest.sources.map((s) => readText(s, MAX_SOURCE, { required: false }));
  const rows: TrackingRow[] = new Array(digest.readings.length);
  for (let i = 0; i < digest.readings.length; i++) {
    const reading = digest.readings[i];
    if (!Array.isArray(reading)) return invalid(i, 'shape');
    const [day, channelIndex, kpiIndex, value, sourceIndex] = reading;
    if (!Number.isInteger(day) || Math.abs(day) > 2_000_000) return invalid(i, 'date');
    const date = fromDayNumber(day);
    if (!isIsoDate(date)) return invalid(i, 'date');
    const channel = channels[channelIndex];
    if (!channel?.ok || channel.value === undefined) return invalid(i, 'channel');
    const kpi = kpiById(String(digest.kpis[kpiIndex]));
    if (!kpi) return invalid(i, 'kpi');
    if (typeof value !== 'number' || !Number.isFinite(value)) return invalid(i, 'value');
    const source = sourceIndex === undefined ? undefined : sources[sourceIndex];
    if (source !== undefined && !source.ok) return invalid(i, 'source');
    rows[i] = { date, channel: channel.value, kpi: kpi.id, value, source: source?.value ?? '' };
  }
  return rows;
}

export function loadImport(): Result<ImportData> {
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const dates = sheetDates(ss);
    const { sheets } = openAddonSheets(ss, ['tracking']);
    const existing = sheets.tracking ? readTracking(sheets.tracking, dates.read) : [];
    return {
      ok: true,
      value: {
        lang: userLang(),
        today: dates.today,
        locale: ss.getSpreadsheetLocale(),
        existing: historyDigest(existing),
        trackingSheet: sheets.tracking?.getName(),
      },
    };
  } catch (error) {
    return failure(error);
  }
}

export function saveImport(request: ImportRequest): Result<ImportSaved, ImportError> {
  try {
    const incoming = importedRows(request);
    if (!Array.isArray(incoming)) return { ok: false, error: incoming };
    const mode = request.mode === 'replace' ? 'replace' : 'skip';
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const dates = sheetDates(ss);
    const saved = underDocumentLock((): ImportSaved => {
      const { sheets, lang } = prepareSheets(ss);
      const tracking = sheets.tracking;
      const cells = trackingCells(tracking);
      const existing = trackingRows(cells, dates.read);
      const plan = planImport(existing.rows, incoming, mode);
      replaceTrackingValues(tracking, cells, existing.rowNumbers, plan.replace);
      appendTracking(tracking, plan.append, dates, lang, cells.lastRow);
      SpreadsheetApp.flush();
      return { appended: plan.append.length, replaced: plan.replace.length, skipped: plan.skipped, sheetName: tracking.getName() };
    });
    return saved === 'busy' ? { ok: false, error: { kind: 'busy' } } : { ok: true, value: saved };
  } catch (error) {
    return failure(error) as Result<never, ImportError>;
  }
}
