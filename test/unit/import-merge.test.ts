/** Re-import planning: overlapping periods never lose or duplicate a (date, channel, KPI) reading. */
import fc from 'fast-check';
import { overlapOf, planImport, readingKey, type ImportMode, type ImportPlan } from '../../src/core/import';
import type { TrackingRow } from '../../src/core/tracking';
import type { KpiId } from '../../src/core/catalog';

const row = (date: string, channel: string, kpi: KpiId, value: number, source = 'typed'): TrackingRow => ({
  date,
  channel,
  kpi,
  value,
  source,
});

/** What the Tracking sheet holds once a plan is written: replacements in place, then the appended rows. */
function apply(existing: readonly TrackingRow[], plan: ImportPlan): TrackingRow[] {
  const result = existing.map((r) => ({ ...r }));
  for (const { index, row: replacement } of plan.replace) result[index] = replacement;
  return [...result, ...plan.append];
}

describe('planImport', () => {
  const existing = [
    row('2026-01-01', 'Instagram', 'reach', 10),
    row('2026-01-02', 'instagram', 'reach', 20),
    row('2026-01-02', 'facebook', 'reach', 5),
  ];
  const incoming = [row('2026-01-02', 'instagram', 'reach', 25, 'Meta export'), row('2026-01-03', 'instagram', 'reach', 30, 'Meta export')];

  test('replace: the overlapping reading is overwritten in place, the new one appended', () => {
    expect(planImport(existing, incoming, 'replace')).toEqual({
      append: [incoming[1]],
      replace: [{ index: 1, row: incoming[0] }],
      skipped: 0,
      duplicates: 1,
    });
  });

  test('skip: the existing reading is kept', () => {
    expect(planImport(existing, incoming, 'skip')).toEqual({ append: [incoming[1]], replace: [], skipped: 1, duplicates: 1 });
  });

  test('a channel typed as its label in the sheet is the same channel as its id', () => {
    const plan = planImport(existing, [row('2026-01-01', 'instagram', 'reach', 11)], 'replace');
    expect(plan.replace).toEqual([{ index: 0, row: row('2026-01-01', 'instagram', 'reach', 11) }]);
  });

  test('free-text channels compare without case', () => {
    expect(planImport([row('2026-01-01', 'Snapchat', 'reach', 1)], [row('2026-01-01', 'snapchat ', 'reach', 2)], 'skip').duplicates).toBe(
      1,
    );
  });

  test('a reading repeated within incoming is written once', () => {
    const plan = planImport([], [row('2026-01-05', 'x', 'shares', 1), row('2026-01-05', 'x', 'shares', 2)], 'replace');
    expect(plan.append).toEqual([row('2026-01-05', 'x', 'shares', 1)]);
    expect(plan.skipped).toBe(1);
  });

  test("the user's own duplicate in the sheet: only the first is replaced", () => {
    const sheet = [row('2026-01-05', 'x', 'shares', 1), row('2026-01-05', 'x', 'shares', 1)];
    expect(planImport(sheet, [row('2026-01-05', 'x', 'shares', 3)], 'replace').replace).toEqual([
      { index: 0, row: row('2026-01-05', 'x', 'shares', 3) },
    ]);
  });
});

describe('overlapOf', () => {
  test('no overlap: nothing to ask', () => {
    expect(overlapOf([row('2026-01-01', 'x', 'reach', 1)], [row('2026-01-02', 'x', 'reach', 1)])).toEqual({ duplicates: 0, differing: 0 });
  });

  test('counts overlapping and differing readings and their dates', () => {
    const existing = [row('2026-01-01', 'x', 'reach', 1), row('2026-01-03', 'x', 'reach', 3), row('2026-01-05', 'x', 'reach', 5)];
    const incoming = [row('2026-01-05', 'x', 'reach', 6), row('2026-01-01', 'x', 'reach', 1), row('2026-01-09', 'x', 'reach', 9)];
    expect(overlapOf(existing, incoming)).toEqual({ duplicates: 2, differing: 1, range: { from: '2026-01-01', to: '2026-01-05' } });
  });
});

describe('properties: re-importing overlapping periods', () => {
  const day = fc.integer({ min: 1, max: 9 }).map((d) => `2026-01-0${d}`);
  const channel = fc.constantFrom('facebook', 'Facebook', 'instagram', 'x', 'Snapchat', 'snapchat');
  const kpi = fc.constantFrom<KpiId>('reach', 'followers', 'website_clicks');
  const reading = fc.record({
    date: day,
    channel,
    kpi,
    value: fc.integer({ min: 0, max: 1000 }),
    source: fc.constantFrom('typed', 'Meta export'),
  });
  const rows = fc.array(reading, { maxLength: 40 });
  /** Incoming as parseExport gives it: one row per reading. */
  const uniqueRows = rows.map((list) => list.filter((r, i) => list.findIndex((o) => readingKey(o) === readingKey(r)) === i));
  const mode = fc.constantFrom<ImportMode>('replace', 'skip');

  const countByKey = (list: readonly TrackingRow[]) => {
    const counts = new Map<string, number>();
    for (const r of list) counts.set(readingKey(r), (counts.get(readingKey(r)) ?? 0) + 1);
    return counts;
  };

  test('every reading of either side is in the result, and none more often than it was in the sheet (or once if new)', () => {
    fc.assert(
      fc.property(rows, uniqueRows, mode, (existing, incoming, m) => {
        const result = apply(existing, planImport(existing, incoming, m));
        const before = countByKey(existing);
        const after = countByKey(result);
        for (const r of [...existing, ...incoming]) expect(after.has(readingKey(r))).toBe(true);
        for (const [key, count] of after) expect(count).toBe(Math.max(before.get(key) ?? 0, 1));
        expect(result).toHaveLength(existing.length + new Set(incoming.map(readingKey).filter((k) => !before.has(k))).size);
      }),
    );
  });

  test('replace gives the incoming value to every overlapping reading; skip keeps the existing one', () => {
    fc.assert(
      fc.property(rows, uniqueRows, (existing, incoming) => {
        const firstExisting = new Map<string, TrackingRow>();
        for (const r of existing) if (!firstExisting.has(readingKey(r))) firstExisting.set(readingKey(r), r);
        const replaced = apply(existing, planImport(existing, incoming, 'replace'));
        const skipped = apply(existing, planImport(existing, incoming, 'skip'));
        const firstOf = (list: readonly TrackingRow[], key: string) => list.find((r) => readingKey(r) === key)!;
        for (const r of incoming) {
          const key = readingKey(r);
          expect(firstOf(replaced, key).value).toBe(r.value);
          expect(firstOf(skipped, key).value).toBe((firstExisting.get(key) ?? r).value);
        }
      }),
    );
  });

  test('importing the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(rows, uniqueRows, mode, (existing, incoming, m) => {
        const once = apply(existing, planImport(existing, incoming, m));
        const second = planImport(once, incoming, m);
        expect(second.append).toEqual([]);
        expect(second.duplicates).toBe(incoming.length);
        expect(apply(once, second).map((r) => [readingKey(r), r.value])).toEqual(once.map((r) => [readingKey(r), r.value]));
      }),
    );
  });

  test('overlapOf counts exactly the readings planImport calls duplicates', () => {
    fc.assert(
      fc.property(rows, uniqueRows, mode, (existing, incoming, m) => {
        expect(overlapOf(existing, incoming).duplicates).toBe(planImport(existing, incoming, m).duplicates);
      }),
    );
  });
});
