import { KPIS, SUGGESTED_KPIS, type KpiId, type OutcomeId } from '../../src/core/catalog';
import { draftStatement, vanityMessage, vanityWarning, type StatementChoices } from '../../src/core/goals';
import { GOAL_TEXTS, joinList } from '../../src/core/goals/texts';
import { FIELD_TEXTS, fieldErrorMessage, fieldLabel } from '../../src/sidebar/wizard/field-texts';
import type { FieldErrorCode, GoalForm } from '../../src/core/goals';

const NB = '\u00a0';
/** French groups thousands with the narrow no-break space (src/core/lang.ts). */
const GROUP = '\u202f';
const DEADLINE = '2027-06-30';

describe('draftStatement', () => {
  const cases: Array<[string, StatementChoices, string, string]> = [
    [
      'a flow count',
      { kpi: 'website_clicks', baseline: 1200, target: 1800, channels: ['instagram'], deadline: DEADLINE },
      'Go from 1,200 to 1,800 website clicks from Instagram by Jun 30, 2027',
      `Passer de 1${GROUP}200 à 1${GROUP}800 clics vers le site depuis Instagram d’ici le 30/06/2027`,
    ],
    [
      'a stock count on two channels',
      { kpi: 'followers', baseline: 12500, target: 15000, channels: ['instagram', 'facebook'], deadline: DEADLINE },
      'Go from 12,500 to 15,000 followers on Instagram and Facebook by Jun 30, 2027',
      `Passer de 12${GROUP}500 à 15${GROUP}000 abonnés sur Instagram et Facebook d’ici le 30/06/2027`,
    ],
    [
      'a percent ratio on three channels',
      { kpi: 'conversion_rate', baseline: 0.025, target: 0.04, channels: ['instagram', 'facebook', 'blog'], deadline: DEADLINE },
      'Raise the conversion rate from Instagram, Facebook and the blog from 2.5% to 4% by Jun 30, 2027',
      `Faire passer le taux de conversion depuis Instagram, Facebook et le blog de 2,5${NB}% à 4${NB}% d’ici le 30/06/2027`,
    ],
    [
      'money with a currency symbol',
      { kpi: 'revenue', baseline: 12000, target: 15000.5, channels: ['facebook'], deadline: DEADLINE, unit: '€' },
      'Raise revenue from Facebook from €12,000 to €15,000.50 by Jun 30, 2027',
      `Faire passer le chiffre d’affaires depuis Facebook de 12${GROUP}000${NB}€ à 15${GROUP}000,50${NB}€ d’ici le 30/06/2027`,
    ],
    [
      'money with a currency code',
      { kpi: 'lifetime_value', baseline: 300, target: 360, channels: ['newsletter'], deadline: DEADLINE, unit: 'CHF' },
      `Raise the lifetime value of customers from the newsletter from 300${NB}CHF to 360${NB}CHF by Jun 30, 2027`,
      `Faire passer la valeur vie client depuis la newsletter de 300${NB}CHF à 360${NB}CHF d’ici le 30/06/2027`,
    ],
    [
      'money without a unit',
      { kpi: 'revenue', baseline: 1000, target: 1500, channels: ['x'], deadline: DEADLINE },
      'Raise revenue from X from 1,000 to 1,500 by Jun 30, 2027',
      `Faire passer le chiffre d’affaires depuis X de 1${GROUP}000 à 1${GROUP}500 d’ici le 30/06/2027`,
    ],
    [
      'an average in seconds',
      { kpi: 'time_on_site', baseline: 45, target: 60, channels: ['linkedin'], deadline: DEADLINE },
      `Raise the average time on site from LinkedIn from 45${NB}s to 60${NB}s by Jun 30, 2027`,
      `Faire passer le temps moyen sur le site depuis LinkedIn de 45${NB}s à 60${NB}s d’ici le 30/06/2027`,
    ],
    [
      'a reduction (churn)',
      { kpi: 'churn', baseline: 0.08, target: 0.05, channels: ['instagram'], deadline: DEADLINE },
      'Bring churn on Instagram down from 8% to 5% by Jun 30, 2027',
      `Réduire l’attrition sur Instagram de 8${NB}% à 5${NB}% d’ici le 30/06/2027`,
    ],
    [
      'a cost per acquisition cut by 5 % (article 004), money and lower is better',
      { kpi: 'cost_per_acquisition', baseline: 40, target: 38, channels: ['facebook', 'instagram'], deadline: DEADLINE, unit: '€' },
      'Bring the cost per acquisition on Facebook and Instagram down from €40 to €38 by Jun 30, 2027',
      `Réduire le coût par acquisition sur Facebook et Instagram de 40${NB}€ à 38${NB}€ d’ici le 30/06/2027`,
    ],
    [
      'ad spend without a baseline yet is worded as a reduction',
      { kpi: 'ad_spend', target: 900, channels: ['instagram'], deadline: DEADLINE, unit: '€' },
      'Bring ad spend on Instagram down to €900 by Jun 30, 2027',
      `Réduire les dépenses publicitaires sur Instagram à 900${NB}€ d’ici le 30/06/2027`,
    ],
    [
      'a reduction without a baseline yet',
      { kpi: 'churn', target: 0.05, channels: ['instagram'], deadline: DEADLINE },
      'Bring churn on Instagram down to 5% by Jun 30, 2027',
      `Réduire l’attrition sur Instagram à 5${NB}% d’ici le 30/06/2027`,
    ],
    [
      'a count without a baseline yet',
      { kpi: 'email_signups', target: 500, channels: ['linkedin'], deadline: DEADLINE },
      'Reach 500 e-mail sign-ups from LinkedIn by Jun 30, 2027',
      'Atteindre 500 inscriptions e-mail depuis LinkedIn d’ici le 30/06/2027',
    ],
    [
      'a rate without a baseline yet',
      { kpi: 'share_of_voice', target: 0.3, channels: ['x'], deadline: DEADLINE },
      'Raise the share of voice on X to 30% by Jun 30, 2027',
      `Porter la part de voix sur X à 30${NB}% d’ici le 30/06/2027`,
    ],
    [
      'a count whose target is below its baseline is worded as a reduction',
      { kpi: 'calls', baseline: 80, target: 60, channels: ['facebook'], deadline: DEADLINE },
      'Bring calls from Facebook down from 80 to 60 by Jun 30, 2027',
      'Réduire les appels depuis Facebook de 80 à 60 d’ici le 30/06/2027',
    ],
    [
      'catalogue channels, the "other" marker skipped, and another channel last',
      {
        kpi: 'reach',
        baseline: 1000,
        target: 2500.5,
        channels: ['tiktok', 'other', 'youtube'],
        otherChannel: 'Snapchat',
        deadline: DEADLINE,
      },
      'Go from 1,000 to 2,500.5 people reached on TikTok, YouTube and Snapchat by Jun 30, 2027',
      `Passer de 1${GROUP}000 à 2${GROUP}500,5 personnes touchées sur TikTok, YouTube et Snapchat d’ici le 30/06/2027`,
    ],
    [
      'no channel yet',
      { kpi: 'customers', baseline: 40, target: 60, channels: [], deadline: '2027-01-05' },
      'Go from 40 to 60 new customers by Jan 5, 2027',
      'Passer de 40 à 60 nouveaux clients d’ici le 05/01/2027',
    ],
  ];

  test.each(cases)('%s', (_name, choices, en, fr) => {
    expect(draftStatement('en', choices)).toBe(en);
    expect(draftStatement('fr', choices)).toBe(fr);
  });

  test('a million in French groups every three digits with a no-break space', () => {
    expect(
      draftStatement('fr', { kpi: 'impressions', baseline: 1_000_000, target: 1_250_000, channels: ['pinterest'], deadline: DEADLINE }),
    ).toContain(`1${GROUP}000${GROUP}000 à 1${GROUP}250${GROUP}000 impressions`);
  });

  test('fits the statement length limit for a long but realistic goal', () => {
    const text = draftStatement('fr', {
      kpi: 'lifetime_value',
      baseline: 123456.78,
      target: 234567.89,
      unit: 'EUR',
      deadline: DEADLINE,
      channels: ['facebook', 'instagram', 'linkedin', 'x', 'tiktok', 'youtube', 'pinterest', 'blog', 'newsletter'],
    });
    expect(Array.from(text).length).toBeLessThanOrEqual(280);
  });

  test('an unknown KPI is a programming error', () => {
    expect(() => draftStatement('en', { kpi: 'vibes' as KpiId, target: 1, channels: [], deadline: DEADLINE })).toThrow(RangeError);
  });
});

describe('vanityWarning', () => {
  test.each([
    ['sales', 'followers'],
    ['sales', 'impressions'],
    ['leads', 'reactions'],
    ['acquisition_cost', 'followers'],
  ] as Array<[OutcomeId, KpiId]>)('%s with %s warns and suggests the outcome’s actionable KPIs', (outcome, kpi) => {
    expect(vanityWarning(outcome, kpi)).toEqual({ kpi, suggestions: [...SUGGESTED_KPIS[outcome]] });
  });

  test.each([
    ['reputation', 'followers'],
    ['reputation', 'impressions'],
    ['sales', 'website_clicks'],
    ['leads', 'email_signups'],
    ['acquisition_cost', 'conversion_rate'],
  ] as Array<[OutcomeId, KpiId]>)('%s with %s does not warn', (outcome, kpi) => {
    expect(vanityWarning(outcome, kpi)).toBeUndefined();
  });

  test('warns exactly for vanity KPIs under sales, leads and acquisition cost, over the whole catalogue', () => {
    for (const outcome of ['sales', 'leads', 'acquisition_cost', 'reputation'] as OutcomeId[]) {
      for (const kpi of KPIS) {
        expect(vanityWarning(outcome, kpi.id) !== undefined).toBe(Boolean(kpi.vanity) && outcome !== 'reputation');
      }
    }
  });

  test('suggestions are never vanity KPIs themselves', () => {
    const warning = vanityWarning('sales', 'followers')!;
    expect(warning.suggestions.some((k) => KPIS.find((c) => c.id === k)?.vanity)).toBe(false);
  });

  test('the message names the KPI, the outcome and the suggestions, in both languages', () => {
    const warning = vanityWarning('sales', 'followers')!;
    expect(vanityMessage('en', 'sales', warning)).toBe(
      'Followers feel good but prove little when the goal is more sales: track new customers, revenue, sales, conversion rate or website clicks instead.',
    );
    expect(vanityMessage('fr', 'sales', warning)).toBe(
      'Les abonnés flattent mais prouvent peu quand l’objectif est plus de ventes : suivez plutôt les nouveaux clients, ' +
        'le chiffre d’affaires, les ventes, le taux de conversion ou les clics vers le site.',
    );
  });
});

describe('wizard texts', () => {
  test.each([
    [[], ''],
    [['Instagram'], 'Instagram'],
    [['Instagram', 'Facebook'], 'Instagram and Facebook'],
    [['Instagram', 'Facebook', 'the blog'], 'Instagram, Facebook and the blog'],
  ])('joinList(%j) is %j', (items, joined) => {
    expect(joinList('en', items)).toBe(joined);
  });

  test('French joins with "et" and "ou"', () => {
    expect(joinList('fr', ['a', 'b', 'c'])).toBe('a, b et c');
    expect(joinList('fr', ['a', 'b'], 'or')).toBe('a ou b');
  });

  const codes: FieldErrorCode[] = [
    'required',
    'invalid',
    'tooLong',
    'controlCharacter',
    'notInCatalogue',
    'kpiNotInStage',
    'kpiPartOnly',
    'notNumber',
    'ambiguousNumber',
    'negative',
    'percentNotAllowed',
    'percentAboveOne',
    'aboveHundredPercent',
    'targetIsBaseline',
    'wrongDirection',
    'invalidDate',
    'deadlineNotAfterStart',
    'dateInPast',
    'deadlineTooFar',
    'startTooEarly',
    'baselineDateAfterStart',
  ];

  test.each(codes)('%s has a message in both languages, with its parameters filled in', (code) => {
    const params = { max: 280, length: 10000, got: 'x', fraction: 0.12, date: '2027-06-30', better: 'down' as const };
    const en = fieldErrorMessage('en', { field: 'target', code, params });
    const fr = fieldErrorMessage('fr', { field: 'target', code, params });
    for (const text of [en, fr]) {
      expect(text).toMatch(/[.?]$/);
      expect(text).not.toMatch(/undefined|NaN|\$\{/);
    }
    expect(fr).not.toBe(en);
  });

  test.each([
    ['en', { field: 'statement', code: 'tooLong', params: { max: 280, length: 10000 } }, 'At most 280 characters; this has 10,000.'],
    [
      'fr',
      { field: 'statement', code: 'tooLong', params: { max: 280, length: 10000 } },
      `280 caractères au plus ; ce texte en a 10${GROUP}000.`,
    ],
    ['en', { field: 'baseline', code: 'percentAboveOne', params: { fraction: 0.12 } }, 'A percentage above 1: did you mean 12% (0.12)?'],
    [
      'fr',
      { field: 'baseline', code: 'percentAboveOne', params: { fraction: 0.12 } },
      `Un pourcentage supérieur à 1 : vouliez-vous dire 12${NB}% (0,12) ?`,
    ],
    ['en', { field: 'deadline', code: 'dateInPast', params: { date: '2027-01-15' } }, 'Must be today (Jan 15, 2027) or later.'],
    ['fr', { field: 'deadline', code: 'dateInPast', params: { date: '2027-01-15' } }, 'Doit être aujourd’hui (15/01/2027) ou plus tard.'],
    ['en', { field: 'channels', code: 'required' }, 'Choose at least one channel.'],
    ['en', { field: 'owner', code: 'required' }, 'Required.'],
    [
      'fr',
      { field: 'baseline', code: 'ambiguousNumber', params: { got: '1.500', readings: [1500, 1.5] } },
      '« 1.500 » peut se lire 1500 ou 1,5 : tapez 1500 ou 1,5.',
    ],
    [
      'en',
      { field: 'baseline', code: 'ambiguousNumber', params: { got: '1,500', readings: [1500, 1.5] } },
      '“1,500” could be 1500 or 1.5: type 1500 or 1.5.',
    ],
    [
      'en',
      { field: 'target', code: 'wrongDirection', params: { better: 'down' } },
      'Lower is better for this KPI: the target must be below the baseline.',
    ],
  ] as const)('%s: %j reads %j', (lang, error, text) => {
    expect(fieldErrorMessage(lang, error)).toBe(text);
  });

  test('a long value is shortened in a message', () => {
    const text = fieldErrorMessage('en', { field: 'start', code: 'invalidDate', params: { got: 'x'.repeat(10_000) } });
    expect(text.length).toBeLessThan(60);
  });

  test('every field has a label in both languages, and they differ where the words differ', () => {
    const fields = Object.keys(FIELD_TEXTS.en.fields) as Array<keyof GoalForm>;
    expect(Object.keys(FIELD_TEXTS.fr.fields).sort()).toEqual([...fields].sort());
    for (const field of fields) {
      expect(fieldLabel('en', field)).not.toBe('');
      expect(fieldLabel('fr', field)).not.toBe('');
    }
    expect(fieldLabel('fr', 'deadline')).toBe('Échéance');
  });

  test('every KPI of the catalogue has lower-case sentence words in both languages', () => {
    for (const kpi of KPIS) {
      for (const lang of ['en', 'fr'] as const) {
        const words = GOAL_TEXTS[lang].kpis[kpi.id];
        expect(words.count).toBe(words.count.toLowerCase());
        expect(words.the).toBe(words.the.toLowerCase());
        expect(words.via).not.toBe('');
      }
    }
  });
});
