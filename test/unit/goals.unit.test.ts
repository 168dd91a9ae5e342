/** The unit a goal's Unit column gets by default: from its KPI, short enough for validation to take. */
import { KPIS } from '../../src/core/catalog';
import { defaultUnit, MAX_LENGTH, validateGoal } from '../../src/core/goals';

describe('defaultUnit', () => {
  test.each([
    ['en', 'website_clicks', 'website clicks'],
    ['fr', 'website_clicks', 'clics vers le site'],
    ['fr', 'revenue', 'CHF'],
    ['en', 'cost_per_acquisition', 'CHF'],
    ['en', 'conversion_rate', '%'],
    ['fr', 'time_on_site', 's'],
    ['en', 'no_such_kpi', ''],
  ] as const)('%s %s → %s', (lang, kpi, unit) => {
    expect(defaultUnit(lang, kpi, 'CHF')).toBe(unit);
  });

  test('every goal KPI’s unit, in both languages, is one validation accepts', () => {
    for (const kpi of KPIS.filter((k) => !k.partOnly)) {
      for (const lang of ['en', 'fr'] as const) {
        const unit = defaultUnit(lang, kpi.id, '€');
        expect([kpi.id, Array.from(unit).length <= MAX_LENGTH.unit]).toEqual([kpi.id, true]);
        const result = validateGoal({ unit }, '2027-01-15', lang);
        expect(result.ok ? [] : result.errors.filter((e) => e.field === 'unit')).toEqual([]);
      }
    }
  });
});
