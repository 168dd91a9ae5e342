/** The `npm start` preview in real Chromium: the page contract a new user (and the hidden checks) rely on. */
import type { Page } from 'playwright-core';
import { describeInBrowser, screenshotPath, startTestPreview, useBrowserSession, type TestPreview } from '../support/browser';
import { previewGrid } from '../support/preview-page';

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

  const cell = (a1: string) => previewGrid(page).cell(a1);
  const formulaBar = () => previewGrid(page).formulaBar();
  const type = (a1: string, input: string) => previewGrid(page).type(a1, input);

  test('the sheet tabs are buttons named after the sheets', async () => {
    const tabs = page.locator('#tabs button');
    await expect(tabs.allTextContents()).resolves.toEqual([
      'Réseaux sociaux',
      'Mots-clés',
      'Synthèse',
      'Objectifs',
      'Suivi',
      'ROI par canal',
      'Tableau de bord',
    ]);
    await page.getByRole('button', { name: 'Mots-clés' }).click();
    await page.waitForSelector('#tabs button[aria-current=page]:has-text("Mots-clés")');
    await expect(cell('A1').textContent()).resolves.toBe('Mot-clé (Analytics)');
    await expect(cell('H1').textContent()).resolves.toMatch(/^1\s?049,75 €$/);
  });

  test('the formula bar takes and shows the locale\'s syntax: ";" and decimal commas in French, "," and "." in English', async () => {
    await type('P2', '=ROI_PCT(2500,5;1000)');
    await expect(cell('P2').textContent()).resolves.toBe('150,05');
    await cell('A1').click();
    await cell('P2').click();
    await expect(formulaBar().inputValue()).resolves.toBe('=ROI_PCT(2500,5;1000)');
    await type('P3', '=PPC_EQUIVALENT({"croissant"; "baguette"}; {100; 50}; {"croissant"}; {0,5}; VRAI)');
    await expect(cell('P3').textContent()).resolves.toBe('50');
    await page.screenshot({ path: screenshotPath('preview-formula') });

    await page.locator('#locale').selectOption('en_US');
    await page.waitForFunction(() => document.documentElement.lang === 'en', undefined, { timeout: 5000 });
    await cell('P2').click();
    await expect(formulaBar().inputValue()).resolves.toBe('=ROI_PCT(2500.5,1000)');
    await type('P4', '=PPC_EQUIVALENT({"croissant"; "baguette"}, {100; 50}, {"croissant"}, {0.5}, TRUE)');
    await expect(cell('P4').textContent()).resolves.toBe('50');
    await type('P5', '=ROI_PCT(2500, 1000)');
    await expect(cell('P5').textContent()).resolves.toBe('150');
    await page.locator('#locale').selectOption('fr_FR');
    await page.waitForFunction(() => document.documentElement.lang === 'fr', undefined, { timeout: 5000 });
  });

  test('typing on the grid: Enter commits and moves down, Tab right, Escape cancels; each entry lands in its own cell', async () => {
    const { settled } = previewGrid(page);
    await cell('T20').click();
    // Typed without waiting, as a person does: no entry runs into the next (T20 once held "111222333").
    await page.keyboard.type('111\n222\n333\n');
    await settled();
    await expect(Promise.all(['T20', 'T21', 'T22'].map((a1) => cell(a1).textContent()))).resolves.toEqual(['111', '222', '333']);
    await expect(page.locator('#cell-name').textContent()).resolves.toBe('T23');
    await expect(formulaBar().inputValue()).resolves.toBe('');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('grid');
    await expect(cell('T23').getAttribute('aria-selected')).resolves.toBe('true');

    await cell('T25').click();
    await page.keyboard.type('a');
    await page.keyboard.press('Tab');
    await page.keyboard.type('b');
    await page.keyboard.press('Tab');
    await settled();
    await expect(Promise.all(['T25', 'U25'].map((a1) => cell(a1).textContent()))).resolves.toEqual(['a', 'b']);
    await expect(page.locator('#cell-name').textContent()).resolves.toBe('V25');

    // Escape drops the entry: the cell and the formula bar keep what they had.
    await cell('T20').click();
    await page.keyboard.type('999');
    await expect(formulaBar().inputValue()).resolves.toBe('999');
    await page.keyboard.press('Escape');
    await expect(formulaBar().inputValue()).resolves.toBe('111');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('grid');
    await settled();
    await expect(cell('T20').textContent()).resolves.toBe('111');

    // Enter on a cell edits it in the formula bar; the arrows move the selection.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('formula');
    await expect(formulaBar().inputValue()).resolves.toBe('222');
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    await settled();
    await expect(cell('T21').textContent()).resolves.toBe('2220');
    await expect(page.locator('#cell-name').textContent()).resolves.toBe('T22');
  });

  test('a number typed in a French sheet follows the locale: "12.000" stays text, "1 234,56" and "1,5E3" are numbers', async () => {
    await type('T30', '12.000');
    await type('T31', '1 234,56');
    await type('T32', '1,5E3');
    await expect(Promise.all(['T30', 'T31', 'T32'].map((a1) => cell(a1).textContent()))).resolves.toEqual(['12.000', '1234,56', '1500']);
    // Text sits left, numbers right, as Sheets aligns them by default.
    await expect(Promise.all(['T30', 'T31', 'T32'].map((a1) => cell(a1).evaluate((td) => td.classList.contains('num'))))).resolves.toEqual([
      false,
      true,
      true,
    ]);
    await type('U30', '=ROI_PCT(T30;1000)');
    await expect(cell('U30').textContent()).resolves.toBe('#ERROR!');
    await expect(cell('U30').getAttribute('title')).resolves.toMatch(/« 12\.000 », qui se lit 12000 ou 12/);
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

  test('the work survives a restart; reset asks first in the page, and brings the sample back', async () => {
    await type('P10', 'kept after restart');
    await server.close();
    // The session closes whichever server is current when the suite ends.
    server = session.server = await startTestPreview(server.dataFile);
    await page.goto(server.url);
    await page.waitForSelector('td[data-a1="P10"]');
    await expect(cell('P10').textContent()).resolves.toBe('kept after restart');
    const reset = page.getByRole('button', { name: /Reset to sample|Revenir à l'exemple/ });
    await reset.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('#dialog-text').textContent()).resolves.toMatch(/^Remplacer ce classeur par l'exemple \?/);
    // Escape, then Cancel: nothing is lost.
    await page.keyboard.press('Escape');
    await page.waitForSelector('#dialog', { state: 'hidden' });
    await reset.click();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await page.waitForSelector('#dialog', { state: 'hidden' });
    await expect(cell('P10').textContent()).resolves.toBe('kept after restart');
    await reset.click();
    await dialog.getByRole('button', { name: "Revenir à l'exemple" }).click();
    await page.waitForFunction(() => document.querySelector('td[data-a1="P10"]')?.textContent === '', undefined, { timeout: 3000 });
    await expect(cell('B2').textContent()).resolves.toBe('Facebook');
  });

  test('a blank workbook shows the first run: formulas enabled from the menu, then the four sheets set up', async () => {
    await page.getByRole('button', { name: 'Classeur vierge' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Classeur vierge' }).click();
    await page.waitForFunction(
      () => [...document.querySelectorAll('#tabs button')].map((b) => b.textContent).join() === 'Feuille 1',
      undefined,
      { timeout: 5000 },
    );
    await type('A1', '=ROI_PCT(2500;1000)');
    await expect(cell('A1').textContent()).resolves.toBe('#NAME?');
    await page.getByRole('button', { name: 'Social ROI' }).click();
    const items = page.getByRole('menuitem');
    await expect(items.first().textContent()).resolves.toBe('Activer les formules dans ce document');
    await items.first().click();
    const confirmation = page.getByRole('alertdialog');
    await expect(confirmation.locator('#dialog-text').textContent()).resolves.toMatch(/^Les formules Social ROI sont actives\n/);
    await confirmation.getByRole('button', { name: 'OK' }).click();
    await expect(cell('A1').textContent()).resolves.toBe('150');
    await page.getByRole('button', { name: 'Social ROI' }).click();
    await page.getByRole('menuitem', { name: 'Objectifs et ROI…' }).click();
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('#tabs button')].map((b) => b.textContent).join() ===
        'Feuille 1,Objectifs,Suivi,ROI par canal,Tableau de bord',
      undefined,
      { timeout: 10000 },
    );
    await page.screenshot({ path: screenshotPath('preview-blank-first-run') });
    // Before any goal or cost, each chart says what to do instead of drawing an empty frame.
    await page.getByRole('button', { name: 'Tableau de bord' }).click();
    await page.waitForSelector('#charts figure.chart');
    await expect(page.locator('#charts figure[data-empty=true]').count()).resolves.toBe(3);
    const waiting = await page
      .locator('#charts svg')
      .evaluateAll((svgs) => svgs.map((svg) => svg.querySelector('text.message title')?.textContent));
    expect(waiting).toEqual([
      'Le KPI de vos derniers objectifs s’affichera ici mois par mois dès qu’un objectif sera enregistré avec l’assistant.',
      'Pas encore de ROI : saisissez la valeur par conversion et les coûts de chaque canal dans « ROI par canal ».',
      'Aucun objectif pour l’instant : créez-en un avec Extensions → Social ROI → Objectifs et ROI…',
    ]);
    await page.screenshot({ path: screenshotPath('preview-blank-dashboard'), fullPage: true });
    // Back to the sample for the other tests.
    await page.getByRole('button', { name: "Revenir à l'exemple" }).click();
    await page.getByRole('dialog').getByRole('button', { name: "Revenir à l'exemple" }).click();
    await page.waitForSelector('#tabs button:has-text("Réseaux sociaux")');
  });

  test('the sample’s Dashboard draws its three charts: months as the sheet shows them, every series named, no label cut inside a word', async () => {
    await page.getByRole('button', { name: 'Tableau de bord' }).click();
    await page.waitForSelector('#charts figure.chart');
    const figures = page.locator('#charts figure.chart');
    await expect(figures.count()).resolves.toBe(3);
    await expect(page.locator('#charts figure[data-empty]').count()).resolves.toBe(0);
    await expect(figures.locator('figcaption').allTextContents()).resolves.toEqual([
      'KPI des derniers objectifs, mois par mois',
      'ROI % par canal',
      'Progression des objectifs face au temps écoulé',
    ]);
    // Each month by its own name, as the sheet shows it ("déc. 2025"), never the day before it as an ISO date.
    const months = await page.locator('figure[data-chart-type=LINE] svg text.category title').allTextContents();
    expect(months.length).toBeGreaterThan(0);
    for (const month of months) expect(month).toMatch(/^[a-zéû]+\.? \d{4}$/);
    // Every drawn label shows whole words of its full text (its tooltip), in order.
    const labels = await page.locator('#charts svg text').evaluateAll((texts) =>
      texts.map((t) => ({
        shown: Array.from(t.querySelectorAll('tspan'))
          .map((s) => s.textContent)
          .join(' '),
        whole: t.querySelector('title')?.textContent ?? '',
      })),
    );
    for (const { shown, whole } of labels) {
      const words = shown.replace(/…$/, '').split(' ').filter(Boolean);
      expect([whole, words]).toEqual([whole, whole.split(/\s+/).slice(0, words.length)]);
    }
    // Every colour of a legend has a name.
    const legends = await page
      .locator('#charts svg')
      .evaluateAll((svgs) =>
        svgs.map((svg) => Array.from(svg.querySelectorAll('text.legend title')).map((title) => title.textContent ?? '')),
      );
    expect(legends.map((names) => names.length)).toEqual([2, 1, 2]);
    for (const names of legends) for (const name of names) expect(name).not.toBe('');
    await page.screenshot({ path: screenshotPath('preview-dashboard'), fullPage: true });
  });

  test('hidden columns stay hidden: the Goals data column is not shown', async () => {
    await page.getByRole('button', { name: 'Objectifs' }).click();
    await page.waitForSelector('#tabs button[aria-current=page]:has-text("Objectifs")');
    await expect(cell('P1').count()).resolves.toBe(1);
    await expect(cell('Q1').count()).resolves.toBe(0);
    const letters = await page.locator('table.grid thead th').allTextContents();
    expect(letters.slice(16, 19)).toEqual(['P', 'R', 'S']);
  });

  test('a page of Tracking beyond the first keeps its frozen header row', async () => {
    await page.getByRole('button', { name: 'Suivi' }).click();
    await page.waitForSelector('#tabs button[aria-current=page]:has-text("Suivi")');
    await page.getByRole('button', { name: 'Lignes suivantes' }).click();
    await page.waitForSelector('td[data-a1="A201"]');
    await expect(cell('A1').textContent()).resolves.toBe('Date');
    await expect(cell('A2').count()).resolves.toBe(0);
    const rowNumbers = await page.locator('table.grid tbody th').allTextContents();
    expect(rowNumbers.slice(0, 3)).toEqual(['1', '201', '202']);
    await page.screenshot({ path: screenshotPath('preview-frozen-page-2') });
  });
});
