/**
 * The whole wizard with the keyboard alone, in English and in French, on the real build/sidebar.html
 * with a stubbed google.script.run: one loadWizard, one saveGoal with the goal as typed, a success view,
 * and no serious accessibility violation on any view. A screenshot of every step in both languages.
 */
import type { Page } from 'playwright-core';
import { describeInBrowser } from '../support/browser';
import { startSidebarServer, WAIT, type SidebarServer, usePageSession } from '../support/page-server';
import { callsOf, openSidebar, recordedCalls } from '../support/script-run-stub';
import { clicksHistory, EXISTING_GOALS, wizardData } from '../support/wizard-fixtures';
import { arrowTo, focused, tabTo, typeDate } from '../support/keyboard';
import { axeCheckpoint } from '../support/axe';

const NBSP = '\u00a0';

describeInBrowser('goal wizard sidebar, keyboard only', () => {
  const session = usePageSession(startSidebarServer);
  let page: Page;
  let server: SidebarServer;
  beforeEach(() => ({ page, server } = session));

  /** Checks the view for serious or critical axe violations and saves its screenshot. */
  const checkpoint = (name: string) => axeCheckpoint(page, name);

  async function expectStep(heading: string): Promise<void> {
    await page.waitForFunction((text) => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() === text, heading, {
      timeout: WAIT,
    });
    expect((await focused(page)).tag).toBe('h2');
  }

  async function next(label: string): Promise<void> {
    await tabTo(page, label);
    await page.keyboard.press('Enter');
  }

  test('English: from the goals list to "Goal created", with the history-based baseline and check', async () => {
    await openSidebar(page, server.url, { data: wizardData('en', { goals: EXISTING_GOALS, history: clicksHistory() }) });
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await checkpoint('wizard-en-home');

    await tabTo(page, 'New goal');
    await page.keyboard.press('Enter');
    await expectStep('Step 1 of 5 Business outcome');
    await tabTo(page, 'More sales');
    await page.keyboard.press('Space');
    await tabTo(page, 'Outcome in numbers (optional)');
    await page.keyboard.type('500 orders a month');
    await tabTo(page, 'Outcome deadline (optional)');
    await typeDate(page, '2026-12-31');
    // Shift+Tab goes back to the previous field, with what was typed.
    expect(await tabTo(page, 'Outcome in numbers (optional)', { back: true })).toMatchObject({ value: '500 orders a month' });
    await checkpoint('wizard-en-1-outcome');
    await next('Next');

    await expectStep('Step 2 of 5 Funnel stage and KPI');
    await tabTo(page, 'Awareness');
    await arrowTo(page, 'Engagement');
    await tabTo(page, 'Reactions / likes');
    await arrowTo(page, 'Website clicks suggested');
    await checkpoint('wizard-en-2-kpi');
    await next('Next');

    await expectStep('Step 3 of 5 Channels');
    await tabTo(page, 'Instagram');
    await page.keyboard.press('Space');
    expect((await focused(page)).checked).toBe(true);
    await checkpoint('wizard-en-3-channels');
    await next('Next');

    await expectStep('Step 4 of 5 A SMART goal');
    await expect(page.getByLabel('Start date').inputValue()).resolves.toBe('2026-05-04');
    await tabTo(page, 'Deadline');
    await typeDate(page, '2026-06-03');
    // 31 days of 60 clicks before the start.
    await expect(page.getByLabel('Baseline').inputValue()).resolves.toBe('1860');
    await expect(
      page
        .locator('.field', { has: page.getByLabel('Baseline') })
        .locator('.note')
        .textContent(),
    ).resolves.toContain('From Tracking: 1,860 between Apr 3, 2026 and May 3, 2026.');
    await tabTo(page, 'Target');
    await page.keyboard.type('2500');
    await expect(page.locator('.achievable-text').textContent()).resolves.toBe(
      'This goal asks for +34.4% in 31 days; the best seen over 31 days was +50%: within your record.',
    );
    await expect(page.getByLabel('Goal statement').inputValue()).resolves.toBe(
      'Go from 1,860 to 2,500 website clicks from Instagram by Jun 3, 2026',
    );
    await expect(page.locator('.relevant').textContent()).resolves.toBe(
      'Relevant: this goal serves your outcome “More sales: 500 orders a month”.',
    );
    await tabTo(page, 'Owner');
    await page.keyboard.type('Camille');
    await checkpoint('wizard-en-4-smart');
    await next('Next');

    await expectStep('Step 5 of 5 Review');
    const preview = await page
      .locator('dl.preview')
      .evaluate((dl) => Array.from(dl.querySelectorAll('dt')).map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(preview).toEqual([
      ['Goal', 'Go from 1,860 to 2,500 website clicks from Instagram by Jun 3, 2026'],
      ['Business outcome', 'More sales'],
      ['Funnel stage', 'Engagement'],
      ['KPI', 'Website clicks'],
      ['Channels', 'Instagram'],
      ['Owner', 'Camille'],
      ['Baseline', '1,860'],
      ['Target', '2,500'],
      ['Unit', 'website clicks'],
      ['Start', '2026-05-04'],
      ['Deadline', '2026-06-03'],
    ]);
    await expect(page.getByText('computed by the sheet’s own formulas').count()).resolves.toBe(1);
    await checkpoint('wizard-en-5-review');
    await next('Create the goal');

    await page.waitForSelector('h1:text-is("Goal created")');
    expect((await focused(page)).name).toBe('Goal created');
    await expect(page.getByText('Row 4 of the “Goals” sheet.').count()).resolves.toBe(1);
    await checkpoint('wizard-en-success');

    await next('Show it in the sheet');
    await page.waitForSelector('[role=status]:text-is("Selected in the sheet.")');
    await next('Back to goals');
    await page.waitForSelector('h1:text-is("Your goals")');
    await expect(page.locator('.goal-statement').allTextContents()).resolves.toEqual([
      EXISTING_GOALS[0].form.statement,
      EXISTING_GOALS[1].form.statement,
      'Go from 1,860 to 2,500 website clicks from Instagram by Jun 3, 2026',
    ]);

    expect((await recordedCalls(page)).map((c) => c.name)).toEqual(['loadWizard', 'saveGoal', 'showGoal']);
    expect(await callsOf(page, 'saveGoal')).toEqual([
      [
        {
          outcome: 'sales',
          outcomeNumber: '500 orders a month',
          outcomeDeadline: '2026-12-31',
          stage: 'engagement',
          kpi: 'website_clicks',
          statement: 'Go from 1,860 to 2,500 website clicks from Instagram by Jun 3, 2026',
          baseline: '1860',
          baselineDate: '2026-05-03',
          target: '2500',
          unit: 'website clicks',
          start: '2026-05-04',
          deadline: '2026-06-03',
          owner: 'Camille',
          channels: ['instagram'],
        },
        'en',
      ],
    ]);
    expect(await callsOf(page, 'showGoal')).toEqual([['goal-new-4']]);
  });

  test('French: an empty sheet, a money KPI, another channel and notes, to « Objectif créé »', async () => {
    await openSidebar(page, server.url, { data: wizardData('fr') });
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await expect(page.locator('h2').first().textContent()).resolves.toBe('Aucun objectif pour l’instant');
    await expect(page.getByText('La feuille Suivi ne contient encore aucune mesure.', { exact: false }).count()).resolves.toBe(1);
    await checkpoint('wizard-fr-home');

    await tabTo(page, 'Nouvel objectif');
    await page.keyboard.press('Enter');
    await expectStep('Étape 1 sur 5 Résultat visé');
    await tabTo(page, 'Plus de ventes');
    await page.keyboard.press('Space');
    await checkpoint('wizard-fr-1-outcome');
    await next('Suivant');

    await expectStep('Étape 2 sur 5 Étape du tunnel et KPI');
    await tabTo(page, 'Notoriété');
    await arrowTo(page, 'Conversion / achat');
    await tabTo(page, /^Nouveaux clients/);
    await arrowTo(page, 'Chiffre d’affaires conseillé');
    await checkpoint('wizard-fr-2-kpi');
    await next('Suivant');

    await expectStep('Étape 3 sur 5 Canaux');
    await tabTo(page, 'Facebook');
    await page.keyboard.press('Space');
    await tabTo(page, 'Autre');
    await page.keyboard.press('Space');
    await tabTo(page, 'Autre canal');
    await page.keyboard.type('Snapchat');
    await checkpoint('wizard-fr-3-channels');
    await next('Suivant');

    await expectStep('Étape 4 sur 5 Un objectif SMART');
    await tabTo(page, 'Échéance');
    await typeDate(page, '2026-06-30');
    await tabTo(page, 'Valeur de départ');
    expect((await focused(page)).value).toBe('');
    await page.keyboard.type('2000');
    await tabTo(page, 'Cible');
    await page.keyboard.type('3500');
    // The money unit is asked for money KPIs, with the sheet's default.
    await expect(page.getByLabel('Unité').inputValue()).resolves.toBe('€');
    await expect(page.locator('.achievable-text').textContent()).resolves.toMatch(/^Le contrôle de faisabilité a besoin d’historique/);
    await tabTo(page, 'Responsable');
    await page.keyboard.type('Léa');
    await tabTo(page, 'Notes (facultatif)');
    await page.keyboard.type('Campagne de printemps');
    await checkpoint('wizard-fr-4-smart');
    await next('Suivant');

    // Thousands grouped by the narrow no-break space (src/core/lang.ts), the currency after a no-break space.
    const statement = `Faire passer le chiffre d’affaires depuis Facebook et Snapchat de 2\u202f000${NBSP}€ à 3\u202f500${NBSP}€ d’ici le 30/06/2026`;
    await expectStep('Étape 5 sur 5 Vérification');
    await expect(page.locator('dl.preview dd').first().textContent()).resolves.toBe(statement);
    await expect(page.locator('dl.preview dt').allTextContents()).resolves.toEqual([
      'Objectif',
      'Résultat visé',
      'Étape du tunnel',
      'KPI',
      'Canaux',
      'Responsable',
      'Point de départ',
      'Cible',
      'Unité',
      'Début',
      'Échéance',
      'Notes',
    ]);
    await checkpoint('wizard-fr-5-review');
    await next('Créer l’objectif');

    await page.waitForSelector('h1:text-is("Objectif créé")');
    await expect(page.getByText('Ligne 2 de la feuille « Objectifs ».').count()).resolves.toBe(1);
    await checkpoint('wizard-fr-success');
    await next('Retour aux objectifs');
    await page.waitForSelector('h1:text-is("Vos objectifs")');
    await expect(page.locator('.goal-statement').allTextContents()).resolves.toEqual([statement]);

    expect((await recordedCalls(page)).map((c) => c.name)).toEqual(['loadWizard', 'saveGoal']);
    expect(await callsOf(page, 'saveGoal')).toEqual([
      [
        {
          outcome: 'sales',
          stage: 'conversion',
          kpi: 'revenue',
          statement,
          baseline: '2000',
          target: '3500',
          unit: '€',
          start: '2026-05-04',
          deadline: '2026-06-30',
          owner: 'Léa',
          channels: ['facebook', 'other'],
          otherChannel: 'Snapchat',
          notes: 'Campagne de printemps',
        },
        'fr',
      ],
    ]);
  });
});
