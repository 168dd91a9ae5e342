/**
 * The preview's sample, as `npm start` builds it, shows every sheet at work: goals saved through the real
 * bundle with their progress and status, last month's costs in ROI by channel with an ROI per channel,
 * a year of Tracking, and the Dashboard's three charts drawn (numbers, not an empty state).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireAddonSheet } from '../../src/local/emulator/addon-sheets';
import { startPreview, type PreviewServer } from '../../src/local/preview/server';
import { previewView } from '../../src/local/preview/view';
import { ROI_COLUMNS, type RoiColumn } from '../../src/core/sheets/roi';
import { SHEET_TEXTS } from '../../src/core/sheets/texts';

let server: PreviewServer;
beforeAll(async () => {
  server = await startPreview({ port: 0, dataFile: join(mkdtempSync(join(tmpdir(), 'social-roi-')), 'workbook.json') });
});
afterAll(() => server.close());

test('goals with their standing, costs with an ROI, and the three charts drawn', () => {
  const emulator = server.emulator();
  const workbook = emulator.workbook;
  const t = SHEET_TEXTS.fr;

  const goals = requireAddonSheet(workbook, 'goals');
  const rows = workbook.getValues(goals, { row: 2, column: 1, numRows: 2, numColumns: 15 });
  expect(rows.map((r) => r[3])).toEqual(['Coût par acquisition', 'Inscriptions e-mail']);
  expect(rows.map((r) => r[8])).toEqual(['€', 'inscriptions e-mail']);
  for (const row of rows) {
    expect([row[11], row[12], row[13]].every((v) => typeof v === 'number')).toBe(true);
    expect(Object.values(t.statuses)).toContain(row[14]);
  }
  expect(workbook.lastRow(goals)).toBe(3);

  const roi = requireAddonSheet(workbook, 'roi');
  const channels = workbook.getValues(roi, { row: 4, column: 1, numRows: 2, numColumns: ROI_COLUMNS.length });
  const at = (column: RoiColumn) => ROI_COLUMNS.indexOf(column);
  expect(channels.map((r) => r[at('channel')])).toEqual(['Facebook', 'Instagram']);
  expect(channels.map((r) => typeof r[at('roi')])).toEqual(['number', 'number']);
  // Facebook earns, Instagram spends more than it brings: the sample's story.
  expect(channels[0][at('roi')] as number).toBeGreaterThan(0);
  expect(channels[1][at('flag')]).toBe(t.roi.losesMoney);

  const charts = previewView(emulator, requireAddonSheet(workbook, 'dashboard').id).charts;
  expect(charts.map((c) => c.title).sort()).toEqual([t.dashboard.progressChart, t.dashboard.roiChart, t.dashboard.trendChart].sort());
  for (const chart of charts) {
    expect(chart.series.length).toBeGreaterThan(0);
    expect(chart.series.every((s) => s.name !== '' && s.values.some((v) => typeof v === 'number'))).toBe(true);
    expect(chart.labels.length).toBeGreaterThan(1);
  }
});

test('the sample’s goals are on track, as a small business that just set them would be', () => {
  const workbook = server.emulator().workbook;
  const statuses = workbook.getValues(requireAddonSheet(workbook, 'goals'), { row: 2, column: 15, numRows: 2, numColumns: 1 }).flat();
  expect(statuses).toEqual([SHEET_TEXTS.fr.statuses.on_track, SHEET_TEXTS.fr.statuses.on_track]);
});
