/**
 * The import sidebar's browser-side logic without a browser: the readings digest both ways, the
 * column-matching checks, and the import's totals and what Tracking looks like after it.
 */
import type { TrackingRow } from '../../src/core/tracking';
import { historyRows as rowsOfHistory, readingsDigest as digestOf } from '../../src/shared/digest';
import { checkDraft, draftFromGuess, firstValues, mappableColumns, type MappingDraft } from '../../src/sidebar/import/mapping';
import type { Source } from '../../src/sidebar/import/sources';
import { afterImport, totalsOf } from '../../src/sidebar/import/totals';
import { historyOf, rowsOfDigest } from '../support/import-harness';

const row = (date: string, channel: string, kpi: TrackingRow['kpi'], value: number, source = 'X export · a.csv'): TrackingRow => ({
  date,
  channel,
  kpi,
  value,
  source,
});

function source(id: number, rows: TrackingRow[], extra: Partial<Source> = {}): Source {
  const dates = rows.map((r) => r.date).sort();
  return {
    id,
    key: `s${id}`,
    fileName: `s${id}.csv`,
    kpiOverrides: {},
    excluded: false,
    preview: {
      platform: { id: 'x', label: { en: 'X', fr: 'X' } },
      rows,
      rejected: [],
      usedColumns: [],
      ignoredColumns: [],
      skippedSources: [],
      merged: 0,
      dataLines: rows.length,
      metricMapVersion: 'test',
      dateRange: dates.length > 0 ? { from: dates[0], to: dates[dates.length - 1] } : undefined,
    },
    ...extra,
  };
}

describe('readings digest', () => {
  test('names are sent once, and the digest decodes back to the rows', () => {
    const rows = [
      row('2026-01-02', 'x', 'reach', 10),
      row('2026-01-01', 'x', 'impressions', 1.5),
      row('2026-01-01', 'Snapchat', 'reach', 3, 'CSV import · b.csv'),
    ];
    const digest = digestOf(rows);
    expect(digest.channels).toEqual(['x', 'Snapchat']);
    expect(digest.kpis).toEqual(['reach', 'impressions']);
    expect(digest.sources).toEqual(['X export · a.csv', 'CSV import · b.csv']);
    expect(digest.readings[0]).toEqual([20455, 0, 0, 10, 0]);
    expect(rowsOfDigest(digest)).toEqual([rows[2], rows[1], rows[0]]);
  });

  test("Tracking's history becomes rows; a reading with a missing name is left out", () => {
    const history = historyOf([{ date: '2026-02-01', channel: 'Facebook', kpi: 'reach', value: 5 }]);
    history.readings.push([20000, 7, 0, 1]);
    expect(rowsOfHistory(history)).toEqual([{ date: '2026-02-01', channel: 'Facebook', kpi: 'reach', value: 5, source: '' }]);
  });
});

describe('column matching', () => {
  const header = ['Jour', 'Réseau', 'Portée', 'Taux de conversion', '', 'portee', 'Notes'];

  test('columns are matched by name: blank ones and a second one reading alike are not offered', () => {
    expect(mappableColumns(header)).toEqual(['Jour', 'Réseau', 'Portée', 'Taux de conversion', 'Notes']);
  });

  test("the guess is kept, except a ratio KPI (computed from its parts); the first step's channel fills a missing one", () => {
    const draft = draftFromGuess(
      header,
      {
        date: { column: 'Jour' },
        kpis: [
          { column: 'Portée', kpi: 'reach' },
          { column: 'Taux de conversion', kpi: 'conversion_rate' },
        ],
      },
      'instagram',
    );
    expect(draft).toEqual({ date: 'Jour', channel: { fixed: 'instagram' }, kpis: { Portée: 'reach' } });
    expect(draftFromGuess(header, { kpis: [] }, '')).toEqual({ date: '', kpis: {} });
  });

  test('a complete draft becomes the mapping; the date and channel columns are not read as KPIs', () => {
    const draft: MappingDraft = { date: 'Jour', channel: { column: 'Réseau' }, kpis: { Portée: 'reach', Jour: 'sales', Notes: '' } };
    expect(checkDraft(mappableColumns(header), draft)).toEqual({
      mapping: { date: { column: 'Jour' }, channel: { column: 'Réseau' }, kpis: [{ column: 'Portée', kpi: 'reach' }] },
    });
  });

  test('every problem is found: no date, no channel, no KPI, or one KPI twice', () => {
    expect(checkDraft(['A', 'B'], { date: '', kpis: {} })).toEqual({ problems: { date: true, channel: true, kpis: true, sameKpi: {} } });
    expect(checkDraft(['A', 'B', 'C', 'D'], { date: 'A', channel: { column: 'A' }, kpis: { B: 'reach' } })).toEqual({
      problems: { channel: true, sameKpi: {} },
    });
    expect(checkDraft(['A', 'B', 'C'], { date: 'A', channel: { fixed: 'x' }, kpis: { B: 'reach', C: 'reach' } })).toEqual({
      problems: { sameKpi: { C: 'B' } },
    });
  });

  test('the first data line under the header, whatever the delimiter', () => {
    const text = 'Export of my sheet\n\nJour;Réseau;Portée\n05/02/2026;Instagram;"1 200"\n06/02/2026;Facebook;950\n';
    expect(firstValues(text, ['Jour', 'Réseau', 'Portée'], 3)).toEqual(
      new Map([
        ['Jour', '05/02/2026'],
        ['Réseau', 'Instagram'],
        ['Portée', '1 200'],
      ]),
    );
    expect(firstValues(text, ['Jour', 'Réseau', 'Portée'], 1)).toBeUndefined();
  });
});

describe('import totals', () => {
  const existing = [row('2026-01-01', 'Instagram', 'reach', 100, ''), row('2026-01-02', 'x', 'reach', 7, '')];

  test('sources left out or fatal give nothing; dates span the sources kept; each row knows its source', () => {
    const a = source(1, [row('2026-01-01', 'instagram', 'reach', 120), row('2026-01-03', 'instagram', 'reach', 130)]);
    const b = source(2, [row('2026-01-05', 'x', 'reach', 9)], { excluded: true });
    const c = source(3, [], { failure: { kind: 'unreadable', message: 'gone' } });
    const d = source(4, [row('2026-01-02', 'x', 'reach', 8)]);
    const totals = totalsOf([a, b, c, d], existing, 'skip');
    expect(totals.rows.map((r) => r.value)).toEqual([120, 130, 8]);
    expect(totals.contributing).toBe(2);
    expect(totals.failing).toBe(1);
    expect(totals.dateRange).toEqual({ from: '2026-01-01', to: '2026-01-03' });
    expect([0, 1, 2].map((i) => totals.sourceOfRow(i)?.id)).toEqual([1, 1, 4]);
    expect(totals.sourceOfRow(3)).toBeUndefined();
    expect(totals.overlap).toMatchObject({ duplicates: 2, differing: 2 });
    expect(totals.plan).toMatchObject({ skipped: 2, duplicates: 2 });
    expect(totals.plan.append).toHaveLength(1);
  });

  test('two files giving one reading: the same value is sent once, different values are sent by neither and listed', () => {
    const a = source(1, [
      row('2026-01-01', 'instagram', 'reach', 120),
      row('2026-01-02', 'x', 'reach', 7),
      row('2026-01-03', 'x', 'reach', 1),
    ]);
    const b = source(2, [
      row('2026-01-02', 'x', 'reach', 7, 'b'),
      row('2026-01-03', 'x', 'reach', 2, 'b'),
      row('2026-01-04', 'x', 'reach', 3, 'b'),
    ]);
    const totals = totalsOf([a, b], existing, 'replace');
    expect(totals.rows.map((r) => [r.date, r.value])).toEqual([
      ['2026-01-01', 120],
      ['2026-01-02', 7],
      ['2026-01-04', 3],
    ]);
    expect([0, 1, 2].map((i) => totals.sourceOfRow(i)?.id)).toEqual([1, 1, 2]);
    expect(totals.repeated).toBe(1);
    expect(totals.collisions).toEqual([
      {
        date: '2026-01-03',
        channel: 'x',
        kpi: 'reach',
        values: [
          { value: 1, groups: [0] },
          { value: 2, groups: [1] },
        ],
      },
    ]);
    expect(totals.collisions[0].values.map((v) => totals.sourceOfGroup(v.groups[0])?.id)).toEqual([1, 2]);
    // Against Tracking, a reading two files give counts once; the refused one is not written in any mode.
    expect(totals.overlap).toMatchObject({ duplicates: 2, differing: 1 });
    expect(totals.plan).toMatchObject({ append: [totals.rows[2]], skipped: 0, duplicates: 2 });
    expect(totals.plan.replace.map((r) => r.row.value)).toEqual([120, 7]);
  });

  test('after the write, Tracking holds the replaced values in place and the new readings at the end', () => {
    const incoming = [row('2026-01-01', 'instagram', 'reach', 120), row('2026-01-04', 'x', 'reach', 1)];
    const totals = totalsOf([source(1, incoming)], existing, 'replace');
    expect(afterImport(existing, totals.plan)).toEqual([
      { date: '2026-01-01', channel: 'Instagram', kpi: 'reach', value: 120, source: 'X export · a.csv' },
      existing[1],
      incoming[1],
    ]);
  });
});
