/**
 * The KPI of a GA4 property's key events, confirmed once and kept for the next import: saveImport keeps
 * the choices it receives (checked) in the document's properties, loadImport gives them back, so the
 * next import of that property, by any editor, reads its key events the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExport } from '../../src/core/import';
import { KEY_EVENTS_PROPERTY, MAX_REMEMBERED_PROPERTIES, rememberKeyEvents } from '../../src/core/import/key-events';
import { readingsDigest } from '../../src/shared/digest';
import type { ImportData, Result } from '../../src/shared/endpoints';
import { emulate } from '../support/emulator';

const plain = <T>(value: unknown) => JSON.parse(JSON.stringify(value)) as T;
const fixture = readFileSync(join(__dirname, '../fixtures/imports/ga4-traffic-acquisition-fr.csv'), 'utf8');
const PROPERTY = 'boulangerie-exemple.test - GA4';

test('a choice sent with an import is kept in the document, and the next import of that property uses it', () => {
  const { emulator } = emulate('fr_FR');
  const load = () => plain<Result<ImportData>>(emulator.run('loadImport'));
  const first = load();
  if (!first.ok) throw new Error('loadImport failed');
  expect(first.value.keyEvents).toEqual({});

  // The user chose "Purchases" for this property's key events in the preview, then imported.
  const chosen = parseExport({ text: fixture, locale: 'fr_FR', kpiOverrides: { 'Événements clés': 'sales' } });
  expect(chosen.ga4?.property).toBe(PROPERTY);
  const saved = plain<Result<unknown>>(
    emulator.run('saveImport', [
      { readings: readingsDigest(chosen.rows), mode: 'skip', keyEvents: [{ property: PROPERTY, kpi: 'sales' }] },
    ]),
  );
  expect(saved.ok).toBe(true);
  expect(Object.keys(emulator.properties.user)).not.toContain(KEY_EVENTS_PROPERTY); // the document's, for every editor

  const next = load();
  if (!next.ok) throw new Error('loadImport failed');
  expect(next.value.keyEvents).toEqual({ [PROPERTY]: 'sales' });
  const again = parseExport({ text: fixture, locale: 'fr_FR', keyEventKpis: next.value.keyEvents });
  expect(again.ga4?.keyEvents).toEqual({ header: 'Événements clés', kpi: 'sales', remembered: true });
  expect(again.rows.filter((r) => r.kpi === 'sales').map((r) => [r.channel, r.value])).toEqual(
    chosen.rows.filter((r) => r.kpi === 'sales').map((r) => [r.channel, r.value]),
  );
});

test('the server keeps only what a key event may count, for a property named in plain text', () => {
  const { emulator } = emulate('en_US');
  const readings = readingsDigest([{ date: '2026-01-31', channel: 'facebook', kpi: 'visits', value: 3, source: 'GA4' }]);
  const keyEvents = [
    { property: 'Shop', kpi: 'email_signups' },
    { property: 'Followers', kpi: 'followers' }, // not something a key event counts
    { property: 'bad\u0007name', kpi: 'sales' },
    { property: 42, kpi: 'sales' },
    'Shop=sales',
    { property: 'x'.repeat(500), kpi: 'sales' },
  ];
  expect(plain<Result<unknown>>(emulator.run('saveImport', [{ readings, mode: 'skip', keyEvents }])).ok).toBe(true);
  expect(JSON.parse(emulator.properties.document[KEY_EVENTS_PROPERTY])).toEqual({ Shop: 'email_signups' });
  // A stored value someone broke by hand is read as nothing remembered, never as an error.
  emulator.properties.document[KEY_EVENTS_PROPERTY] = '{"Shop": "reach", "Other": "calls"';
  const loaded = plain<Result<ImportData>>(emulator.run('loadImport'));
  expect(loaded.ok && loaded.value.keyEvents).toEqual({});
});

test('a newer choice replaces the older one, and the oldest properties go first beyond the limit', () => {
  let stored = rememberKeyEvents(null, [{ property: 'A', kpi: 'sales' }]);
  stored = rememberKeyEvents(stored, [{ property: 'A', kpi: 'contact_requests' }]);
  expect(JSON.parse(stored)).toEqual({ A: 'contact_requests' });
  for (let i = 0; i < MAX_REMEMBERED_PROPERTIES; i++) stored = rememberKeyEvents(stored, [{ property: `P${i}`, kpi: 'sales' }]);
  const kept = JSON.parse(stored) as Record<string, string>;
  expect(Object.keys(kept)).toHaveLength(MAX_REMEMBERED_PROPERTIES);
  expect(kept.A).toBeUndefined();
  expect(kept[`P${MAX_REMEMBERED_PROPERTIES - 1}`]).toBe('sales');
});
