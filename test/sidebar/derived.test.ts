/**
 * The sidebar's browser-side arithmetic, without a browser: what it prefills must read back as the same
 * number through the validation the server runs, and the Tracking digest must unpack to the readings.
 */
import fc from 'fast-check';
import { kpiById, type KpiUnit } from '../../src/core/catalog';
import { validateGoal } from '../../src/core/goals';
import { amountText, baselineSuggestion, readAmount, syncDerived, trackingOf, untrackedChannels } from '../../src/sidebar/wizard/derived';
import { goalFormOf, newDraft, type Draft } from '../../src/sidebar/wizard/draft';
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
