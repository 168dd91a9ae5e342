/**
 * The sidebar's browser-side arithmetic, without a browser: what it prefills must read back as the same
 * number through the validation the server runs, the Tracking digest must unpack to the readings, and a
 * language switch must never turn a refused amount into an accepted one.
 */
import fc from 'fast-check';
import { kpiById, type KpiUnit } from '../../src/core/catalog';
import { validateGoal } from '../../src/core/goals';
import {
  achievable,
  amountText,
  isDraftedStatement,
  baselineSuggestion,
  readAmount,
  statementDraft,
  syncDerived,
  trackingOf,
  translateAmounts,
  untrackedChannels,
  validateDraft,
} from '../../src/sidebar/wizard/derived';
import { amountRetyped, draftOfGoal, goalFormOf, newDraft, type Draft } from '../../src/sidebar/wizard/draft';
import { SIDEBAR_TEXTS } from '../../src/sidebar/wizard/texts';
import { clicksHistory, TODAY, wizardData } from '../support/wizard-fixtures';

const KPI_OF_UNIT: Record<KpiUnit, string> = {
  count: 'website_clicks',
  money: 'revenue',
  percent: 'conversion_rate',
  seconds: 'time_on_site',
};

describe('amountText', () => {
  test.each([
    ['en', 'count', 1860, '1860'],
    ['fr', 'count', 1860.5, '1860,5'],
    // A French form reads "1,125" as 1.125: the prefill needs no English decimal point.
    ['fr', 'count', 1.125, '1,125'],
    ['en', 'count', 1.125, '1.125'],
    ['en', 'percent', 0.025, '2.5%'],
    ['fr', 'percent', 0.025, '2,5\u00a0%'],
  ] as const)('%s %s %d → %s', (lang, unit, value, text) => {
    expect(amountText(lang, unit, value)).toBe(text);
  });

  test('reads back as the same number through the validation the server runs', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('en' as const, 'fr' as const),
        fc.constantFrom<KpiUnit>('count', 'money', 'percent', 'seconds'),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        (lang, unit, whole, decimals) => {
          const value = unit === 'percent' ? (whole % 100_001) / 100_000 : whole / 10 ** decimals;
          const kpi = kpiById(KPI_OF_UNIT[unit])!;
          const text = amountText(lang, unit, value);
          expect(readAmount(text, kpi, lang)).toBeCloseTo(value, 10);
          const draft = { ...newDraft(wizardData(lang)), outcome: 'sales', stage: kpi.stage, kpi: kpi.id, baseline: text, target: text };
          const result = validateGoal(goalFormOf(draft), TODAY, lang);
          const baselineErrors = result.ok ? [] : result.errors.filter((e) => e.field === 'baseline');
          expect(baselineErrors).toEqual([]);
        },
      ),
    );
  });
});

test('the Tracking digest unpacks to one reading per row, with ISO dates and named channels', () => {
  const tracking = trackingOf(clicksHistory());
  expect(tracking.rows).toHaveLength(120);
  expect(tracking.rows[0]).toEqual({ date: '2026-01-04', channel: 'instagram', kpi: 'website_clicks', value: 40, source: '' });
  expect(tracking.rows[119]).toEqual({ date: '2026-05-03', channel: 'instagram', kpi: 'website_clicks', value: 60, source: '' });
});

test('step 1’s examples are numbers the outcome field takes as they are', () => {
  for (const lang of ['en', 'fr'] as const) {
    for (const hint of Object.values(SIDEBAR_TEXTS[lang].outcome.numberHints)) {
      const example = /[“«]\s?(.+?)\s?[”»]/.exec(hint)?.[1] ?? '';
      expect(example).not.toBe('');
      const result = validateGoal({ outcomeNumber: example }, TODAY, lang);
      expect(result.ok ? [] : result.errors.filter((e) => e.field === 'outcomeNumber')).toEqual([]);
    }
  }
});

describe('what the wizard fills in itself', () => {
  const draftFor = (kpi: string, changes: Partial<Draft> = {}): Draft => ({
    ...newDraft(wizardData('en')),
    outcome: 'sales',
    stage: kpiById(kpi)!.stage,
    kpi,
    channels: ['instagram'],
    deadline: '2026-06-03',
    ...changes,
  });

  test('the unit comes from the KPI, in the sheet’s language, until the user types one', () => {
    const sheet = { sheetLang: 'fr' as const, defaultUnit: '€' };
    const tracking = trackingOf(clicksHistory());
    const cases: Array<[string, string]> = [
      ['website_clicks', 'clics vers le site'],
      ['revenue', '€'],
      ['conversion_rate', '%'],
      ['time_on_site', 's'],
    ];
    for (const [kpi, unit] of cases) {
      const draft = draftFor(kpi);
      syncDerived('en', draft, tracking, sheet);
      expect(draft.unit).toBe(unit);
    }
    const typed = draftFor('revenue', { unit: 'CHF', unitTyped: true });
    syncDerived('en', typed, tracking, sheet);
    expect(typed.unit).toBe('CHF');
  });

  test('a channel without readings gets no baseline from the others: the user types it, and what they typed stays', () => {
    const tracking = trackingOf(clicksHistory());
    const sheet = { sheetLang: 'en' as const, defaultUnit: '€' };
    const instagram = draftFor('website_clicks');
    syncDerived('en', instagram, tracking, sheet);
    expect(instagram.baseline).toBe('1860');
    // Snapchat is named but never tracked: Instagram's 1,860 would understate the goal's baseline.
    instagram.channels = ['instagram', 'other'];
    instagram.otherChannel = 'Snapchat';
    syncDerived('en', instagram, tracking, sheet);
    expect(untrackedChannels(instagram, tracking)).toEqual(['Snapchat']);
    expect(baselineSuggestion(instagram, tracking)).toBeUndefined();
    expect(instagram.baseline).toBe('');
    const typed = { ...instagram, baseline: '2000', baselineTyped: true };
    syncDerived('en', typed, tracking, sheet);
    expect(typed.baseline).toBe('2000');
  });
});

describe('editing a goal: its statement', () => {
  const sheet = { sheetLang: 'en' as const, defaultUnit: '€' };
  const saved = (lang: 'en' | 'fr'): Draft => {
    const draft: Draft = {
      ...newDraft(wizardData(lang)),
      outcome: 'sales',
      stage: 'engagement',
      kpi: 'website_clicks',
      channels: ['instagram', 'x'],
      baseline: '1200',
      baselineTyped: true,
      target: '1500',
      deadline: '2026-06-03',
    };
    syncDerived(lang, draft, trackingOf(clicksHistory()), sheet);
    return draftOfGoal('g1', { ...goalFormOf(draft), id: 'g1' });
  };

  test('the statement the wizard drafted in the sidebar’s language is redrafted when the goal changes', () => {
    for (const lang of ['en', 'fr'] as const) {
      const draft = saved(lang);
      expect(draft.statement).toMatch(/Instagram/);
      expect([lang, isDraftedStatement(draft, lang)]).toEqual([lang, true]);
      draft.statementEdited = false;
      draft.channels = ['instagram', 'linkedin'];
      draft.target = '2000';
      syncDerived(lang, draft, trackingOf(clicksHistory()), sheet);
      expect(draft.statement).toMatch(/LinkedIn/);
      expect(draft.statement).not.toMatch(/\bX\b/);
      expect(draft.statement).toMatch(/2[,\u202f\u00a0]?000/);
    }
  });

  test('one drafted in the other language stays as it is, and saves as it is, until Redraft', () => {
    for (const [savedIn, editedIn] of [
      ['fr', 'en'],
      ['en', 'fr'],
    ] as const) {
      const draft = saved(savedIn);
      const statement = draft.statement;
      // Opened from a sidebar in the other language, as the server reads its amounts in that language.
      translateAmounts(draft, savedIn, editedIn);
      expect([savedIn, editedIn, isDraftedStatement(draft, editedIn)]).toEqual([savedIn, editedIn, false]);
      draft.statementEdited = !isDraftedStatement(draft, editedIn);
      syncDerived(editedIn, draft, trackingOf(clicksHistory()), sheet);
      // Saved without another change: the statement is the one in the sheet, in its language.
      expect(goalFormOf(draft).statement).toBe(statement);
      // Redraft: the sidebar's language.
      draft.statementEdited = false;
      syncDerived(editedIn, draft, trackingOf(clicksHistory()), sheet);
      expect(draft.statement).toBe(statementDraft(editedIn, draft));
      expect(draft.statement).not.toBe(statement);
    }
  });

  test('telling a drafted statement changes nothing in the draft, not even the language an amount was typed in', () => {
    // "1.500" typed in French is 1 500 or 1,5: kept as typed, and read in French, after a switch to English.
    const draft: Draft = { ...saved('en'), target: '1.500', amountsTypedIn: { target: 'fr' } };
    const before = structuredClone(draft);
    for (const lang of ['en', 'fr'] as const) isDraftedStatement(draft, lang);
    expect(draft).toEqual(before);
    const result = validateDraft(draft, TODAY, 'en');
    expect(result.ok ? [] : result.errors.filter((e) => e.field === 'target')).toEqual([
      { field: 'target', code: 'ambiguousNumber', params: { got: '1.500', readings: [1500, 1.5] } },
    ]);
  });

  test('a statement the user wrote stays theirs', () => {
    const draft = { ...saved('en'), statement: 'Win more clicks from Instagram and X' };
    expect(isDraftedStatement(draft, 'en')).toBe(false);
    expect(isDraftedStatement(draft, 'fr')).toBe(false);
  });
});

describe('the language switch: amounts', () => {
  const draftFor = (kpi: string, changes: Partial<Draft> = {}): Draft => ({
    ...newDraft(wizardData('fr')),
    outcome: 'sales',
    stage: kpiById(kpi)!.stage,
    kpi,
    channels: ['instagram'],
    deadline: '2026-06-03',
    owner: 'Camille',
    statement: 'Plus de clics',
    baselineTyped: true,
    ...changes,
  });
  const errorsOf = (draft: Draft, lang: 'en' | 'fr') => {
    const result = validateDraft(draft, TODAY, lang);
    return result.ok ? [] : result.errors;
  };

  test('an amount French refuses as ambiguous stays refused in English, with both readings, until it is typed again', () => {
    const draft = draftFor('website_clicks', { baseline: '1200', target: '1.500' });
    expect(errorsOf(draft, 'fr')).toEqual([{ field: 'target', code: 'ambiguousNumber', params: { got: '1.500', readings: [1500, 1.5] } }]);
    translateAmounts(draft, 'fr', 'en');
    // Read in English, "1.500" is 1.5: a silent wrong number. It is kept as typed, and refused as in French.
    expect(draft.target).toBe('1.500');
    expect(errorsOf(draft, 'en')).toEqual([{ field: 'target', code: 'ambiguousNumber', params: { got: '1.500', readings: [1500, 1.5] } }]);
    expect(statementDraft('en', draft)).toBeUndefined();
    expect(achievable('en', draft, trackingOf(clicksHistory()))).toBeUndefined();
    // The accepted baseline is translated; the wizard's own work goes on without the refused target.
    expect(draft.baseline).toBe('1200');
    syncDerived('en', draft, trackingOf(clicksHistory()), { sheetLang: 'en', defaultUnit: '€' });
    expect(draft.target).toBe('1.500');
    expect(errorsOf(draft, 'en').map((e) => e.field)).toEqual(['target']);

    // Back in French it is read in French again: still refused, nothing to remember.
    translateAmounts(draft, 'en', 'fr');
    expect(draft.target).toBe('1.500');
    expect(draft.amountsTypedIn).toEqual({});
    expect(errorsOf(draft, 'fr').map((e) => e.code)).toEqual(['ambiguousNumber']);

    // Typed again in English: read in English.
    translateAmounts(draft, 'fr', 'en');
    draft.target = '1,500';
    amountRetyped(draft, 'target');
    expect(errorsOf(draft, 'en')).toEqual([]);
    expect(statementDraft('en', draft)).toBe('Go from 1,200 to 1,500 website clicks from Instagram by Jun 3, 2026');
  });

  test('accepted amounts are rewritten in the new notation; other refusals stay refused with their own reason', () => {
    const clicks = draftFor('website_clicks', { baseline: '1 200,5', target: '1,5' });
    translateAmounts(clicks, 'fr', 'en');
    expect([clicks.baseline, clicks.target]).toEqual(['1200.5', '1.5']);
    expect(clicks.amountsTypedIn).toBeUndefined();
    translateAmounts(clicks, 'en', 'fr');
    expect([clicks.baseline, clicks.target]).toEqual(['1200,5', '1,5']);

    const rate = draftFor('conversion_rate', { baseline: '2,5 %', target: '1,5' });
    translateAmounts(rate, 'fr', 'en');
    expect(rate.baseline).toBe('2.5%');
    // 1,5 for a percentage is 150 % or a typo for 1,5 %: refused in French, and "1,5" is not 15 in English either.
    expect(rate.target).toBe('1,5');
    expect(errorsOf(rate, 'en')).toEqual([{ field: 'target', code: 'percentAboveOne', params: { fraction: 0.015 } }]);
    // Another KPI, which reads it: it is rewritten in English, as 1.5.
    rate.kpi = 'website_clicks';
    rate.stage = kpiById('website_clicks')!.stage;
    rate.baseline = '1';
    syncDerived('en', rate, trackingOf(clicksHistory()), { sheetLang: 'en', defaultUnit: '€' });
    expect(rate.target).toBe('1.5');
    expect(errorsOf(rate, 'en')).toEqual([]);
  });

  test('the other fields are checked without the refused amount: no direction is judged against a misread number', () => {
    // Website clicks: higher is better. Read in English, a target of "2.500" (1 500 or 2,5) would be 2.5, below the baseline.
    const draft = draftFor('website_clicks', { baseline: '1000', target: '2.500' });
    translateAmounts(draft, 'fr', 'en');
    expect(errorsOf(draft, 'en')).toEqual([{ field: 'target', code: 'ambiguousNumber', params: { got: '2.500', readings: [2500, 2.5] } }]);
    const baseline = draftFor('website_clicks', { baseline: '3.000', target: '10', owner: '' });
    translateAmounts(baseline, 'fr', 'en');
    expect(errorsOf(baseline, 'en')).toEqual([
      { field: 'baseline', code: 'ambiguousNumber', params: { got: '3.000', readings: [3000, 3] } },
      { field: 'owner', code: 'required' },
    ]);
  });
});

test('the statement counter agrees in number, in French too', () => {
  const fr = SIDEBAR_TEXTS.fr.smart.counter;
  expect([0, 1, 2, 280].map((n) => fr(n, 280, String))).toEqual([
    '0 caractère sur 280',
    '1 caractère sur 280',
    '2 caractères sur 280',
    '280 caractères sur 280',
  ]);
});
