/**
 * The sidebars in Chromium, through the preview (the real sidebars and the real bundle): time from the
 * menu to the first interactive view of the wizard and of the import (the import as a ratio of the
 * wizard's, measured in the same run), and the google.script.run round trips from opening the wizard
 * to a created goal.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromiumPath, launchChromium } from '../test/support/browser';
import { startPreview } from '../src/local/preview/server';
import { budget, median, type Budget } from './measure';
import { TODAY } from './workbooks';
import { addDays } from '../src/core/dates';

export interface SidebarBenchResult {
  runs: number;
  firstInteractiveMs: number;
  /** The import sidebar, from the menu to its first control, measured in the same run. */
  importInteractiveMs: number;
  roundTrips: Record<string, number>;
}

/** The import sidebar may take this many times the wizard's time to become interactive: it carries the CSV reader. */
const IMPORT_VS_WIZARD = 1.5;

export async function benchSidebar(
  runs = 5,
  log: (line: string) => void = () => undefined,
): Promise<{ result?: SidebarBenchResult; budgets: Budget[]; skipped?: string }> {
  if (!chromiumPath()) return { budgets: [], skipped: 'no Chromium at CHROMIUM_PATH or /usr/bin/chromium' };
  const server = await startPreview({ port: 0, dataFile: join(mkdtempSync(join(tmpdir(), 'social-roi-bench-')), 'workbook.json') });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await page.goto(server.url);
    await page.getByLabel(/Locale|Paramètres régionaux/).selectOption('en_US');
    await page.waitForSelector('#addon-menu:text-is("Social ROI")');
    const roundTrips: Record<string, number> = {};
    page.on('request', (request) => {
      if (!request.url().endsWith('/api/run')) return;
      const name = (JSON.parse(request.postData() ?? '{}') as { functionName?: string }).functionName ?? '?';
      roundTrips[name] = (roundTrips[name] ?? 0) + 1;
    });
    const open = async () => {
      await page.getByRole('button', { name: 'Social ROI' }).click();
      const start = performance.now();
      // This opening's own loadWizard: until the frame navigates, the previous opening's wizard (and its
      // New goal button) is still on show, and its late loadWizard would be counted with the next.
      const loaded = page.waitForResponse((r) => r.url().endsWith('/api/run') && (r.request().postData() ?? '').includes('"loadWizard"'), {
        timeout: 10_000,
      });
      await page.getByRole('menuitem', { name: 'Goals and ROI…' }).click();
      await loaded;
      const frame = page.frameLocator('#sidebar-frame');
      await frame.getByRole('button', { name: 'New goal' }).waitFor({ timeout: 10_000 });
      return { ms: performance.now() - start, frame };
    };
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { ms } = await open();
      times.push(ms);
      log(`  wizard interactive after ${ms.toFixed(0)} ms`);
    }
    // The import sidebar, the other page: from its menu item to its first control.
    const importTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.getByRole('button', { name: 'Social ROI' }).click();
      const start = performance.now();
      const loaded = page.waitForResponse((r) => r.url().endsWith('/api/run') && (r.request().postData() ?? '').includes('"loadImport"'), {
        timeout: 10_000,
      });
      await page.getByRole('menuitem', { name: 'Import platform data…' }).click();
      await loaded;
      await page.frameLocator('#sidebar-frame').getByLabel('Or paste CSV text').waitFor({ timeout: 10_000 });
      const ms = performance.now() - start;
      importTimes.push(ms);
      log(`  import sidebar interactive after ${ms.toFixed(0)} ms`);
    }
    // One full creation, counting the round trips from opening the wizard to the created goal.
    for (const key of Object.keys(roundTrips)) delete roundTrips[key];
    const { frame } = await open();
    await frame.getByRole('button', { name: 'New goal' }).click();
    await frame.getByLabel('More sales').check();
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByLabel('Engagement').check();
    await frame.getByLabel(/^Website clicks/).check();
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByLabel('Instagram').check();
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByLabel('Deadline').fill(addDays(TODAY, 90));
    const baseline = Number((await frame.getByLabel('Baseline').inputValue()).replace(/,/g, '')) || 100;
    await frame.getByLabel('Target').fill(String(Math.round(baseline * 1.2)));
    await frame.getByLabel('Owner').fill('bench');
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByRole('button', { name: 'Create the goal' }).click();
    await frame.getByRole('heading', { name: 'Goal created' }).waitFor({ timeout: 10_000 });
    const result: SidebarBenchResult = {
      runs,
      firstInteractiveMs: median(times),
      importInteractiveMs: median(importTimes),
      roundTrips: { ...roundTrips },
    };
    log(`  round trips from opening to a created goal: ${JSON.stringify(result.roundTrips)}`);
    return {
      result,
      budgets: [
        budget(
          'import sidebar interactive vs the wizard',
          Number((result.importInteractiveMs / result.firstInteractiveMs).toFixed(2)),
          IMPORT_VS_WIZARD,
          '×',
        ),
        budget('google.script.run round trips to load the wizard', result.roundTrips.loadWizard ?? 0, 1, 'calls'),
        budget('google.script.run round trips to create a goal', result.roundTrips.saveGoal ?? 0, 1, 'calls'),
        budget(
          'other google.script.run round trips from open to created goal',
          Object.entries(result.roundTrips)
            .filter(([k]) => k !== 'loadWizard' && k !== 'saveGoal')
            .reduce((n, [, v]) => n + v, 0),
          0,
          'calls',
        ),
      ],
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
