/**
 * The review's tagged links in the real built wizard sidebar (stubbed google.script.run): the landing
 * page is a field of the goal, each chosen channel gets its link as it will be written to the Links
 * sheet, a page that is no web address is refused on the field, and saving sends it with the goal.
 * The steps are walked with Next until the review, whatever their order.
 */
import type { Page } from 'playwright-core';
import { describeInBrowser, screenshotPath } from '../support/browser';
import { startSidebarServer, WAIT, type SidebarServer, usePageSession } from '../support/page-server';
import { callsOf, openSidebar } from '../support/script-run-stub';
import { EXISTING_GOALS, wizardData } from '../support/wizard-fixtures';
import { focused } from '../support/keyboard';
import { seriousViolations } from '../support/axe';
import type { GoalForm } from '../../src/core/goals';

describeInBrowser('goal wizard sidebar, tagged links', () => {
  const session = usePageSession(startSidebarServer);
  let page: Page;
  let server: SidebarServer;
  beforeEach(() => ({ page, server } = session));

  const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });

  /** Edits an existing goal (all of its steps valid) and walks to the review with Next. */
  async function toReview(lang: 'en' | 'fr', goal = EXISTING_GOALS[0]): Promise<void> {
    await openSidebar(page, server.url, {
      data: wizardData(lang, {
        goals: [{ ...goal, form: { ...goal.form, channels: ['instagram', 'facebook', 'other'], otherChannel: 'Snapchat' } }],
      }),
    });
    await button(lang === 'fr' ? /^Modifier/ : /^Edit/).click();
    for (let i = 0; i < 6; i++) {
      if (
        await page
          .locator('h2.step-heading')
          .filter({ hasText: /5 (of|sur) 5/ })
          .count()
      )
        break;
      await button(lang === 'fr' ? 'Suivant' : 'Next').click();
    }
    await page.waitForSelector('h2.step-heading:has-text("5")', { timeout: WAIT });
  }

  test('one link per chosen channel for the page typed, the campaign named after the goal, ready to copy', async () => {
    await toReview('en');
    const page_ = page.getByLabel('Landing page', { exact: false });
    await expect(page.locator('.tagged-links .note').first().textContent()).resolves.toBe(
      'Type your landing page to get one tagged link per channel.',
    );
    await page_.fill('boulangerie.example/commande?ref=bio#cakes');
    const links = page.locator('.tagged-links input.link');
    await expect(
      links.evaluateAll((inputs) => inputs.map((i) => [i.getAttribute('aria-label'), (i as HTMLInputElement).value])),
    ).resolves.toEqual([
      [
        'Instagram link',
        'https://boulangerie.example/commande?ref=bio&utm_source=instagram&utm_medium=social&utm_campaign=revenue_2026_06#cakes',
      ],
      [
        'Facebook link',
        'https://boulangerie.example/commande?ref=bio&utm_source=facebook&utm_medium=social&utm_campaign=revenue_2026_06#cakes',
      ],
    ]);
    await expect(page.locator('.tagged-links').textContent()).resolves.toContain('Campaign: revenue_2026_06');
    await expect(page.locator('.tagged-links').textContent()).resolves.toContain('No link for Snapchat');
    // Focusing a link selects it, for a quick copy.
    await links.first().focus();
    await expect(
      links
        .first()
        .evaluate((i) => [
          (i as HTMLInputElement).selectionStart,
          (i as HTMLInputElement).selectionEnd,
          (i as HTMLInputElement).value.length,
        ]),
    ).resolves.toEqual([0, expect.any(Number), expect.any(Number)]);
    await page.screenshot({ path: screenshotPath('wizard-en-links'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    await button('Save changes').click();
    await page.waitForSelector('h1:text-is("Goal updated")', { timeout: WAIT });
    const [[form]] = (await callsOf(page, 'saveGoal')) as [[GoalForm]];
    expect(form.landingPage).toBe('boulangerie.example/commande?ref=bio#cakes');
  });

  test('a page that is no web address is refused on its field, focused, in French', async () => {
    await toReview('fr');
    const field = page.getByLabel('Page de destination', { exact: false });
    await field.fill('mailto:commande@boulangerie.example');
    await expect(page.locator('.tagged-links input.link').count()).resolves.toBe(0);
    await button('Enregistrer les modifications').click();
    const error = page.locator('.tagged-links .field-error');
    await expect(error.textContent()).resolves.toBe(
      '« mailto:commande@boulang… » n’est pas une adresse de page web : copiez-la depuis la barre d’adresse du navigateur, comme https://example.com/boutique.',
    );
    expect((await focused(page)).name).toMatch(/^Page de destination/);
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await callsOf(page, 'saveGoal')).toEqual([]);
    // Fixed, the error goes and the links appear.
    await field.fill('https://boulangerie.example');
    await expect(error.isHidden()).resolves.toBe(true);
    await expect(page.locator('.tagged-links input.link').count()).resolves.toBe(2);
  });

  test('after saving, the success view says where the links were written', async () => {
    await openSidebar(page, server.url, {
      data: wizardData('en', { goals: EXISTING_GOALS }),
      answers: {
        saveGoal: [
          {
            result: {
              ok: true,
              value: { id: 'goal-revenue', row: 2, sheetName: 'Goals', created: false, links: { sheetName: 'Links', count: 2 } },
            },
          },
        ],
      },
    });
    await button(/^Edit\s?: Raise revenue/).click();
    for (let i = 0; i < 6; i++) {
      if (await page.locator('h2.step-heading').filter({ hasText: '5 of 5' }).count()) break;
      await button('Next').click();
    }
    await button('Save changes').click();
    await page.waitForSelector('h1:text-is("Goal updated")', { timeout: WAIT });
    await expect(page.locator('.success').textContent()).resolves.toContain('2 tagged links written to the “Links” sheet.');
  });
});
