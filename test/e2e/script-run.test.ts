/**
 * google.script.run's rules hold in both of its fakes, in Chromium with real DOM values: the preview's
 * (its sidebar, calling the real bundle through the preview server) and the sidebar tests' stub. Each
 * case builds its arguments in the page (a Date, a form or a circle cannot come from the test), calls
 * setLanguage, and the test compares which handler ran and what reached the server.
 */
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchChromium, startTestPreview, watchErrors, type TestPreview } from '../support/browser';
import { startSidebarServer, WAIT, type SidebarServer } from '../support/page-server';
import { callsOf, installStub, openSidebar } from '../support/script-run-stub';
import { wizardData } from '../support/wizard-fixtures';

type CaseName = keyof typeof EXPECTED;

interface Outcome {
  handler: 'success' | 'failure';
  /** The failure's message. */
  message?: string;
}

const failsAt = (path: string): Outcome => ({ handler: 'failure', message: `Failed due to illegal value in property: ${path}` });
const success: Outcome = { handler: 'success' };

/** Each case: how the call ends, and what the server received when it was let through. */
const EXPECTED = {
  primitivesObjectsArrays: { outcome: success, received: [1.5, 'x', true, null, { a: [1, { b: 'c' }] }] },
  undefinedInArray: { outcome: success, received: [[1, null, 3], null] },
  formAlone: { outcome: success, received: [{ lang: 'fr', agree: 'yes' }] },
  date: { outcome: failsAt('0') },
  dateInObject: { outcome: failsAt('0.form.start') },
  dateInArray: { outcome: failsAt('0.1') },
  functionInObject: { outcome: failsAt('0.onDone') },
  element: { outcome: failsAt('0') },
  formWithAnother: { outcome: failsAt('0') },
  map: { outcome: failsAt('0') },
  circle: { outcome: { handler: 'failure', message: 'Failed due to a circular reference in property: 0.self' } as Outcome },
} satisfies Record<string, { outcome: Outcome; received?: unknown[] }>;

/** Runs one case in the page, through its google.script.run. */
function callInPage(page: Page, name: CaseName): Promise<Outcome> {
  return page.evaluate((name) => {
    const form = document.createElement('form');
    form.innerHTML =
      '<input name="lang" value="fr"><input type="checkbox" name="agree" value="yes" checked><input type="checkbox" name="no" value="x">';
    document.body.append(form);
    const circle: Record<string, unknown> = { a: 1 };
    circle.self = circle;
    const args: Record<string, unknown[]> = {
      primitivesObjectsArrays: [1.5, 'x', true, null, { a: [1, { b: 'c' }] }],
      undefinedInArray: [[1, undefined, 3], undefined],
      formAlone: [form],
      date: [new Date(0)],
      dateInObject: [{ form: { start: new Date(0) } }],
      dateInArray: [[1, new Date(0)]],
      functionInObject: [{ onDone: () => 1 }],
      element: [document.body],
      formWithAnother: [form, 'fr'],
      map: [new Map()],
      circle: [circle],
    };
    type Run = Record<string, (...a: unknown[]) => void> & {
      withSuccessHandler(h: () => void): Run;
      withFailureHandler(h: (e: Error) => void): Run;
    };
    const run = (window as unknown as { google: { script: { run: Run } } }).google.script.run;
    return new Promise<{ handler: 'success' | 'failure'; message?: string }>((done) =>
      run
        .withSuccessHandler(() => done({ handler: 'success' }))
        .withFailureHandler((error) => done({ handler: 'failure', message: error.message }))
        .setLanguage(...args[name]),
    );
  }, name);
}

const CASES = Object.keys(EXPECTED) as CaseName[];

describeInBrowser('google.script.run, what may cross, in both fakes', () => {
  let browser: Browser;
  let sidebarServer: SidebarServer;
  let preview: TestPreview;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    browser = await launchChromium();
    [sidebarServer, preview] = await Promise.all([startSidebarServer(), startTestPreview()]);
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([sidebarServer?.close(), preview?.close()]);
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 300, height: 800 }, locale: 'en-US' });
    page.setDefaultTimeout(WAIT);
    errors = watchErrors(page);
    // The preview server has no favicon: its 404 is not the page's error.
    await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  });
  afterEach(async () => {
    expect(errors).toEqual([]);
    await page.close();
  });

  describe('the sidebar tests’ stub', () => {
    test.each(CASES)('%s', async (name) => {
      await openSidebar(page, sidebarServer.url, { data: wizardData('en') });
      const { outcome, received } = EXPECTED[name] as { outcome: Outcome; received?: unknown[] };
      await expect(callInPage(page, name)).resolves.toEqual(outcome);
      expect(await callsOf(page, 'setLanguage')).toEqual(received ? [received] : []);
    });

    test('an answer Apps Script could not return fails the call; undefined in an answer’s array is null', async () => {
      await installStub(page, {
        data: wizardData('en'),
        answers: { setLanguage: [{ result: { ok: true, value: new Date(0) } }, { result: { ok: true, value: [1, undefined] } }] },
      });
      await page.goto(sidebarServer.url);
      const answers = await page.evaluate(async () => {
        type Run = {
          withSuccessHandler(h: (v: unknown) => void): Run;
          withFailureHandler(h: (e: Error) => void): Run;
          setLanguage(lang: string): void;
        };
        const run = (window as unknown as { google: { script: { run: Run } } }).google.script.run;
        const call = () =>
          new Promise((done) =>
            run
              .withSuccessHandler(done)
              .withFailureHandler((e) => done(e.message))
              .setLanguage('fr'),
          );
        return [await call(), await call()];
      });
      expect(answers).toEqual(['Failed due to illegal value in property: return value.value', { ok: true, value: [1, null] }]);
    });
  });

  describe('the preview', () => {
    test.each(CASES)('%s', async (name) => {
      preview.emulator().run('showWizard');
      const received: unknown[][] = [];
      page.on('request', (request) => {
        const body = request.url().endsWith('/api/run')
          ? (JSON.parse(request.postData() ?? '{}') as { functionName?: string; args?: unknown[] })
          : {};
        if (body.functionName === 'setLanguage') received.push(body.args ?? []);
      });
      await page.goto(`${preview.url}sidebar`);
      await page.waitForSelector('main h1', { timeout: WAIT });
      const { outcome, received: expected } = EXPECTED[name] as { outcome: Outcome; received?: unknown[] };
      await expect(callInPage(page, name)).resolves.toEqual(outcome);
      expect(received).toEqual(expected ? [expected] : []);
    });
  });
});
