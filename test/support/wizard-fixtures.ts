/**
 * The goal wizard's fixtures: the data loadWizard answers in the sidebar tests, around a fixed today.
 */
import { addDays, toDayNumber } from '../../src/core/dates';
import type { Lang } from '../../src/core/lang';
import type { GoalSummary, HistoryDigest, WizardData } from '../../src/shared/endpoints';

export const TODAY = '2026-05-04';

/**
 * Instagram website clicks: 40 a day from 120 to 61 days before TODAY, then 60 a day until yesterday.
 * A goal from TODAY to TODAY + 30 (31 days) gets a baseline of 31 × 60 = 1,860 over the 31 days before
 * it, and the best growth seen over 31 days is +50% (40 a day, then 60 a day).
 */
export function clicksHistory(): HistoryDigest {
  const readings: HistoryDigest['readings'] = [];
  for (let daysAgo = 120; daysAgo >= 1; daysAgo--) {
    readings.push([toDayNumber(addDays(TODAY, -daysAgo)), 0, 0, daysAgo > 60 ? 40 : 60]);
  }
  return { channels: ['instagram'], kpis: ['website_clicks'], readings };
}

export const EMPTY_HISTORY: HistoryDigest = { channels: [], kpis: [], readings: [] };

export const EXISTING_GOALS: GoalSummary[] = [
  {
    id: 'goal-revenue',
    row: 2,
    form: {
      id: 'goal-revenue',
      outcome: 'sales',
      stage: 'conversion',
      kpi: 'revenue',
      statement: 'Raise revenue from Instagram from €2,000 to €3,000 by Jun 30, 2026',
      baseline: '2000',
      target: '3000',
      unit: '€',
      start: '2026-04-01',
      deadline: '2026-06-30',
      owner: 'Camille',
      channels: ['instagram'],
    },
    current: 1500,
    progress: 0.5,
    elapsed: 0.37,
    status: 'ahead',
  },
  {
    id: 'goal-signups',
    row: 3,
    form: {
      id: 'goal-signups',
      outcome: 'leads',
      stage: 'lead_generation',
      kpi: 'email_signups',
      statement: 'Reach 300 e-mail sign-ups from the newsletter by Sep 30, 2026',
      baseline: '',
      target: '300',
      unit: '',
      start: '2026-06-01',
      deadline: '2026-09-30',
      owner: 'Léa',
      channels: ['newsletter'],
    },
    current: null,
    progress: null,
    elapsed: null,
    status: null,
  },
];

/** What loadWizard answers; the sheets are in the user's language and a locale of it unless `sheetLang` says otherwise. */
export function wizardData(lang: Lang, options: { goals?: GoalSummary[]; history?: HistoryDigest; sheetLang?: Lang } = {}): WizardData {
  const sheetLang = options.sheetLang ?? lang;
  return {
    lang,
    today: TODAY,
    defaultUnit: '€',
    sheetLang,
    locale: sheetLang === 'fr' ? 'fr_FR' : 'en_GB',
    goals: options.goals ?? [],
    history: options.history ?? EMPTY_HISTORY,
    sheets: sheetLang === 'fr' ? { goals: 'Objectifs', tracking: 'Suivi' } : { goals: 'Goals', tracking: 'Tracking' },
  };
}
