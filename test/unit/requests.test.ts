/**
 * What the sidebars send the server arrives untrusted (any JSON a page could send): the readers in core
 * that the endpoints run before anything else.
 */
import { readGoalId, validateSavedGoal, type GoalForm } from '../../src/core/goals';
import { MAX_IMPORT_READINGS, readImportRequest, type ReadingsDigest } from '../../src/core/import/request';
import { readLang } from '../../src/core/requests';
import { toDayNumber } from '../../src/core/dates';

describe('readLang', () => {
  test.each([['en'], ['fr']])('%s is a language', (lang) => expect(readLang(lang)).toBe(lang));
  test.each([['de'], ['EN'], [' fr'], [''], [null], [undefined], [1], [['fr']], [{ toString: () => 'fr' }]])('%p is none', (value) => {
    expect(readLang(value)).toBeUndefined();
  });
});

describe('readGoalId', () => {
  test('a string of up to 64 characters', () => {
    expect(readGoalId('goal-revenue')).toBe('goal-revenue');
    expect(readGoalId('x'.repeat(64))).toBe('x'.repeat(64));
  });
  test.each([['x'.repeat(65)], [12], [null], [undefined], [{ id: 'g' }], [['g']]])('%p is none', (value) =>
    expect(readGoalId(value)).toBeUndefined(),
  );
});

describe('validateSavedGoal', () => {
  const TODAY = '2027-01-15';
  const LAST_YEAR: GoalForm = {
    outcome: 'sales',
    stage: 'engagement',
    kpi: 'website_clicks',
    statement: 'Clicks from Instagram',
    baseline: '1,200',
    target: '1,800',
    unit: '',
    start: '2025-01-01',
    deadline: '2025-06-30',
    owner: 'Camille',
    channels: ['instagram'],
  };

  test('a new goal is checked against today: one that started two years ago and ended is refused', () => {
    const result = validateSavedGoal(LAST_YEAR, TODAY, 'en');
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['startTooEarly', 'dateInPast']);
  });

  test('an edited goal (it has an id) is checked against the start its row holds', () => {
    expect(validateSavedGoal({ ...LAST_YEAR, id: 'g1' }, TODAY, 'en', '2025-01-01')).toMatchObject({
      ok: true,
      goal: { id: 'g1', start: '2025-01-01' },
    });
  });

  test('the start the page sends never relaxes the checks: without a stored start, or before it, it is refused', () => {
    const codes = (result: ReturnType<typeof validateSavedGoal>) => (result.ok ? [] : result.errors.map((e) => e.code));
    expect(codes(validateSavedGoal({ ...LAST_YEAR, id: 'g1' }, TODAY, 'en'))).toEqual(['startTooEarly', 'dateInPast']);
    expect(codes(validateSavedGoal({ ...LAST_YEAR, id: 'g1', start: '2023-01-01' }, TODAY, 'en', '2026-12-01'))).toEqual([
      'startTooEarly',
      'dateInPast',
    ]);
  });

  test('an id that is not a string makes no edited goal: its dates are checked against today', () => {
    const result = validateSavedGoal({ ...LAST_YEAR, id: 42 }, TODAY, 'en');
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(['invalid', 'startTooEarly', 'dateInPast']);
  });

  test('numbers are read in the language given', () => {
    expect(validateSavedGoal({ ...LAST_YEAR, id: 'g1' }, TODAY, 'en', '2025-01-01')).toMatchObject({
      goal: { baseline: 1200, target: 1800 },
    });
    expect(validateSavedGoal({ ...LAST_YEAR, id: 'g1', baseline: '1,5', target: '2,5' }, TODAY, 'fr', '2025-01-01')).toMatchObject({
      goal: { baseline: 1.5, target: 2.5 },
    });
  });

  test.each([[null], ['form'], [[LAST_YEAR]], [42]])('%p is refused field by field, not thrown', (form) => {
    expect(validateSavedGoal(form, TODAY, 'en')).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([{ field: 'kpi', code: 'required' }]),
    });
  });
});

describe('readImportRequest', () => {
  const day = toDayNumber('2026-01-05');
  const digest: ReadingsDigest = {
    channels: ['facebook', 'instagram'],
    kpis: ['reach'],
    sources: ['export.csv'],
    readings: [
      [day, 0, 0, 120, 0],
      [day, 1, 0, 4, 0],
    ],
  };

  test('readings become Tracking rows; the mode is replace only when it says so', () => {
    expect(readImportRequest({ readings: digest, mode: 'replace' })).toEqual({
      mode: 'replace',
      rows: [
        { date: '2026-01-05', channel: 'facebook', kpi: 'reach', value: 120, source: 'export.csv' },
        { date: '2026-01-05', channel: 'instagram', kpi: 'reach', value: 4, source: 'export.csv' },
      ],
    });
    for (const mode of ['skip', 'REPLACE', undefined, 1])
      expect(readImportRequest({ readings: digest, mode })).toMatchObject({ mode: 'skip' });
  });

  test.each<[string, unknown, number, string]>([
    ['no request', undefined, 0, 'shape'],
    ['a string', 'readings', 0, 'shape'],
    ['readings that are not a digest', { readings: { ...digest, readings: 'junk' } }, 0, 'shape'],
    ['a reading that is not a row', { readings: { ...digest, readings: [digest.readings[0], 'row'] } }, 1, 'shape'],
    ['a day out of range', { readings: { ...digest, readings: [[1e9, 0, 0, 1, 0]] } }, 0, 'date'],
    ['a day that is not a whole number', { readings: { ...digest, readings: [[day + 0.5, 0, 0, 1, 0]] } }, 0, 'date'],
    ['an unknown channel index', { readings: { ...digest, readings: [digest.readings[0], [day, 7, 0, 1, 0]] } }, 1, 'channel'],
    ['a channel name too long', { readings: { ...digest, channels: ['x'.repeat(41), 'instagram'] } }, 0, 'channel'],
    ['a KPI outside the catalogue', { readings: { ...digest, kpis: ['likes_and_love'] } }, 0, 'kpi'],
    ['a value that is not a finite number', { readings: { ...digest, readings: [[day, 0, 0, '120', 0]] } }, 0, 'value'],
    ['a source with a control character', { readings: { ...digest, sources: ['bad\u0007'] } }, 0, 'source'],
    // Two files disagreeing on one reading: the sidebar sends neither, the server picks neither.
    [
      'a reading given again with another value',
      { readings: { ...digest, readings: [...digest.readings, [day, 0, 0, 121, 0]] } },
      2,
      'conflict',
    ],
    [
      'a reading given again with another value, its channel named by its label',
      { readings: { ...digest, channels: ['facebook', 'instagram', 'Facebook'], readings: [...digest.readings, [day, 2, 0, 5, 0]] } },
      2,
      'conflict',
    ],
  ])('%s is refused at the first faulty reading', (_name, request, index, reason) => {
    expect(readImportRequest(request)).toEqual({ kind: 'invalidReadings', index, reason });
  });

  test('a reading given again with the same value is read, and written once (planImport skips it)', () => {
    const read = readImportRequest({ readings: { ...digest, readings: [...digest.readings, [day, 0, 0, 120, 0]] } });
    expect(read).toMatchObject({ rows: [{ value: 120 }, { value: 4 }, { value: 120 }] });
  });

  test(`more than ${MAX_IMPORT_READINGS.toLocaleString('en')} readings are refused before any is read`, () => {
    const readings = new Array(MAX_IMPORT_READINGS + 1).fill('not even a row');
    expect(readImportRequest({ readings: { ...digest, readings } })).toEqual({
      kind: 'invalidReadings',
      index: MAX_IMPORT_READINGS,
      reason: 'tooMany',
    });
  });
});
