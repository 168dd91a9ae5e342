/**
 * The goal wizard's rules in the real built sidebar: refused fields shown and announced, absurd input
 * kept as text, the vanity warning, the history-based baseline and achievable check, editing, the
 * server's refusals, the save in progress, the language switch and loading.
 */
import type { Page } from 'playwright-core';
import { describeInBrowser, screenshotPath, watchErrors } from '../support/browser';
import { startSidebarServer, WAIT, type SidebarServer, usePageSession } from '../support/page-server';
import { callsOf, installStub, openSidebar, recordedCalls, releaseHeld, type StubOptions } from '../support/script-run-stub';
import { clicksHistory, EXISTING_GOALS, wizardData } from '../support/wizard-fixtures';
import { focused } from '../support/keyboard';
import { seriousViolations } from '../support/axe';

describeInBrowser('goal wizard sidebar, behaviour', () => {
  const session = usePageSession(startSidebarServer);
  let page: Page;
  let server: SidebarServer;
  beforeEach(() => ({ page, server } = session));

  async function expectNoSeriousViolations(): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
  }

  const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
  const radio = (name: string | RegExp) => page.getByRole('radio', { name, exact: typeof name === 'string' });
  const field = (label: string) => page.getByLabel(label, { exact: true });
  /** The error text shown next to the field with this label. */
  const errorOf = (label: string) =>
    page
      .locator('.field, fieldset')
      .filter({ has: page.getByLabel(label, { exact: true }) })
      .locator('.field-error')
      .first();
  const attention = () => page.locator('.attention');

  async function waitForStep(text: string): Promise<void> {
    await page.waitForSelector(`h2.step-heading:has-text("${text}")`);
  }

  async function next(): Promise<void> {
    await button(/^(Next|Suivant)$/).click();
  }

  /** New goal, then steps 1 to 3 filled in with the given choices (Instagram by default); stops on step 4. */
  async function toSmartStep(
    options: StubOptions,
    choice: { outcome: string; stage: string; kpi: string | RegExp; channels?: string[] } = {
      outcome: 'More sales',
      stage: 'Engagement',
      kpi: /^Website clicks/,
    },
  ): Promise<void> {
    await openSidebar(page, server.url, options);
    await button('New goal').click();
    await radio(choice.outcome).check();
    await next();
    await waitForStep('Step 2 of 5');
    await radio(choice.stage).check();
    await radio(choice.kpi).check();
    await next();
    await waitForStep('Step 3 of 5 Channels');
    for (const channel of choice.channels ?? ['Instagram']) await page.getByRole('checkbox', { name: channel, exact: true }).check();
    await next();
    await waitForStep('Step 4 of 5 A SMART goal');
  }

  /** From step 4 with valid values to the review. */
  async function fillSmart(): Promise<void> {
    await field('Deadline').fill('2026-06-03');
    await field('Baseline').fill('100');
    await field('Target').fill('150');
    await field('Owner').fill('Camille');
    await next();
    await waitForStep('Step 5 of 5');
  }

  test('Next on an empty step shows the error next to its field, announces it and focuses the field', async () => {
    await openSidebar(page, server.url, { data: wizardData('en') });
    await button('New goal').click();
    await waitForStep('Step 1 of 5');
    await next();

    const group = page.getByRole('radiogroup', { name: 'Business outcome' });
    await expect(errorOf('More sales').textContent()).resolves.toBe('Required.');
    await expect(group.getAttribute('aria-invalid')).resolves.toBe('true');
    const errorId = await errorOf('More sales').getAttribute('id');
    await expect(group.getAttribute('aria-describedby')).resolves.toContain(errorId);
    await expect(attention().getAttribute('aria-live')).resolves.toBe('polite');
    await page.waitForFunction(() => document.querySelector('.attention')?.textContent === '1 field needs attention.', undefined, {
      timeout: WAIT,
    });
    expect(await focused(page)).toMatchObject({ type: 'radio', name: 'More sales' });
    await waitForStep('Step 1 of 5');
    await page.screenshot({ path: screenshotPath('wizard-en-1-errors'), fullPage: true });
    await expectNoSeriousViolations();

    // Fixing the field takes its error away.
    await radio('More leads').check();
    await expect(errorOf('More sales').isHidden()).resolves.toBe(true);
    await expect(group.getAttribute('aria-invalid')).resolves.toBeNull();
    await expect(attention().textContent()).resolves.toBe('');

    // An outcome deadline in the past is refused with the date it must reach.
    await field('Outcome deadline (optional)').fill('2020-01-01');
    await next();
    await expect(errorOf('Outcome deadline (optional)').textContent()).resolves.toBe('Must be today (May 4, 2026) or later.');
    await expect(field('Outcome deadline (optional)').getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await focused(page)).name).toBe('Outcome deadline (optional)');
    expect((await recordedCalls(page)).map((c) => c.name)).toEqual(['loadWizard']);
  });

  test('absurd input on the SMART step is refused field by field; markup and formulas stay text', async () => {
    await toSmartStep({ data: wizardData('en') });
    await next();
    await page.waitForFunction(() => document.querySelector('.attention')?.textContent === '5 fields need attention.', undefined, {
      timeout: WAIT,
    });
    for (const label of ['Deadline', 'Baseline', 'Target', 'Goal statement', 'Owner']) {
      await expect(errorOf(label).textContent()).resolves.toBe('Required.');
      await expect(field(label).getAttribute('aria-invalid')).resolves.toBe('true');
    }
    // The first refused field on screen, not the first in validation order.
    expect((await focused(page)).name).toBe('Deadline');
    await page.screenshot({ path: screenshotPath('wizard-en-4-errors'), fullPage: true });
    await expectNoSeriousViolations();

    await field('Start date').fill('2026-01-01');
    await field('Deadline').fill('2026-02-01');
    await field('Baseline').fill('-5');
    await field('Target').fill('-5');
    await field('Goal statement').fill('x'.repeat(10_000));
    await field('Owner').fill('<img src=x onerror=alert(1)>');
    await next();
    await expect(errorOf('Deadline').textContent()).resolves.toBe('Must be today (May 4, 2026) or later.');
    await expect(errorOf('Baseline').textContent()).resolves.toBe('Must be 0 or more.');
    await expect(errorOf('Goal statement').textContent()).resolves.toBe('At most 280 characters; this has 10,000.');
    await expect(page.locator('.counter.over').textContent()).resolves.toBe('10,000 of 280 characters');
    await expect(errorOf('Owner').isHidden()).resolves.toBe(true);

    await field('Baseline').fill('150');
    await field('Target').fill('150');
    await next();
    await expect(errorOf('Target').textContent()).resolves.toBe('The target must differ from the baseline.');

    const formula = '=IMPORTXML("http:' + '/' + '/x","y")';
    await field('Start date').fill('2026-05-04');
    await field('Deadline').fill('2026-06-03');
    await field('Baseline').fill('100');
    await field('Target').fill('150');
    await field('Goal statement').fill(formula);
    await next();
    await waitForStep('Step 5 of 5');

    const shown = (header: string) => page.locator('dl.preview dt', { hasText: header }).locator('xpath=following-sibling::dd[1]');
    await expect(shown('Goal').textContent()).resolves.toBe(formula);
    await expect(shown('Owner').textContent()).resolves.toBe('<img src=x onerror=alert(1)>');
    await expect(page.locator('img').count()).resolves.toBe(0);
    await button('Create the goal').click();
    await page.waitForSelector('h1:text-is("Goal created")');
    await expect(page.locator('img').count()).resolves.toBe(0);
    const [[sent]] = (await callsOf(page, 'saveGoal')) as Array<[Record<string, unknown>]>;
    expect(sent).toMatchObject({ statement: formula, owner: '<img src=x onerror=alert(1)>', baseline: '100', target: '150' });
    await button('Back to goals').click();
    await expect(page.locator('.goal-statement').textContent()).resolves.toBe(formula);
    await expect(page.locator('img').count()).resolves.toBe(0);
  });

  test('a vanity KPI for a sales outcome is a warning whose suggestions pick an actionable KPI', async () => {
    await openSidebar(page, server.url, { data: wizardData('en') });
    await button('New goal').click();
    await radio('More sales').check();
    await next();
    await waitForStep('Step 2 of 5');
    await radio('Awareness').check();
    await radio('Followers').check();
    const warning = page.locator('.warning');
    await expect(warning.locator('p').first().textContent()).resolves.toBe(
      'Followers feel good but prove little when the goal is more sales: track new customers, revenue, sales, conversion rate or website clicks instead.',
    );
    await expect(page.locator('[aria-live=polite]', { has: warning }).count()).resolves.toBe(1);
    await expect(warning.getByRole('button').allTextContents()).resolves.toEqual([
      'New customers',
      'Revenue',
      'Sales (orders)',
      'Conversion rate',
      'Website clicks',
    ]);
    await page.screenshot({ path: screenshotPath('wizard-en-2-vanity'), fullPage: true });
    await expectNoSeriousViolations();

    await warning.getByRole('button', { name: 'New customers' }).press('Enter');
    await expect(radio('Conversion / purchase').isChecked()).resolves.toBe(true);
    await expect(radio(/^New customers/).isChecked()).resolves.toBe(true);
    expect(await focused(page)).toMatchObject({ type: 'radio', checked: true, name: 'New customers suggested' });
    await expect(warning.count()).resolves.toBe(0);

    // Only a warning: a vanity KPI can still be kept.
    await radio('Awareness').check();
    await radio('Impressions / views').check();
    await expect(warning.count()).resolves.toBe(1);
    await next();
    await waitForStep('Step 3 of 5 Channels');
  });

  test('brand reputation may count followers without a warning', async () => {
    await toSmartStep({ data: wizardData('en') }, { outcome: 'Brand reputation', stage: 'Awareness', kpi: 'Followers' });
    await button('Back').click();
    await waitForStep('Step 3 of 5');
    await button('Back').click();
    await waitForStep('Step 2 of 5');
    await expect(radio('Followers').isChecked()).resolves.toBe(true);
    await expect(page.locator('.warning').count()).resolves.toBe(0);
  });

  test('the baseline comes from Tracking and the achievable check follows the target as it is typed', async () => {
    await toSmartStep({ data: wizardData('en', { history: clicksHistory() }) });
    const check = page.locator('.achievable-text');
    await expect(check.textContent()).resolves.toBe(
      'Fill in the dates, the baseline and the target to compare this goal with your history.',
    );
    await expect(page.locator('.achievable [aria-live=polite]').count()).resolves.toBe(1);

    await field('Deadline').fill('2026-06-03');
    await expect(field('Baseline').inputValue()).resolves.toBe('1860');
    await field('Target').fill('3000');
    await expect(check.textContent()).resolves.toBe(
      'This goal asks for +61.3% in 31 days; the best seen over 31 days was +50%: 11.3 points more than your record.',
    );
    await expect(page.locator('.achievable .verdict').textContent()).resolves.toBe('A stretch: beyond your record');
    await page.screenshot({ path: screenshotPath('wizard-en-4-stretch'), fullPage: true });
    await field('Target').fill('2500');
    await expect(check.textContent()).resolves.toBe(
      'This goal asks for +34.4% in 31 days; the best seen over 31 days was +50%: within your record.',
    );

    // A baseline the user typed stays, whatever the dates; "Use this value" brings Tracking's back.
    await field('Baseline').fill('2000');
    await field('Deadline').fill('2026-06-13');
    await expect(field('Baseline').inputValue()).resolves.toBe('2000');
    await expect(
      page
        .locator('.field', { has: field('Baseline') })
        .locator('.note')
        .textContent(),
    ).resolves.toContain('From Tracking: 2,460 between Mar 24, 2026 and May 3, 2026.');
    await button('Use this value').click();
    await expect(field('Baseline').inputValue()).resolves.toBe('2460');
    expect((await focused(page)).name).toBe('Baseline');
  });

  test('an edited statement is no longer redrafted until "Redraft"', async () => {
    await toSmartStep({ data: wizardData('en') });
    await field('Deadline').fill('2026-06-03');
    await field('Baseline').fill('100');
    await field('Target').fill('150');
    const statement = field('Goal statement');
    await expect(statement.inputValue()).resolves.toBe('Go from 100 to 150 website clicks from Instagram by Jun 3, 2026');
    await expect(button('Redraft').isHidden()).resolves.toBe(true);
    await statement.fill('Win 50 more clicks');
    await field('Target').fill('180');
    await expect(statement.inputValue()).resolves.toBe('Win 50 more clicks');
    await button('Redraft').click();
    await expect(statement.inputValue()).resolves.toBe('Go from 100 to 180 website clicks from Instagram by Jun 3, 2026');
    expect((await focused(page)).name).toBe('Goal statement');
  });

  test('Edit opens a goal prefilled, and saving sends its id', async () => {
    await openSidebar(page, server.url, { data: wizardData('en', { goals: EXISTING_GOALS }) });
    await button(/^Edit: Raise revenue/).click();
    await page.waitForSelector('h1:text-is("Edit goal")');
    await expect(radio('More sales').isChecked()).resolves.toBe(true);
    await next();
    await waitForStep('Step 2 of 5');
    await expect(radio('Conversion / purchase').isChecked()).resolves.toBe(true);
    await expect(radio(/^Revenue/).isChecked()).resolves.toBe(true);
    await next();
    await waitForStep('Step 3 of 5 Channels');
    await expect(page.getByRole('checkbox', { name: 'Instagram' }).isChecked()).resolves.toBe(true);
    await next();
    await waitForStep('Step 4 of 5 A SMART goal');
    await expect(field('Baseline').inputValue()).resolves.toBe('2000');
    await expect(field('Unit').inputValue()).resolves.toBe('€');
    await field('Target').fill('3200');
    // The goal's statement is the one the wizard drafted: it follows the new target, never names the old one.
    const redrafted = 'Raise revenue from Instagram from €2,000 to €3,200 by Jun 30, 2026';
    await expect(field('Goal statement').inputValue()).resolves.toBe(redrafted);
    await next();
    await waitForStep('Step 5 of 5');
    await page.screenshot({ path: screenshotPath('wizard-en-5-edit'), fullPage: true });
    await button('Save changes').click();
    await page.waitForSelector('h1:text-is("Goal updated")');
    await expect(page.getByText('Row 2 of the “Goals” sheet.').count()).resolves.toBe(1);

    expect(await callsOf(page, 'saveGoal')).toEqual([
      [{ ...EXISTING_GOALS[0].form, id: 'goal-revenue', target: '3200', statement: redrafted }, 'en'],
    ]);
    await button('Back to goals').click();
    await expect(page.locator('.goal').count()).resolves.toBe(2);
  });

  test('editing a goal whose statement the user wrote keeps it, with Redraft at hand', async () => {
    const own = 'Our Instagram shop pays for itself by summer';
    const goals = [{ ...EXISTING_GOALS[0], form: { ...EXISTING_GOALS[0].form, statement: own } }];
    await openSidebar(page, server.url, { data: wizardData('en', { goals }) });
    await button(/^Edit: Our Instagram/).click();
    await page.waitForSelector('h1:text-is("Edit goal")');
    for (const step of ['Step 2 of 5', 'Step 3 of 5 Channels', 'Step 4 of 5 A SMART goal']) {
      await next();
      await waitForStep(step);
    }
    await field('Target').fill('3200');
    await expect(field('Goal statement').inputValue()).resolves.toBe(own);
    await button('Redraft').click();
    await expect(field('Goal statement').inputValue()).resolves.toBe('Raise revenue from Instagram from €2,000 to €3,200 by Jun 30, 2026');
  });

  test.each([
    ['en', 'No reading yet since the start: progress and status wait for this goal’s readings in Tracking.'],
    ['fr', 'Pas encore de mesure depuis le début : la progression et le statut attendent les mesures de cet objectif dans Suivi.'],
  ] as const)('%s: a goal under way with no reading yet says so, instead of a progress and a status to come', async (lang, text) => {
    const waiting = {
      ...EXISTING_GOALS[0],
      id: 'goal-clicks',
      form: { ...EXISTING_GOALS[0].form, id: 'goal-clicks', kpi: 'website_clicks', statement: 'More clicks from Instagram' },
      current: null,
      progress: null,
      elapsed: 0.37,
      status: null,
    };
    await openSidebar(page, server.url, { data: wizardData(lang, { goals: [EXISTING_GOALS[0], waiting] }) });
    const [withReadings, without] = [page.locator('.goal').nth(0), page.locator('.goal').nth(1)];
    await expect(without.locator('.no-reading').textContent()).resolves.toBe(text);
    // Neither a progress "not computed yet" nor a status "computed by the sheet": the sheet has none to compute.
    await expect(without.locator('progress, .status').count()).resolves.toBe(0);
    await expect(withReadings.locator('.no-reading').count()).resolves.toBe(0);
    await expect(withReadings.locator('progress').count()).resolves.toBe(1);
    await expectNoSeriousViolations();
  });

  test('server refusals: validation goes back to the field, busy offers a retry, nothing typed is lost', async () => {
    await toSmartStep({
      data: wizardData('en'),
      answers: {
        saveGoal: [
          { result: { ok: false, error: { kind: 'validation', errors: [{ field: 'owner', code: 'controlCharacter' }] } } },
          { result: { ok: false, error: { kind: 'busy' } } },
          { result: { ok: false, error: { kind: 'failed', message: 'The Goals sheet is protected.' } } },
          { throws: 'Exceeded maximum execution time' },
        ],
      },
    });
    await fillSmart();
    await button('Create the goal').click();

    await waitForStep('Step 4 of 5');
    await expect(errorOf('Owner').textContent()).resolves.toBe('Contains an invisible control character (such as a tab): remove it.');
    expect((await focused(page)).name).toBe('Owner');
    await page.waitForFunction(() => document.querySelector('.attention')?.textContent === '1 field needs attention.', undefined, {
      timeout: WAIT,
    });
    await expect(field('Baseline').inputValue()).resolves.toBe('100');
    await expect(field('Target').inputValue()).resolves.toBe('150');
    await expect(field('Owner').inputValue()).resolves.toBe('Camille');

    await field('Owner').fill('Camille D.');
    await next();
    await waitForStep('Step 5 of 5');
    await button('Create the goal').click();
    const alert = page.getByRole('alert');
    await page.waitForSelector('[role=alert] p');
    await expect(alert.locator('p').textContent()).resolves.toBe('Someone else is writing to the sheet; try again in a moment.');
    expect((await focused(page)).name).toBe('Try again');
    await page.screenshot({ path: screenshotPath('wizard-en-5-busy'), fullPage: true });
    await expectNoSeriousViolations();

    await button('Try again').click();
    await page.waitForSelector('[role=alert] p:text-is("The Goals sheet is protected.")');
    await button('Create the goal').click();
    await page.waitForSelector('[role=alert] p:has-text("The sheet did not answer (Exceeded maximum execution time)")');
    await expect(page.locator('dl.preview dd').first().textContent()).resolves.toBe(
      'Go from 100 to 150 website clicks from Instagram by Jun 3, 2026',
    );
    await button('Try again').click();
    await page.waitForSelector('h1:text-is("Goal created")');

    const saves = (await callsOf(page, 'saveGoal')) as Array<[Record<string, unknown>]>;
    expect(saves).toHaveLength(5);
    expect(saves[0][0].owner).toBe('Camille');
    for (const [form] of saves.slice(1)) expect(form).toEqual(saves[1][0]);
    expect(saves[1][0]).toMatchObject({ owner: 'Camille D.', baseline: '100', target: '150', channels: ['instagram'] });
  });

  test('a goal deleted from the sheet meanwhile can be saved as a new one', async () => {
    await openSidebar(page, server.url, {
      data: wizardData('en', { goals: EXISTING_GOALS }),
      answers: { saveGoal: [{ result: { ok: false, error: { kind: 'notFound' } } }] },
    });
    await button(/^Edit: Raise revenue/).click();
    for (let step = 2; step <= 5; step++) {
      await next();
      await waitForStep(`Step ${step} of 5`);
    }
    await button('Save changes').click();
    await page.waitForSelector('[role=alert] p:text-is("This goal is no longer in the Goals sheet: it may have been deleted.")');
    await button('Save it as a new goal').click();
    await page.waitForSelector('h1:text-is("Goal created")');
    const saves = (await callsOf(page, 'saveGoal')) as Array<[Record<string, unknown>]>;
    expect(saves.map(([form]) => form.id)).toEqual(['goal-revenue', undefined]);
  });

  test('while saving, the button is disabled, the form busy and "Saving…" shown', async () => {
    await toSmartStep({
      data: wizardData('en'),
      answers: { saveGoal: [{ result: { ok: true, value: { id: 'g9', row: 9, sheetName: 'Goals', created: true } }, hold: true }] },
    });
    await fillSmart();
    await button('Create the goal').click();
    await page.waitForSelector('[role=status]:text-is("Saving…")');
    await expect(button('Create the goal').isDisabled()).resolves.toBe(true);
    await expect(button('Back').isDisabled()).resolves.toBe(true);
    await expect(page.locator('form').getAttribute('aria-busy')).resolves.toBe('true');
    await page.screenshot({ path: screenshotPath('wizard-en-5-saving'), fullPage: true });
    await expectNoSeriousViolations();
    await releaseHeld(page);
    await page.waitForSelector('h1:text-is("Goal created")');
    await expect(page.getByText('Row 9 of the “Goals” sheet.').count()).resolves.toBe(1);
    expect(await callsOf(page, 'saveGoal')).toHaveLength(1);
  });

  test('the language switch re-renders in French at once, keeps what was typed (an amount refused stays refused), and remembers the choice', async () => {
    await toSmartStep({ data: wizardData('en', { history: clicksHistory() }) });
    await field('Deadline').fill('2026-06-03');
    await field('Target').fill('2500');
    await field('Owner').fill('Camille');
    await field('Baseline').fill('');
    await next();
    await expect(errorOf('Baseline').textContent()).resolves.toBe('Required.');

    const fr = page.getByRole('button', { name: 'Français' });
    await expect(fr.getAttribute('aria-pressed')).resolves.toBe('false');
    await fr.focus();
    await page.keyboard.press('Enter');
    await waitForStep('Étape 4 sur 5 Un objectif SMART');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(fr.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).resolves.toBe('false');
    expect((await focused(page)).name).toBe('Français');
    await expect(page.locator('h1').textContent()).resolves.toBe('Nouvel objectif');
    await expect(field('Cible').inputValue()).resolves.toBe('2500');
    await expect(field('Responsable').inputValue()).resolves.toBe('Camille');
    await expect(field('Échéance').inputValue()).resolves.toBe('2026-06-03');
    await expect(errorOf('Valeur de départ').textContent()).resolves.toBe('Obligatoire.');
    await expect(attention().textContent()).resolves.toBe('1 champ à corriger.');
    // The statement was the wizard's draft: it is redrafted in French.
    await expect(field('Énoncé de l’objectif').inputValue()).resolves.toBe(
      'Atteindre 2\u202f500 clics vers le site depuis Instagram d’ici le 03/06/2026',
    );
    await page.screenshot({ path: screenshotPath('wizard-fr-4-switched'), fullPage: true });
    await expectNoSeriousViolations();

    // A target French cannot read (1 500 or 1,5?) is refused; in English "1.500" would read 1.5, above the baseline of 1.
    await field('Valeur de départ').fill('1');
    await field('Cible').fill('1.500');
    await next();
    await expect(errorOf('Cible').textContent()).resolves.toBe('« 1.500 » peut se lire 1500 ou 1,5 : tapez 1500 ou 1,5.');

    await page.getByRole('button', { name: 'English' }).click();
    await waitForStep('Step 4 of 5 A SMART goal');
    // Kept as typed, and still refused: read in English it would silently be 1.5.
    await expect(field('Target').inputValue()).resolves.toBe('1.500');
    await expect(field('Baseline').inputValue()).resolves.toBe('1');
    await expect(errorOf('Target').textContent()).resolves.toBe('“1.500” could be 1500 or 1.5: type 1500 or 1.5.');
    await next();
    await waitForStep('Step 4 of 5 A SMART goal');
    await expect(errorOf('Target').textContent()).resolves.toBe('“1.500” could be 1500 or 1.5: type 1500 or 1.5.');
    await page.waitForFunction(() => document.querySelector('.attention')?.textContent === '1 field needs attention.', undefined, {
      timeout: WAIT,
    });
    await expect(page.locator('.achievable .verdict').isHidden()).resolves.toBe(true);
    await field('Target').fill('2500');
    await expect(errorOf('Target').isHidden()).resolves.toBe(true);
    await expect(field('Goal statement').inputValue()).resolves.toBe('Go from 1 to 2,500 website clicks from Instagram by Jun 3, 2026');
    await expect(field('Target').inputValue()).resolves.toBe('2500');
    expect(await callsOf(page, 'setLanguage')).toEqual([['fr'], ['en']]);
    expect(await callsOf(page, 'loadWizard')).toHaveLength(1);
  });

  test('loading shows a status in both languages; a failed load can be tried again', async () => {
    await installStub(page, {
      data: wizardData('en'),
      answers: { loadWizard: [{ result: { ok: true, value: wizardData('en') }, hold: true }] },
    });
    await page.goto(server.url);
    const status = page.getByRole('status');
    await expect(status.locator('[lang=en]').textContent()).resolves.toBe('Loading your goals…');
    await expect(status.locator('[lang=fr]').textContent()).resolves.toBe('Chargement de vos objectifs…');
    await page.screenshot({ path: screenshotPath('wizard-loading'), fullPage: true });
    await expectNoSeriousViolations();
    await releaseHeld(page);
    await page.waitForSelector('h1:text-is("Your goals")');
    await expect(page.locator('.empty h2').textContent()).resolves.toBe('No goals yet');
    await expectNoSeriousViolations();

    const failing = await session.browser.newPage({ viewport: { width: 300, height: 600 }, locale: 'en-US' });
    const failingErrors = watchErrors(failing);
    await installStub(failing, { data: wizardData('fr'), answers: { loadWizard: [{ throws: 'Authorisation is required' }] } });
    await failing.goto(server.url);
    await failing.waitForSelector('h1:text-is("Your goals could not be loaded.")', { timeout: WAIT });
    await expect(failing.getByText('The sheet did not answer (Authorisation is required).', { exact: false }).count()).resolves.toBe(1);
    expect(await seriousViolations(failing)).toEqual([]);
    await failing.getByRole('button', { name: 'Try again' }).click();
    await failing.waitForSelector('h1:text-is("Vos objectifs")', { timeout: WAIT });
    expect((await recordedCalls(failing)).map((c) => c.name)).toEqual(['loadWizard', 'loadWizard']);
    expect(failingErrors).toEqual([]);
    await failing.close();
  });
});
