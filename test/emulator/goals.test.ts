/**
 * The wizard's server side in the emulator: the real bundle's saveGoal/loadWizard create and fill the
 * Goals, Tracking, ROI-by-channel and Dashboard sheets, and HyperFormula evaluates their native formulas.
 */
import { addDays } from '../../src/core/dates';
import { goalStanding, validateGoal, type Goal, type GoalForm, type GoalStatus } from '../../src/core/goals';
import type { TrackingRow } from '../../src/core/tracking';
import type { Result, SavedGoal, WizardData } from '../../src/shared/endpoints';
import type { Emulator } from '../../src/local/emulator/emulator';
import { entryAt, type SheetModel } from '../../src/local/emulator/sheet-model';
import type { Workbook } from '../../src/local/emulator/workbook';
import { appendTracking, emulate, read, shown, write } from '../support/emulator';
import { requireAddonSheet } from '../../src/local/emulator/addon-sheets';
import { goalColumn, goalRowPreview } from '../../src/core/sheets/goals-row';

const TODAY = new Date().toISOString().slice(0, 10);

function form(overrides: Partial<GoalForm> = {}): GoalForm {
  return {
    outcome: 'sales',
    stage: 'engagement',
    kpi: 'website_clicks',
    statement: 'Go from 1,200 to 1,800 website clicks from Instagram',
    baseline: '1200',
    target: '1800',
    unit: '',
    start: addDays(TODAY, -30),
    deadline: addDays(TODAY, 60),
    owner: 'Camille',
    channels: ['instagram'],
    ...overrides,
  };
}

const plain = <T>(value: unknown) => JSON.parse(JSON.stringify(value)) as T;
const save = (emulator: Emulator, f: GoalForm) => plain<Result<SavedGoal>>(emulator.run('saveGoal', [f]));
const load = (emulator: Emulator) => plain<Result<WizardData>>(emulator.run('loadWizard'));

/** Everything a user could see of a sheet: values, formulas, formats and notes. */
function checksum(workbook: Workbook, sheet: SheetModel): string {
  const grid = { row: 1, column: 1, numRows: Math.max(1, workbook.lastRow(sheet)), numColumns: Math.max(1, workbook.lastColumn(sheet)) };
  return JSON.stringify([
    workbook.getValues(sheet, grid),
    workbook.getFormulas(sheet, grid),
    sheet.formats,
    sheet.notes,
    sheet.styles,
    sheet.name,
  ]);
}

describe('opening the wizard', () => {
  test('when the sheets cannot be written, the wizard still opens, leaves no half-made sheet, and says why in the log', () => {
    const { emulator, workbook } = emulate('en_US');
    // Every write refused, as for a user who may not edit this spreadsheet.
    workbook.readOnly = true;
    const loaded = load(emulator);
    workbook.readOnly = false;
    expect(loaded).toEqual({ ok: true, value: expect.objectContaining({ sheetsCreated: false, goals: [] }) });
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Data']);
    expect(emulator.console.entries.filter((e) => e.level === 'warn').map((e) => e.text)).toEqual([
      expect.stringMatching(
        /^Social ROI: the sheets could not be set up; the wizard opens on what exists\. (Exception: )?You do not have permission/,
      ),
    ]);
  });

  test('the first opening sets the four sheets up, once, so Tracking can take readings before any goal', () => {
    const { emulator, workbook } = emulate('fr_FR');
    const first = load(emulator);
    expect(first).toEqual({ ok: true, value: expect.objectContaining({ sheetsCreated: true, goals: [], lang: 'fr' }) });
    if (!first.ok) return;
    expect(first.value.sheets).toEqual({ goals: 'Objectifs', tracking: 'Suivi', roi: 'ROI par canal', dashboard: 'Tableau de bord' });
    const again = load(emulator);
    expect(again).toEqual({ ok: true, value: expect.objectContaining({ sheetsCreated: false }) });
    expect(workbook.sheets).toHaveLength(5);
  });

  test('a deleted sheet of ours is set up again on the next opening, the others are kept', () => {
    const { emulator, workbook } = emulate('en_US');
    load(emulator);
    save(emulator, form());
    workbook.deleteSheet(requireAddonSheet(workbook, 'dashboard'));
    load(emulator);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Data', 'Goals', 'Tracking', 'ROI by channel', 'Dashboard']);
    expect(workbook.lastRow(requireAddonSheet(workbook, 'goals'))).toBe(2);
  });
});

describe('an older ROI sheet and Dashboard, deleted, are set up again in the current layout', () => {
  test('the new ROI sheet lists the saved goals’ channels and has the channel-row column; the new Dashboard reads it', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form({ channels: ['facebook', 'instagram'] }));
    save(emulator, form({ channels: ['instagram', 'other'], otherChannel: 'Snapchat' }));
    workbook.deleteSheet(requireAddonSheet(workbook, 'roi'));
    workbook.deleteSheet(requireAddonSheet(workbook, 'dashboard'));
    expect(load(emulator)).toEqual({ ok: true, value: expect.objectContaining({ sheetsCreated: true }) });
    const roi = requireAddonSheet(workbook, 'roi');
    expect(read(workbook, roi, 'A4:A7').flat()).toEqual(['Facebook', 'Instagram', 'Snapchat', '']);
    expect(read(workbook, roi, 'R2:R6').flat()).toEqual(['Channel row (Social ROI, do not edit)', false, 4, 5, 6]);
    const dashboard = requireAddonSheet(workbook, 'dashboard');
    expect(String(read(workbook, dashboard, 'A2')[0][0])).toMatch(/^ROI by channel from /);
    appendTracking(workbook, [[lastFullMonth(TODAY).mid, 'Snapchat', 'New customers', 10]]);
    write(workbook, roi, 'D6', [[50]]);
    write(workbook, roi, 'I6', [[100]]);
    expect(read(workbook, dashboard, 'A4:B6')).toEqual([
      ['Facebook', ''],
      ['Instagram', ''],
      ['Snapchat', 400],
    ]);
  });
});

describe('the wizard’s review shows exactly what the Goals row displays', () => {
  test.each([
    ['a French spreadsheet', 'fr_FR', undefined],
    ['an English one', 'en_US', undefined],
    ['French sheets in a spreadsheet of English locale', 'en_US', 'fr_FR'],
  ])('%s', (_name, locale, userLocale) => {
    const { emulator, workbook } = emulate(locale, userLocale);
    const loaded = load(emulator);
    if (!loaded.ok) throw new Error('not loaded');
    const { sheetLang, locale: shownLocale, lang } = loaded.value;
    const forms: GoalForm[] = [
      form({
        stage: 'conversion',
        kpi: 'revenue',
        baseline: lang === 'fr' ? '1234,5' : '1234.5',
        target: '2000',
        unit: '€',
        notes: 'printemps',
      }),
      form({ stage: 'conversion', kpi: 'conversion_rate', baseline: lang === 'fr' ? '2,5 %' : '2.5%', target: '3%', unit: '%' }),
      form({ baseline: '12000', target: '15000', unit: 'clics', channels: ['instagram', 'other'], otherChannel: 'Snapchat' }),
    ];
    const goals = requireAddonSheet(workbook, 'goals');
    forms.forEach((f, i) => {
      const saved = plain<Result<SavedGoal>>(emulator.run('saveGoal', [f, lang]));
      if (!saved.ok) throw new Error(JSON.stringify(saved));
      const validated = validateGoal(f, TODAY, lang);
      if (!validated.ok) throw new Error(JSON.stringify(validated.errors));
      const preview = goalRowPreview({ lang: sheetLang, locale: shownLocale }, validated.goal);
      const row = shown(workbook, goals, `A${i + 2}:Q${i + 2}`)[0];
      const headers = shown(workbook, goals, 'A1:Q1')[0];
      for (const cell of preview) {
        expect([cell.header, cell.text]).toEqual([headers[goalColumn(cell.column) - 1], row[goalColumn(cell.column) - 1]]);
      }
      expect(preview.map((c) => c.column)).toEqual([
        'statement',
        'outcome',
        'stage',
        'kpi',
        'channels',
        'owner',
        'baseline',
        'target',
        'unit',
        'start',
        'deadline',
        'notes',
      ]);
    });
    expect(sheetLang).toBe(userLocale === undefined ? lang : 'fr');
  });
});

describe('choosing the language', () => {
  test("the sidebar's choice is kept for the next opening; an unknown language is refused in both languages", () => {
    const { emulator } = emulate('fr_FR', 'fr_FR');
    expect(plain(emulator.run('setLanguage', ['en']))).toEqual({ ok: true, value: null });
    expect(load(emulator)).toEqual({ ok: true, value: expect.objectContaining({ lang: 'en' }) });
    expect(plain(emulator.run('setLanguage', ['de']))).toEqual({
      ok: false,
      error: { kind: 'failed', message: 'Unknown language / Langue inconnue' },
    });
    expect(load(emulator)).toEqual({ ok: true, value: expect.objectContaining({ lang: 'en' }) });
  });
});

describe('creating goals', () => {
  test('the first goal creates the four sheets, found again by developer metadata, never by name', () => {
    const { emulator, workbook, sheet: data } = emulate('fr_FR');
    const users = workbook.addSheet('Objectifs');
    write(workbook, users, 'A1:B2', [
      ['mes objectifs', 'à moi'],
      ['=1+1', 42],
    ]);
    write(workbook, data, 'A1', [['données']]);
    const before = [checksum(workbook, users), checksum(workbook, data)];

    const saved = save(emulator, form());
    expect(saved).toEqual({ ok: true, value: expect.objectContaining({ row: 2, created: true, sheetName: 'Objectifs (Social ROI)' }) });
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      'Data',
      'Objectifs',
      'Objectifs (Social ROI)',
      'Suivi',
      'ROI par canal',
      'Tableau de bord',
    ]);
    expect([checksum(workbook, users), checksum(workbook, data)]).toEqual(before);

    const goals = requireAddonSheet(workbook, 'goals');
    expect(read(workbook, goals, 'A1:D1')).toEqual([['Objectif', 'Résultat visé', 'Étape du tunnel', 'KPI']]);
    expect(goals.frozenRows).toBe(1);
    expect(requireAddonSheet(workbook, 'tracking').frozenRows).toBe(1);
    expect(requireAddonSheet(workbook, 'dashboard').charts.map((c) => c.type)).toEqual(['LINE', 'BAR', 'BAR']);

    // Renamed sheets are still ours; a second goal adds a row and no sheet.
    workbook.renameSheet(goals, 'Mes objectifs Social ROI');
    expect(save(emulator, form({ statement: 'second' }))).toEqual({
      ok: true,
      value: expect.objectContaining({ row: 3, sheetName: 'Mes objectifs Social ROI' }),
    });
    expect(workbook.sheets).toHaveLength(6);
    expect([checksum(workbook, users), checksum(workbook, data)]).toEqual(before);
  });

  test('headers are in the user language', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form());
    expect(read(workbook, requireAddonSheet(workbook, 'tracking'), 'A1:E1')).toEqual([
      ['Date', 'Channel', 'KPI', 'Value', 'Source / notes'],
    ]);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Data', 'Goals', 'Tracking', 'ROI by channel', 'Dashboard']);
  });

  test('user text is written as text and can never become a formula', () => {
    const { emulator, workbook } = emulate('en_US');
    const risky = ['=IMPORTXML("http:" & "//evil", "//a")', '+1+1', '-A1', '@SUM(1)'];
    risky.forEach((text, i) => save(emulator, form({ statement: text, owner: risky[(i + 1) % 4], notes: risky[(i + 2) % 4] })));
    const goals = requireAddonSheet(workbook, 'goals');
    const statements = read(workbook, goals, 'A2:A5').flat();
    const owners = read(workbook, goals, 'F2:F5').flat();
    expect(statements).toEqual(risky);
    expect(owners).toEqual([risky[1], risky[2], risky[3], risky[0]]);
    expect(
      workbook
        .getFormulas(goals, { row: 2, column: 1, numRows: 4, numColumns: 11 })
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  test('bad input is refused on the server with field errors, and nothing is written', () => {
    const { emulator, workbook } = emulate('en_US');
    const before = workbook.sheets.map((s) => checksum(workbook, s));
    const refused = save(emulator, form({ target: '1200', deadline: addDays(TODAY, -1), owner: 'x'.repeat(10_000), channels: [] }));
    expect(refused.ok).toBe(false);
    if (refused.ok || refused.error.kind !== 'validation') throw new Error('expected validation errors');
    expect(refused.error.errors.map((e) => e.field).sort()).toEqual(['channels', 'deadline', 'owner', 'target']);
    expect(workbook.sheets.map((s) => checksum(workbook, s))).toEqual(before);
    expect(save(emulator, 'not a form' as unknown as GoalForm).ok).toBe(false);
    expect(workbook.sheets).toHaveLength(1);
  });

  test('editing a goal updates its own row and leaves the others alone', () => {
    const { emulator, workbook } = emulate('en_US');
    const first = save(emulator, form({ statement: 'first' }));
    save(emulator, form({ statement: 'second' }));
    if (!first.ok) throw new Error('not saved');
    const goals = requireAddonSheet(workbook, 'goals');
    const secondRow = JSON.stringify(read(workbook, goals, 'A3:Q3'));
    const edited = save(emulator, form({ id: first.value.id, statement: 'first, edited', target: '2000' }));
    expect(edited).toEqual({ ok: true, value: { id: first.value.id, row: 2, sheetName: 'Goals', created: false } });
    expect(read(workbook, goals, 'A2')).toEqual([['first, edited']]);
    expect(read(workbook, goals, 'H2')).toEqual([[2000]]);
    expect(JSON.stringify(read(workbook, goals, 'A3:Q3'))).toBe(secondRow);
    expect(workbook.lastRow(goals)).toBe(3);
    expect(save(emulator, form({ id: 'no-such-goal' }))).toEqual({ ok: false, error: { kind: 'notFound' } });
  });

  test('an edit is checked against the start the Goals row holds, never against a start the page sends', () => {
    const { emulator, workbook } = emulate('en_US');
    const saved = save(emulator, form());
    if (!saved.ok) throw new Error('not saved');
    const goals = requireAddonSheet(workbook, 'goals');
    const startCell = `${String.fromCharCode(64 + goalColumn('start'))}2`;
    const before = checksum(workbook, goals);
    // A page that sends an old start with the goal's id does not get to save a goal that began years ago.
    const crafted = save(emulator, form({ id: saved.value.id, start: '2020-01-01', deadline: '2020-06-30' }));
    expect(crafted.ok ? [] : crafted.error.kind === 'validation' && crafted.error.errors.map((e) => [e.field, e.code])).toEqual([
      ['start', 'startTooEarly'],
      ['deadline', 'dateInPast'],
    ]);
    expect(checksum(workbook, goals)).toBe(before);
    // A goal whose row says it started two years ago (and ended) can still be edited as it stands.
    const longAgo = addDays(TODAY, -730);
    write(workbook, goals, startCell, [[new Date(`${longAgo}T00:00:00+01:00`)]]);
    const old = form({ id: saved.value.id, start: longAgo, deadline: addDays(TODAY, -400), statement: 'old goal, notes fixed' });
    expect(save(emulator, old)).toMatchObject({ ok: true, value: { created: false, row: 2 } });
    expect(read(workbook, goals, 'A2')).toEqual([['old goal, notes fixed']]);
  });
});

const KPI_IDS = {
  'Website clicks': 'website_clicks',
  Followers: 'followers',
  'Time on site (s)': 'time_on_site',
  'New customers': 'customers',
  'Website visits': 'visits',
  'Ad spend': 'ad_spend',
  'Active customers': 'active_customers',
  'Lost customers': 'lost_customers',
  Mentions: 'mentions',
  'Competitor mentions': 'competitor_mentions',
} as const;
const STATUS_WORDS: Record<GoalStatus, string> = {
  ahead: 'Ahead',
  on_track: 'On track',
  behind: 'Behind',
  achieved: 'Achieved',
  missed: 'Missed',
  not_started: 'Not started',
};

/** A Tracking row as typed: date, channel, KPI label, and a value that may be blank ('') or text ("n/a"). */
type Typed = [string, string, string, number | string];

/** The readings core reads from typed rows: a row whose value is blank or text is none (readTracking). */
function trackingRowsOf(history: readonly Typed[]): TrackingRow[] {
  return history.flatMap(([date, channel, kpi, value]) =>
    typeof value === 'number'
      ? [{ date, channel: channel.toLowerCase(), kpi: KPI_IDS[kpi as keyof typeof KPI_IDS], value, source: '' }]
      : [],
  );
}

function goalOf(f: GoalForm): Goal {
  const validated = validateGoal(f, f.start < TODAY ? f.start : TODAY, 'en');
  if (!validated.ok) throw new Error(JSON.stringify(validated.errors));
  return validated.goal;
}

/** A Goals row's current, progress, elapsed and status, as src/core/goals/standing.ts defines them. */
function expectRowToMatchCore(cells: unknown[], goal: Goal, rows: TrackingRow[], today: string): void {
  const [current, progress, elapsed, status] = cells;
  const core = goalStanding(rows, goal, today);
  if (core.current === undefined) expect(current).toBe('');
  else expect(current as number).toBeCloseTo(core.current, 9);
  if (core.progress === undefined) expect(progress).toBe('');
  else expect(progress as number).toBeCloseTo(core.progress, 9);
  expect(elapsed as number).toBeCloseTo(core.elapsed, 9);
  expect(status).toBe(core.status === undefined ? '' : STATUS_WORDS[core.status]);
}

describe('native formulas agree with the goal definitions', () => {
  const history: Typed[] = [
    [addDays(TODAY, -40), 'Instagram', 'Website clicks', 500], // before the goal: not counted
    [addDays(TODAY, -20), 'Instagram', 'Website clicks', 300],
    [addDays(TODAY, -5), 'Instagram', 'Website clicks', 250],
    [addDays(TODAY, -5), 'Facebook', 'Website clicks', 100],
    [addDays(TODAY, -25), 'Instagram', 'Followers', 1300],
    [addDays(TODAY, -3), 'Instagram', 'Followers', 1450],
    [addDays(TODAY, -10), 'Instagram', 'Time on site (s)', 40],
    [addDays(TODAY, -2), 'Instagram', 'Time on site (s)', 50],
    [addDays(TODAY, -10), 'Instagram', 'New customers', 6],
    [addDays(TODAY, -10), 'Instagram', 'Website visits', 300],
    [addDays(TODAY, -2), 'Instagram', 'New customers', 4],
    [addDays(TODAY, -2), 'Instagram', 'Website visits', 200],
    [addDays(TODAY, -12), 'Instagram', 'Ad spend', 150],
    [addDays(TODAY, -1), 'Instagram', 'Ad spend', 90],
    // Rows typed ahead, waiting for their number, and a value typed as text: no readings, in the sheet
    // as in core (a date no reading has must not become the latest one, nor count in a mean).
    [TODAY, 'Instagram', 'Website clicks', ''],
    [TODAY, 'Instagram', 'Followers', ''],
    [TODAY, 'Instagram', 'Time on site (s)', 'n/a'],
    [TODAY, 'Instagram', 'New customers', ''],
    [TODAY, 'Instagram', 'Website visits', 'n/a'],
    [TODAY, 'Instagram', 'Ad spend', ''],
  ];

  const goals: Array<Partial<GoalForm>> = [
    { stage: 'engagement', kpi: 'website_clicks', baseline: '500', target: '2000' },
    { stage: 'engagement', kpi: 'website_clicks', baseline: '500', target: '2000', channels: ['instagram', 'facebook'] },
    { stage: 'awareness', kpi: 'followers', baseline: '1200', target: '1800', outcome: 'reputation' },
    { stage: 'engagement', kpi: 'time_on_site', baseline: '30', target: '60' },
    { stage: 'conversion', kpi: 'conversion_rate', baseline: '0.015', target: '0.03' },
    { stage: 'conversion', kpi: 'cost_per_acquisition', baseline: '40', target: '38', outcome: 'acquisition_cost', unit: '€' },
    { stage: 'engagement', kpi: 'website_clicks', baseline: '100', target: '120', start: addDays(TODAY, 5), deadline: addDays(TODAY, 50) },
  ];

  test('current value, progress, time elapsed and status for each KPI kind', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form());
    appendTracking(workbook, history);
    goals.forEach((g) => expect(save(emulator, form(g)).ok).toBe(true));
    const sheet = requireAddonSheet(workbook, 'goals');
    const rows = trackingRowsOf(history);
    goals.forEach((g, i) => {
      expectRowToMatchCore(read(workbook, sheet, `L${i + 3}:O${i + 3}`)[0], goalOf(form(g)), rows, TODAY);
    });
    // The sums themselves, by hand: 300 + 250 on Instagram; + 100 on Facebook.
    expect(read(workbook, sheet, 'L3:L4')).toEqual([[550], [650]]);
    expect(read(workbook, sheet, 'L5')).toEqual([[1450]]);
    expect(read(workbook, sheet, 'L7')[0][0] as number).toBeCloseTo(10 / 500, 12);
    // Cost per acquisition from its parts: (150 + 90) of ad spend for 6 + 4 new customers.
    expect(read(workbook, sheet, 'L8')[0][0] as number).toBeCloseTo(240 / 10, 12);
  });

  test('the home view lists the goals with what the sheet computed', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form());
    appendTracking(workbook, history);
    const loaded = load(emulator);
    if (!loaded.ok) throw new Error('not loaded');
    expect(loaded.value.goals).toHaveLength(1);
    const [goal] = loaded.value.goals;
    expect(goal.current).toBe(550);
    const core = goalStanding(trackingRowsOf(history), goalOf(form()), TODAY);
    expect(goal.progress).toBeCloseTo(core.progress!, 9);
    // Baseline 1,200 clicks over 91 days; readings up to five days ago cover 26 of the goal's 91 days.
    expect(core.progress).toBeCloseTo((550 - 1200 * (26 / 91)) / 600, 9);
    expect(goal.form).toEqual(expect.objectContaining({ kpi: 'website_clicks', channels: ['instagram'], owner: 'Camille' }));
    expect(loaded.value.history.readings).toHaveLength(trackingRowsOf(history).length);
    expect(loaded.value.today).toBe(TODAY);
  });
});

describe('a stock on several channels: the sheet and the sidebar read one current value', () => {
  const followers = (overrides: Partial<GoalForm> = {}) =>
    form({
      outcome: 'reputation',
      stage: 'awareness',
      kpi: 'followers',
      baseline: '2000',
      target: '3000',
      channels: ['instagram', 'facebook', 'linkedin'],
      ...overrides,
    });

  test('each channel at its latest reading, however long before the start; the day’s largest when a day has two', () => {
    const { emulator, workbook } = emulate('en_US');
    expect(save(emulator, followers()).ok).toBe(true);
    const history: Typed[] = [
      [addDays(TODAY, -25), 'Instagram', 'Followers', 1300],
      [addDays(TODAY, -3), 'Instagram', 'Followers', 1450],
      [addDays(TODAY, -3), 'Instagram', 'Followers', 1440], // a second row of that day, smaller
      [addDays(TODAY, -40), 'Facebook', 'Followers', 800], // Facebook's last reading, before the goal's start
      [addDays(TODAY, -10), 'LinkedIn', 'Followers', 200],
      [addDays(TODAY, -10), 'LinkedIn', 'Followers', 210], // a second row of that day, larger
    ];
    appendTracking(workbook, history);
    const sheet = requireAddonSheet(workbook, 'goals');
    const cells = read(workbook, sheet, 'L2:O2')[0];
    expectRowToMatchCore(cells, goalOf(followers()), trackingRowsOf(history), TODAY);
    expect(cells[0]).toBe(1450 + 800 + 210);
  });

  test('a channel whose readings all come after the period’s end: not known then, so no current value in either', () => {
    const { emulator, workbook } = emulate('en_US');
    const f = followers({ channels: ['instagram', 'facebook'] });
    expect(save(emulator, f).ok).toBe(true);
    // A goal that ended 20 days ago; Facebook was first read after it.
    const start = addDays(TODAY, -60);
    const deadline = addDays(TODAY, -20);
    const sheet = requireAddonSheet(workbook, 'goals');
    write(workbook, sheet, 'J2:K2', [[new Date(`${start}T12:00:00Z`), new Date(`${deadline}T12:00:00Z`)]]);
    const history: Typed[] = [
      [addDays(TODAY, -30), 'Instagram', 'Followers', 1300],
      [addDays(TODAY, -10), 'Facebook', 'Followers', 800],
    ];
    appendTracking(workbook, history);
    const cells = read(workbook, sheet, 'L2:O2')[0];
    expectRowToMatchCore(cells, { ...goalOf(f), start, deadline }, trackingRowsOf(history), TODAY);
    expect(cells[0]).toBe('');
  });
});

describe('a Tracking row whose value is blank or text is no reading, in the sheet as in the sidebar', () => {
  /** One goal saved, the rows typed into Tracking: the goal's row as the sheet computes it, checked against core. */
  function rowOf(f: GoalForm, history: Typed[]): unknown[] {
    const { emulator, workbook } = emulate('en_US');
    expect(save(emulator, f).ok).toBe(true);
    appendTracking(workbook, history);
    const loaded = load(emulator);
    if (!loaded.ok) throw new Error('not loaded');
    // What the server reads is what core is given: the rows with a number only.
    expect(loaded.value.history.readings).toHaveLength(trackingRowsOf(history).length);
    const cells = read(workbook, requireAddonSheet(workbook, 'goals'), 'L2:O2')[0];
    expectRowToMatchCore(cells, goalOf(f), trackingRowsOf(history), TODAY);
    return cells;
  }
  const followers = (channels = ['instagram']) =>
    form({ outcome: 'reputation', stage: 'awareness', kpi: 'followers', baseline: '1000', target: '3000', channels });

  test('a stock: a row typed yesterday with no value does not make the latest reading 0', () => {
    const cells = rowOf(followers(), [
      [addDays(TODAY, -10), 'Instagram', 'Followers', 1500],
      [addDays(TODAY, -1), 'Instagram', 'Followers', ''],
    ]);
    // Not 0, −0.5 and Behind: 1,500 is a quarter of the way from 1,000 to 3,000, on track at 31 days of 91.
    expect(cells[0]).toBe(1500);
    expect(cells[1] as number).toBeCloseTo(0.25, 12);
    expect(cells[3]).toBe('On track');
  });

  test('a stock on several channels: a channel’s blank row neither hides its reading nor makes it unknown', () => {
    const cells = rowOf(followers(['instagram', 'facebook', 'linkedin']), [
      [addDays(TODAY, -10), 'Instagram', 'Followers', 1500],
      [addDays(TODAY, -5), 'Facebook', 'Followers', 700],
      [addDays(TODAY, -1), 'Facebook', 'Followers', 'n/a'],
      // LinkedIn's only rows are blank, one after the period's end: LinkedIn is not read at all.
      [addDays(TODAY, -3), 'LinkedIn', 'Followers', ''],
      [addDays(TODAY, 3), 'LinkedIn', 'Followers', ''],
    ]);
    expect(cells[0]).toBe(2200);
  });

  test('an average: "n/a" is not a 0 in the mean', () => {
    const f = form({ stage: 'engagement', kpi: 'time_on_site', baseline: '30', target: '90' });
    const cells = rowOf(f, [
      [addDays(TODAY, -4), 'Instagram', 'Time on site (s)', 60],
      [addDays(TODAY, -2), 'Instagram', 'Time on site (s)', 'n/a'],
    ]);
    expect(cells[0]).toBe(60);
  });

  test('a flow: a blank row at today does not stretch the days its readings cover', () => {
    const cells = rowOf(form(), [
      [addDays(TODAY, -20), 'Instagram', 'Website clicks', 300],
      [TODAY, 'Instagram', 'Website clicks', ''],
    ]);
    // Readings up to 20 days ago cover 11 of the goal's 91 days.
    expect(cells[1] as number).toBeCloseTo((300 - 1200 * (11 / 91)) / 600, 9);
  });
});

describe('a flow goal with no reading since its start has no value yet, not 0 and "Behind"', () => {
  const adSpend = form({ outcome: 'acquisition_cost', stage: 'conversion', kpi: 'ad_spend', baseline: '900', target: '600', unit: '€' });

  test.each([
    ['website clicks, nothing tracked at all', form(), []],
    [
      'website clicks read before the start and on another channel only',
      form(),
      [
        [addDays(TODAY, -40), 'Instagram', 'Website clicks', 500],
        [addDays(TODAY, -5), 'Facebook', 'Website clicks', 80],
        [addDays(TODAY, -3), 'Instagram', 'Website clicks', ''],
      ],
    ],
    ['ad spend read before the start only', adSpend, [[addDays(TODAY, -31), 'Instagram', 'Ad spend', 300]]],
  ] as Array<[string, GoalForm, Typed[]]>)(
    '%s: current, progress and status blank in the sheet, the sidebar and the Dashboard',
    (_name, f, history) => {
      const { emulator, workbook } = emulate('en_US');
      expect(save(emulator, f).ok).toBe(true);
      if (history.length > 0) appendTracking(workbook, history);
      const cells = read(workbook, requireAddonSheet(workbook, 'goals'), 'L2:O2')[0];
      expectRowToMatchCore(cells, goalOf(f), trackingRowsOf(history), TODAY);
      expect([cells[0], cells[1], cells[3]]).toEqual(['', '', '']);
      expect(cells[2] as number).toBeCloseTo(31 / 91, 9);
      // The sidebar's list: no value, no progress, no status, the time elapsed as the sheet has it.
      const loaded = load(emulator);
      if (!loaded.ok) throw new Error('not loaded');
      expect(loaded.value.goals.map(({ current, progress, status }) => ({ current, progress, status }))).toEqual([
        { current: null, progress: null, status: null },
      ]);
      // The Dashboard's progress table: the goal, a blank progress beside its time elapsed.
      const dashboard = requireAddonSheet(workbook, 'dashboard');
      const [[goal, progress, elapsed]] = read(workbook, dashboard, 'L4:N4');
      expect([goal, progress]).toEqual([f.statement, '']);
      expect(elapsed as number).toBeCloseTo(31 / 91, 9);
    },
  );

  test('a reading of 0 since the start is a measured 0: the goal is behind', () => {
    const history: Typed[] = [[addDays(TODAY, -2), 'Instagram', 'Website clicks', 0]];
    const { emulator, workbook } = emulate('en_US');
    expect(save(emulator, form()).ok).toBe(true);
    appendTracking(workbook, history);
    const cells = read(workbook, requireAddonSheet(workbook, 'goals'), 'L2:O2')[0];
    expectRowToMatchCore(cells, goalOf(form()), trackingRowsOf(history), TODAY);
    expect([cells[0], cells[3]]).toEqual([0, 'Behind']);
  });
});

describe('a ratio reads each of its parts, or has no value: the sheet and the sidebar agree', () => {
  /** One goal saved, the rows typed into Tracking: the goal's row as the sheet computes it, checked against core. */
  function rowOf(f: GoalForm, history: Typed[]): unknown[] {
    const { emulator, workbook } = emulate('en_US');
    expect(save(emulator, f).ok).toBe(true);
    if (history.length > 0) appendTracking(workbook, history);
    const cells = read(workbook, requireAddonSheet(workbook, 'goals'), 'L2:O2')[0];
    expectRowToMatchCore(cells, goalOf(f), trackingRowsOf(history), TODAY);
    return cells;
  }
  // Churn from 10 % down to 5 % over 91 days, 30 of them gone; the base is the active customers at the start.
  const churn = (channels = ['instagram', 'facebook']) =>
    form({ outcome: 'sales', stage: 'retention', kpi: 'churn', baseline: '0.1', target: '0.05', channels });
  const lost: Typed[] = [
    [addDays(TODAY, -10), 'Instagram', 'Lost customers', 60],
    [addDays(TODAY, -10), 'Facebook', 'Lost customers', 40],
  ];

  test.each([
    [
      'each channel read before the start: the base is their total at the start',
      [
        [addDays(TODAY, -40), 'Instagram', 'Active customers', 1000],
        [addDays(TODAY, -35), 'Facebook', 'Active customers', 1000],
        [addDays(TODAY, -5), 'Facebook', 'Active customers', 5000],
        ...lost,
      ],
      0.05,
      'Achieved',
    ],
    [
      // Facebook's customers were not 0 at the start, they were not known: its first reading stands for them.
      'Facebook first read inside the period: Instagram at the start and Facebook’s first reading, not Instagram alone',
      [
        [addDays(TODAY, -40), 'Instagram', 'Active customers', 1000],
        [addDays(TODAY, -25), 'Instagram', 'Active customers', 3000],
        [addDays(TODAY, -20), 'Facebook', 'Active customers', 1000],
        ...lost,
      ],
      0.05,
      'Achieved',
    ],
    [
      'every channel first read after the start: each counts its first reading, the nearest to the start',
      [
        [addDays(TODAY, -25), 'Instagram', 'Active customers', 1200],
        [addDays(TODAY, -20), 'Instagram', 'Active customers', 1500],
        [addDays(TODAY, -15), 'Facebook', 'Active customers', 800],
        [addDays(TODAY, -12), 'Facebook', 'Active customers', 300],
        ...lost,
      ],
      0.05,
      'Achieved',
    ],
    [
      'a blank row of Facebook before the start is no reading: its first number stands for it',
      [
        [addDays(TODAY, -40), 'Instagram', 'Active customers', 1000],
        [addDays(TODAY, -35), 'Facebook', 'Active customers', ''],
        [addDays(TODAY, -20), 'Facebook', 'Active customers', 1000],
        ...lost,
      ],
      0.05,
      'Achieved',
    ],
    [
      'a lost customer reading of 0 is a measured 0 %',
      [
        [addDays(TODAY, -40), 'Instagram', 'Active customers', 1000],
        [addDays(TODAY, -40), 'Facebook', 'Active customers', 1000],
        [addDays(TODAY, -3), 'Instagram', 'Lost customers', 0],
      ],
      0,
      'Achieved',
    ],
    [
      'no lost customers read since the start: no churn, not 0 %',
      [
        [addDays(TODAY, -40), 'Instagram', 'Active customers', 1000],
        [addDays(TODAY, -40), 'Facebook', 'Active customers', 1000],
        [addDays(TODAY, -40), 'Facebook', 'Lost customers', 30],
      ],
      '',
      '',
    ],
    [
      'Facebook’s active customers first read after today: the base is not known yet',
      [[addDays(TODAY, -40), 'Instagram', 'Active customers', 1000], [addDays(TODAY, 2), 'Facebook', 'Active customers', 1000], ...lost],
      '',
      '',
    ],
    ['no active customers read at all: no base', lost, '', ''],
  ] as Array<[string, Typed[], number | string, string]>)('%s', (_name, history, current, status) => {
    const cells = rowOf(churn(), history);
    if (typeof current === 'number') expect(cells[0] as number).toBeCloseTo(current, 12);
    else expect(cells[0]).toBe(current);
    expect(cells[3]).toBe(status);
  });

  test('a channel never read is left out of the base, as for a stock', () => {
    const cells = rowOf(churn(['instagram', 'facebook', 'linkedin']), [
      [addDays(TODAY, -40), 'Instagram', 'Active customers', 1000],
      [addDays(TODAY, -20), 'Facebook', 'Active customers', 1000],
      ...lost,
    ]);
    expect(cells[0] as number).toBeCloseTo(0.05, 12);
  });

  test('the longest formula fits in a cell: churn on every channel, with Tracking renamed to 100 characters', () => {
    const { emulator, workbook } = emulate('fr_FR');
    load(emulator);
    workbook.renameSheet(requireAddonSheet(workbook, 'tracking'), 'S'.repeat(100));
    const every = ['facebook', 'instagram', 'linkedin', 'x', 'tiktok', 'youtube', 'pinterest', 'blog', 'newsletter', 'other'];
    const f = form({ outcome: 'sales', stage: 'retention', kpi: 'churn', baseline: '0,1', target: '0,05', channels: every });
    expect(save(emulator, { ...f, otherChannel: 'N'.repeat(40) })).toMatchObject({ ok: true });
    const goals = requireAddonSheet(workbook, 'goals');
    const [current] = workbook.getFormulas(goals, { row: 2, column: goalColumn('current'), numRows: 1, numColumns: 1 })[0];
    // Sheets takes at most 50,000 characters in a cell, a formula's included; the churn's grows with the channels.
    expect(current.length).toBeGreaterThan(20_000);
    expect(current.length).toBeLessThan(50_000);
    expect(read(workbook, goals, 'L2:O2')[0]).toEqual(['', '', expect.any(Number), '']);
  });

  test('a share of voice without the competitors’ mentions is none, not 100 %; a cost per acquisition without ad spend, none, not 0', () => {
    const voice = form({
      outcome: 'reputation',
      stage: 'awareness',
      kpi: 'share_of_voice',
      baseline: '0.2',
      target: '0.3',
      channels: ['x', 'facebook'],
    });
    const mentions: Typed[] = [
      [addDays(TODAY, -5), 'X', 'Mentions', 30],
      [addDays(TODAY, -5), 'Facebook', 'Mentions', 10],
    ];
    expect(rowOf(voice, mentions)).toEqual(['', '', expect.any(Number), '']);
    const both = rowOf(voice, [...mentions, [addDays(TODAY, -4), 'X', 'Competitor mentions', 60]]);
    expect(both[0] as number).toBeCloseTo(40 / 100, 12);
    const cpa = form({
      outcome: 'acquisition_cost',
      stage: 'conversion',
      kpi: 'cost_per_acquisition',
      baseline: '40',
      target: '30',
      unit: '€',
    });
    expect(rowOf(cpa, [[addDays(TODAY, -5), 'Instagram', 'New customers', 4]])).toEqual(['', '', expect.any(Number), '']);
  });
});

describe('progress measures the change: "from 1,200 to 1,320 website clicks" over 60 days', () => {
  const DAYS = 60;
  const BASELINE_PACE = 1200 / DAYS; // 20 clicks a day
  const TARGET_PACE = 1320 / DAYS; // 22 clicks a day

  /** A 60-day goal starting `start`, with a reading a day at `pace` from the start through `until`; its row as the sheet computes it. */
  function goalRowAt(start: string, pace: number, until: string): { cells: unknown[]; goal: Goal; rows: TrackingRow[] } {
    const { emulator, workbook } = emulate('en_US');
    const deadline = addDays(start, DAYS - 1);
    // Saved with dates the wizard accepts today, then moved as time would have moved them.
    const f = form({ baseline: '1200', target: '1320', start: addDays(TODAY, -29), deadline: addDays(TODAY, 30) });
    expect(save(emulator, f).ok).toBe(true);
    const sheet = requireAddonSheet(workbook, 'goals');
    write(workbook, sheet, 'J2:K2', [[new Date(`${start}T12:00:00Z`), new Date(`${deadline}T12:00:00Z`)]]);
    const history: Typed[] = [];
    for (let d = start; d <= until; d = addDays(d, 1)) history.push([d, 'Instagram', 'Website clicks', pace]);
    appendTracking(workbook, history);
    return { cells: read(workbook, sheet, 'L2:O2')[0], goal: { ...goalOf(f), start, deadline }, rows: trackingRowsOf(history) };
  }

  test.each([
    ['half-way, at the old pace: 0, behind', -29, BASELINE_PACE, 0, 'Behind'],
    ['half-way, at the target’s pace: the time elapsed, on track', -29, TARGET_PACE, 0.5, 'On track'],
    ['a week in, at the old pace: 0', -6, BASELINE_PACE, 0, 'Behind'],
    ['on the first day, at the target’s pace: 1/60', 0, TARGET_PACE, 1 / 60, 'On track'],
  ])('%s', (_name, startOffset, pace, progress, status) => {
    const { cells, goal, rows } = goalRowAt(addDays(TODAY, startOffset), pace, TODAY);
    expectRowToMatchCore(cells, goal, rows, TODAY);
    expect(cells[1] as number).toBeCloseTo(progress, 9);
    expect(cells[3]).toBe(status);
  });

  test('before the start: nothing counted yet, not started', () => {
    const start = addDays(TODAY, 5);
    const { cells, goal, rows } = goalRowAt(start, TARGET_PACE, addDays(start, 10));
    expectRowToMatchCore(cells, goal, rows, TODAY);
    expect(cells).toEqual(['', '', 0, 'Not started']);
  });

  test.each([
    ['at the old pace: 0, missed', BASELINE_PACE, 0, 'Missed'],
    ['at the target’s pace: 1, achieved', TARGET_PACE, 1, 'Achieved'],
  ])('after the deadline, %s', (_name, pace, progress, status) => {
    const start = addDays(TODAY, -70);
    const { cells, goal, rows } = goalRowAt(start, pace, addDays(start, DAYS - 1));
    expectRowToMatchCore(cells, goal, rows, TODAY);
    expect(cells[1] as number).toBeCloseTo(progress, 9);
    expect(cells.slice(2)).toEqual([1, status]);
  });
});

/** The last full month, the ROI sheet's default period: its first and last days. */
function lastFullMonth(today: string): { from: string; to: string; mid: string } {
  const [y, m] = today.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
  const last = new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
  return { from: first, to: last, mid: addDays(first, 10) };
}

describe('ROI by channel', () => {
  const month = lastFullMonth(TODAY);

  test('one period for every figure: the last full month by default, editable, said in the sheet and on the Dashboard', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form({ channels: ['facebook'] }));
    const roi = requireAddonSheet(workbook, 'roi');
    const [[label, from, to, until]] = read(workbook, roi, 'A1:D1');
    expect([label, until]).toEqual(['Period', month.to].map((v, i) => (i === 0 ? v : expect.any(Date))));
    expect(shown(workbook, roi, 'B1:D1')).toEqual([[month.from, 'to', month.to]]);
    expect(from).toEqual(expect.any(Date));
    expect(to).toBe('to');
    expect(roi.notes.some((n) => /Every figure below is for this period/.test(n.value))).toBe(true);
    // Readings inside the period count; before it or after it, they do not.
    appendTracking(workbook, [
      [month.mid, 'Facebook', 'New customers', 7],
      [addDays(month.from, -1), 'Facebook', 'New customers', 100],
      [addDays(month.to, 1), 'Facebook', 'New customers', 1000],
    ]);
    expect(read(workbook, roi, 'C4')).toEqual([[7]]);
    // The user types another period over the defaults: every column follows.
    write(workbook, roi, 'B1', [[new Date(`${addDays(month.from, -1)}T12:00:00Z`)]]);
    expect(read(workbook, roi, 'C4')).toEqual([[107]]);
    const dashboard = requireAddonSheet(workbook, 'dashboard');
    expect(read(workbook, dashboard, 'A2')).toEqual([[`ROI by channel from ${addDays(month.from, -1)} to ${month.to}`]]);
  });

  test.each([
    [
      'en_US',
      ['Type the period’s start date', 'Type the period’s end date', 'The period ends before it starts'],
      [
        'ROI by channel: the period is incomplete. Type its start and end dates in “ROI by channel”.',
        'ROI by channel: the period ends before it starts. Fix its dates in “ROI by channel”.',
      ],
    ],
    [
      'fr_FR',
      ['Saisissez la date de début de la période', 'Saisissez la date de fin de la période', 'La période finit avant de commencer'],
      [
        'ROI par canal : la période est incomplète. Saisissez ses dates de début et de fin dans « ROI par canal ».',
        'ROI par canal : la période finit avant de commencer. Corrigez ses dates dans « ROI par canal ».',
      ],
    ],
  ])('%s: a period that is not two dates in order reads nothing, and the verdict and the Dashboard say why', (locale, verdicts, labels) => {
    const { emulator, workbook } = emulate(locale);
    save(emulator, form({ channels: ['facebook'] }));
    const roi = requireAddonSheet(workbook, 'roi');
    const dashboard = requireAddonSheet(workbook, 'dashboard');
    appendTracking(workbook, [
      [month.mid, 'Facebook', locale === 'fr_FR' ? 'Nouveaux clients' : 'New customers', 10],
      [addDays(month.from, -400), 'Facebook', locale === 'fr_FR' ? 'Nouveaux clients' : 'New customers', 99],
    ]);
    write(workbook, roi, 'D4', [[50]]);
    write(workbook, roi, 'I4', [[100]]);
    expect(read(workbook, roi, 'C4')).toEqual([[10]]);
    const date = (iso: string) => new Date(`${iso}T12:00:00Z`);
    // No start: not every reading up to the end, nothing at all.
    write(workbook, roi, 'B1', [['']]);
    expect(read(workbook, roi, 'C4')).toEqual([['']]);
    expect(read(workbook, roi, 'E4:G4')).toEqual([['', '', '']]);
    expect(read(workbook, roi, 'Q3')).toEqual([[verdicts[0]]]);
    expect(read(workbook, dashboard, 'A2')).toEqual([[labels[0]]]);
    // No end.
    write(workbook, roi, 'B1', [[date(month.from)]]);
    write(workbook, roi, 'D1', [['']]);
    expect(read(workbook, roi, 'C4')).toEqual([['']]);
    expect(read(workbook, roi, 'Q3')).toEqual([[verdicts[1]]]);
    expect(read(workbook, dashboard, 'A2')).toEqual([[labels[0]]]);
    // The end before the start.
    write(workbook, roi, 'B1', [[date(month.to)]]);
    write(workbook, roi, 'D1', [[date(month.from)]]);
    expect(read(workbook, roi, 'C4')).toEqual([['']]);
    expect(read(workbook, roi, 'Q3')).toEqual([[verdicts[2]]]);
    expect(read(workbook, dashboard, 'A2')).toEqual([[labels[1]]]);
    // In order again: the figures are back.
    write(workbook, roi, 'B1', [[date(month.from)]]);
    write(workbook, roi, 'D1', [[date(month.to)]]);
    expect(read(workbook, roi, 'C4')).toEqual([[10]]);
    expect(read(workbook, roi, 'O4')).toEqual([[400]]);
  });

  test('one row per channel with a total, a flag for money losers, and where the money does best', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form({ channels: ['facebook', 'instagram'] }));
    save(emulator, form({ channels: ['instagram', 'linkedin'] }));
    const roi = requireAddonSheet(workbook, 'roi');
    expect(read(workbook, roi, 'A2:A7').flat()).toEqual(['Channel', 'All channels', 'Facebook', 'Instagram', 'LinkedIn', '']);
    appendTracking(workbook, [
      [month.mid, 'Facebook', 'New customers', 40],
      [month.mid, 'Instagram', 'New customers', 10],
    ]);
    // The user's own figures: value per conversion, ad spend, fees, hours, hourly rate.
    write(workbook, roi, 'D4:D6', [[45], [45], [45]]);
    write(workbook, roi, 'I4:L6', [
      [300, 50, 20, 25],
      [500, 100, 30, 25],
      [0, 0, 2, 25],
    ]);
    const [facebook, instagram, linkedin] = read(workbook, roi, 'A4:Q6');
    const fbCost = 20 * 25 + 300 + 50;
    // No revenue measured in Tracking: the value is estimated, conversions × value per conversion.
    expect(facebook.slice(1, 14)).toEqual(['New customers', 40, 45, '', '', 1800, 'Estimated', 300, 50, 20, 25, fbCost, 1800 - fbCost]);
    expect(facebook[14] as number).toBeCloseTo(((1800 - fbCost) / fbCost) * 100, 6);
    expect(facebook.slice(15)).toEqual([fbCost / 40, '']);
    const igCost = 30 * 25 + 500 + 100;
    expect(instagram[14] as number).toBeCloseTo(((450 - igCost) / igCost) * 100, 9);
    expect(instagram[16]).toBe('Loses money');
    // Tracking holds no new customer on LinkedIn this month: its conversions are unknown, not 0, so it
    // has no value, no ROI of −100 % and no "Loses money", only its cost.
    const liCost = 2 * 25;
    expect(linkedin.slice(2, 8)).toEqual(['', 45, '', '', '', '']);
    expect(linkedin.slice(12)).toEqual([liCost, '', '', '', '']);
    const [incomplete] = read(workbook, roi, 'A3:Q3');
    expect(incomplete[2]).toBe(50);
    expect(incomplete[6]).toBe(2250);
    expect(incomplete[7]).toBe('0 of 2 measured');
    expect(incomplete[12]).toBe(fbCost + igCost + liCost);
    // No overall profit, ROI or cost per conversion while a channel's value is unknown.
    expect(incomplete.slice(13, 16)).toEqual(['', '', '']);
    expect(incomplete[16]).toBe(
      `The money does best on Facebook (${Math.round(((1800 - fbCost) / fbCost) * 100)} %) · some channels still lack their value or their cost`,
    );

    // A reading of 0 new customers on LinkedIn is a measured 0: now it does lose its cost.
    appendTracking(workbook, [[month.mid, 'LinkedIn', 'New customers', 0]]);
    expect(read(workbook, roi, 'C6:G6')).toEqual([[0, 45, '', '', 0]]);
    expect(read(workbook, roi, 'M6:Q6')).toEqual([[liCost, -liCost, -100, '', 'Loses money']]);
    const [total] = read(workbook, roi, 'A3:Q3');
    const allCost = fbCost + igCost + liCost;
    expect(total[2]).toBe(50);
    expect(total[6]).toBe(2250);
    expect(total[7]).toBe('0 of 3 measured');
    expect(total[12]).toBe(allCost);
    // Every channel has its value and its cost: the total is complete.
    expect(total[14] as number).toBeCloseTo(((2250 - allCost) / allCost) * 100, 9);
    expect(total[15] as number).toBeCloseTo(allCost / 50, 9);
    expect(total[16]).toBe(`The money does best on Facebook (${Math.round(((1800 - fbCost) / fbCost) * 100)} %)`);

    // A new goal adds only the channels not listed yet, and the figures typed above stay as they are.
    const typed = JSON.stringify(read(workbook, roi, 'A4:Q5'));
    save(emulator, form({ channels: ['facebook', 'x'] }));
    expect(read(workbook, roi, 'A4:A8').flat()).toEqual(['Facebook', 'Instagram', 'LinkedIn', 'X', '']);
    expect(JSON.stringify(read(workbook, roi, 'A4:Q5'))).toBe(typed);
  });

  test('a Tracking row whose value is blank or text is no reading: no measured 0 of conversions or revenue', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form({ channels: ['facebook'] }));
    const roi = requireAddonSheet(workbook, 'roi');
    // Rows typed ahead of their numbers: the month's new customers left blank, its revenue "n/a".
    appendTracking(workbook, [
      [month.mid, 'Facebook', 'New customers', ''],
      [month.mid, 'Facebook', 'Revenue', 'n/a'],
    ]);
    write(workbook, roi, 'D4', [[50]]);
    write(workbook, roi, 'I4:L4', [[100, 0, 0, 0]]);
    // Conversions and revenue unknown, not 0: no value, no ROI of −100 %, no "Loses money", only the cost.
    expect(read(workbook, roi, 'C4:H4')).toEqual([['', 50, '', '', '', '']]);
    expect(read(workbook, roi, 'M4:Q4')).toEqual([[100, '', '', '', '']]);
    // The numbers typed in: 4 customers × 50 against 100 of cost, then the revenue measured.
    const tracking = requireAddonSheet(workbook, 'tracking');
    write(workbook, tracking, 'D2', [[4]]);
    expect(read(workbook, roi, 'C4:H4')).toEqual([[4, 50, '', '', 200, 'Estimated']]);
    expect(read(workbook, roi, 'M4:Q4')).toEqual([[100, 100, 100, 25, '']]);
    write(workbook, tracking, 'D3', [[0]]);
    expect(read(workbook, roi, 'E4:H4')).toEqual([[0, '', '', 'Measured']]);
  });

  describe('a cost or a value per conversion that is no number of 0 or more is refused, never dropped', () => {
    /** Two channels with 10 new customers each, worth 50 apiece, and 100 of ad spend: ROI 400 % each. */
    function roiSheet(locale: string) {
      const { emulator, workbook } = emulate(locale);
      save(emulator, form({ channels: ['facebook', 'instagram'] }));
      const roi = requireAddonSheet(workbook, 'roi');
      const customers = locale === 'fr_FR' ? 'Nouveaux clients' : 'New customers';
      appendTracking(workbook, [
        [month.mid, 'Facebook', customers, 10],
        [month.mid, 'Instagram', customers, 10],
      ]);
      write(workbook, roi, 'D4:D5', [[50], [50]]);
      write(workbook, roi, 'I4:L5', [
        [100, 0, 0, 0],
        [100, 0, 0, 0],
      ]);
      expect(read(workbook, roi, 'M4:Q5')).toEqual([
        [100, 400, 400, 10, ''],
        [100, 400, 400, 10, ''],
      ]);
      expect(read(workbook, roi, 'I3:P3')).toEqual([[200, 0, 0, '', 200, 800, 400, 10]]);
      return { workbook, roi };
    }

    test.each([
      ['ad spend typed as a word', 'I4', 'abc', 'A cost is not a number'],
      ['fees typed as text with a decimal comma', 'J4', "'12,5", 'A cost is not a number'],
      ['hours typed as text', 'K4', "'3", 'A cost is not a number'],
      ['a negative ad spend', 'I4', -5, 'A cost is below 0'],
      ['a negative hourly rate', 'L4', -5, 'A cost is below 0'],
    ])('%s: no total cost, no ROI, and the verdict says why', (_name, cell, typed, flag) => {
      const { workbook, roi } = roiSheet('en_US');
      write(workbook, roi, cell, [[typed]]);
      expect(read(workbook, roi, 'M4:Q4')).toEqual([['', '', '', '', flag]]);
      // The totals do not add up what they cannot read: no total cost, no overall ROI.
      const [total] = read(workbook, roi, 'A3:Q3');
      expect(total[cell.charCodeAt(0) - 'A'.charCodeAt(0)]).toBe('');
      expect([total[12], total[13], total[14], total[15]]).toEqual(['', '', '', '']);
      expect(total[16]).toBe('The money does best on Instagram (400 %) · some channels still lack their value or their cost');
      // The other channel is untouched.
      expect(read(workbook, roi, 'M5:Q5')).toEqual([[100, 400, 400, 10, '']]);
    });

    test.each([
      ['typed as a word', 'abc', 'Value per conversion is not a number'],
      ['below 0', -5, 'Value per conversion below 0'],
    ])('a value per conversion %s: no value, no ROI, and the verdict says why', (_name, typed, flag) => {
      const { workbook, roi } = roiSheet('en_US');
      write(workbook, roi, 'D4', [[typed]]);
      expect(read(workbook, roi, 'G4:H4')).toEqual([['', '']]);
      expect(read(workbook, roi, 'M4:Q4')).toEqual([[100, '', '', 10, flag]]);
      expect(read(workbook, roi, 'N3:O3')).toEqual([['', '']]);
    });

    test('in French too', () => {
      const { workbook, roi } = roiSheet('fr_FR');
      write(workbook, roi, 'J4', [["'12,5"]]);
      write(workbook, roi, 'I5', [[-5]]);
      expect(read(workbook, roi, 'Q4:Q5')).toEqual([['Un coût n’est pas un nombre'], ['Un coût est négatif']]);
      write(workbook, roi, 'I5', [[100]]);
      write(workbook, roi, 'D5', [['abc']]);
      expect(read(workbook, roi, 'Q5')).toEqual([['La valeur par conversion n’est pas un nombre']]);
    });

    test.each([
      [
        'en_US',
        {
          cost: 'A number, 0 or more. Text or a negative number is refused: it would drop out of the total cost unseen.',
          valuePerConversion:
            'A number, 0 or more: what one conversion is worth. Text or a negative number is refused: this row would have no value.',
          margin: 'A share, 0 or more: 40 % or 0.4. Text or a negative number is refused: measured revenue would give this row no value.',
        },
        'A date: the first or the last day of the period every figure below is for.',
      ],
      [
        'fr_FR',
        {
          cost: 'Un nombre, 0 ou plus. Du texte ou un nombre négatif est refusé : il sortirait du coût total sans qu’on le voie.',
          valuePerConversion:
            'Un nombre, 0 ou plus : ce que vaut une conversion. Du texte ou un nombre négatif est refusé : cette ligne n’aurait pas de valeur.',
          margin:
            'Une part, 0 ou plus : 40 % ou 0,4. Du texte ou un nombre négatif est refusé : le revenu mesuré ne donnerait pas de valeur à cette ligne.',
        },
        'Une date : le premier ou le dernier jour de la période de tous les chiffres ci-dessous.',
      ],
    ])(
      '%s: the input cells take numbers of 0 or more and the period dates, each with help in the sheet’s language',
      (locale, help, dateHelp) => {
        const { emulator, workbook } = emulate(locale);
        save(emulator, form({ channels: ['facebook'] }));
        const roi = requireAddonSheet(workbook, 'roi');
        const rule = (a1: string) => {
          const { row, column } = { row: Number(a1.slice(1)), column: a1.charCodeAt(0) - 64 };
          return entryAt(roi.validations, row, column) ?? null;
        };
        const number = (helpText: string) => ({ type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', value: 0, allowInvalid: false, helpText });
        // Ad spend, fees, hours and hourly rate, value per conversion and margin, down to the sheet's last row.
        for (const cell of ['I4', 'J4', 'K4', 'L4', `I${roi.maxRows}`, `L${roi.maxRows}`])
          expect([cell, rule(cell)]).toEqual([cell, number(help.cost)]);
        for (const cell of ['D4', `D${roi.maxRows}`]) expect([cell, rule(cell)]).toEqual([cell, number(help.valuePerConversion)]);
        for (const cell of ['F4', `F${roi.maxRows}`]) expect([cell, rule(cell)]).toEqual([cell, number(help.margin)]);
        for (const cell of ['A4', 'C4', 'E4', 'G4', 'H4', 'M4', 'Q4', 'R4']) expect([cell, rule(cell)]).toEqual([cell, null]);
        expect(rule('B4')).toEqual(expect.objectContaining({ type: 'VALUE_IN_LIST', allowInvalid: false }));
        const date = { type: 'DATE_IS_VALID_DATE', allowInvalid: false, helpText: dateHelp };
        expect([rule('B1'), rule('C1'), rule('D1')]).toEqual([date, null, date]);
      },
    );
  });

  /** A cell's number format, colour and validation, column by column. */
  const lookOf = (roi: SheetModel, row: number) =>
    Array.from({ length: 17 }, (_, c) => c + 1).map((column) => ({
      format: entryAt(roi.formats, row, column),
      background: entryAt(roi.styles, row, column)?.background ?? '',
      validation: entryAt(roi.validations, row, column) ?? null,
    }));

  test('a note typed below the table stays the user’s: new channels go in the table above it, and the total ignores it', () => {
    const { emulator, workbook } = emulate('fr_FR');
    save(emulator, form({ channels: ['facebook', 'instagram'] }));
    const roi = requireAddonSheet(workbook, 'roi');
    write(workbook, roi, 'A8', [['ma note : à garder']]);
    save(emulator, form({ channels: ['tiktok', 'x'] }));
    expect(read(workbook, roi, 'A4:A10').flat()).toEqual(['Facebook', 'Instagram', 'TikTok', 'X', '', '', 'ma note : à garder']);
    expect(lookOf(roi, 6)).toEqual(lookOf(roi, 4));
    expect(lookOf(roi, 7)).toEqual(lookOf(roi, 4));
    // Every channel with its value and its cost: the total is complete, the note is no channel lacking them.
    appendTracking(
      workbook,
      ['Facebook', 'Instagram', 'TikTok', 'X'].map(
        (channel) => [month.mid, channel, 'Nouveaux clients', 10] as [string, string, string, number],
      ),
    );
    write(workbook, roi, 'D4:D7', [[50], [50], [50], [50]]);
    write(workbook, roi, 'I4:L7', [
      [100, 0, 0, 0],
      [100, 0, 0, 0],
      [100, 0, 0, 0],
      [1000, 0, 0, 0],
    ]);
    expect(read(workbook, roi, 'O4:O7').flat()).toEqual([400, 400, 400, -50]);
    const [total] = read(workbook, roi, 'A3:Q3');
    expect(total[14] as number).toBeCloseTo(((2000 - 1300) / 1300) * 100, 9);
    expect(total[16]).toBe('L’argent rapporte le plus sur Facebook (400 %)');
  });

  test('a note typed before the first goal: the channels still start right below the total row, which counts them all', () => {
    const { emulator, workbook } = emulate('en_US');
    load(emulator);
    const roi = requireAddonSheet(workbook, 'roi');
    write(workbook, roi, 'A12', [['my note']]);
    save(emulator, form({ channels: ['facebook', 'instagram'] }));
    expect(read(workbook, roi, 'A4:A5').flat()).toEqual(['Facebook', 'Instagram']);
    // The user deletes the note, and a later goal adds TikTok below Instagram.
    const noteRow = read(workbook, roi, 'A4:A20').findIndex(([name]) => name === 'my note') + 4;
    expect(noteRow).toBeGreaterThan(5);
    write(workbook, roi, `A${noteRow}`, [['']]);
    save(emulator, form({ channels: ['tiktok'] }));
    expect(read(workbook, roi, 'A4:A7').flat()).toEqual(['Facebook', 'Instagram', 'TikTok', '']);
    // The total row still reads from row 4: every channel is in it.
    expect(workbook.getFormulas(roi, { row: 3, column: 7, numRows: 1, numColumns: 1 })[0][0]).toContain('G4:G');
    appendTracking(
      workbook,
      ['Facebook', 'Instagram', 'TikTok'].map((channel) => [month.mid, channel, 'New customers', 10] as [string, string, string, number]),
    );
    write(workbook, roi, 'D4:D6', [[50], [50], [50]]);
    write(workbook, roi, 'I4:I6', [[100], [100], [100]]);
    expect(read(workbook, roi, 'O4:O6').flat()).toEqual([400, 400, 400]);
    const [total] = read(workbook, roi, 'A3:Q3');
    expect([total[6], total[8], total[12], total[14]]).toEqual([1500, 300, 300, 400]);
    // Row 4 and the rows added below it look like channel rows.
    expect(lookOf(roi, 5)).toEqual(lookOf(roi, 4));
    expect(lookOf(roi, 6)).toEqual(lookOf(roi, 4));
  });

  test('what the user types below the table or in a row inserted inside it is never added to the totals', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form({ channels: ['facebook', 'instagram'] }));
    const roi = requireAddonSheet(workbook, 'roi');
    appendTracking(workbook, [
      [month.mid, 'Facebook', 'New customers', 10],
      [month.mid, 'Instagram', 'New customers', 10],
    ]);
    write(workbook, roi, 'D4:D5', [[50], [50]]);
    write(workbook, roi, 'I4:I5', [[100], [100]]);
    // The user's own total below the table, with a big ROI of their own.
    write(workbook, roi, 'A8:I8', [['My total', '', '=SUM(C4:C5)', '', '', '', '=SUM(G4:G5)', '', '=SUM(I4:I5)']]);
    write(workbook, roi, 'O8', [[9999]]);
    const totals = () => {
      const [total] = read(workbook, roi, 'A3:Q3');
      return {
        conversions: total[2],
        value: total[6],
        adSpend: total[8],
        cost: total[12],
        profit: total[13],
        roi: total[14],
        verdict: total[16],
      };
    };
    const expected = {
      conversions: 20,
      value: 1000,
      adSpend: 200,
      cost: 200,
      profit: 800,
      roi: 400,
      verdict: 'The money does best on Facebook (400 %)',
    };
    expect(totals()).toEqual(expected);
    // What marks the channel rows: =ROW() in a hidden last column, with a header and a note that say so.
    expect(read(workbook, roi, 'R2:R5').flat()).toEqual(['Channel row (Social ROI, do not edit)', false, 4, 5]);
    expect(roi.hiddenColumns).toEqual([18]);
    expect(entryAt(roi.notes, 2, 18)).toMatch(/^Marks the rows Social ROI wrote for a channel/);
    // A row the user inserts inside the table for a note and figures of their own is no channel either.
    workbook.insertRowsAfter(roi, 4, 1);
    write(workbook, roi, 'A5:O5', [['aside', '', 7, '', '', '', 777, '', 'abc', -5, '', '', '', '', 5000]]);
    expect(totals()).toEqual(expected);
    expect(read(workbook, roi, 'H3')).toEqual([['0 of 2 measured']]);
    // A new channel goes right below the last channel row, above the user's total, and is counted.
    save(emulator, form({ channels: ['tiktok'] }));
    expect(read(workbook, roi, 'A4:A10').flat()).toEqual(['Facebook', 'aside', 'Instagram', 'TikTok', '', '', 'My total']);
    expect(totals()).toEqual({ ...expected, profit: '', roi: '', verdict: expect.stringMatching(/some channels still lack/) });
  });

  test('an older ROI sheet, without the channel-row column, gets new channels as it had them: nothing written in its column R', () => {
    const { emulator, workbook } = emulate('en_US');
    load(emulator);
    const roi = requireAddonSheet(workbook, 'roi');
    // What an older version set up ended with the Verdict column: no marker header in R2.
    write(workbook, roi, 'R2', [['']]);
    save(emulator, form({ channels: ['facebook', 'instagram'] }));
    expect(read(workbook, roi, 'A4:A5').flat()).toEqual(['Facebook', 'Instagram']);
    expect(read(workbook, roi, 'R4:R5').flat()).toEqual(['', '']);
    save(emulator, form({ channels: ['facebook', 'tiktok'] }));
    expect(read(workbook, roi, 'A4:A7').flat()).toEqual(['Facebook', 'Instagram', 'TikTok', '']);
  });

  test('new channel rows look like channel rows whatever the row above them looks like, and never take a row of the user’s', () => {
    const { emulator, workbook } = emulate('en_US');
    load(emulator);
    const roi = requireAddonSheet(workbook, 'roi');
    const channelLook = lookOf(roi, 4);
    // Before any goal the user typed a note in row 4 (not in its channel cell) and one further down.
    write(workbook, roi, 'P4', [['mine']]);
    write(workbook, roi, 'A9', [['later']]);
    save(emulator, form({ channels: ['facebook', 'instagram'] }));
    expect(read(workbook, roi, 'A4:A6').flat()).toEqual(['', 'Facebook', 'Instagram']);
    expect(read(workbook, roi, 'P4')).toEqual([['mine']]);
    expect([lookOf(roi, 5), lookOf(roi, 6)]).toEqual([channelLook, channelLook]);
    // The user colours the last channel row red: the rows inserted below it in Sheets would take that.
    roi.styles.push({ range: { row: 6, column: 1, numRows: 1, numColumns: 18 }, value: { background: '#ff0000' } });
    save(emulator, form({ channels: ['tiktok', 'x'] }));
    expect(read(workbook, roi, 'A5:A8').flat()).toEqual(['Facebook', 'Instagram', 'TikTok', 'X']);
    expect([lookOf(roi, 7), lookOf(roi, 8)]).toEqual([channelLook, channelLook]);
    expect(read(workbook, roi, 'A13')).toEqual([['later']]);
    // Row 4 is no channel: two, then four channel rows in the totals.
    expect(read(workbook, roi, 'R4:R8').flat()).toEqual(['', 5, 6, 7, 8]);
  });

  test('when every channel loses money, none is named as where the money does best', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form({ channels: ['facebook', 'instagram'] }));
    const roi = requireAddonSheet(workbook, 'roi');
    appendTracking(workbook, [
      [month.mid, 'Facebook', 'New customers', 10],
      [month.mid, 'Instagram', 'New customers', 10],
    ]);
    write(workbook, roi, 'D4:D5', [[50], [50]]);
    write(workbook, roi, 'I4:I5', [[600], [1000]]);
    const [[facebook], [instagram]] = read(workbook, roi, 'O4:O5') as number[][];
    expect([facebook, instagram].map((roiPct) => Math.round(roiPct * 100) / 100)).toEqual([-16.67, -50]);
    expect(read(workbook, roi, 'Q3')).toEqual([['No channel makes money yet']]);
    // Break-even is no gain either; one channel above 0 is named.
    write(workbook, roi, 'I4', [[500]]);
    expect(read(workbook, roi, 'Q3')).toEqual([['No channel makes money yet']]);
    write(workbook, roi, 'I4', [[250]]);
    expect(read(workbook, roi, 'Q3')).toEqual([['The money does best on Facebook (100 %)']]);
  });

  test('a channel row added past the sheet’s last row looks and checks like the others: formats, colours, validation', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form({ channels: ['facebook'] }));
    const roi = requireAddonSheet(workbook, 'roi');
    // The user deleted the empty rows below the table: the sheet ends on its one channel row.
    roi.maxRows = 4;
    save(emulator, form({ channels: ['instagram'] }));
    const added = 5;
    expect(roi.maxRows).toBeGreaterThan(added);
    expect(read(workbook, roi, `A${added}:B${added}`)).toEqual([['Instagram', 'New customers']]);
    expect(lookOf(roi, added)).toEqual(lookOf(roi, 4));
    expect(lookOf(roi, roi.maxRows)).toEqual(lookOf(roi, 4));
    // Money as money, the margin as a percent, ROI with its sign.
    write(workbook, roi, `I${added}:I${added}`, [[1234.5]]);
    write(workbook, roi, `F${added}`, [[0.4]]);
    expect(shown(workbook, roi, `F${added}`)).toEqual([['40%']]);
    expect(shown(workbook, roi, `I${added}`)).toEqual([['$1,234.50']]);
    expect(shown(workbook, roi, `M${added}`)).toEqual([['$1,234.50']]);
  });

  test('own time never drops out: hours without an hourly rate give no cost, no ROI, and a visible flag', () => {
    const { emulator, workbook } = emulate('fr_FR');
    save(emulator, form({ channels: ['instagram'] }));
    const roi = requireAddonSheet(workbook, 'roi');
    appendTracking(workbook, [[month.mid, 'Instagram', 'Nouveaux clients', 10]]);
    write(workbook, roi, 'D4', [[50]]);
    write(workbook, roi, 'I4:K4', [[100, 0, 20]]);
    expect(read(workbook, roi, 'M4:Q4')).toEqual([['', '', '', '', 'Taux horaire manquant']]);
    expect(read(workbook, roi, 'O3')).toEqual([['']]);
    // With the rate, the 20 hours cost 600 on top of the ads: 700 for 500 of value.
    write(workbook, roi, 'L4', [[30]]);
    expect(read(workbook, roi, 'M4')).toEqual([[20 * 30 + 100]]);
    expect(read(workbook, roi, 'Q4')).toEqual([['Perd de l’argent']]);
  });

  test('hours without an hourly rate on one row: no total cost, and nothing built on it, rather than a part sum', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form({ channels: ['facebook', 'instagram'] }));
    const roi = requireAddonSheet(workbook, 'roi');
    appendTracking(workbook, [
      [month.mid, 'Facebook', 'New customers', 10],
      [month.mid, 'Instagram', 'New customers', 10],
    ]);
    write(workbook, roi, 'D4:D5', [[50], [50]]);
    write(workbook, roi, 'I4:L5', [
      [100, '', '', ''],
      [500, '', 10, ''],
    ]);
    expect(read(workbook, roi, 'M4:M5').flat()).toEqual([100, '']);
    expect(read(workbook, roi, 'Q5')).toEqual([['Hourly rate missing']]);
    // The ad spend adds up; the total cost would leave Instagram's out: none, no profit, ROI or cost per conversion.
    expect(read(workbook, roi, 'I3:P3')).toEqual([[600, '', 10, '', '', '', '', '']]);
    write(workbook, roi, 'L5', [[20]]);
    expect(read(workbook, roi, 'M3:P3')).toEqual([[800, 200, 25, 40]]);
  });

  test('value per conversion means what the row counts: customers, or leads such as sign-ups', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form({ channels: ['instagram', 'facebook'] }));
    const roi = requireAddonSheet(workbook, 'roi');
    appendTracking(workbook, [
      [month.mid, 'Instagram', 'New customers', 2],
      [month.mid, 'Instagram', 'E-mail sign-ups', 120],
      [month.mid, 'Facebook', 'New customers', 3],
    ]);
    expect(read(workbook, roi, 'C4')).toEqual([[2]]);
    // Instagram's conversions are sign-ups, each worth 500 × 1 in 50 = 10.
    write(workbook, roi, 'B4', [['E-mail sign-ups']]);
    write(workbook, roi, 'D4', [[10]]);
    expect(read(workbook, roi, 'C4:G4')).toEqual([[120, 10, '', '', 1200]]);
    // Sign-ups and customers do not add up: the total shows no conversion count, nor a cost per conversion.
    write(workbook, roi, 'I4:L5', [
      [100, 0, 0, 0],
      [100, 0, 0, 0],
    ]);
    expect(read(workbook, roi, 'C3')).toEqual([['']]);
    expect(read(workbook, roi, 'P3')).toEqual([['']]);
    expect(roi.validations.some((v) => v.value?.type === 'VALUE_IN_LIST' && v.value.values.includes('E-mail sign-ups'))).toBe(true);
  });

  test('the total row shows nothing it cannot stand behind before costs exist, and money looks like money', () => {
    const { emulator, workbook } = emulate('fr_FR');
    save(emulator, form({ channels: ['instagram', 'facebook'] }));
    const roi = requireAddonSheet(workbook, 'roi');
    appendTracking(workbook, [[month.mid, 'Instagram', 'Nouveaux clients', 4]]);
    write(workbook, roi, 'D4', [[1234.5]]);
    expect(read(workbook, roi, 'M3:P3')).toEqual([['', '', '', '']]);
    expect(shown(workbook, roi, 'G4')).toEqual([['4\u202f938,00 €']]);
    // One channel with value and cost, the other without: no overall ROI, and the verdict says why.
    write(workbook, roi, 'I4', [[1000]]);
    expect(read(workbook, roi, 'O3')).toEqual([['']]);
    expect(String(read(workbook, roi, 'Q3')[0][0])).toMatch(/^L’argent rapporte le plus sur Instagram \(394 %\) · certains canaux/);
    const en = emulate('en_US');
    save(en.emulator, form({ channels: ['instagram'] }));
    const enRoi = requireAddonSheet(en.workbook, 'roi');
    write(en.workbook, enRoi, 'I4', [[1234.5]]);
    expect(shown(en.workbook, enRoi, 'I4')).toEqual([['$1,234.50']]);
  });
});

describe('the Dashboard', () => {
  test('its tables follow ROI by channel and the latest goals month by month', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form({ channels: ['instagram'] }));
    appendTracking(workbook, [
      [TODAY, 'Instagram', 'Website clicks', 120],
      [addDays(TODAY, -400), 'Instagram', 'Website clicks', 999],
    ]);
    const dashboard = requireAddonSheet(workbook, 'dashboard');
    const roi = requireAddonSheet(workbook, 'roi');
    write(workbook, roi, 'D4', [[50]]);
    write(workbook, roi, 'I4:L4', [[100, 0, 4, 25]]);
    appendTracking(workbook, [[lastFullMonth(TODAY).mid, 'Instagram', 'New customers', 10]]);
    // 10 customers × 50 = 500 against 4 h × 25 + 100 = 200: (500 − 200) / 200 × 100, an estimate.
    expect(read(workbook, dashboard, 'A4:C4')).toEqual([['Instagram', 150, 'Estimated']]);
    const months = read(workbook, dashboard, 'D4:E15');
    // A month without a reading has no value, not 0 (the reading of 400 days ago is out of the table).
    expect(months.map(([, clicks]) => clicks)).toEqual([...Array(11).fill(''), 120]);
    expect(read(workbook, dashboard, 'E3')).toEqual([['Website clicks · Instagram']]);
  });
});

describe('the Dashboard’s ROI table', () => {
  test('lists the channel rows wherever rows were inserted, and never a note of the user’s', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form({ channels: ['facebook', 'instagram'] }));
    const roi = requireAddonSheet(workbook, 'roi');
    const dashboard = requireAddonSheet(workbook, 'dashboard');
    appendTracking(workbook, [[lastFullMonth(TODAY).mid, 'Facebook', 'New customers', 10]]);
    write(workbook, roi, 'D4', [[50]]);
    write(workbook, roi, 'I4', [[100]]);
    write(workbook, roi, 'A8', [['my note']]);
    // New channels go in above the note: Sheets moves every reference to the rows below them.
    save(emulator, form({ channels: ['tiktok', 'x'] }));
    expect(read(workbook, roi, 'A4:A10').flat()).toEqual(['Facebook', 'Instagram', 'TikTok', 'X', '', '', 'my note']);
    const table = () => read(workbook, dashboard, 'A4:C9');
    const listed = [
      ['Facebook', 400, 'Estimated'],
      ['Instagram', '', ''],
      ['TikTok', '', ''],
      ['X', '', ''],
      ['', '', ''],
      ['', '', ''],
    ];
    expect(table()).toEqual(listed);
    // A row the user inserts inside the table, with a note of theirs, is no channel.
    workbook.insertRowsAfter(roi, 5, 1);
    write(workbook, roi, 'A6', [['aside']]);
    expect(table()).toEqual(listed);
  });
});

describe('the Dashboard trend', () => {
  test('follows the six latest goals, read from the last rows only', () => {
    const { emulator, workbook } = emulate('en_US');
    const channels = ['facebook', 'instagram', 'linkedin', 'x', 'tiktok', 'youtube', 'pinterest', 'blog'];
    channels.forEach((channel) => expect(save(emulator, form({ channels: [channel] })).ok).toBe(true));
    const headers = read(workbook, requireAddonSheet(workbook, 'dashboard'), 'E3:J3')[0];
    expect(headers).toEqual(['LinkedIn', 'X', 'TikTok', 'YouTube', 'Pinterest', 'Blog'].map((c) => `Website clicks · ${c}`));
  });
});

describe('concurrency and the document lock', () => {
  test('a creation that starts while another is writing still keeps both goals', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form({ statement: 'setup' }));
    let interleaved = false;
    emulator.calls.onCall = (key) => {
      // B runs entirely while A is about to take the lock: A must then write below B's row.
      if (key === 'Lock.waitLock' && !interleaved) {
        interleaved = true;
        expect(save(emulator, form({ statement: 'B' })).ok).toBe(true);
      }
    };
    expect(save(emulator, form({ statement: 'A' })).ok).toBe(true);
    emulator.calls.onCall = undefined;
    expect(read(workbook, requireAddonSheet(workbook, 'goals'), 'A2:A4').flat()).toEqual(['setup', 'B', 'A']);
  });

  test('while another execution holds the lock, saving says busy and writes nothing', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form({ statement: 'setup' }));
    const before = workbook.sheets.map((s) => checksum(workbook, s));
    emulator.locks.holdFor('another user');
    expect(save(emulator, form({ statement: 'blocked' }))).toEqual({ ok: false, error: { kind: 'busy' } });
    expect(workbook.sheets.map((s) => checksum(workbook, s))).toEqual(before);
    emulator.locks.release('another user');
    expect(save(emulator, form({ statement: 'after' })).ok).toBe(true);
  });
});
