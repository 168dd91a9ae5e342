/**
 * "Import platform data" end to end, through the `npm start` preview: the real import sidebar reads a
 * fixture export in Chromium, the real bundle writes it into Tracking, and the Goals sheet's native
 * formulas show the new current value.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describeInBrowser, screenshotPath, startTestPreview, useBrowserSession, type TestPreview } from '../support/browser';

const WAIT = 8000;

describeInBrowser('import through the preview', () => {
  const session = useBrowserSession(startTestPreview, { viewport: { width: 1280, height: 900 }, locale: 'en-US', timeout: WAIT });
  let page: Page;
  let server: TestPreview;
  beforeEach(() => ({ page, server } = session));

  test('a French Meta export lands in Tracking and the goal on Facebook reach follows', async () => {
    // A goal on Facebook reach since January, created by the real bundle before the import.
    const emulator = server.emulator();
    const saved = JSON.parse(
      JSON.stringify(
        emulator.run('saveGoal', [
          {
            outcome: 'reputation',
            stage: 'awareness',
            kpi: 'reach',
            statement: 'Reach 10,000 people on Facebook',
            baseline: '0',
            target: '10000',
            unit: '',
            start: '2026-01-01',
            deadline: '2027-01-31',
            owner: 'Camille',
            channels: ['facebook'],
          },
        ]),
      ),
    ) as { ok: boolean; value: { row: number } };
    expect(saved.ok).toBe(true);
    const row = saved.value.row;

    await page.goto(server.url);
    await page.getByLabel(/Locale|Paramètres régionaux/).selectOption('en_US');
    await page.waitForSelector('#addon-menu:text-is("Social ROI")');
    await page.getByRole('button', { name: 'Objectifs' }).click();
    await page.waitForSelector('#tabs button[aria-current=page]:text-is("Objectifs")');
    // No reading of Facebook reach since the start yet: no current value (not 0, which would read as "Behind").
    await expect(page.locator(`td[data-a1="L${row}"]`).textContent()).resolves.toBe('');

    await page.getByRole('button', { name: 'Social ROI' }).click();
    await page.getByRole('menuitem', { name: 'Import platform data…' }).click();
    const frame = page.frameLocator('#sidebar-frame');
    await frame.getByLabel('Export files').setInputFiles({
      name: 'meta-facebook-fr.csv',
      mimeType: 'text/csv',
      buffer: readFileSync('test/fixtures/imports/meta-facebook-fr.csv'),
    });
    await frame.getByRole('button', { name: 'Read the files' }).click();
    const importButton = frame.getByRole('button', { name: /^Import \d+ readings?$/ });
    await importButton.waitFor({ timeout: WAIT });
    await page.screenshot({ path: screenshotPath('e2e-import-preview') });
    await importButton.click();
    await frame.getByText(/readings? added/).waitFor({ timeout: WAIT });

    // Tracking has the three days of reach, below the sample's year of readings.
    const workbook = emulator.workbook;
    const suivi = workbook.sheetByName('Suivi');
    if (!suivi) throw new Error('no Suivi sheet');
    const last = workbook.lastRow(suivi);
    const kpis = workbook.getValues(suivi, { row: 2, column: 3, numRows: last - 1, numColumns: 1 }).flat();
    expect(kpis.filter((kpi) => kpi === 'Portée')).toHaveLength(3);
    // The Goals sheet's current value adds them up.
    await page.getByRole('button', { name: 'Suivi' }).click();
    await page.getByRole('button', { name: 'Objectifs' }).click();
    await page.waitForSelector('#tabs button[aria-current=page]:text-is("Objectifs")');
    await expect(page.locator(`td[data-a1="L${row}"]`).textContent()).resolves.toMatch(/^3[\s\u202f,]?321$/);
    await page.screenshot({ path: screenshotPath('e2e-import-goal-updated') });
  });
});
