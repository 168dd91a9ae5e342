/**
 * Links per goal, in the emulator: saveGoal with a landing page writes one tagged link per catalogue
 * channel to the Links sheet, as plain text collaborators can copy without the add-on; editing the goal
 * rewrites its rows, never a user's sheet or rows; the landing page is kept with the goal. Every link
 * written comes back through the GA4 import onto its own channel.
 */
import { addDays } from '../../src/core/dates';
import { parseExport } from '../../src/core/import';
import type { GoalForm } from '../../src/core/goals';
import type { Result, SavedGoal, WizardData } from '../../src/shared/endpoints';
import type { Emulator } from '../../src/local/emulator/emulator';
import type { Workbook } from '../../src/local/emulator/workbook';
import { emulate, read, write } from '../support/emulator';

const TODAY = new Date().toISOString().slice(0, 10);
const DEADLINE = addDays(TODAY, 60);
const CAMPAIGN = `website_clicks_${DEADLINE.slice(0, 7).replace('-', '_')}`;

function form(overrides: Partial<GoalForm> = {}): GoalForm {
  return {
    outcome: 'sales',
    stage: 'engagement',
    kpi: 'website_clicks',
    statement: '=Go from 1,200 to 1,800 website clicks',
    baseline: '1200',
    target: '1800',
    unit: '',
    start: TODAY,
    deadline: DEADLINE,
    owner: 'Camille',
    channels: ['instagram', 'linkedin'],
    landingPage: 'boulangerie.example/shop?ref=a#top',
    ...overrides,
  };
}

const plain = <T>(value: unknown) => JSON.parse(JSON.stringify(value)) as T;
const save = (emulator: Emulator, f: GoalForm) => plain<Result<SavedGoal>>(emulator.run('saveGoal', [f]));

function linksSheet(workbook: Workbook) {
  const ids = workbook.metadata
    .filter((m) => m.key === 'socialroi.links' && m.location.type === 'SHEET')
    .map((m) => (m.location as { sheetId: number }).sheetId);
  expect(ids).toHaveLength(1);
  const sheet = workbook.sheetById(ids[0]);
  if (!sheet) throw new Error('no Links sheet');
  return sheet;
}

test('a goal with a landing page gets one tagged link per channel, as plain text in the Links sheet', () => {
  const { emulator, workbook } = emulate('en_US');
  const saved = save(emulator, form());
  expect(saved).toEqual({ ok: true, value: expect.objectContaining({ created: true, links: { sheetName: 'Links', count: 2 } }) });
  if (!saved.ok) return;
  const sheet = linksSheet(workbook);
  expect(sheet.name).toBe('Links');
  const link = (source: string) =>
    `https://boulangerie.example/shop?ref=a&utm_source=${source}&utm_medium=social&utm_campaign=${CAMPAIGN}#top`;
  expect(read(workbook, sheet, 'A1:H3')).toEqual([
    ['Goal', 'Channel', 'Tagged link', 'Landing page', 'utm_source', 'utm_medium', 'utm_campaign', 'Social ROI id (do not edit)'],
    [
      '=Go from 1,200 to 1,800 website clicks',
      'Instagram',
      link('instagram'),
      'https://boulangerie.example/shop?ref=a#top',
      'instagram',
      'social',
      CAMPAIGN,
      saved.value.id,
    ],
    [
      '=Go from 1,200 to 1,800 website clicks',
      'LinkedIn',
      link('linkedin'),
      'https://boulangerie.example/shop?ref=a#top',
      'linkedin',
      'social',
      CAMPAIGN,
      saved.value.id,
    ],
  ]);
  // Plain values in plain-text cells: the statement starting with "=" stays text; no formula anywhere.
  expect(
    workbook
      .getFormulas(sheet, { row: 1, column: 1, numRows: 3, numColumns: 8 })
      .flat()
      .every((f) => f === ''),
  ).toBe(true);
  expect(sheet.formats.some((f) => f.value === '@' && f.range.row <= 2 && f.range.numColumns >= 8)).toBe(true);

  // The landing page is kept with the goal, for editing.
  const loaded = plain<Result<WizardData>>(emulator.run('loadWizard'));
  expect(loaded.ok && loaded.value.goals[0].form.landingPage).toBe('https://boulangerie.example/shop?ref=a#top');
});

test('editing the goal rewrites its own rows; other goals’ rows and the user’s own rows stay', () => {
  const { emulator, workbook } = emulate('en_US');
  const first = save(emulator, form());
  const second = save(emulator, form({ statement: 'Second goal', channels: ['facebook'] }));
  if (!first.ok || !second.ok) throw new Error('save failed');
  const sheet = linksSheet(workbook);
  write(workbook, sheet, 'A6:B6', [['my own note', 'keep me']]);
  // Same channels, another page: rewritten in place.
  save(emulator, form({ id: first.value.id, landingPage: 'https://example.com/new' }));
  expect(read(workbook, sheet, 'C2:C4').flat()).toEqual([
    `https://example.com/new?utm_source=instagram&utm_medium=social&utm_campaign=${CAMPAIGN}`,
    `https://example.com/new?utm_source=linkedin&utm_medium=social&utm_campaign=${CAMPAIGN}`,
    `https://boulangerie.example/shop?ref=a&utm_source=facebook&utm_medium=social&utm_campaign=${CAMPAIGN}#top`,
  ]);
  // A third channel: the old rows are emptied, the new ones written after the last row.
  save(emulator, form({ id: first.value.id, landingPage: 'https://example.com/new', channels: ['instagram', 'linkedin', 'x'] }));
  expect(read(workbook, sheet, 'B2:B9').flat()).toEqual(['', '', 'Facebook', '', 'keep me', 'Instagram', 'LinkedIn', 'X']);
  expect(read(workbook, sheet, 'H7:H9').flat()).toEqual([first.value.id, first.value.id, first.value.id]);
});

test('a user’s own sheet called Links is never touched, a goal without a landing page writes no link, and French names', () => {
  const { emulator, workbook } = emulate('fr_FR');
  const own = workbook.addSheet('Liens');
  write(workbook, own, 'A1', [['mes liens']]);
  expect(save(emulator, form({ landingPage: '' }))).toEqual({ ok: true, value: expect.not.objectContaining({ links: expect.anything() }) });
  expect(workbook.metadata.some((m) => m.key === 'socialroi.links')).toBe(false);
  const saved = save(emulator, form({ channels: ['newsletter', 'other'], otherChannel: 'Snapchat' }));
  expect(saved.ok && saved.value.links).toEqual({ sheetName: 'Liens (Social ROI)', count: 1 });
  expect(read(workbook, own, 'A1:B2')).toEqual([
    ['mes liens', ''],
    ['', ''],
  ]);
  expect(read(workbook, linksSheet(workbook), 'A1:C2')[1].slice(1)).toEqual([
    'Newsletter',
    `https://boulangerie.example/shop?ref=a&utm_source=newsletter&utm_medium=email&utm_campaign=${CAMPAIGN}#top`,
  ]);
});

test('a landing page that is no web page address is refused by the server, on its field, and nothing is written', () => {
  const { emulator, workbook } = emulate('en_US');
  expect(save(emulator, form({ landingPage: 'javascript:alert(1)' }))).toEqual({
    ok: false,
    error: { kind: 'validation', errors: [{ field: 'landingPage', code: 'notWebAddress', params: { got: 'javascript:alert(1)' } }] },
  });
  expect(workbook.sheets.map((s) => s.name)).not.toContain('Links');
});

test('every link the sheet holds comes back through a GA4 export onto its own channel', () => {
  const { emulator, workbook } = emulate('en_US');
  const channels = ['facebook', 'instagram', 'linkedin', 'x', 'tiktok', 'youtube', 'pinterest', 'blog', 'newsletter'];
  save(emulator, form({ channels }));
  const rows = read(workbook, linksSheet(workbook), `B2:C${channels.length + 1}`);
  for (const [label, link] of rows) {
    const query = new URLSearchParams(String(link).split('?')[1].split('#')[0]);
    const ga4 = `# Start date: 20260101\n# End date: 20260131\nSession source / medium,Sessions\n${query.get('utm_source')} / ${query.get('utm_medium')},10\n`;
    const [reading] = parseExport({ text: ga4 }).rows;
    expect([label, reading?.channel]).toEqual([label, String(label).toLowerCase()]);
  }
});

test('the links cost a few batched calls: a constant number, whatever the number of channels', () => {
  const SPREADSHEET = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|DeveloperMetadata|DeveloperMetadataLocation|DeveloperMetadataFinder)\./;
  const { emulator } = emulate('en_US');
  const calls = (f: GoalForm) => {
    emulator.calls.reset();
    expect(save(emulator, f).ok).toBe(true);
    return Object.entries(emulator.calls.snapshot())
      .filter(([k]) => SPREADSHEET.test(k))
      .reduce((n, [, v]) => n + v, 0);
  };
  const nine = ['facebook', 'instagram', 'linkedin', 'x', 'tiktok', 'youtube', 'pinterest', 'blog', 'newsletter'];
  calls(form({ channels: nine })); // sets the sheets up, adds the ROI rows and makes the Links sheet
  const two = calls(form()) - calls(form({ landingPage: '' }));
  const all = calls(form({ channels: nine })) - calls(form({ channels: nine, landingPage: '' }));
  // Find the sheet (5), read its ids (3), format and write the block (4), its name (1).
  expect(two).toBe(13);
  expect(all).toBe(two);
});

test('moving a goal’s rows empties the old ones in one call, however many there were', () => {
  const { emulator, workbook } = emulate('en_US');
  const nine = ['facebook', 'instagram', 'linkedin', 'x', 'tiktok', 'youtube', 'pinterest', 'blog', 'newsletter'];
  const other = save(emulator, form({ statement: 'Other goal', channels: ['facebook'] }));
  const two = save(emulator, form({ statement: 'Two channels' }));
  const many = save(emulator, form({ statement: 'Eight channels', channels: nine.slice(0, 8) }));
  if (!other.ok || !two.ok || !many.ok) throw new Error('save failed');
  const moveCost = (id: string, channels: string[]) => {
    emulator.calls.reset();
    expect(save(emulator, form({ id, channels })).ok).toBe(true);
    return emulator.calls.count('Range.clearContent') + emulator.calls.count('RangeList.clearContent');
  };
  // One more channel than the goal had: its rows no longer fit in place, so they move to the end.
  expect(moveCost(two.value.id, ['instagram', 'linkedin', 'x'])).toBe(1);
  expect(moveCost(many.value.id, nine)).toBe(1);
  // The old rows are empty and every goal's links are still there once.
  const ids = read(workbook, linksSheet(workbook), 'H2:H30').flat();
  expect(ids.filter((id) => id === other.value.id)).toHaveLength(1);
  expect(ids.filter((id) => id === two.value.id)).toHaveLength(3);
  expect(ids.filter((id) => id === many.value.id)).toHaveLength(9);
});
