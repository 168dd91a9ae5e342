import { SHEET_TEXTS, statusLabel } from '../../src/core/sheets/texts';
import { KPIS, type KpiKind } from '../../src/core/catalog';
import {
  AHEAD_MARGIN,
  BEHIND_MARGIN,
  goalStatus,
  progressDefinition,
  progressOf,
  timeElapsed,
  type GoalStatus,
} from '../../src/core/goals';
import { goalProgress } from '../../src/core/metrics';

const START = '2027-01-01';
const DEADLINE = '2027-01-10'; // ten days, both ends included

describe('timeElapsed: the share of the goal’s days so far, both ends included', () => {
  test.each([
    ['2026-12-01', 0],
    ['2026-12-31', 0],
    [START, 0.1],
    ['2027-01-02', 0.2],
    ['2027-01-05', 0.5],
    ['2027-01-09', 0.9],
    [DEADLINE, 1],
    ['2027-01-12', 1],
    ['2028-01-01', 1],
  ])('on %s: %d', (today, elapsed) => {
    expect(timeElapsed(START, DEADLINE, today)).toBeCloseTo(elapsed, 12);
  });

  test('a goal whose deadline is its start (never valid, but the sheet may hold one) is 0 then 1', () => {
    expect(timeElapsed(START, START, '2026-12-31')).toBe(0);
    expect(timeElapsed(START, START, START)).toBe(1);
  });
});

describe('goalStatus', () => {
  test('the margins are ten points', () => {
    expect(AHEAD_MARGIN).toBe(0.1);
    expect(BEHIND_MARGIN).toBe(0.1);
  });

  const mid = '2027-01-05'; // elapsed 0.5
  test.each([
    ['before the start, whatever the progress', 2, 0, '2026-12-31', 'not_started'],
    ['on the start day', 0, 0, START, 'on_track'],
    ['progress 1 is achieved', 1, 0.5, mid, 'achieved'],
    ['progress beyond 1 is achieved', 1.3, 0.5, mid, 'achieved'],
    ['exactly elapsed + 0.1 is ahead', 0.6, 0.5, mid, 'ahead'],
    ['just under elapsed + 0.1 is on track', 0.59, 0.5, mid, 'on_track'],
    ['equal to elapsed is on track', 0.5, 0.5, mid, 'on_track'],
    ['exactly elapsed − 0.1 is on track', 0.4, 0.5, mid, 'on_track'],
    ['just under elapsed − 0.1 is behind', 0.39, 0.5, mid, 'behind'],
    ['negative progress (moved the wrong way) is behind', -0.2, 0.5, mid, 'behind'],
    ['the deadline day still counts: on track', 0.95, 1, DEADLINE, 'on_track'],
    ['the deadline day still counts: behind', 0.5, 1, DEADLINE, 'behind'],
    ['the deadline day, target reached', 1, 1, DEADLINE, 'achieved'],
    ['after the deadline, short of the target', 0.99, 1, '2027-01-12', 'missed'],
    ['after the deadline, at 0.8: missed, whatever an OKR grade would say', 0.8, 1, '2027-01-12', 'missed'],
    ['after the deadline, target reached', 1, 1, '2027-01-12', 'achieved'],
  ] as Array<[string, number, number, string, GoalStatus]>)('%s', (_name, progress, elapsed, today, status) => {
    expect(goalStatus(progress, elapsed, today, START, DEADLINE)).toBe(status);
  });

  test('with the elapsed time computed from the dates', () => {
    const status = (progress: number, today: string) => goalStatus(progress, timeElapsed(START, DEADLINE, today), today, START, DEADLINE);
    expect(status(0.31, '2027-01-02')).toBe('ahead'); // 0.31 ≥ 0.2 + 0.1
    expect(status(0.1, '2027-01-05')).toBe('behind'); // 0.1 < 0.5 − 0.1
    expect(status(0.85, '2027-01-09')).toBe('on_track'); // 0.85 ≥ 0.9 − 0.1
  });
});

describe('progressOf: the change asked for, 0 at the baseline, 1 at the target', () => {
  test.each([
    // "From 1,200 to 1,320 website clicks": a flow counted since the start, its baseline over as long a period.
    ['flow at the old pace, half-way', 'flow', 600, 1200, 1320, 0.5, 0],
    ['flow at the old pace, at the deadline', 'flow', 1200, 1200, 1320, 1, 0],
    ['flow at the target’s pace, half-way', 'flow', 660, 1200, 1320, 0.5, 0.5],
    ['flow at the target’s pace, at the deadline', 'flow', 1320, 1200, 1320, 1, 1],
    ['flow beyond the target', 'flow', 1380, 1200, 1320, 1, 1.5],
    ['flow from nothing: current / target', 'flow', 450, 0, 1800, 0.3, 0.25],
    ['flow reduction (ad spend 1,000 → 800), at the new pace', 'flow', 400, 1000, 800, 0.5, 0.5],
    ['stock: from the baseline', 'stock', 1300, 1200, 1800, 0.5, 1 / 6],
    ['stock: below the baseline is negative', 'stock', 1100, 1200, 1800, 0.5, -1 / 6],
    ['average: from the baseline', 'average', 52.5, 45, 60, 0.5, 0.5],
    ['ratio: from the baseline', 'ratio', 0.03, 0.02, 0.04, 0.5, 0.5],
    ['ratio: a reduction (churn 8 % → 5 %, now 6.5 %)', 'ratio', 0.065, 0.08, 0.05, 0.5, 0.5],
  ] as Array<[string, KpiKind, number, number, number, number, number]>)(
    '%s',
    (_name, kind, current, baseline, target, measured, progress) => {
      expect(progressOf(kind, current, baseline, target, measured)).toBeCloseTo(progress, 12);
    },
  );

  test('the old definition (current ÷ target) gave 0.9 for no growth at all; this one gives 0', () => {
    expect(1200 / 1320).toBeCloseTo(0.909, 3);
    expect(progressOf('flow', 1200, 1200, 1320, 1)).toBe(0);
  });

  test.each([
    ['flow with target = baseline', 'flow', 5, 0, 0],
    ['stock with target = baseline', 'stock', 5, 10, 10],
    ['ratio with target = baseline', 'ratio', 0.1, 0.2, 0.2],
  ] as Array<[string, KpiKind, number, number, number]>)('undefined: %s', (_name, kind, current, baseline, target) => {
    expect(progressOf(kind, current, baseline, target)).toBeUndefined();
  });

  test('every kind follows metrics.goalProgress, which GOAL_PROGRESS computes', () => {
    for (const kind of ['stock', 'average', 'ratio'] as KpiKind[]) {
      expect(progressOf(kind, 1300, 1200, 1800, 0.3)).toBe(goalProgress(1300, 1800, 1200));
    }
    expect(progressOf('flow', 1300, 1200, 1800, 0.3)).toBe(goalProgress(1300, 1800, 1200, 0.3));
  });

  test('every KPI kind of the catalogue is handled', () => {
    for (const kpi of KPIS) expect(progressOf(kpi.kind, 1, 0, 2)).toBeGreaterThan(0);
  });
});

describe('status texts', () => {
  const statuses: GoalStatus[] = ['not_started', 'ahead', 'on_track', 'behind', 'achieved', 'missed'];

  test.each(['en', 'fr'] as const)('%s has a distinct label for every status', (lang) => {
    const labels = statuses.map((s) => statusLabel(lang, s));
    expect(new Set(labels).size).toBe(statuses.length);
    expect(labels.every((l) => l.length > 0)).toBe(true);
  });

  test('labels', () => {
    expect(statusLabel('en', 'on_track')).toBe('On track');
    expect(statusLabel('fr', 'behind')).toBe('En retard');
  });

  test('the progress definition states both formulas and the margins, in both languages', () => {
    expect(progressDefinition('en', SHEET_TEXTS.en.progressDefinition)).toContain('(current − baseline × measured) ÷ (target − baseline)');
    expect(progressDefinition('en', SHEET_TEXTS.en.progressDefinition)).toContain('(current − baseline) ÷ (target − baseline)');
    expect(progressDefinition('en', SHEET_TEXTS.en.progressDefinition)).toContain('at least 10 points above');
    expect(progressDefinition('fr', SHEET_TEXTS.fr.progressDefinition)).toContain('(actuel − départ × mesuré) ÷ (cible − départ)');
    expect(progressDefinition('fr', SHEET_TEXTS.fr.progressDefinition)).toContain('(actuel − départ) ÷ (cible − départ)');
    expect(progressDefinition('fr', SHEET_TEXTS.fr.progressDefinition)).toContain('d’au moins 10 points');
  });
});
