/**
 * The built sidebar (build/sidebar.html) in Chromium, against a stubbed google.script.run: a tiny HTTP
 * server serves the file, an init script installs the stub before the page's own script runs, the stub
 * answers from fixtures and records every call. Plus keyboard and axe helpers for the sidebar tests.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { useBrowserSession, type BrowserSession } from './browser';
import { SIDEBAR_ENDPOINTS } from '../../src/addon/endpoints';
import { addDays, toDayNumber } from '../../src/core/dates';
import type { Lang } from '../../src/core/i18n/lang';
import { type EndpointName, type GoalSummary, type HistoryDigest, type ImportData, type ImportRequest, type WizardData } from '../../src/shared/endpoints';

export const SIDEBAR_HTML = resolve('build/sidebar.html');

/** Short waits: a broken page fails fast instead of at the test timeout. */
export const WAIT = 3000;

export interface SidebarServer {
  url: string;
  close(): Promise<void>;
}

/** The hooks of a sidebar suite: Chromium, the page server, and a fresh 300 px page per test (see useBrowserSession). */
export function usePageSession(startServer: () => Promise<SidebarServer>): BrowserSession<SidebarServer> {
  return useBrowserSession(startServer, { viewport: { width: 300, height: 800 }, locale: 'en-US', timeout: WAIT });
}

/** Serves one built sidebar page on 127.0.0.1 (a URL, so page.addInitScript runs before it). */
export async function startPageServer(htmlPath: string): Promise<SidebarServer> {
  const html = readFileSync(htmlPath);
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
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export function startSidebarServer(): Promise<SidebarServer> {
  return startPageServer(SIDEBAR_HTML);
}

// ---------------------------------------------------------------------------------------------------
// Fixtures

export const TODAY = '2026-05-04';

/**
 * Instagram website clicks: 40 a day from 120 to 61 days before TODAY, then 60 a day until yesterday.
 * A goal from TODAY to TODAY + 30 (31 days) gets a baseline of 31 × 60 = 1,860 over the 31 days before
 * it, and the best growth seen over 31 days is +50% (40 a day, then 60 a day).
 */
export function clicksHistory(): HistoryDigest {
  const readings: HistoryDigest['readings'] = [];
  for (let daysAgo = 120; daysAgo >= 1; daysAgo--) {
    readings.push([toDayNumber(addDays(TODAY, -daysAgo)), 0, 0, daysAgo > 60 ? 40 : 60]);
  }
  return { channels: ['instagram'], kpis: ['website_clicks'], readings };
}

export const EMPTY_HISTORY: HistoryDigest = { channels: [], kpis: [], readings: [] };

export const EXISTING_GOALS: GoalSummary[] = [
  {
    id: 'goal-revenue',
    row: 2,
    form: {
      id: 'goal-revenue',
      outcome: 'sales',
      stage: 'conversion',
      kpi: 'revenue',
      statement: 'Raise revenue from Instagram from €2,000 to €3,000 by Jun 30, 2026',
      baseline: '2000',
      target: '3000',
      unit: '€',
      start: '2026-04-01',
      deadline: '2026-06-30',
      owner: 'Camille',
      channels: ['instagram'],
    },
    current: 1500,
    progress: 0.5,
    elapsed: 0.37,
    status: 'ahead',
  },
  {
    id: 'goal-signups',
    row: 3,
    form: {
      id: 'goal-signups',
      outcome: 'leads',
      stage: 'lead_generation',
      kpi: 'email_signups',
      statement: 'Reach 300 e-mail sign-ups from the newsletter by Sep 30, 2026',
      baseline: '',
      target: '300',
      unit: '',
      start: '2026-06-01',
      deadline: '2026-09-30',
      owner: 'Léa',
      channels: ['newsletter'],
    },
    current: null,
    progress: null,
    elapsed: null,
    status: null,
  },
];

export function wizardData(lang: Lang, options: { goals?: GoalSummary[]; history?: HistoryDigest } = {}): WizardData {
  return {
    lang,
    today: TODAY,
    defaultUnit: '€',
    goals: options.goals ?? [],
    history: options.history ?? EMPTY_HISTORY,
    sheets: lang === 'fr' ? { goals: 'Objectifs', tracking: 'Suivi' } : { goals: 'Goals', tracking: 'Tracking' },
  };
}

// ---------------------------------------------------------------------------------------------------
// The google.script.run stub

/** One scripted answer: a Result to hand to the success handler, or an error for the failure handler. */
export interface StubAnswer {
  result?: unknown;
  throws?: string;
  /** Kept until the test calls releaseHeld(): lets a test look at the page while a call is pending. */
  hold?: boolean;
}

export interface StubOptions<Data = WizardData> {
  /** What loadWizard (or loadImport) answers. */
  data: Data;
  /**
   * Answers used in order before the defaults: the load answers data; saveGoal the saved goal;
   * saveImport every reading appended; the others ok.
   */
  answers?: Partial<Record<EndpointName, StubAnswer[]>>;
}

export interface RecordedCall {
  name: EndpointName;
  args: unknown[];
}

/** google.script.run for either sidebar: every endpoint answers, and every call is recorded in window.__stub. */
export async function installStub<Data>(page: Page, options: StubOptions<Data>): Promise<void> {
  await page.addInitScript(({ opts, endpoints }: { opts: StubOptions<unknown>; endpoints: readonly string[] }) => {
    type Handler = (value: unknown) => void;
    const calls: Array<{ name: string; args: unknown[] }> = [];
    const queues: Record<string, StubAnswer[]> = JSON.parse(JSON.stringify(opts.answers ?? {}));
    let held: Array<() => void> = [];
    const defaults = (name: string, args: unknown[]): StubAnswer => {
      if (name === 'loadWizard' || name === 'loadImport') return { result: { ok: true, value: opts.data } };
      if (name === 'saveGoal') {
        const data = opts.data as WizardData;
        const form = args[0] as { id?: string };
        const existing = data.goals.find((g) => g.id === form.id);
        const row = existing ? existing.row : data.goals.length + 2;
        return { result: { ok: true, value: { id: form.id ?? `goal-new-${row}`, row, sheetName: data.sheets.goals ?? 'Goals', created: !form.id } } };
      }
      if (name === 'saveImport') {
        const request = args[0] as ImportRequest;
        const sheetName = (opts.data as ImportData).trackingSheet ?? 'Tracking';
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
      for (const name of endpoints) {
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
  }, { opts: options as StubOptions<unknown>, endpoints: Object.keys(SIDEBAR_ENDPOINTS) });
}

export async function recordedCalls(page: Page): Promise<RecordedCall[]> {
  return page.evaluate(() => (window as unknown as { __stub: { calls: RecordedCall[] } }).__stub.calls);
}

export async function callsOf(page: Page, name: EndpointName): Promise<unknown[][]> {
  return (await recordedCalls(page)).filter((c) => c.name === name).map((c) => c.args);
}

export async function releaseHeld(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __stub: { held(): number } }).__stub.held() > 0, undefined, { timeout: WAIT });
  await page.evaluate(() => (window as unknown as { __stub: { release(): void } }).__stub.release());
}

/** Opens the sidebar with a stub and waits for the loaded view. */
export async function openSidebar(page: Page, url: string, options: StubOptions): Promise<void> {
  await installStub(page, options);
  await page.goto(url);
  await page.waitForSelector('main h1', { timeout: WAIT });
}

// ---------------------------------------------------------------------------------------------------
// Keyboard

export interface Focused {
  tag: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
}

/** The focused element, with the name a person would read on it (aria-label, its label, or its text). */
export async function focused(page: Page | Frame): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', type: '', name: '', value: '', checked: false };
    const input = el as HTMLInputElement;
    const labelled = 'labels' in input && input.labels && input.labels.length > 0 ? input.labels[0].textContent ?? '' : '';
    const shown = el.cloneNode(true) as HTMLElement;
    shown.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    const name = el.getAttribute('aria-label') ?? (labelled || shown.textContent || '');
    return {
      tag: el.tagName.toLowerCase(),
      type: input.type ?? '',
      name: name.replace(/\s+/g, ' ').trim(),
      value: typeof input.value === 'string' ? input.value : '',
      checked: input.checked === true,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails after `max` presses. */
export async function tabTo(page: Page, name: string | RegExp, options: { back?: boolean; max?: number; scope?: Frame } = {}): Promise<Focused> {
  const matches = (f: Focused) => (typeof name === 'string' ? f.name === name : name.test(f.name));
  const seen: string[] = [];
  for (let i = 0; i < (options.max ?? 40); i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const now = await focused(options.scope ?? page);
    if (matches(now)) return now;
    seen.push(`${now.tag}:${now.name}`);
  }
  throw new Error(`Tab never reached ${String(name)}; focus went through: ${seen.join(' | ')}`);
}

/** In a focused radio group, presses ArrowDown until the named option is checked. */
export async function arrowTo(page: Page, name: string | RegExp, max = 12, scope?: Frame): Promise<Focused> {
  const matches = (f: Focused) => f.checked && (typeof name === 'string' ? f.name === name : name.test(f.name));
  let now = await focused(scope ?? page);
  if (now.type === 'radio' && !now.checked) {
    await page.keyboard.press('Space');
    now = await focused(scope ?? page);
  }
  for (let i = 0; i < max && !matches(now); i++) {
    await page.keyboard.press('ArrowDown');
    now = await focused(scope ?? page);
  }
  if (!matches(now)) throw new Error(`ArrowDown never checked ${String(name)}; stopped on ${now.name}`);
  return now;
}

/**
 * Types an ISO date into a focused <input type=date>. Chromium orders the fields by its own locale
 * (month/day/year for the en-US pages these tests open), whatever the page's language.
 */
export async function typeDate(page: Page, iso: string, scope?: Frame): Promise<void> {
  const [year, month, day] = iso.split('-');
  for (const part of [month, day, year]) await page.keyboard.type(part);
  const now = await focused(scope ?? page);
  if (now.value !== iso) throw new Error(`typed ${iso} into the date field "${now.name}", which now holds "${now.value}"`);
}

// ---------------------------------------------------------------------------------------------------
// Accessibility

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core on the page as it is; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}
