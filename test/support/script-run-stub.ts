/**
 * A stubbed google.script.run for either sidebar. In the page, the fake google.script.run of
 * src/local/script-run (the same the preview uses: what may cross and how a call answers are Google's
 * rules, written once) is installed before the page's own script; each call it lets through comes here,
 * is recorded, and is answered from fixtures. Answers keep their types on the way (a Date stays a Date),
 * so an answer Apps Script could not return fails the call in the page as it would in Sheets.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { SIDEBAR_ENDPOINTS } from '../../src/addon/endpoints';
import { browserScript } from '../../src/local/browser-script';
import type { EndpointName, ImportData, ImportRequest, WizardData } from '../../src/shared/endpoints';
import { WAIT } from './page-server';
import { STUB_BINDING } from './script-run-stub-binding';

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

/** The functions the server has: a call to any other name fails, as in Sheets. */
const ENDPOINT_NAMES = new Set<string>(Object.keys(SIDEBAR_ENDPOINTS));

/** The page side, bundled once per test file. */
let pageScript: Promise<string> | undefined;

/** What a page's stub has recorded and holds. */
interface StubState {
  calls: RecordedCall[];
  held: Array<() => void>;
}

const stubs = new WeakMap<Page, StubState>();

function stubOf(page: Page): StubState {
  const stub = stubs.get(page);
  if (!stub) throw new Error('No stub on this page: call installStub (or openSidebar) first');
  return stub;
}

/** What a call answers when the test scripted nothing: the load answers data; saveGoal the saved goal; saveImport every reading appended. */
function defaultAnswer(data: unknown, name: string, args: unknown[]): StubAnswer {
  if (name === 'loadWizard' || name === 'loadImport') return { result: { ok: true, value: data } };
  if (name === 'saveGoal') {
    const wizard = data as WizardData;
    const form = args[0] as { id?: string };
    const existing = wizard.goals.find((g) => g.id === form.id);
    const row = existing ? existing.row : wizard.goals.length + 2;
    return {
      result: { ok: true, value: { id: form.id ?? `goal-new-${row}`, row, sheetName: wizard.sheets.goals ?? 'Goals', created: !form.id } },
    };
  }
  if (name === 'saveImport') {
    const request = args[0] as ImportRequest;
    const sheetName = (data as ImportData).trackingSheet ?? 'Tracking';
    return { result: { ok: true, value: { appended: request.readings.readings.length, replaced: 0, skipped: 0, sheetName } } };
  }
  return { result: { ok: true, value: null } };
}

/** google.script.run for either sidebar: every endpoint answers, and every call is recorded. Once per page. */
export async function installStub<Data>(page: Page, options: StubOptions<Data>): Promise<void> {
  const stub: StubState = { calls: [], held: [] };
  const queues: Partial<Record<string, StubAnswer[]>> = Object.fromEntries(
    Object.entries(options.answers ?? {}).map(([name, answers]) => [name, [...answers]]),
  );
  stubs.set(page, stub);
  await page.exposeFunction(STUB_BINDING, (name: string, args: unknown[]): Promise<unknown> => {
    if (!ENDPOINT_NAMES.has(name)) return Promise.reject(new Error(`Script function not found: ${name}`));
    stub.calls.push({ name: name as EndpointName, args });
    const answer = queues[name]?.shift() ?? defaultAnswer(options.data, name, args);
    const deliver = () => (answer.throws !== undefined ? Promise.reject(new Error(answer.throws)) : Promise.resolve(answer.result));
    return answer.hold ? new Promise((done, fail) => stub.held.push(() => deliver().then(done, fail))) : deliver();
  });
  pageScript ??= browserScript(resolve('test/support/script-run-stub-page.ts'));
  await page.addInitScript({ content: await pageScript });
}

export async function recordedCalls(page: Page): Promise<RecordedCall[]> {
  return [...stubOf(page).calls];
}

export async function callsOf(page: Page, name: EndpointName): Promise<unknown[][]> {
  return (await recordedCalls(page)).filter((c) => c.name === name).map((c) => c.args);
}

/** Waits for a held call, then answers every call held so far. */
export async function releaseHeld(page: Page): Promise<void> {
  const stub = stubOf(page);
  const deadline = Date.now() + WAIT;
  while (stub.held.length === 0) {
    if (Date.now() > deadline) throw new Error(`No call was held within ${WAIT} ms`);
    await new Promise((done) => setTimeout(done, 10));
  }
  const pending = stub.held.splice(0);
  pending.forEach((deliver) => deliver());
}

/** Opens a sidebar (the wizard, or the import with ImportData) with a stub, and waits for its first view. */
export async function openSidebar<Data = WizardData>(page: Page, url: string, options: StubOptions<Data>): Promise<void> {
  await installStub(page, options);
  await page.goto(url);
  await page.waitForSelector('main h1', { timeout: WAIT });
}
