/**
 * Browser tests drive Debian's Chromium through playwright-core. Chromium is found at CHROMIUM_PATH or
 * /usr/bin/chromium; without it the tests say so loudly and skip, except under CI=true where a
 * missing browser is a failure.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPreview, type PreviewServer } from '../../src/local/preview/server';

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p));
}

const missing = !chromiumPath();
const inCi = process.env.CI === 'true';

/** describe() for browser tests: skipped (loudly) without Chromium, failing under CI=true. */
export function describeInBrowser(name: string, body: () => void): void {
  if (!missing) return describe(name, body);
  if (inCi) {
    return describe(name, () => {
      test('Chromium is installed (CI=true requires it)', () => {
        throw new Error('No Chromium at CHROMIUM_PATH or /usr/bin/chromium: apt-get install -y chromium (or set CHROMIUM_PATH)');
      });
    });
  }
  console.warn(
    `\n*** SKIPPING BROWSER TESTS "${name}": no Chromium at CHROMIUM_PATH or /usr/bin/chromium. ` +
      'Install it (apt-get install -y chromium) or set CHROMIUM_PATH. Under CI=true this is a failure. ***\n',
  );
  describe.skip(name, body);
}

export async function launchChromium(): Promise<Browser> {
  const cache = resolve('.cache/chromium');
  mkdirSync(cache, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    env: { ...process.env, XDG_CONFIG_HOME: join(cache, 'config'), XDG_CACHE_HOME: join(cache, 'cache') },
  });
}

/** Chromium and a server for a whole suite, and a fresh page per test; filled in by the hooks. */
export interface BrowserSession<Server> {
  browser: Browser;
  server: Server;
  page: Page;
}

export interface SessionPage {
  viewport: { width: number; height: number };
  /** Playwright's default timeout: short, so a broken page fails fast. */
  timeout: number;
  locale?: string;
}

/**
 * Registers the hooks every browser suite shares: Chromium and the server for the suite, a fresh page
 * per test, and after each test no page error, console error, alert, confirm or prompt.
 */
export function useBrowserSession<Server extends { close(): Promise<void> }>(
  startServer: () => Promise<Server>,
  pageOptions: SessionPage,
): BrowserSession<Server> {
  const session = {} as BrowserSession<Server>;
  let errors: string[] = [];
  beforeAll(async () => {
    session.browser = await launchChromium();
    session.server = await startServer();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  beforeEach(async () => {
    const page = await session.browser.newPage({ viewport: pageOptions.viewport, locale: pageOptions.locale });
    page.setDefaultTimeout(pageOptions.timeout);
    errors = watchErrors(page);
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    session.page = page;
  });
  afterEach(async () => {
    expect(errors).toEqual([]);
    await session.page.close();
  });
  return session;
}

export type TestPreview = PreviewServer & { dataFile: string };

/** A preview server on a free port, with its workbook in a fresh temporary file. */
export async function startTestPreview(dataFile = join(mkdtempSync(join(tmpdir(), 'social-roi-')), 'workbook.json')): Promise<TestPreview> {
  const server = await startPreview({ port: 0, dataFile });
  return Object.assign(server, { dataFile });
}

/** Fails fast on a broken page instead of waiting for a timeout. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('favicon')) errors.push(message.text());
  });
  return errors;
}

export const SCREENSHOTS = resolve('test-output/screenshots');

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, `${name}.png`);
}
