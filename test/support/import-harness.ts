/**
 * The built import sidebar (build/import.html) in Chromium, against a stubbed google.script.run that
 * answers loadImport, saveImport and setLanguage and records every call (script-run-stub.ts), as for the
 * goal wizard: the call, keyboard and axe helpers work on this page too.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { fromDayNumber } from '../../src/core/dates';
import type { Lang } from '../../src/core/lang';
import type { TrackingRow } from '../../src/core/tracking';
import type { HistoryDigest, ImportData, ImportRequest, ReadingsDigest } from '../../src/shared/endpoints';
import { startPageServer, type SidebarServer } from './page-server';
import { callsOf, openSidebar, type StubOptions } from './script-run-stub';
import { historyDigest } from '../../src/shared/digest';

export const IMPORT_HTML = resolve('build/import.html');
export const FIXTURES = resolve('test/fixtures/imports');
export const TODAY = '2026-05-04';

export type ImportServer = SidebarServer;

export function startImportServer(): Promise<ImportServer> {
  return startPageServer(IMPORT_HTML);
}

/** Tracking readings as loadImport sends them. */
export function historyOf(rows: ReadonlyArray<Pick<TrackingRow, 'date' | 'channel' | 'kpi' | 'value'>>): HistoryDigest {
  return historyDigest(rows.map((row) => ({ ...row, source: '' })));
}

export function importData(
  lang: Lang,
  existing: HistoryDigest = { channels: [], kpis: [], readings: [] },
  keyEvents: ImportData['keyEvents'] = {},
): ImportData {
  return {
    lang,
    today: TODAY,
    locale: lang === 'fr' ? 'fr_FR' : 'en_US',
    existing,
    keyEvents,
    trackingSheet: lang === 'fr' ? 'Suivi' : 'Tracking',
  };
}

export type ImportStubOptions = StubOptions<ImportData>;

/** Opens the import sidebar with a stub and waits for its first view. */
export function openImport(page: Page, url: string, options: ImportStubOptions): Promise<void> {
  return openSidebar(page, url, options);
}

export function fixture(name: string): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'text/csv', buffer: readFileSync(resolve(FIXTURES, name)) };
}

export function textFile(name: string, content: string | Buffer): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'text/csv', buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content };
}

/** A ReadingsDigest back to rows, names resolved, sorted for comparison. */
export function rowsOfDigest(digest: ReadingsDigest): TrackingRow[] {
  return digest.readings
    .map(([day, channel, kpi, value, source]) => ({
      date: fromDayNumber(day),
      channel: digest.channels[channel],
      kpi: digest.kpis[kpi],
      value,
      source: digest.sources[source],
    }))
    .sort((a, b) => (a.date + a.channel + a.kpi).localeCompare(b.date + b.channel + b.kpi));
}

/** The preview's controls and views by what the user sees: a button by name, a file's card by its heading. */
export function importPage(page: Page) {
  return {
    button: (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' }),
    card: (name: string) => page.locator('section.source').filter({ has: page.getByRole('heading', { name, exact: true }) }),
    waitForView: async (title: string): Promise<void> => {
      await page.waitForSelector(`main h1:text-is("${title}")`);
    },
  };
}

/** The saveImport requests sent so far. */
export async function importRequests(page: Page): Promise<ImportRequest[]> {
  return (await callsOf(page, 'saveImport')).map((args) => args[0] as ImportRequest);
}
