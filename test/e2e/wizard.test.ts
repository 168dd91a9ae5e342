/**
 * The goal wizard end to end, through the `npm start` preview: the real built sidebar in its 300 px
 * frame, google.script.run bridged to the real bundle running in Node, HyperFormula computing the
 * sheets. Keyboard only inside the wizard, in French and in English, ending on the new goal's row.
 */
import type { Frame, Page } from 'playwright-core';
import { addDays, daysBetween } from '../../src/core/dates';
import { describeInBrowser, screenshotPath, startTestPreview, useBrowserSession, type TestPreview } from '../support/browser';
import { arrowTo, focused, tabTo, typeDate } from '../support/keyboard';
import { seriousViolations } from '../support/axe';

const TODAY = new Date().toISOString().slice(0, 10);
const DEADLINE = addDays(TODAY, 91);
const WAIT = 5000;

describeInBrowser('goal wizard through the preview', () => {
  const session = useBrowserSession(startTestPreview, { viewport: { width: 1280, height: 900 }, locale: 'en-US', timeout: WAIT });
  let page: Page;
  let server: TestPreview;
  beforeEach(() => ({ page, server } = session));

  /** Opens the wizard from the add-on menu with the keyboard alone; the sidebar then has the focus, on its heading. */
  async function openWizard(menuItem: string, heading: string): Promise<Frame> {
    await page.goto(server.url);
    await page.waitForSelector('td[data-a1="A1"]');
    await page.getByRole('button', { name: 'Social ROI' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem', undefined, { timeout: WAIT });
    for (let i = 0; i < 5 && (await focused(page)).name !== menuItem; i++) await page.keyboard.press('ArrowDown');
    expect((await focused(page)).name).toBe(menuItem);
    await page.keyboard.press('Enter');
    const frame = await (await page.waitForSelector('#sidebar-frame')).contentFrame();
    if (!frame) throw new Error('no sidebar frame');
    await frame.waitForFunction(
      (text) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === text,
      heading,
      { timeout: WAIT },
    );
    await page.waitForFunction(() => document.activeElement?.id === 'sidebar-frame', undefined, { timeout: WAIT });
    return frame;
  }

  async function expectStep(frame: Frame, heading: string): Promise<void> {
    try {
      await frame.waitForFunction((text) => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() === text, heading, {
        timeout: WAIT,
      });
    } catch {
      const shown = await frame.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        const errors = [...document.querySelectorAll('[aria-invalid=true]')]
          .map((e) =>
            (e.getAttribute('aria-describedby') ?? '')
              .split(' ')
              .map((id) => document.getElementById(id)?.textContent)
              .join(' '),
          )
          .filter(Boolean);
        return `${el?.tagName} ${el?.labels?.[0]?.textContent ?? ''} = "${el?.value ?? el?.textContent}" | ${errors.join(' / ')}`;
      });
      throw new Error(`expected the step "${heading}" to have focus; focus is on ${shown}`);
    }
    expect(await seriousViolations(frame as unknown as Page)).toEqual([]);
  }

  const next = async (frame: Frame, label: string) => {
    await tabTo(page, label, { scope: frame });
    await page.keyboard.press('Enter');
  };

  test('French: a third goal for the sample bakery, from the menu to its row in « Objectifs »', async () => {
    const frame = await openWizard('Objectifs et ROI…', 'Vos objectifs');
    // The sample's two goals are listed; the frame Sheets draws keeps the add-on's name, the page's title follows its language.
    await expect(frame.locator('.goal').count()).resolves.toBe(2);
    await expect(page.locator('#sidebar-title').textContent()).resolves.toBe('Social ROI');
    await expect(frame.title()).resolves.toBe('Social ROI · Objectifs et ROI');
    await tabTo(page, 'Nouvel objectif', { scope: frame });
    await page.keyboard.press('Enter');

    await expectStep(frame, 'Étape 1 sur 5 Résultat visé');
    await tabTo(page, 'Plus de ventes', { scope: frame });
    await arrowTo(page, 'Plus de prospects', 12, frame);
    await page.screenshot({ path: screenshotPath('e2e-wizard-fr-1') });
    await next(frame, 'Suivant');

    await expectStep(frame, 'Étape 2 sur 5 Étape du tunnel et KPI');
    await tabTo(page, 'Notoriété', { scope: frame });
    await arrowTo(page, 'Génération de prospects', 12, frame);
    await tabTo(page, /^Téléchargements/, { scope: frame });
    await arrowTo(page, /^Inscriptions e-mail/, 12, frame);
    await next(frame, 'Suivant');

    await expectStep(frame, 'Étape 3 sur 5 Canaux');
    await tabTo(page, 'Facebook', { scope: frame });
    await page.keyboard.press('Space');
    await tabTo(page, 'Instagram', { scope: frame });
    await page.keyboard.press('Space');
    await next(frame, 'Suivant');

    await expectStep(frame, 'Étape 4 sur 5 Un objectif SMART');
    await tabTo(page, 'Échéance', { scope: frame });
    await typeDate(page, DEADLINE, frame);
    // The sample's Tracking holds a year of weekly sign-ups: the baseline comes from it. Aim 30 % higher.
    const baseline = Number((await frame.getByLabel('Valeur de départ').inputValue()).replace(/\s/g, ''));
    expect(baseline).toBeGreaterThan(0);
    await tabTo(page, 'Cible', { scope: frame });
    await page.keyboard.type(String(Math.round(baseline * 1.3)));
    await expect(frame.locator('.achievable-text').textContent()).resolves.toMatch(/^Cet objectif demande \+30/);
    await tabTo(page, 'Responsable', { scope: frame });
    await page.keyboard.type('<img src=x onerror=alert(1)>');
    await page.screenshot({ path: screenshotPath('e2e-wizard-fr-4') });
    await next(frame, 'Suivant');

    await expectStep(frame, 'Étape 5 sur 5 Vérification');
    const statement = await frame.locator('dl.preview dd').first().textContent();
    await page.screenshot({ path: screenshotPath('e2e-wizard-fr-5') });
    await next(frame, 'Créer l’objectif');

    await frame.waitForSelector('h1:text-is("Objectif créé")', { timeout: WAIT });
    await next(frame, 'L’afficher dans la feuille');
    // The preview follows the add-on's selection to the Goals sheet and its new row.
    await page.waitForSelector('#tabs button[aria-current=page]:text-is("Objectifs")', { timeout: WAIT });
    // Below the sample's two goals.
    await expect(page.locator('td[data-a1="A4"]').textContent()).resolves.toBe(statement);
    await expect(page.locator('td[data-a1="F4"]').textContent()).resolves.toBe('<img src=x onerror=alert(1)>');
    await expect(page.locator('td[data-a1="D4"]').textContent()).resolves.toBe('Inscriptions e-mail');
    await expect(page.locator('td[data-a1="I4"]').textContent()).resolves.toBe('inscriptions e-mail');
    // Time elapsed counts the start day itself: one day of the goal's, shown rounded.
    const days = daysBetween(TODAY, DEADLINE) + 1;
    await expect(page.locator('td[data-a1="N4"]').textContent()).resolves.toBe(`${Math.round(100 / days)}\u00a0%`);
    await page.screenshot({ path: screenshotPath('e2e-wizard-fr-goal-row') });
  });

  test('English: a fourth goal lands below the third, keyboard only, and the sheets are not duplicated', async () => {
    await page.goto(server.url);
    await page.getByLabel(/Locale|Paramètres régionaux/).selectOption('en_US');
    await page.waitForSelector('#addon-menu:text-is("Social ROI")');
    const frame = await openWizard('Goals and ROI…', 'Your goals');
    await tabTo(page, 'New goal', { scope: frame });
    await page.keyboard.press('Enter');

    await expectStep(frame, 'Step 1 of 5 Business outcome');
    await tabTo(page, 'More sales', { scope: frame });
    await page.keyboard.press('Space');
    await next(frame, 'Next');

    await expectStep(frame, 'Step 2 of 5 Funnel stage and KPI');
    await tabTo(page, 'Awareness', { scope: frame });
    await arrowTo(page, 'Engagement', 12, frame);
    await tabTo(page, 'Reactions / likes', { scope: frame });
    await arrowTo(page, /^Website clicks/, 12, frame);
    await next(frame, 'Next');

    await expectStep(frame, 'Step 3 of 5 Channels');
    await tabTo(page, 'Instagram', { scope: frame });
    await page.keyboard.press('Space');
    expect((await focused(frame)).checked).toBe(true);
    await next(frame, 'Next');

    await expectStep(frame, 'Step 4 of 5 A SMART goal');
    await tabTo(page, 'Deadline', { scope: frame });
    await typeDate(page, DEADLINE, frame);
    const baseline = Number((await frame.getByLabel('Baseline').inputValue()).replace(/,/g, ''));
    await tabTo(page, 'Target', { scope: frame });
    await page.keyboard.type(String(Math.round(baseline * 1.2)));
    await tabTo(page, 'Owner', { scope: frame });
    await page.keyboard.type('Camille');
    await next(frame, 'Next');

    // The sheets were set up in French by the first user: the review shows the French row they will get.
    await expectStep(frame, 'Step 5 of 5 Review');
    const review = await frame
      .locator('dl.preview')
      .evaluate((dl) =>
        Object.fromEntries(Array.from(dl.querySelectorAll('dt')).map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])),
      );
    expect(review).toMatchObject({ KPI: 'Clics vers le site', Canaux: 'Instagram', Unité: 'clics vers le site' });
    await next(frame, 'Create the goal');
    await frame.waitForSelector('h1:text-is("Goal created")', { timeout: WAIT });
    await next(frame, 'Show it in the sheet');
    // Their names stay French too.
    await page.waitForSelector('#tabs button[aria-current=page]:text-is("Objectifs")', { timeout: WAIT });
    await expect(page.locator('td[data-a1="D5"]').textContent()).resolves.toBe(review.KPI);
    await expect(page.locator('td[data-a1="E5"]').textContent()).resolves.toBe(review.Canaux);
    await expect(page.locator('td[data-a1="F5"]').textContent()).resolves.toBe('Camille');
    await expect(page.locator('td[data-a1="I5"]').textContent()).resolves.toBe(review.Unité);
    const tabs = await page.locator('#tabs button').allTextContents();
    expect(tabs.filter((t) => t.startsWith('Objectifs'))).toEqual(['Objectifs']);
    await page.screenshot({ path: screenshotPath('e2e-wizard-en-goal-row') });
  });
});
