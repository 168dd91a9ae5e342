/**
 * "Import platform data" on the server, in the emulator: the real bundle's saveImport merges readings
 * into Tracking in one batch, never loses or repeats a (date, channel, KPI) reading, and the Goals
 * sheet's native formulas follow.
 */
import fc from 'fast-check';
import { addDays } from '../../src/core/dates';
import { readingsDigest } from '../../src/shared/digest';
import type { KpiId } from '../../src/core/catalog';
import type { GoalForm } from '../../src/core/goals';
import type { ImportSaved, ReadingsDigest, Result } from '../../src/shared/endpoints';
import type { Emulator } from '../../src/local/emulator/emulator';
import type { Workbook } from '../../src/local/emulator/workbook';
import { emulate, read, write } from '../support/emulator';
import { addonSheet, requireAddonSheet } from '../../src/local/emulator/addon-sheets';
import { zonedIsoDate } from '../../src/local/emulator/zones';

const TODAY = new Date().toISOString().slice(0, 10);

type Reading = [date: string, channel: string, kpi: KpiId, value: number];

function digest(readings: Reading[], source = 'test export'): ReadingsDigest {
  return readingsDigest(readings.map(([date, channel, kpi, value]) => ({ date, channel, kpi, value, source })));
}

const plain = <T>(value: unknown) => JSON.parse(JSON.stringify(value)) as T;
const importReadings = (emulator: Emulator, readings: Reading[], mode: 'replace' | 'skip' = 'skip') =>
  plain<Result<ImportSaved>>(emulator.run('saveImport', [{ readings: digest(readings), mode }]));

const sheetOf = requireAddonSheet;

/** Tracking as (date, channel, KPI) → value, with the count of rows per key to catch repeats. */
function trackingState(workbook: Workbook): Map<string, { value: number; rows: number }> {
  const sheet = sheetOf(workbook, 'tracking');
  const last = workbook.lastRow(sheet);
  const state = new Map<string, { value: number; rows: number }>();
  if (last < 2) return state;
  for (const [date, channel, kpi, value] of read(workbook, sheet, `A2:D${last}`)) {
    const key = `${zonedIsoDate(date as Date, workbook.timeZone)}|${channel}|${kpi}`;
    const seen = state.get(key);
    state.set(key, { value: value as number, rows: (seen?.rows ?? 0) + 1 });
  }
  return state;
}

describe('saveImport', () => {
  test('writes readings as Tracking rows in the sheet language, dates as dates', () => {
    const { emulator, workbook } = emulate('fr_FR');
    const saved = importReadings(emulator, [
      [addDays(TODAY, -2), 'instagram', 'website_clicks', 120],
      [addDays(TODAY, -1), 'Snapchat', 'reach', 3400],
    ]);
    expect(saved).toEqual({ ok: true, value: { appended: 2, replaced: 0, skipped: 0, sheetName: 'Suivi' } });
    const tracking = sheetOf(workbook, 'tracking');
    const rows = read(workbook, tracking, 'A2:E3');
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['Instagram', 'Clics vers le site', 120, 'test export'],
      ['Snapchat', 'Portée', 3400, 'test export'],
    ]);
    expect(zonedIsoDate(rows[0][0] as Date, workbook.timeZone)).toBe(addDays(TODAY, -2));
    expect(workbook.getDisplayValues(tracking, { row: 2, column: 1, numRows: 1, numColumns: 1 })[0][0]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });

  test('a re-import asks nothing of the sheet it does not need: skip keeps, replace updates, no row is repeated', () => {
    const { emulator, workbook } = emulate('en_US');
    const day = addDays(TODAY, -3);
    importReadings(emulator, [
      [day, 'facebook', 'reach', 100],
      [day, 'instagram', 'reach', 50],
    ]);
    expect(
      importReadings(
        emulator,
        [
          [day, 'facebook', 'reach', 999],
          [addDays(day, 1), 'facebook', 'reach', 7],
        ],
        'skip',
      ),
    ).toEqual({
      ok: true,
      value: { appended: 1, replaced: 0, skipped: 1, sheetName: 'Tracking' },
    });
    expect(trackingState(workbook).get(`${day}|Facebook|Reach`)).toEqual({ value: 100, rows: 1 });
    expect(importReadings(emulator, [[day, 'facebook', 'reach', 999]], 'replace')).toEqual({
      ok: true,
      value: { appended: 0, replaced: 1, skipped: 0, sheetName: 'Tracking' },
    });
    expect(trackingState(workbook).get(`${day}|Facebook|Reach`)).toEqual({ value: 999, rows: 1 });
    expect(trackingState(workbook).size).toBe(3);
  });

  test('replacing keeps every other cell of Tracking exactly as the user left it', () => {
    const { emulator, workbook } = emulate('en_US');
    const day = addDays(TODAY, -3);
    importReadings(emulator, [
      [day, 'facebook', 'reach', 100],
      [day, 'instagram', 'reach', 50],
    ]);
    const tracking = sheetOf(workbook, 'tracking');
    write(workbook, tracking, 'D3:E3', [['=40+10', '-5% promo']]);
    write(workbook, tracking, 'E2', [['1 200']]);
    importReadings(emulator, [[day, 'facebook', 'reach', 120]], 'replace');
    expect(workbook.getFormulas(tracking, { row: 3, column: 4, numRows: 1, numColumns: 1 })).toEqual([['=40+10']]);
    expect(read(workbook, tracking, 'D2:E3')).toEqual([
      [120, 'test export'],
      [50, '-5% promo'],
    ]);
  });

  test('a value the user types in Tracking while an import replaces other rows is kept', () => {
    const { emulator, workbook } = emulate('en_US');
    const days = Array.from({ length: 30 }, (_, i) => addDays(TODAY, -40 + i));
    importReadings(
      emulator,
      days.map((day) => [day, 'facebook', 'reach', 100] as Reading),
    );
    const tracking = sheetOf(workbook, 'tracking');
    // LockService does not stop a person typing: here, between the import's read and its write.
    let typed = false;
    emulator.calls.onCall = (key) => {
      if (key !== 'Range.setValues' || typed) return;
      typed = true;
      write(workbook, tracking, 'D2', [[555]]);
      write(workbook, tracking, 'D31', [[777]]);
    };
    const saved = importReadings(
      emulator,
      [
        [days[10], 'facebook', 'reach', 120],
        [days[12], 'facebook', 'reach', 130],
      ],
      'replace',
    );
    emulator.calls.onCall = undefined;
    expect(saved).toMatchObject({ ok: true, value: { replaced: 2 } });
    expect(typed).toBe(true);
    // Only the rows from the first to the last replaced one are rewritten: rows 12 to 14 of the sheet.
    expect(read(workbook, tracking, 'D2').flat()).toEqual([555]);
    expect(read(workbook, tracking, 'D31').flat()).toEqual([777]);
    expect(read(workbook, tracking, 'D12:D14').flat()).toEqual([120, 100, 130]);
  });

  test('bad readings are refused with the first faulty one, and nothing is written', () => {
    const { emulator, workbook } = emulate('en_US');
    importReadings(emulator, [[TODAY, 'facebook', 'reach', 1]]);
    const before = JSON.stringify(read(workbook, sheetOf(workbook, 'tracking'), 'A1:E5'));
    const bad = digest([
      [TODAY, 'facebook', 'reach', 1],
      [TODAY, 'facebook', 'reach', 2],
    ]);
    const cases: Array<[ReadingsDigest, string]> = [
      [{ ...bad, readings: [bad.readings[0], [bad.readings[1][0], 0, 0, Number.NaN, 0]] }, 'value'],
      // A negative reach is a corrupt reading: refused on the server too, whatever the page sent.
      [{ ...bad, readings: [bad.readings[0], [bad.readings[1][0], 0, 0, -2, 0]] }, 'negative'],
      [{ ...bad, kpis: ['nonsense' as KpiId] }, 'kpi'],
      [{ ...bad, channels: ['=IMPORTXML("x")'.padEnd(60, 'x')] }, 'channel'],
      [{ ...bad, readings: [[1e9, 0, 0, 1, 0]] }, 'date'],
      [{ ...bad, readings: 'junk' as never }, 'shape'],
      // The same reading twice with two values: neither is chosen, nothing is written.
      [bad, 'conflict'],
    ];
    for (const [readings, reason] of cases) {
      const answer = plain<Result<ImportSaved>>(emulator.run('saveImport', [{ readings, mode: 'skip' }]));
      expect(answer).toEqual({ ok: false, error: expect.objectContaining({ kind: 'invalidReadings', reason }) });
    }
    expect(JSON.stringify(read(workbook, sheetOf(workbook, 'tracking'), 'A1:E5'))).toBe(before);
  });

  test('user text from a file never becomes a formula', () => {
    const { emulator, workbook } = emulate('en_US');
    const readings = digest([[TODAY, '=HYPERLINK("x")', 'reach', 1]], '+SUM(1)');
    emulator.run('saveImport', [{ readings, mode: 'skip' }]);
    const tracking = sheetOf(workbook, 'tracking');
    expect(read(workbook, tracking, 'B2:E2')).toEqual([['=HYPERLINK("x")', 'Reach', 1, '+SUM(1)']]);
    expect(
      workbook
        .getFormulas(tracking, { row: 2, column: 1, numRows: 1, numColumns: 5 })
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  test('the calls per import do not grow with the size of the import or of Tracking', () => {
    const { emulator } = emulate('en_US');
    const batch = (n: number, offset: number): Reading[] =>
      Array.from({ length: n }, (_, i) => [addDays(TODAY, -(offset + i)), 'facebook', 'reach', i]);
    importReadings(emulator, batch(5, 0));
    const count = (readings: Reading[], mode: 'replace' | 'skip') => {
      emulator.calls.reset();
      importReadings(emulator, readings, mode);
      return emulator.calls.count();
    };
    const small = count(batch(10, 10), 'replace');
    // Past the sheet's 1,000 rows, Tracking grows first: two calls more, however many rows.
    const large = count(batch(3000, 100), 'replace');
    const larger = count(batch(6000, 4000), 'replace');
    expect(large).toBeLessThanOrEqual(small + 2);
    expect(larger).toBe(large);
    // Replacing rewrites the value and source columns once: two calls more, however many replaced.
    const replacing = count(batch(6000, 4000), 'replace');
    expect(replacing).toBeLessThanOrEqual(small + 2);
  });

  test('the Goals sheet current values follow an import', () => {
    const { emulator, workbook } = emulate('en_US');
    const goal: GoalForm = {
      outcome: 'sales',
      stage: 'engagement',
      kpi: 'website_clicks',
      statement: 'clicks',
      baseline: '10',
      target: '100',
      unit: '',
      start: addDays(TODAY, -10),
      deadline: addDays(TODAY, 20),
      owner: 'me',
      channels: ['instagram'],
    };
    emulator.run('saveGoal', [goal]);
    const goals = sheetOf(workbook, 'goals');
    // No reading yet: no current value (not 0).
    expect(read(workbook, goals, 'L2')).toEqual([['']]);
    importReadings(emulator, [
      [addDays(TODAY, -5), 'instagram', 'website_clicks', 40],
      [addDays(TODAY, -4), 'instagram', 'website_clicks', 10],
    ]);
    const [[current, progress]] = read(workbook, goals, 'L2:M2');
    expect(current).toBe(50);
    // Baseline 10 clicks over the goal's 31 days: the readings cover its first 7 days.
    expect(progress as number).toBeCloseTo((50 - 10 * (7 / 31)) / 90, 9);
  });
});

describe('re-imports of overlapping periods (property)', () => {
  const reading = fc.tuple(
    fc.integer({ min: 0, max: 20 }).map((d) => addDays(TODAY, -d)),
    fc.constantFrom('facebook', 'instagram', 'Snapchat'),
    fc.constantFrom<KpiId>('reach', 'website_clicks'),
    fc.integer({ min: 0, max: 1000 }),
  );
  const key = ([d, c, k]: Reading) => `${d}|${c}|${k}`;
  const label = (c: string) => ({ facebook: 'Facebook', instagram: 'Instagram' })[c] ?? c;
  const kpiLabel = (k: KpiId) => ({ reach: 'Reach', website_clicks: 'Website clicks' })[k as 'reach'];

  /**
   * An import as the sidebar sends it: one value per reading, some readings repeated with that value; one
   * in five as generated, where a reading repeated usually has two values.
   */
  const anImport = fc.tuple(fc.array(reading, { maxLength: 25 }), fc.nat(4)).map(([readings, pick]) => {
    if (pick === 0) return readings;
    const first = new Map<string, Reading>();
    for (const r of readings) if (!first.has(key(r))) first.set(key(r), r);
    return readings.map((r) => first.get(key(r)) ?? r);
  });

  test('no reading is lost or repeated, in either mode', () => {
    fc.assert(
      fc.property(anImport, anImport, fc.constantFrom<'replace' | 'skip'>('replace', 'skip'), (first, second, mode) => {
        const { emulator, workbook } = emulate('en_US');
        const answers = [importReadings(emulator, first), importReadings(emulator, second, mode)];
        // Expected: within one import a reading repeated with the same value is written once; repeated
        // with another value, the whole import is refused and nothing written (the sidebar sends one value
        // per reading); then the second import applied in its mode.
        const expected = new Map<string, number>();
        const apply = (readings: Reading[], replace: boolean, answer: Result<ImportSaved>) => {
          const incoming = new Map<string, number>();
          for (const r of readings) if (!incoming.has(key(r))) incoming.set(key(r), r[3]);
          const conflict = readings.some((r) => incoming.get(key(r)) !== r[3]);
          expect(answer.ok).toBe(!conflict);
          if (conflict) return;
          for (const [k, v] of incoming) if (replace || !expected.has(k)) expected.set(k, v);
        };
        apply(first, false, answers[0]);
        apply(second, mode === 'replace', answers[1]);
        // Two refused imports write nothing, not even the sheets.
        const written = answers.some((a) => a.ok);
        expect(addonSheet(workbook, 'tracking') !== undefined).toBe(written);
        const state = written ? trackingState(workbook) : new Map();
        expect(state.size).toBe(expected.size);
        for (const [k, v] of expected) {
          const [d, c, kpi] = k.split('|');
          expect(state.get(`${d}|${label(c)}|${kpiLabel(kpi as KpiId)}`)).toEqual({ value: v, rows: 1 });
        }
      }),
      { numRuns: 25 },
    );
  });
});
