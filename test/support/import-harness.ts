/**
 * The built import sidebar (build/import.html) in Chromium, against a stubbed google.script.run that
 * answers loadImport, saveImport and setLanguage and records every call in window.__stub, as the goal
 * wizard's harness does: its call, keyboard and axe helpers work on this page too.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { fromDayNumber, toDayNumber } from '../../src/core/dates';
import type { Lang } from '../../src/core/i18n/lang';
import type { TrackingRow } from '../../src/core/tracking';
import type { EndpointName, HistoryDigest, ImportData, ImportRequest, ReadingsDigest } from '../../src/shared/endpoints';
import { callsOf, WAIT, type StubAnswer } from './sidebar-harness';

export const IMPORT_HTML = resolve('build/import.html');
export const FIXTURES = resolve('test/fixtures/imports');
export const TODAY = '2026-05-04';

export interface ImportServer {
  url: string;
  close(): Promise<void>;
}

export async function startImportServer(): Promise<ImportServer> {
  const html = readFileSync(IMPORT_HTML);
  const server = createServer((request, response) => {
    if (request.url === '/' || request.url?.startsWith('/?')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    } else if (request.url === '/favicon.ico') {
      response.writeHead(204);
      response.end();
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

/** Tracking readings as loadImport sends them. */
export function historyOf(rows: ReadonlyArray<Pick<TrackingRow, 'date' | 'channel' | 'kpi' | 'value'>>): HistoryDigest {
  const channels: string[] = [];
  const kpis: HistoryDigest['kpis'] = [];
  const at = <T>(list: T[], value: T) => (list.includes(value) ? list.indexOf(value) : list.push(value) - 1);
  return { channels, kpis, readings: rows.map((r) => [toDayNumber(r.date), at(channels, r.channel), at(kpis, r.kpi), r.value]) };
}

export function importData(lang: Lang, existing: HistoryDigest = { channels: [], kpis: [], readings: [] }): ImportData {
  return { lang, today: TODAY, locale: lang === 'fr' ? 'fr_FR' : 'en_US', existing, trackingSheet: lang === 'fr' ? 'Suivi' : 'Tracking' };
}

export interface ImportStubOptions {
  data: ImportData;
  /** Answers used in order before the defaults (loadImport: data; saveImport: every reading appended). */
  answers?: Partial<Record<EndpointName, StubAnswer[]>>;
}

export async function installImportStub(page: Page, options: ImportStubOptions): Promise<void> {
  await page.addInitScript((opts: ImportStubOptions) => {
    type Handler = (value: unknown) => void;
    const calls: Array<{ name: string; args: unknown[] }> = [];
    const queues: Record<string, StubAnswer[]> = JSON.parse(JSON.stringify(opts.answers ?? {}));
    let held: Array<() => void> = [];
    const defaults = (name: string, args: unknown[]): StubAnswer => {
      if (name === 'loadImport') return { result: { ok: true, value: opts.data } };
      if (name === 'saveImport') {
        const request = args[0] as ImportRequest;
        const sheetName = opts.data.trackingSheet ?? 'Tracking';
        return { result: { ok: true, value: { appended: request.readings.readings.length, replaced: 0, skipped: 0, sheetName } } };
      }
      return { result: { ok: true, value: null } };
    };
    const runner = (success?: Handler, failure?: Handler): Record<string, unknown> => {
      const run: Record<string, unknown> = {
        withSuccessHandler: (handler: Handler) => runner(handler, failure),
        withFailureHandler: (handler: Handler) => runner(success, handler),
        withUserObject: () => runner(success, failure),
      };
      for (const name of ['loadImport', 'saveImport', 'setLanguage']) {
        run[name] = (...args: unknown[]) => {
          // Only JSON crosses google.script.run.
          const sent = JSON.parse(JSON.stringify(args)) as unknown[];
          calls.push({ name, args: sent });
          const answer = queues[name]?.shift() ?? defaults(name, sent);
          const deliver = () =>
            window.setTimeout(() => {
              if (answer.throws !== undefined) failure?.(new Error(answer.throws));
              else success?.(JSON.parse(JSON.stringify(answer.result)));
            }, 5);
          if (answer.hold) held.push(deliver);
          else deliver();
        };
      }
      return run;
    };
    (window as unknown as Record<string, unknown>).google = { script: { run: runner(), host: { close: () => undefined } } };
    (window as unknown as Record<string, unknown>).__stub = {
      calls,
      held: () => held.length,
      release: () => {
        const pending = held;
        held = [];
        pending.forEach((deliver) => deliver());
      },
    };
  }, options);
}

/** Opens the import sidebar with a stub and waits for its first view. */
export async function openImport(page: Page, url: string, options: ImportStubOptions): Promise<void> {
  await installImportStub(page, options);
  await page.goto(url);
  await page.waitForSelector('main h1', { timeout: WAIT });
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

/** The saveImport requests sent so far. */
export async function importRequests(page: Page): Promise<ImportRequest[]> {
  return (await callsOf(page, 'saveImport')).map((args) => args[0] as ImportRequest);
}
