/** Files no platform spec knows: the proposed mapping and the parse with the user's mapping. */
import { readFileSync } from 'node:fs';
import { guessMapping, parseWithMapping, type ColumnMapping } from '../../src/core/import';

const OWN_SHEET = readFileSync(`${__dirname}/../fixtures/imports/unknown-own-sheet.csv`, 'utf8');

describe('guessMapping', () => {
  test('date and channel columns by name, KPI columns by catalogue labels, synonyms and platform headers', () => {
    expect(guessMapping(['Date', 'Channel', 'Website clicks', 'Reach', 'Notes', 'Orders', 'Link clicks'])).toEqual({
      date: { column: 'Date' },
      channel: { column: 'Channel' },
      kpis: [
        { column: 'Website clicks', kpi: 'website_clicks' },
        { column: 'Reach', kpi: 'reach' },
        { column: 'Orders', kpi: 'sales' },
      ],
    });
  });

  test('French headers, accents and case ignored', () => {
    expect(guessMapping(['JOUR', 'Canal', 'Abonnés', 'Chiffre d’affaires', 'Nouveaux clients'])).toEqual({
      date: { column: 'JOUR' },
      channel: { column: 'Canal' },
      kpis: [
        { column: 'Abonnés', kpi: 'followers' },
        { column: 'Chiffre d’affaires', kpi: 'revenue' },
        { column: 'Nouveaux clients', kpi: 'customers' },
      ],
    });
  });

  test('headers naming one channel propose it as a fixed channel', () => {
    expect(guessMapping(['Day', 'Instagram reach', 'Instagram followers'])).toEqual({
      date: { column: 'Day' },
      channel: { fixed: 'instagram' },
      kpis: [
        { column: 'Instagram reach', kpi: 'reach' },
        { column: 'Instagram followers', kpi: 'followers' },
      ],
    });
    expect(guessMapping(['Day', 'Instagram reach', 'Facebook reach']).channel).toBeUndefined();
  });

  test('nothing recognisable: no date, no channel, no KPI', () => {
    expect(guessMapping(['Foo', 'Bar'])).toEqual({ kpis: [] });
  });
});

describe('parseWithMapping', () => {
  const mapping: ColumnMapping = {
    date: { column: 'Jour' },
    channel: { column: 'Réseau' },
    kpis: [
      { column: 'Portée', kpi: 'reach' },
      { column: 'Clics vers le site', kpi: 'website_clicks' },
      { column: 'Ventes', kpi: 'sales' },
    ],
  };

  test("the user's own sheet: catalogue channels become ids, others stay free text", () => {
    const p = parseWithMapping(OWN_SHEET, mapping, { fileName: 'suivi.csv', locale: 'fr_FR' });
    expect(p.fatal).toBeUndefined();
    expect(p.platform.id).toBe('mapped');
    expect(p.rows).toEqual([
      { date: '2026-02-05', channel: 'instagram', kpi: 'reach', value: 1200, source: 'Import CSV · suivi.csv' },
      { date: '2026-02-05', channel: 'instagram', kpi: 'website_clicks', value: 35, source: 'Import CSV · suivi.csv' },
      { date: '2026-02-05', channel: 'instagram', kpi: 'sales', value: 2, source: 'Import CSV · suivi.csv' },
      { date: '2026-02-05', channel: 'Snapchat', kpi: 'reach', value: 300, source: 'Import CSV · suivi.csv' },
      { date: '2026-02-05', channel: 'Snapchat', kpi: 'website_clicks', value: 4, source: 'Import CSV · suivi.csv' },
      { date: '2026-02-05', channel: 'Snapchat', kpi: 'sales', value: 0, source: 'Import CSV · suivi.csv' },
      { date: '2026-02-06', channel: 'facebook', kpi: 'reach', value: 950, source: 'Import CSV · suivi.csv' },
      { date: '2026-02-06', channel: 'facebook', kpi: 'website_clicks', value: 28, source: 'Import CSV · suivi.csv' },
      { date: '2026-02-06', channel: 'facebook', kpi: 'sales', value: 1, source: 'Import CSV · suivi.csv' },
    ]);
    expect(p.usedColumns.map((c) => c.kpi)).toEqual(['reach', 'website_clicks', 'sales']);
    expect(p.ignoredColumns).toEqual([{ header: 'Notes', reason: { code: 'noKpi' } }]);
  });

  test('the proposed mapping of an unrecognised file parses it as is', () => {
    const guess = guessMapping(['Jour', 'Réseau', 'Portée', 'Clics vers le site', 'Ventes', 'Notes']);
    const p = parseWithMapping(OWN_SHEET, { date: guess.date!, channel: guess.channel!, kpis: guess.kpis }, { locale: 'fr_FR' });
    expect(p.rows).toHaveLength(9);
  });

  test('a fixed channel and a fixed date for every row', () => {
    const text = 'Note,Visitors,Orders\nspring sale,420,12\n';
    const p = parseWithMapping(text, {
      date: { fixed: '2026-03-31' },
      channel: { fixed: 'Newsletter' },
      kpis: [
        { column: 'visitors', kpi: 'visits' },
        { column: 'Orders', kpi: 'sales' },
      ],
    });
    expect(p.channel).toBe('newsletter');
    expect(p.rows.map((r) => [r.date, r.channel, r.kpi, r.value])).toEqual([
      ['2026-03-31', 'newsletter', 'visits', 420],
      ['2026-03-31', 'newsletter', 'sales', 12],
    ]);
  });

  test('metadata lines above the header and an empty channel cell', () => {
    const text = 'My tracking export\n\nWhen,Where,Clicks\n2026-01-05,fb,3\n2026-01-06,,4\n';
    const p = parseWithMapping(text, {
      date: { column: 'When' },
      channel: { column: 'Where' },
      kpis: [{ column: 'Clicks', kpi: 'website_clicks' }],
    });
    expect(p.headerLine).toBe(3);
    expect(p.rows).toEqual([{ date: '2026-01-05', channel: 'facebook', kpi: 'website_clicks', value: 3, source: 'CSV import (pasted)' }]);
    expect(p.rejected).toEqual([{ line: 5, reason: { code: 'noChannel' } }]);
  });

  test('a mapped column missing from the file is fatal and named', () => {
    const p = parseWithMapping(OWN_SHEET, { ...mapping, kpis: [...mapping.kpis, { column: 'Abonnés', kpi: 'followers' }] });
    expect(p.fatal).toEqual({ code: 'mappingColumnMissing', column: 'Abonnés' });
    expect(p.rows).toEqual([]);
  });

  test('a mapping with no KPI, or a fixed date that is no date, is incomplete', () => {
    expect(parseWithMapping(OWN_SHEET, { ...mapping, kpis: [] }).fatal).toEqual({ code: 'mappingIncomplete' });
    expect(parseWithMapping(OWN_SHEET, { ...mapping, date: { fixed: 'soon' } }).fatal).toEqual({ code: 'mappingIncomplete' });
  });

  test('the same fatal checks as a platform export: empty, binary', () => {
    expect(parseWithMapping('', mapping).fatal).toEqual({ code: 'empty' });
    expect(parseWithMapping('\u0000\u0001\u0002', mapping).fatal).toEqual({ code: 'binary' });
    expect(parseWithMapping('Jour;Réseau;Portée;Clics vers le site;Ventes\n', mapping).fatal).toEqual({ code: 'headerOnly' });
  });
});
