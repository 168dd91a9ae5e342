/**
 * The preview's embedded default: a small French bakery, « Boulangerie Lemoine », six months on
 * Facebook, Instagram and LinkedIn, with its costs (hours at an hourly rate), an analytics keyword
 * table with CPCs, and cells that use every custom formula; then the add-on's four sheets at work: a
 * year of readings in Tracking, two goals saved through the bundle, last month's costs in ROI by
 * channel, and the Dashboard's three charts drawn.
 */
import type { SheetModel } from '../emulator/sheet-model';
import { Workbook } from '../emulator/workbook';
import { parseA1 } from '../emulator/a1';
import type { Emulator } from '../emulator/emulator';
import { addonSheet } from '../emulator/addon-sheets';
import { kpiById, type ChannelId, type KpiId, type OutcomeId } from '../../core/catalog';
import { addDays, toSheetSerial } from '../../core/dates';
import { draftStatement, suggestBaseline, type GoalForm } from '../../core/goals';
import { ROI_COLUMNS, ROI_FIRST_CHANNEL_ROW } from '../../core/sheets/roi';
import type { TrackingRow } from '../../core/tracking';
import { formatNumber } from '../../core/values';

const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01'];

interface ChannelMonth {
  reach: number;
  clicks: number;
  leads: number;
  sales: number;
  revenue: number;
  hours: number;
  ads: number;
  design: number;
}

/** Month-by-month figures: Facebook earns, Instagram spends more than it brings, LinkedIn is small. */
const FIGURES: Record<string, ChannelMonth[]> = {
  Facebook: [
    { reach: 8200, clicks: 410, leads: 38, sales: 21, revenue: 1260, hours: 10, ads: 120, design: 40 },
    { reach: 8900, clicks: 452, leads: 41, sales: 24, revenue: 1410, hours: 10, ads: 120, design: 40 },
    { reach: 9400, clicks: 498, leads: 47, sales: 27, revenue: 1620, hours: 11, ads: 140, design: 40 },
    { reach: 10100, clicks: 530, leads: 52, sales: 30, revenue: 1790, hours: 11, ads: 140, design: 60 },
    { reach: 11200, clicks: 588, leads: 55, sales: 33, revenue: 1980, hours: 12, ads: 150, design: 60 },
    { reach: 12000, clicks: 640, leads: 61, sales: 36, revenue: 2150, hours: 12, ads: 150, design: 60 },
  ],
  Instagram: [
    { reach: 15400, clicks: 260, leads: 14, sales: 6, revenue: 330, hours: 14, ads: 200, design: 120 },
    { reach: 16900, clicks: 281, leads: 15, sales: 7, revenue: 390, hours: 14, ads: 200, design: 120 },
    { reach: 18300, clicks: 305, leads: 17, sales: 8, revenue: 450, hours: 15, ads: 220, design: 120 },
    { reach: 19800, clicks: 330, leads: 18, sales: 8, revenue: 470, hours: 15, ads: 220, design: 140 },
    { reach: 21500, clicks: 362, leads: 20, sales: 9, revenue: 530, hours: 16, ads: 240, design: 140 },
    { reach: 23000, clicks: 391, leads: 22, sales: 10, revenue: 590, hours: 16, ads: 240, design: 140 },
  ],
  LinkedIn: [
    { reach: 2100, clicks: 64, leads: 9, sales: 2, revenue: 460, hours: 3, ads: 0, design: 0 },
    { reach: 2250, clicks: 70, leads: 10, sales: 2, revenue: 480, hours: 3, ads: 0, design: 0 },
    { reach: 2400, clicks: 75, leads: 11, sales: 3, revenue: 690, hours: 3, ads: 0, design: 0 },
    { reach: 2600, clicks: 81, leads: 12, sales: 3, revenue: 720, hours: 4, ads: 0, design: 0 },
    { reach: 2750, clicks: 88, leads: 13, sales: 3, revenue: 750, hours: 4, ads: 0, design: 0 },
    { reach: 2900, clicks: 95, leads: 14, sales: 4, revenue: 960, hours: 4, ads: 0, design: 0 },
  ],
};

const KEYWORDS: Array<[string, number]> = [
  ['pain au levain', 420],
  ['boulangerie bio lyon', 310],
  ['croissant pur beurre', 275],
  ['gâteau anniversaire', 190],
  ['Brioche', 120],
  ['pain sans gluten', 85],
];

const CPC_TABLE: Array<[string, number]> = [
  ['pain au levain', 0.65],
  ['Boulangerie bio Lyon', 1.2],
  ['croissant pur beurre', 0.45],
  ['gâteau anniversaire', 0.9],
  ['brioche', 0.35],
  ['pain sans gluten', 0.8],
];

function put(workbook: Workbook, sheet: SheetModel, a1: string, rows: unknown[][]): void {
  const { row, column, numRows, numColumns } = parseA1(a1, sheet.maxRows);
  workbook.setContents(sheet, { row, column, numRows, numColumns }, rows);
}

function format(sheet: SheetModel, a1: string, pattern: string): void {
  const { row, column, numRows, numColumns } = parseA1(a1, sheet.maxRows);
  sheet.formats.push({ range: { row, column, numRows, numColumns }, value: pattern });
}

function header(sheet: SheetModel, a1: string): void {
  const { row, column, numRows, numColumns } = parseA1(a1, sheet.maxRows);
  sheet.styles.push({ range: { row, column, numRows, numColumns }, value: { fontWeight: 'bold', background: '#f1f3f4' } });
  sheet.frozenRows = Math.max(sheet.frozenRows, row);
}

function socialSheet(workbook: Workbook): void {
  const sheet = workbook.addSheet('Réseaux sociaux');
  put(workbook, sheet, 'A1:N1', [
    [
      'Mois',
      'Canal',
      'Portée',
      'Clics',
      'Prospects',
      'Ventes',
      "Chiffre d'affaires (€)",
      'Heures',
      'Taux horaire (€)',
      'Publicité (€)',
      'Graphisme (€)',
      'Coût total (€)',
      'ROI % (marge 60 %)',
      'Taux de conversion',
    ],
  ]);
  header(sheet, 'A1:N1');
  const rows: unknown[][] = [];
  for (const channel of Object.keys(FIGURES)) {
    FIGURES[channel].forEach((m, i) =>
      rows.push([MONTHS[i], channel, m.reach, m.clicks, m.leads, m.sales, m.revenue, m.hours, 25, m.ads, m.design]),
    );
  }
  put(workbook, sheet, `A2:K${rows.length + 1}`, rows);
  const last = rows.length + 1;
  put(workbook, sheet, 'L2:N2', [
    [
      `=TOTAL_COST(H2:H${last}, I2:I${last}, J2:K${last})`,
      `=ROI_PCT(G2:G${last}, L2:L${last}, 0.6)`,
      `=CONVERSION_RATE(F2:F${last}, D2:D${last})`,
    ],
  ]);
  format(sheet, `A2:A${last}`, 'mmm yyyy');
  format(sheet, `G2:G${last}`, '#,##0 "€"');
  format(sheet, `I2:L${last}`, '#,##0 "€"');
  format(sheet, `M2:M${last}`, '0"\u00a0%"');
  format(sheet, `N2:N${last}`, '0.0%');
}

function keywordSheet(workbook: Workbook): void {
  const sheet = workbook.addSheet('Mots-clés');
  put(workbook, sheet, 'A1:B1', [['Mot-clé (Analytics)', 'Visites organiques']]);
  put(workbook, sheet, `A2:B${KEYWORDS.length + 1}`, KEYWORDS);
  put(workbook, sheet, 'D1:E1', [['Mot-clé (outil CPC)', 'CPC (€)']]);
  put(workbook, sheet, `D2:E${CPC_TABLE.length + 1}`, CPC_TABLE);
  header(sheet, 'A1:E1');
  put(workbook, sheet, 'G1:H3', [
    ['Équivalent PPC', '=PPC_EQUIVALENT(A2:A, B2:B, D2:D, E2:E)'],
    ['Si tout était payé au CPC moyen de 0,70 €', '=PPC_EQUIVALENT(B2:B7, 0.7)'],
    ['Visites organiques', '=SUM(B2:B7)'],
  ]);
  format(sheet, 'E2:E20', '0.00 "€"');
  format(sheet, 'H1:H2', '#,##0.00 "€"');
}

function summarySheet(workbook: Workbook): void {
  const sheet = workbook.addSheet('Synthèse');
  const src = "'Réseaux sociaux'";
  put(workbook, sheet, 'A1:I1', [
    ['Canal', "Chiffre d'affaires", 'Coût total', 'Publicité', 'ROI %', 'ROAS (pub)', 'Nouveaux clients', 'CAC', 'LTV:CAC'],
  ]);
  header(sheet, 'A1:I1');
  const channels = Object.keys(FIGURES);
  put(
    workbook,
    sheet,
    `A2:A${channels.length + 1}`,
    channels.map((c) => [c]),
  );
  const sumOf = (column: string, r: number) => `=SUMIFS(${src}!${column}:${column}, ${src}!B:B, A${r})`;
  channels.forEach((_, i) => {
    const r = i + 2;
    put(workbook, sheet, `B${r}:D${r}`, [[sumOf('G', r), sumOf('L', r), sumOf('J', r)]]);
    put(workbook, sheet, `G${r}`, [[sumOf('F', r)]]);
  });
  const last = channels.length + 1;
  put(workbook, sheet, 'E2:F2', [[`=ROI_PCT(B2:B${last}, C2:C${last}, 0.6)`, `=ROAS(B2:B${last}, D2:D${last})`]]);
  put(workbook, sheet, 'H2:I2', [[`=CAC(C2:C${last}, G2:G${last})`, `=LTV_CAC(B10, H2:H${last})`]]);
  put(workbook, sheet, 'A10:B14', [
    ['Valeur vie client', ''],
    ['Panier moyen (€)', 18],
    ['Achats par an', 14],
    ['Années de fidélité', 3],
    ['Marge brute', 0.6],
  ]);
  put(workbook, sheet, 'B10', [['=LTV(B11, B12, B13, B14)']]);
  put(workbook, sheet, 'A16:B21', [
    ["Valeur d'une inscription newsletter (1 sur 50 achète)", '=CONVERSION_VALUE(B10, "1 sur 50")'],
    ['Inscriptions ce semestre', 240],
    ['Valeur des inscriptions', '=CONVERSION_VALUE(B10, "1 sur 50", B17)'],
    ['Taux d’engagement Instagram (base : portée)', '=ENGAGEMENT_RATE(1840, 23000)'],
    ['Part de voix (mentions, vs 2 concurrents)', '=SHARE_OF_VOICE(86, C21:D21)'],
    ['Mentions des concurrents', ''],
  ]);
  put(workbook, sheet, 'C21:D21', [[140, 95]]);
  put(workbook, sheet, 'A23:D24', [
    ['Objectif : clics Facebook', 'Actuel', 'Cible', 'Progression'],
    ['Clics par mois', 640, 800, '=GOAL_PROGRESS(B24, C24, 410)'],
  ]);
  header(sheet, 'A23:D23');
  format(sheet, 'B2:D5', '#,##0 "€"');
  format(sheet, 'E2:E5', '0"\u00a0%"');
  format(sheet, 'F2:F5', '0.0');
  format(sheet, 'H2:H5', '#,##0.00 "€"');
  format(sheet, 'I2:I5', '0.0');
  format(sheet, 'B10', '#,##0 "€"');
  format(sheet, 'B16', '#,##0.00 "€"');
  format(sheet, 'B18', '#,##0 "€"');
  format(sheet, 'B19:B20', '0.0%');
  format(sheet, 'D24', '0%');
}

/** A new workbook holding the sample; its formulas evaluate once the emulator serves the add-on. */
export function sampleWorkbook(): Workbook {
  const workbook = new Workbook('Boulangerie Lemoine · réseaux sociaux', 'fr_FR', 'Europe/Paris');
  socialSheet(workbook);
  keywordSheet(workbook);
  summarySheet(workbook);
  workbook.activeSheetId = workbook.sheets[0].id;
  return workbook;
}

const WEEKLY: Array<{ channel: string; kpi: KpiId; start: number; growth: number }> = [
  { channel: 'Facebook', kpi: 'website_clicks', start: 90, growth: 0.012 },
  { channel: 'Instagram', kpi: 'website_clicks', start: 55, growth: 0.02 },
  { channel: 'LinkedIn', kpi: 'website_clicks', start: 14, growth: 0.01 },
  { channel: 'Facebook', kpi: 'email_signups', start: 9, growth: 0.01 },
  { channel: 'Instagram', kpi: 'email_signups', start: 4, growth: 0.015 },
  { channel: 'Facebook', kpi: 'customers', start: 5, growth: 0.01 },
  { channel: 'Instagram', kpi: 'customers', start: 1.5, growth: 0.012 },
  { channel: 'LinkedIn', kpi: 'customers', start: 0.6, growth: 0.01 },
  { channel: 'Instagram', kpi: 'followers', start: 2400, growth: 0.008 },
  // Ads grow about as fast as the customers they bring: a cost per acquisition that falls slowly, on track for -5 %.
  { channel: 'Facebook', kpi: 'ad_spend', start: 30, growth: 0.0105 },
  { channel: 'Instagram', kpi: 'ad_spend', start: 50, growth: 0.0105 },
];

/** The sample's today: the day the preview builds it (UTC, as the readings' dates are). */
const sampleToday = (): string => new Date().toISOString().slice(0, 10);

/** A year of weekly readings up to a week before `today`, as the Tracking sheet holds them. */
function sampleReadings(today: string): TrackingRow[] {
  const rows: TrackingRow[] = [];
  for (let week = 52; week >= 1; week--) {
    const date = addDays(today, -7 * week);
    WEEKLY.forEach((series, i) => {
      const wobble = 1 + 0.08 * Math.sin(week * 1.7 + i);
      const value = series.start * (1 + series.growth) ** (52 - week) * wobble;
      rows.push({ date, channel: series.channel, kpi: series.kpi, value: Math.max(0, Math.round(value)), source: 'Exemple' });
    });
  }
  return rows;
}

/**
 * A year of weekly readings in the add-on's Tracking sheet (set up by the real bundle first), so the
 * wizard has history for its baselines and achievable checks from the first try.
 */
export function addSampleTracking(emulator: Emulator): void {
  emulator.run('loadWizard');
  const workbook = emulator.workbook;
  const tracking = addonSheet(workbook, 'tracking');
  if (!tracking) return;
  const rows = sampleReadings(sampleToday()).map((r) => [
    toSheetSerial(r.date),
    r.channel,
    kpiById(r.kpi)?.label.fr ?? r.kpi,
    r.value,
    r.source,
  ]);
  if (rows.length + 1 > tracking.maxRows) workbook.insertRowsAfter(tracking, tracking.maxRows, rows.length + 1 - tracking.maxRows);
  workbook.setContents(tracking, { row: 2, column: 1, numRows: rows.length, numColumns: 5 }, rows);
  workbook.activeSheetId = workbook.sheets[0].id;
}

/** What the bakery pays and earns per channel over the ROI sheet's period (the last full month). */
const SAMPLE_COSTS: Record<string, { valuePerConversion: number; fees: number; hours: number; hourlyRate: number }> = {
  Facebook: { valuePerConversion: 60, fees: 60, hours: 12, hourlyRate: 25 },
  Instagram: { valuePerConversion: 60, fees: 140, hours: 16, hourlyRate: 25 },
};

/** The last full month, the ROI sheet's default period. */
function lastFullMonth(today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number);
  return {
    from: new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 10),
    to: new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10),
  };
}

/** A goal as the wizard would send it, its baseline read from the readings as the wizard reads it. */
function sampleGoal(
  readings: readonly TrackingRow[],
  goal: {
    outcome: OutcomeId;
    outcomeNumber: string;
    kpi: KpiId;
    channels: ChannelId[];
    start: string;
    deadline: string;
    change: number;
    decimals: number;
    unit: string;
    owner: string;
  },
): GoalForm {
  const kpi = kpiById(goal.kpi);
  const suggested = suggestBaseline(readings, goal.kpi, goal.channels, goal.start, goal.deadline);
  if (!kpi || !suggested) throw new Error(`the sample has no baseline for ${goal.kpi}`);
  const round = (value: number) => Number(value.toFixed(goal.decimals));
  const baseline = round(suggested.value);
  const target = round(baseline * (1 + goal.change));
  return {
    outcome: goal.outcome,
    outcomeNumber: goal.outcomeNumber,
    stage: kpi.stage,
    kpi: kpi.id,
    statement: draftStatement('fr', { kpi: kpi.id, baseline, target, channels: goal.channels, deadline: goal.deadline, unit: goal.unit }),
    baseline: formatNumber(baseline, true),
    baselineDate: suggested.to,
    target: formatNumber(target, true),
    unit: goal.unit,
    start: goal.start,
    deadline: goal.deadline,
    owner: goal.owner,
    channels: goal.channels,
  };
}

/**
 * Two goals saved through the real bundle (so the Goals row, the ROI rows and the Dashboard's trend are
 * the add-on's own), then last month's costs typed into ROI by channel as the baker would type them: every
 * sheet at work and the Dashboard's three charts drawn. Call after addSampleTracking.
 */
export function addSampleGoals(emulator: Emulator): void {
  const today = sampleToday();
  const readings = sampleReadings(today);
  const goals: GoalForm[] = [
    // Article 004: "cut our cost per acquisition by 5 % this year".
    sampleGoal(readings, {
      outcome: 'acquisition_cost',
      outcomeNumber: 'coût par acquisition −5 % cette année',
      kpi: 'cost_per_acquisition',
      channels: ['facebook', 'instagram'],
      start: addDays(today, -60),
      deadline: addDays(today, 304),
      change: -0.05,
      decimals: 2,
      unit: '€',
      owner: 'Camille Lemoine',
    }),
    sampleGoal(readings, {
      outcome: 'leads',
      outcomeNumber: '300 inscriptions par trimestre',
      kpi: 'email_signups',
      channels: ['facebook', 'instagram'],
      start: addDays(today, -30),
      deadline: addDays(today, 60),
      change: 0.25,
      decimals: 0,
      unit: 'inscriptions e-mail',
      owner: 'Léa Martin',
    }),
  ];
  for (const goal of goals) {
    const saved = emulator.run('saveGoal', [goal, 'fr']) as { ok: boolean };
    if (!saved.ok) throw new Error(`the sample goal was refused: ${JSON.stringify(saved)}`);
  }
  const workbook = emulator.workbook;
  const roi = addonSheet(workbook, 'roi');
  if (!roi) return;
  const month = lastFullMonth(today);
  const channels = workbook
    .getValues(roi, { row: ROI_FIRST_CHANNEL_ROW, column: 1, numRows: 2, numColumns: 1 })
    .map(([name]) => String(name));
  channels.forEach((channel, i) => {
    const costs = SAMPLE_COSTS[channel];
    if (!costs) return;
    // The ads cost what Tracking says was spent on them that month.
    const adSpend = readings
      .filter((r) => r.channel === channel && r.kpi === 'ad_spend' && r.date >= month.from && r.date <= month.to)
      .reduce((sum, r) => sum + r.value, 0);
    const row = ROI_FIRST_CHANNEL_ROW + i;
    const at = (column: (typeof ROI_COLUMNS)[number]) => ROI_COLUMNS.indexOf(column) + 1;
    workbook.setContents(roi, { row, column: at('valuePerConversion'), numRows: 1, numColumns: 1 }, [[costs.valuePerConversion]]);
    workbook.setContents(roi, { row, column: at('adSpend'), numRows: 1, numColumns: 4 }, [
      [adSpend, costs.fees, costs.hours, costs.hourlyRate],
    ]);
  });
  workbook.activeSheetId = workbook.sheets[0].id;
}
