/**
 * A stubbed google.script.run for either sidebar: an init script installs it before the page's own
 * script runs; every endpoint answers from fixtures, and every call is recorded in window.__stub.
 */
import type { Page } from 'playwright-core';
import { SIDEBAR_ENDPOINTS } from '../../src/addon/endpoints';
import type { EndpointName, ImportData, ImportRequest, WizardData } from '../../src/shared/endpoints';
import { WAIT } from './page-server';

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

/** Opens a sidebar (the wizard, or the import with ImportData) with a stub, and waits for its first view. */
export async function openSidebar<Data = WizardData>(page: Page, url: string, options: StubOptions<Data>): Promise<void> {
  await installStub(page, options);
  await page.goto(url);
  await page.waitForSelector('main h1', { timeout: WAIT });
}
