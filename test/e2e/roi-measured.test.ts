/**
 * The attribution loop closed, end to end through the `npm start` preview, from a blank workbook: a goal
 * on Instagram, a margin and a cost typed in « ROI par canal », a French GA4 Traffic acquisition export
 * imported through the real import sidebar in Chromium, then the ROI period set to the export's month:
 * Instagram's ROI becomes what the measured revenue gives, its row says « Mesurée », and so does the
 * Dashboard.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describeInBrowser, screenshotPath, startTestPreview, useBrowserSession, type TestPreview } from '../support/browser';
import { previewGrid } from '../support/preview-page';

const WAIT = 10000;
const TODAY = new Date().toISOString().slice(0, 10);

describeInBrowser('ROI from measured revenue through the preview', () => {
  const session = useBrowserSession(startTestPreview, { viewport: { width: 1280, height: 900 }, locale: 'fr-FR', timeout: WAIT });
  let page: Page;
  let server: TestPreview;
  beforeEach(() => ({ page, server } = session));

  const cell = (a1: string) => previewGrid(page).cell(a1);
  const type = (a1: string, input: string) => previewGrid(page, WAIT).type(a1, input);

  async function openTab(name: string): Promise<void> {
    await page.getByRole('button', { name, exact: true }).click();
    await page.waitForSelector(`#tabs button[aria-current=page]:text-is("${name}")`);
  }

  test('import a GA4 export, set the ROI period: the channel’s ROI is what its measured revenue gives', async () => {
    await page.goto(server.url);
    await page.getByLabel(/Locale|Paramètres régionaux/).selectOption('fr_FR');
    await page.getByRole('button', { name: 'Classeur vierge' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Classeur vierge' }).click();
    await page.waitForFunction(
      () => [...document.querySelectorAll('#tabs button')].map((b) => b.textContent).join() === 'Feuille 1',
      undefined,
      { timeout: WAIT },
    );

    // A goal on Instagram, saved by the real bundle: it sets the four sheets up and adds Instagram's ROI row.
    const saved = JSON.parse(
      JSON.stringify(
        server.emulator().run('saveGoal', [
          {
            outcome: 'sales',
            stage: 'conversion',
            kpi: 'revenue',
            statement: 'Plus de ventes depuis Instagram',
            baseline: '1000',
            target: '2000',
            unit: '€',
            start: TODAY,
            deadline: '2027-12-31',
            owner: 'Camille',
            channels: ['instagram'],
          },
        ]),
      ),
    ) as { ok: boolean };
    expect(saved.ok).toBe(true);
    await page.reload();
    await openTab('ROI par canal');
    await expect(cell('A4').textContent()).resolves.toBe('Instagram');

    // The user's figures: a 40 % margin and 100 € of ads; no revenue measured yet, so no value, no ROI.
    await type('F4', '40 %');
    await type('I4', '100');
    await expect(cell('F4').textContent()).resolves.toMatch(/^40\s?%$/);
    await expect(cell('O4').textContent()).resolves.toBe('');

    // The French GA4 export of February 2026, through the real import sidebar.
    await page.getByRole('button', { name: 'Social ROI' }).click();
    await page.getByRole('menuitem', { name: 'Importer les données des plateformes…' }).click();
    const frame = page.frameLocator('#sidebar-frame');
    await frame.getByLabel('Fichiers d’export').setInputFiles({
      name: 'ga4-acquisition-de-trafic.csv',
      mimeType: 'text/csv',
      buffer: readFileSync('test/fixtures/imports/ga4-traffic-acquisition-fr.csv'),
    });
    await frame.getByRole('button', { name: 'Lire les fichiers' }).click();
    const importButton = frame.getByRole('button', { name: /^Importer \d+ relevés?$/ });
    await importButton.waitFor({ timeout: WAIT });
    await importButton.click();
    await frame.getByText(/relevés? ajoutés?/).waitFor({ timeout: WAIT });

    // The revenue is dated at the end of February; the ROI period is still the last full month: nothing mixed in.
    await openTab('Suivi');
    await openTab('ROI par canal');
    await expect(cell('E4').textContent()).resolves.toBe('');
    await expect(cell('O4').textContent()).resolves.toBe('');

    // Set the period to February 2026: Instagram's revenue (240,50 + 45) × 40 % = 114,20 against 100 of cost.
    await type('B1', '=DATE(2026;2;1)');
    await type('D1', '=DATE(2026;2;28)');
    await expect(cell('E4').textContent()).resolves.toMatch(/^285,50\s?€$/);
    await expect(cell('G4').textContent()).resolves.toMatch(/^114,20\s?€$/);
    await expect(cell('H4').textContent()).resolves.toBe('Mesurée');
    await expect(cell('O4').textContent()).resolves.toMatch(/^14\s?%$/);
    const roi = server.emulator().workbook;
    const sheet = roi.sheetByName('ROI par canal');
    if (!sheet) throw new Error('no ROI sheet');
    expect(roi.getValues(sheet, { row: 4, column: 15, numRows: 1, numColumns: 1 })[0][0]).toBeCloseTo(((285.5 * 0.4 - 100) / 100) * 100, 9);
    await page.screenshot({ path: screenshotPath('e2e-roi-measured') });

    await openTab('Tableau de bord');
    await expect(cell('A4').textContent()).resolves.toBe('Instagram');
    await expect(cell('C4').textContent()).resolves.toBe('Mesurée');
  });
});
