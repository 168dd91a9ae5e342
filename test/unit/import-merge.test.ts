/**
 * Re-import planning: overlapping periods never lose or duplicate a (date, channel, KPI) reading, whether
 * they overlap Tracking or each other (several files in one import).
 */
import fc from 'fast-check';
import { combineReadings, overlapOf, planImport, readingKey, type ImportMode, type ImportPlan } from '../../src/core/import';
import { renderCollision, renderCollisions, renderRepeated } from '../../src/core/import/texts';
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

describe('combineReadings: several files of one import', () => {
  // Two Meta exports of overlapping periods: Feb 2 agrees, Feb 3 does not.
  const first = [
    row('2026-02-01', 'facebook', 'reach', 1520, 'a'),
    row('2026-02-02', 'facebook', 'reach', 1784, 'a'),
    row('2026-02-03', 'facebook', 'reach', 0, 'a'),
  ];
  const second = [
    row('2026-02-02', 'Facebook', 'reach', 1784, 'b'),
    row('2026-02-03', 'facebook', 'reach', 25, 'b'),
    row('2026-02-04', 'facebook', 'reach', 1900, 'b'),
  ];

  test('the same value in two files is kept once and counted; different values are refused, both, and listed', () => {
    expect(combineReadings([first, second])).toEqual({
      rows: [first[0], first[1], second[2]],
      groupOf: [0, 0, 1],
      repeated: 1,
      refused: 2,
      collisions: [
        {
          date: '2026-02-03',
          channel: 'facebook',
          kpi: 'reach',
          values: [
            { value: 0, groups: [0] },
            { value: 25, groups: [1] },
          ],
        },
      ],
    });
  });

  test('a reading of three files, two of them agreeing, is refused all the same, each value with its files', () => {
    const third = [row('2026-02-03', 'facebook', 'reach', 25, 'c')];
    const combined = combineReadings([first, second, third]);
    expect(combined.collisions[0].values).toEqual([
      { value: 0, groups: [0] },
      { value: 25, groups: [1, 2] },
    ]);
    expect(combined.rows.some((r) => r.date === '2026-02-03')).toBe(false);
    expect(combined.refused).toBe(3);
  });

  test('other channels and KPIs of the same day do not collide; one file alone is kept as it is', () => {
    const other = [row('2026-02-03', 'instagram', 'reach', 25), row('2026-02-03', 'facebook', 'impressions', 25)];
    expect(combineReadings([first, other])).toMatchObject({ rows: [...first, ...other], repeated: 0, refused: 0, collisions: [] });
    expect(combineReadings([first])).toEqual({ rows: first, groupOf: [0, 0, 0], repeated: 0, refused: 0, collisions: [] });
  });

  test('each collision is named with its KPI, channel, date, values and files, in either language', () => {
    const [collision] = combineReadings([first, second, [row('2026-02-03', 'facebook', 'reach', 1234.5)]]).collisions;
    const file = (group: number) => ['a.csv', 'b.csv', 'Pasted text'][group];
    expect(renderCollision('en', collision, file)).toBe(
      'Reach for Facebook on Feb 3, 2026: 0 in a.csv, 25 in b.csv, 1,234.5 in Pasted text',
    );
    expect(
      renderCollision(
        'fr',
        {
          ...collision,
          values: [
            { value: 1234.5, groups: [0, 1] },
            { value: 0, groups: [2] },
          ],
        },
        file,
      ),
    ).toBe('Portée pour Facebook le 03/02/2026 : 1\u202f234,5 dans a.csv et b.csv, 0 dans Pasted text');
    expect(renderCollisions('en', 2)).toBe(
      '2 readings differ from one file to another, and nothing tells which value is right: they are not imported. Leave one of the files out, or export periods that do not overlap.',
    );
    expect(renderCollisions('fr', 1)).toBe(
      '1 relevé diffère d’un fichier à l’autre, et rien ne dit quelle valeur est la bonne : il n’est pas importé. Écartez l’un des fichiers, ou exportez des périodes qui ne se chevauchent pas.',
    );
    expect(renderRepeated('en', 1)).toBe('1 reading is also in another file with the same value: imported once.');
    expect(renderRepeated('fr', 3)).toBe('3 relevés sont aussi dans un autre fichier avec la même valeur : importés une seule fois.');
  });

  test('property: every row is kept, repeated or refused; a reading is kept once, or refused whole when its values differ', () => {
    const reading = fc.record({
      date: fc.constantFrom('2026-01-01', '2026-01-02', '2026-01-03'),
      channel: fc.constantFrom('facebook', 'Facebook', 'instagram', 'Snapchat', 'snapchat'),
      kpi: fc.constantFrom<KpiId>('reach', 'followers'),
      value: fc.integer({ min: 0, max: 3 }),
      source: fc.constant('file'),
    });
    fc.assert(
      fc.property(fc.array(fc.array(reading, { maxLength: 12 }), { maxLength: 4 }), (groups) => {
        const combined = combineReadings(groups);
        const all = groups.flat();
        expect(combined.rows.length + combined.repeated + combined.refused).toBe(all.length);
        expect(combined.groupOf).toHaveLength(combined.rows.length);
        const kept = combined.rows.map(readingKey);
        expect(new Set(kept).size).toBe(kept.length);
        const refused = new Set(combined.collisions.map(readingKey));
        for (const key of new Set(all.map(readingKey))) {
          const values = new Set(all.filter((r) => readingKey(r) === key).map((r) => r.value));
          expect(refused.has(key)).toBe(values.size > 1);
          expect(kept.includes(key)).toBe(values.size === 1);
        }
        combined.rows.forEach((r, i) => expect(groups[combined.groupOf[i]]).toContain(r));
      }),
    );
  });
});
