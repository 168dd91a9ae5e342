/**
 * "Import platform data": the import sidebar parses the platforms' CSV exports in the browser and
 * sends the readings here. They are validated again, merged with Tracking (replace or skip readings
 * it already has), and written in one batch under the document lock, or not at all.
 */
import { planImport } from '../core/import/merge';
import { readImportRequest } from '../core/import/request';
import type { ImportData, ImportError, ImportSaved, Result } from '../shared/endpoints';
import { sheetDates } from './dates';
import { failure, underDocumentLock, userLang } from './runtime';
import { prepareSheets } from './sheets/setup';
import { openAddonSheets } from './sheets/registry';
import { appendTracking, readTracking, replaceTrackingValues, trackingCells, trackingRows } from './sheets/tracking';
import { historyDigest } from '../shared/digest';
import { readKeyEventChoices } from '../core/import/key-events';
import { rememberKeyEventChoices, rememberedKeyEvents } from './key-events';

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
        keyEvents: rememberedKeyEvents(),
        trackingSheet: sheets.tracking?.getName(),
      },
    };
  } catch (error) {
    return failure(error);
  }
}

export function saveImport(request: unknown): Result<ImportSaved, ImportError> {
  try {
    const read = readImportRequest(request);
    if ('kind' in read) return { ok: false, error: read };
    const { rows: incoming, mode } = read;
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
      rememberKeyEventChoices(readKeyEventChoices(request));
      SpreadsheetApp.flush();
      return { appended: plan.append.length, replaced: plan.replace.length, skipped: plan.skipped, sheetName: tracking.getName() };
    });
    return saved === 'busy' ? { ok: false, error: { kind: 'busy' } } : { ok: true, value: saved };
  } catch (error) {
    return failure(error);
  }
}
