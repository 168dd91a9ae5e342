/**
 * The Dashboard's three charts as the real bundle builds them in the emulator: the ranges each chart
 * reads, and the labels, series names and values there, as the preview draws them (src/local/preview/view.ts):
 * months as the sheet shows them, a name for every series, and what to do instead while a chart has
 * nothing to draw.
 */
import { addDays } from '../../src/core/dates';
import type { GoalForm } from '../../src/core/goals';
import { roiColumnLetter } from '../../src/core/sheets/roi';
import { SHEET_TEXTS } from '../../src/core/sheets/texts';
import { ADDON_TEXTS } from '../../src/addon/texts';
import type { Emulator } from '../../src/local/emulator/emulator';
import type { Workbook } from '../../src/local/emulator/workbook';
import { requireAddonSheet } from '../../src/local/emulator/addon-sheets';
import { chartView } from '../../src/local/preview/view';
import type { PreviewChart } from '../../src/local/preview/protocol';
import { emulate, read, shown, write } from '../support/emulator';

const TODAY = new Date().toISOString().slice(0, 10);
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FR_MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

function form(overrides: Partial<GoalForm> = {}): GoalForm {
  return {
    outcome: 'sales',
    stage: 'engagement',
    kpi: 'website_clicks',
    statement: 'Go from 1,200 to 1,800 website clicks',
    baseline: '1200',
    target: '1800',
    unit: 'clicks',
    start: addDays(TODAY, -30),
    deadline: addDays(TODAY, 60),
    owner: 'Camille',
    channels: ['instagram'],
    ...overrides,
  };
}

function save(emulator: Emulator, f: GoalForm): void {
  const saved = JSON.parse(JSON.stringify(emulator.run('saveGoal', [f]))) as { ok: boolean };
  if (!saved.ok) throw new Error(JSON.stringify(saved));
}

/** The Dashboard's charts, trend chart last as in the sheet, by title. */
function charts(workbook: Workbook): {
  specs: Record<string, { type: string; ranges: string[]; options: Record<string, unknown> }>;
  drawn: Record<string, PreviewChart>;
} {
  const dashboard = requireAddonSheet(workbook, 'dashboard');
  const specs = Object.fromEntries(dashboard.charts.map((c) => [String(c.options.title), c]));
  const drawn = Object.fromEntries(dashboard.charts.map((c) => [String(c.options.title), chartView(workbook, c)]));
  return { specs, drawn };
}

/** The 12 months to this one, as a cell formatted "mmm yyyy" shows them in that locale. */
function lastTwelveMonths(months: readonly string[]): string[] {
  const [year, month] = TODAY.split('-').map(Number);
  return Array.from({ length: 12 }, (_, i) => {
    const index = year * 12 + (month - 1) - (11 - i);
    return `${months[index % 12]} ${Math.floor(index / 12)}`;
  });
}

describe.each([
  ['en', 'en_US', 'Dashboard'],
  ['fr', 'fr_FR', "'Tableau de bord'"],
] as const)('the Dashboard’s charts (%s)', (lang, locale, sheetRef) => {
  const t = SHEET_TEXTS[lang];

  test('before any goal or cost, each chart says what to do instead of drawing an empty frame', () => {
    const { emulator, workbook } = emulate(locale);
    emulator.run('loadWizard');
    const { specs, drawn } = charts(workbook);
    expect(Object.keys(drawn).sort()).toEqual([t.dashboard.progressChart, t.dashboard.roiChart, t.dashboard.trendChart].sort());

    expect(specs[t.dashboard.roiChart].ranges).toEqual([`${sheetRef}!A3:B15`]);
    expect(drawn[t.dashboard.roiChart]).toMatchObject({
      type: 'BAR',
      labels: [t.dashboard.roiEmpty.replace('{sheet}', t.names.roi)],
      series: [{ name: t.roi.headers.roi, values: [null] }],
    });

    expect(specs[t.dashboard.progressChart].ranges).toEqual([`${sheetRef}!L3:N15`]);
    expect(drawn[t.dashboard.progressChart]).toMatchObject({
      type: 'BAR',
      labels: [t.dashboard.progressEmpty],
      series: [
        { name: t.goals.headers.progress, values: [null] },
        { name: t.goals.headers.elapsed, values: [null] },
      ],
    });
    // The message names the menu item exactly as the menu shows it.
    expect(t.dashboard.progressEmpty).toContain(ADDON_TEXTS[lang].menuWizard);

    // No goal, no series: the month column alone, whose first label says what the chart waits for.
    expect(specs[t.dashboard.trendChart]).toMatchObject({
      type: 'LINE',
      ranges: [`${sheetRef}!D3:D15`],
      options: { treatLabelsAsText: true },
    });
    expect(drawn[t.dashboard.trendChart]).toMatchObject({ labels: [t.dashboard.trendEmpty], series: [] });
  });

  test('with goals, readings and costs: months as the sheet shows them, named series, figures from the sheets', () => {
    const { emulator, workbook } = emulate(locale);
    save(emulator, form({ statement: 'Clicks from Instagram', channels: ['instagram'] }));
    save(emulator, form({ statement: 'Clicks from Facebook, from 137 to 200', baseline: '137', target: '200', channels: ['facebook'] }));
    const tracking = requireAddonSheet(workbook, 'tracking');
    const kpi = (id: 'website_clicks' | 'customers') =>
      id === 'website_clicks'
        ? lang === 'fr'
          ? 'Clics vers le site'
          : 'Website clicks'
        : lang === 'fr'
          ? 'Nouveaux clients'
          : 'New customers';
    const lastMonth = (() => {
      const [y, m] = TODAY.split('-').map(Number);
      return new Date(Date.UTC(y, m - 2, 10)).toISOString().slice(0, 10);
    })();
    write(workbook, tracking, 'A2:E5', [
      [new Date(`${TODAY}T12:00:00Z`), 'Instagram', kpi('website_clicks'), 120, 'test'],
      [new Date(`${addDays(TODAY, -2)}T12:00:00Z`), 'Facebook', kpi('website_clicks'), 30, 'test'],
      [new Date(`${lastMonth}T12:00:00Z`), 'Instagram', kpi('customers'), 10, 'test'],
      [new Date(`${lastMonth}T12:00:00Z`), 'Facebook', kpi('customers'), 4, 'test'],
    ]);
    // Costs for last month: Instagram earns 10 × 50 = 500 for 200, Facebook 4 × 50 = 200 for 250.
    const roi = requireAddonSheet(workbook, 'roi');
    const column = roiColumnLetter;
    write(workbook, roi, `${column('valuePerConversion')}4:${column('valuePerConversion')}5`, [[50], [50]]);
    write(workbook, roi, `${column('adSpend')}4:${column('hourlyRate')}5`, [
      [100, 0, 4, 25],
      [150, 0, 4, 25],
    ]);

    const { specs, drawn } = charts(workbook);
    const trend = drawn[t.dashboard.trendChart];
    // The chart reads the months and the two goals' columns: no unnamed series.
    expect(specs[t.dashboard.trendChart].ranges).toEqual([`${sheetRef}!D3:F15`]);
    expect(trend.series.map((s) => s.name)).toEqual([`${kpi('website_clicks')} · Instagram`, `${kpi('website_clicks')} · Facebook`]);
    expect(trend.series.every((s) => s.name !== '')).toBe(true);
    // Each month is labelled by itself as the sheet shows it ("Dec 2026"), never by the day before.
    expect(trend.labels).toEqual(lastTwelveMonths(lang === 'fr' ? FR_MONTHS : EN_MONTHS));
    expect(trend.labels).toEqual(shown(workbook, requireAddonSheet(workbook, 'dashboard'), 'D4:D15').map(([month]) => month));
    expect(trend.series[0].values.slice(-1)).toEqual([120]);
    expect(trend.series[1].values.slice(-1)).toEqual([TODAY.slice(0, 7) === addDays(TODAY, -2).slice(0, 7) ? 30 : 0]);

    const roiChart = drawn[t.dashboard.roiChart];
    expect(roiChart.labels).toEqual(['Instagram', 'Facebook']);
    expect(roiChart.series).toHaveLength(1);
    expect(roiChart.series[0].name).toBe(t.roi.headers.roi);
    expect(roiChart.series[0].values[0]).toBeCloseTo(((500 - 200) / 200) * 100, 9);
    expect(roiChart.series[0].values[1]).toBeCloseTo(((200 - 250) / 250) * 100, 9);

    const progress = drawn[t.dashboard.progressChart];
    expect(progress.labels).toEqual(['Clicks from Instagram', 'Clicks from Facebook, from 137 to 200']);
    const goals = requireAddonSheet(workbook, 'goals');
    expect(progress.series.map((s) => s.name)).toEqual([t.goals.headers.progress, t.goals.headers.elapsed]);
    expect(progress.series[0].values).toEqual(read(workbook, goals, 'M2:M3').map(([v]) => v));
    expect(progress.series[1].values).toEqual(read(workbook, goals, 'N2:N3').map(([v]) => v));
    expect(progress.series[0].values.every((v) => typeof v === 'number')).toBe(true);
  });
});

describe('the Dashboard follows the goals', () => {
  test('the progress chart shows the latest 12 goals; the trend chart the latest 6, and grows with them', () => {
    const { emulator, workbook } = emulate('en_US');
    const channels = ['facebook', 'instagram', 'linkedin', 'x', 'tiktok', 'youtube', 'pinterest', 'blog', 'newsletter'];
    const specOf = () => requireAddonSheet(workbook, 'dashboard').charts.find((c) => c.type === 'LINE')!;
    save(emulator, form({ statement: 'goal 1', channels: [channels[0]] }));
    expect(specOf().ranges).toEqual(['Dashboard!D3:E15']);
    save(emulator, form({ statement: 'goal 2', channels: [channels[1]] }));
    expect(specOf().ranges).toEqual(['Dashboard!D3:F15']);
    for (let i = 3; i <= 14; i++) save(emulator, form({ statement: `goal ${i}`, channels: [channels[i % channels.length]] }));
    expect(specOf().ranges).toEqual(['Dashboard!D3:J15']);
    const { drawn } = charts(workbook);
    expect(drawn['Goal progress against time elapsed'].labels).toEqual(Array.from({ length: 12 }, (_, i) => `goal ${i + 3}`));
    expect(drawn['KPI of the latest goals, month by month'].series).toHaveLength(6);
  });

  test('a trend chart the user removed stays removed, and saving still works', () => {
    const { emulator, workbook } = emulate('en_US');
    save(emulator, form());
    const dashboard = requireAddonSheet(workbook, 'dashboard');
    dashboard.charts = dashboard.charts.filter((c) => c.type !== 'LINE');
    save(emulator, form({ statement: 'second' }));
    expect(dashboard.charts.map((c) => c.type)).toEqual(['BAR', 'BAR']);
    expect(read(workbook, dashboard, 'E3:F3')).toEqual([['Website clicks · Instagram', 'Website clicks · Instagram']]);
  });
});
