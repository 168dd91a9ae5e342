/**
 * The wizard tells the truth at every step (issue 15), in English and in French, with the keyboard alone
 * and no serious axe violation on any step, on the real build/sidebar.html with a stubbed google.script.run:
 * channels come before the numbers, the achievable check reads differently within the record, as a stretch
 * and far beyond it, a short history offers a shorter goal, a channel without readings asks for the
 * baseline, the unit comes from the KPI, the review shows the sheet's own words, no error outlives its
 * cause, step 1's example is actionable, a lower acquisition cost can be set on the cost per acquisition,
 * and the sidebar takes the focus when it opens and retitles itself with its language.
 */
import type { Page } from 'playwright-core';
import type { Lang } from '../../src/core/lang';
import { describeInBrowser } from '../support/browser';
import { startSidebarServer, WAIT, type SidebarServer, usePageSession } from '../support/page-server';
import { callsOf, openSidebar } from '../support/script-run-stub';
import { clicksHistory, wizardData } from '../support/wizard-fixtures';
import { arrowTo, focused, tabTo, typeDate } from '../support/keyboard';
import { axeCheckpoint } from '../support/axe';

const NB = '\u00a0';
const NNB = '\u202f';

/** What each language's sidebar says, and what a sheet in the other language writes. */
const WORDS = {
  en: {
    newGoal: 'New goal',
    next: 'Next',
    back: 'Back',
    create: 'Create the goal',
    steps: [
      'Step 1 of 5 Business outcome',
      'Step 2 of 5 Funnel stage and KPI',
      'Step 3 of 5 Channels',
      'Step 4 of 5 A SMART goal',
      'Step 5 of 5 Review',
    ],
    sales: 'More sales',
    acquisition: 'Lower acquisition cost',
    outcomeNumber: 'Outcome in numbers (optional)',
    salesExample: 'For example “250 online orders a month”.',
    acquisitionExample: 'For example “cost per acquisition −5% this year”.',
    awareness: 'Awareness',
    engagement: 'Engagement',
    conversion: 'Conversion / purchase',
    firstEngagementKpi: 'Reactions / likes',
    clicks: /^Website clicks/,
    firstConversionKpi: /^New customers/,
    cac: /^Cost per acquisition/,
    other: 'Other',
    otherChannel: 'Other channel',
    start: 'Start date',
    deadline: 'Deadline',
    baseline: 'Baseline',
    target: 'Target',
    unit: 'Unit',
    statement: 'Goal statement',
    owner: 'Owner',
    required: 'Required.',
    attention: (n: number) => (n === 1 ? '1 field needs attention.' : `${n} fields need attention.`),
    verdicts: {
      ok: 'Realistic: within your record',
      stretch: 'A stretch: beyond your record',
      far: 'Far beyond your record',
      unknown: 'Not checked against your history',
    },
    farText:
      /^This goal asks for \+222\.6% in 31 days; the best seen over 31 days was \+50%: 172\.6 points more than your record, 4\.5 times the best growth ever seen\./,
    shorter: 'Check a 60-day goal instead (deadline Jul 2, 2026)',
    shortHistory: /It can check a goal of up to 60 days now\.$/,
    relevant: 'Relevant: this goal serves your outcome “More sales”.',
    untracked: 'Tracking has no “Website clicks” reading on Snapchat: type the baseline yourself, for all the goal’s channels.',
    missingCheck:
      'The achievable check needs history on each of the goal’s channels: the Tracking sheet has no website clicks on Snapchat.',
    cacStatement: 'Bring the cost per acquisition on Facebook down from €40 to €38 by May 3, 2027',
    title: 'Social ROI · Goals and ROI',
    home: 'Your goals',
    switchTo: 'Français',
  },
  fr: {
    newGoal: 'Nouvel objectif',
    next: 'Suivant',
    back: 'Retour',
    create: 'Créer l’objectif',
    steps: [
      'Étape 1 sur 5 Résultat visé',
      'Étape 2 sur 5 Étape du tunnel et KPI',
      'Étape 3 sur 5 Canaux',
      'Étape 4 sur 5 Un objectif SMART',
      'Étape 5 sur 5 Vérification',
    ],
    sales: 'Plus de ventes',
    acquisition: 'Baisser le coût d’acquisition',
    outcomeNumber: 'Résultat chiffré (facultatif)',
    salesExample: 'Par exemple « 250 commandes en ligne par mois ».',
    acquisitionExample: 'Par exemple « coût par acquisition −5 % cette année ».',
    awareness: 'Notoriété',
    engagement: 'Engagement',
    conversion: 'Conversion / achat',
    firstEngagementKpi: 'Réactions / j’aime',
    clicks: /^Clics vers le site/,
    firstConversionKpi: /^Nouveaux clients/,
    cac: /^Coût par acquisition/,
    other: 'Autre',
    otherChannel: 'Autre canal',
    start: 'Date de début',
    deadline: 'Échéance',
    baseline: 'Valeur de départ',
    target: 'Cible',
    unit: 'Unité',
    statement: 'Énoncé de l’objectif',
    owner: 'Responsable',
    required: 'Obligatoire.',
    attention: (n: number) => (n === 1 ? '1 champ à corriger.' : `${n} champs à corriger.`),
    verdicts: {
      ok: 'Réaliste : dans vos records',
      stretch: 'Ambitieux : au-delà de votre record',
      far: 'Très au-delà de votre record',
      unknown: 'Non comparé à votre historique',
    },
    farText: new RegExp(
      `^Cet objectif demande \\+222,6${NB}% en 31 jours ; le meilleur résultat observé sur 31 jours est \\+50${NB}% : 172,6 points de plus que votre record, 4,5 fois la meilleure croissance jamais observée\\.`,
    ),
    shorter: 'Vérifier plutôt un objectif de 60 jours (échéance le 02/07/2026)',
    shortHistory: /Il peut vérifier dès maintenant un objectif de 60 jours au plus\.$/,
    relevant: 'Pertinent : cet objectif sert votre résultat « Plus de ventes ».',
    untracked:
      'Suivi ne contient aucune mesure « Clics vers le site » sur Snapchat : saisissez vous-même la valeur de départ, pour tous les canaux de l’objectif.',
    missingCheck:
      'Le contrôle de faisabilité a besoin d’historique sur chaque canal de l’objectif : la feuille Suivi ne contient aucune mesure pour les clics vers le site sur Snapchat.',
    cacStatement: `Réduire le coût par acquisition sur Facebook de 40${NB}€ à 38${NB}€ d’ici le 03/05/2027`,
    title: 'Social ROI · Objectifs et ROI',
    home: 'Vos objectifs',
    switchTo: 'English',
  },
} as const;

/**
 * The review of the clicks goal when the sheets are written in the other language: the sheet's headers
 * and labels, its number and date formats, and the spreadsheet locale's marks.
 */
const REVIEW_IN_SHEET: Record<Lang, Array<[string, string]>> = {
  // An English sidebar on French sheets (fr_FR).
  en: [
    ['Objectif', 'Go from 4,000 to 6,000 website clicks from Instagram and Snapchat by Jul 2, 2026'],
    ['Résultat visé', 'Plus de ventes'],
    ['Étape du tunnel', 'Engagement'],
    ['KPI', 'Clics vers le site'],
    ['Canaux', 'Instagram, Snapchat'],
    ['Responsable', 'Camille'],
    ['Point de départ', `4${NNB}000`],
    ['Cible', `6${NNB}000`],
    ['Unité', 'clics vers le site'],
    ['Début', '04/05/2026'],
    ['Échéance', '02/07/2026'],
  ],
  // A French sidebar on English sheets (en_GB).
  fr: [
    ['Goal', `Passer de 4${NNB}000 à 6${NNB}000 clics vers le site depuis Instagram et Snapchat d’ici le 02/07/2026`],
    ['Business outcome', 'More sales'],
    ['Funnel stage', 'Engagement'],
    ['KPI', 'Website clicks'],
    ['Channels', 'Instagram, Snapchat'],
    ['Owner', 'Camille'],
    ['Baseline', '4,000'],
    ['Target', '6,000'],
    ['Unit', 'website clicks'],
    ['Start', '2026-05-04'],
    ['Deadline', '2026-07-02'],
  ],
};

describeInBrowser('the wizard tells the truth at every step, keyboard only', () => {
  const session = usePageSession(startSidebarServer);
  let page: Page;
  let server: SidebarServer;
  beforeEach(() => ({ page, server } = session));

  async function expectStep(heading: string): Promise<void> {
    await page.waitForFunction((text) => document.activeElement?.textContent?.replace(/\s+/g, ' ').trim() === text, heading, {
      timeout: WAIT,
    });
  }

  async function press(label: string): Promise<void> {
    await tabTo(page, label);
    await page.keyboard.press('Enter');
  }

  /** Replaces what the focused text field holds, as a person would: select all, type. */
  async function retype(text: string): Promise<void> {
    await page.keyboard.press('Control+A');
    await page.keyboard.type(text);
  }

  const errorOf = (label: string) =>
    page
      .locator('.field, fieldset')
      .filter({ has: page.getByLabel(label, { exact: true }) })
      .locator('.field-error')
      .first();
  const value = (label: string) => page.getByLabel(label, { exact: true }).inputValue();
  const verdict = () => page.locator('.achievable .verdict').textContent();
  const verdictClass = () => page.locator('section.achievable').getAttribute('class');
  const waitForText = (selector: string, text: string) =>
    page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent === t, [selector, text] as const, { timeout: WAIT });

  for (const lang of ['en', 'fr'] as const) {
    const w = WORDS[lang];
    const sheetLang: Lang = lang === 'en' ? 'fr' : 'en';

    test(`${lang}: channels first, the baseline and check on them, stale errors gone, verdicts, a shorter period, a channel without history, the sheet’s words`, async () => {
      await openSidebar(page, server.url, { data: wizardData(lang, { history: clicksHistory(), sheetLang }) });
      await press(w.newGoal);
      await expectStep(w.steps[0]);
      await tabTo(page, w.sales);
      await page.keyboard.press('Space');
      await press(w.next);

      await expectStep(w.steps[1]);
      await tabTo(page, w.awareness);
      await arrowTo(page, w.engagement);
      await tabTo(page, w.firstEngagementKpi);
      await arrowTo(page, w.clicks);
      await press(w.next);

      // 1. Channels come before the numbers.
      await expectStep(w.steps[2]);
      await tabTo(page, 'Instagram');
      await page.keyboard.press('Space');
      await axeCheckpoint(page, `truth-${lang}-3-channels`);
      await press(w.next);

      // 5. Next on the empty SMART step refuses five fields...
      await expectStep(w.steps[3]);
      await press(w.next);
      await waitForText('.attention', w.attention(5));
      for (const label of [w.deadline, w.baseline, w.target, w.statement, w.owner])
        await expect(errorOf(label).textContent()).resolves.toBe(w.required);
      expect((await focused(page)).name).toBe(w.deadline);
      await axeCheckpoint(page, `truth-${lang}-4-required`);
      // ...and the fields the wizard fills itself lose their error once filled: the baseline from Tracking
      // on Instagram (31 days of 60 clicks), then the statement once there is a target.
      await typeDate(page, '2026-06-03');
      await expect(value(w.baseline)).resolves.toBe('1860');
      await expect(errorOf(w.baseline).isHidden()).resolves.toBe(true);
      await expect(page.getByLabel(w.baseline, { exact: true }).getAttribute('aria-invalid')).resolves.toBeNull();
      await tabTo(page, w.target);
      await page.keyboard.type('2500');
      await expect(value(w.statement)).resolves.toContain('Instagram');
      await expect(errorOf(w.statement).isHidden()).resolves.toBe(true);
      await waitForText('.attention', w.attention(1));

      // 2. Within the record, a stretch, far beyond it: three verdicts that look and read differently.
      await expect(verdict()).resolves.toBe(w.verdicts.ok);
      await expect(verdictClass()).resolves.toBe('achievable verdict-ok');
      await expect(page.locator('.relevant').textContent()).resolves.toBe(w.relevant);
      await axeCheckpoint(page, `truth-${lang}-4-ok`);
      await retype('3000');
      await expect(verdict()).resolves.toBe(w.verdicts.stretch);
      await expect(verdictClass()).resolves.toBe('achievable verdict-stretch');
      await axeCheckpoint(page, `truth-${lang}-4-stretch`);
      await retype('6000');
      await expect(verdict()).resolves.toBe(w.verdicts.far);
      await expect(verdictClass()).resolves.toBe('achievable verdict-far');
      await expect(page.locator('.achievable-text').textContent()).resolves.toMatch(w.farText);
      await axeCheckpoint(page, `truth-${lang}-4-far`);
      // "Realistic" is said only where the check agrees.
      await expect(page.locator('main').textContent()).resolves.not.toMatch(lang === 'en' ? /Realistic/ : /Réaliste/);

      // 3. The unit comes from the KPI, in the sheet's language, and can be changed.
      await expect(value(w.unit)).resolves.toBe(sheetLang === 'fr' ? 'clics vers le site' : 'website clicks');

      // A 90-day goal needs 180 days of history; Tracking holds 120: a 60-day goal can be checked now.
      // Back to the start date, then forward into the deadline's first part (its month, for this browser).
      await tabTo(page, w.start, { back: true });
      await tabTo(page, w.deadline);
      await typeDate(page, '2026-08-01');
      await expect(verdict()).resolves.toBe(w.verdicts.unknown);
      await expect(page.locator('.achievable-text').textContent()).resolves.toMatch(w.shortHistory);
      await axeCheckpoint(page, `truth-${lang}-4-short-history`);
      await press(w.shorter);
      await expect(value(w.deadline)).resolves.toBe('2026-07-02');
      expect((await focused(page)).name).toBe(w.deadline);
      await expect(verdict()).resolves.toBe(w.verdicts.stretch);
      await tabTo(page, w.owner);
      await page.keyboard.type('Camille');

      // A free channel without readings says so and asks for the baseline; nothing typed is lost.
      await press(w.back);
      await expectStep(w.steps[2]);
      await tabTo(page, w.other);
      await page.keyboard.press('Space');
      await tabTo(page, w.otherChannel);
      await page.keyboard.type('Snapchat');
      await press(w.next);
      await expectStep(w.steps[3]);
      await expect(
        page
          .locator('.field', { has: page.getByLabel(w.baseline, { exact: true }) })
          .locator('.note')
          .textContent(),
      ).resolves.toBe(w.untracked);
      await expect(value(w.baseline)).resolves.toBe('');
      await expect(value(w.target)).resolves.toBe('6000');
      await expect(value(w.deadline)).resolves.toBe('2026-07-02');
      await expect(value(w.owner)).resolves.toBe('Camille');
      await axeCheckpoint(page, `truth-${lang}-4-untracked`);
      await tabTo(page, w.baseline);
      await page.keyboard.type('4000');
      // Nor does the check compare the goal with Instagram's record alone.
      await expect(page.locator('.achievable-text').textContent()).resolves.toBe(w.missingCheck);
      await expect(verdict()).resolves.toBe(w.verdicts.unknown);
      await press(w.next);

      // 4. The review shows what the sheet will get: its words, its formats.
      await expectStep(w.steps[4]);
      await expect(page.locator('dl.preview').getAttribute('lang')).resolves.toBe(sheetLang);
      const shown = await page
        .locator('dl.preview')
        .evaluate((dl) => Array.from(dl.querySelectorAll('dt')).map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
      expect(shown).toEqual(REVIEW_IN_SHEET[lang]);
      await axeCheckpoint(page, `truth-${lang}-5-review`);
      await press(w.create);
      await page.waitForSelector('.success h1');
      const [[form, sentLang]] = (await callsOf(page, 'saveGoal')) as Array<[Record<string, unknown>, string]>;
      expect(sentLang).toBe(lang);
      expect(form).toMatchObject({
        kpi: 'website_clicks',
        channels: ['instagram', 'other'],
        otherChannel: 'Snapchat',
        baseline: '4000',
        target: '6000',
        deadline: '2026-07-02',
        unit: sheetLang === 'fr' ? 'clics vers le site' : 'website clicks',
      });
    });

    test(`${lang}: an actionable example on step 1, and a lower acquisition cost set on the cost per acquisition`, async () => {
      await openSidebar(page, server.url, { data: wizardData(lang) });
      await press(w.newGoal);
      await expectStep(w.steps[0]);
      // 6. The example is an actionable number, and follows the outcome.
      const hint = page.locator('.field', { has: page.getByLabel(w.outcomeNumber) }).locator('.hint');
      await expect(hint.textContent()).resolves.toBe(w.salesExample);
      await tabTo(page, w.sales);
      await arrowTo(page, w.acquisition);
      await expect(hint.textContent()).resolves.toBe(w.acquisitionExample);
      await expect(page.locator('main').textContent()).resolves.not.toMatch(/subscribers|abonnés/);
      await axeCheckpoint(page, `truth-${lang}-1-acquisition`);
      await press(w.next);

      // 7. Cost per acquisition and ad spend are offered for a lower acquisition cost.
      await expectStep(w.steps[1]);
      await tabTo(page, w.awareness);
      await arrowTo(page, w.conversion);
      const suggested = await page.locator('fieldset').nth(1).locator('label:has(.badge)').allTextContents();
      expect(suggested.map((label) => label.replace(/\s+/g, ' ').trim())).toEqual(
        lang === 'en'
          ? ['New customers suggested', 'Conversion rate suggested', 'Ad spend suggested', 'Cost per acquisition suggested']
          : [
              'Nouveaux clients conseillé',
              'Taux de conversion conseillé',
              'Dépenses publicitaires conseillé',
              'Coût par acquisition conseillé',
            ],
      );
      await tabTo(page, w.firstConversionKpi);
      await arrowTo(page, w.cac);
      await axeCheckpoint(page, `truth-${lang}-2-cac`);
      await press(w.next);
      await expectStep(w.steps[2]);
      await tabTo(page, 'Facebook');
      await page.keyboard.press('Space');
      await press(w.next);

      await expectStep(w.steps[3]);
      await tabTo(page, w.deadline);
      await typeDate(page, '2027-05-03');
      await tabTo(page, w.baseline);
      await page.keyboard.type('40');
      await tabTo(page, w.target);
      await page.keyboard.type('38');
      await expect(value(w.unit)).resolves.toBe('€');
      await expect(value(w.statement)).resolves.toBe(w.cacStatement);
      await expect(verdict()).resolves.toBe(w.verdicts.unknown);
      await tabTo(page, w.owner);
      await page.keyboard.type('Léa');
      await axeCheckpoint(page, `truth-${lang}-4-cac`);
      await press(w.next);
      await expectStep(w.steps[4]);
      await press(w.create);
      await page.waitForSelector('.success h1');
      const [[form]] = (await callsOf(page, 'saveGoal')) as Array<[Record<string, unknown>]>;
      expect(form).toMatchObject({
        outcome: 'acquisition_cost',
        stage: 'conversion',
        kpi: 'cost_per_acquisition',
        baseline: '40',
        target: '38',
        unit: '€',
      });
    });

    test(`${lang}: opening puts the focus inside the sidebar, and its title follows the language switch`, async () => {
      await openSidebar(page, server.url, { data: wizardData(lang) });
      // 8. Nothing pressed yet: the focus is on the sidebar's heading, ready for Tab.
      await page.waitForFunction((text) => document.activeElement?.textContent === text, w.home, { timeout: WAIT });
      expect((await focused(page)).tag).toBe('h1');
      await expect(page.title()).resolves.toBe(w.title);
      await press(w.switchTo);
      const other = WORDS[lang === 'en' ? 'fr' : 'en'];
      await page.waitForFunction((title) => document.title === title, other.title, { timeout: WAIT });
      await expect(page.locator('main h1').textContent()).resolves.toBe(other.home);
      await axeCheckpoint(page, `truth-${lang}-switched`);
    });
  }
});
