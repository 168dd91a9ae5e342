/**
 * The Goals sheet's columns, and what a goal shows in them. The server writes exactly these texts and
 * numbers (src/addon/sheets/goals.ts); the wizard's review step shows them before anything is written.
 */
import { CHANNELS, OUTCOMES, STAGES, kpiById } from '../catalog';
import { formatDate } from '../dates';
import { formatKpiValue } from '../goals/format';
import type { Goal } from '../goals/types';
import type { Lang } from '../lang';
import { SHEET_TEXTS } from './texts';

export const GOAL_COLUMNS = [
  'statement', 'outcome', 'stage', 'kpi', 'channels', 'owner', 'baseline', 'target', 'unit', 'start', 'deadline',
  'current', 'progress', 'elapsed', 'status', 'notes', 'data',
] as const;

export type GoalColumn = (typeof GOAL_COLUMNS)[number];

/** 1-based column of a Goals column. */
export function goalColumn(column: GoalColumn): number {
  return GOAL_COLUMNS.indexOf(column) + 1;
}

/** Columns the sheet computes with its own formulas; the rest is what the user chose. */
export const COMPUTED_GOAL_COLUMNS: readonly GoalColumn[] = ['current', 'progress', 'elapsed', 'status'];

export function outcomeLabel(lang: Lang, id: Goal['outcome']): string {
  return OUTCOMES.find((o) => o.id === id)?.label[lang] ?? id;
}

export function stageLabel(lang: Lang, id: Goal['stage']): string {
  return STAGES.find((s) => s.id === id)?.label[lang] ?? id;
}

export function kpiLabel(lang: Lang, id: Goal['kpi']): string {
  return kpiById(id)?.label[lang] ?? id;
}

/** "Instagram, Facebook, Snapchat": catalogue channels by their label, the other one as typed. */
export function channelsText(lang: Lang, goal: Pick<Goal, 'channels' | 'otherChannel'>): string {
  const names = goal.channels.map((id) => CHANNELS.find((c) => c.id === id)?.label[lang] ?? id);
  if (goal.otherChannel) names.push(goal.otherChannel);
  return names.join(', ');
}

/** The names Tracking rows use for the goal's channels, one per channel. */
export function trackingChannelNames(lang: Lang, goal: Pick<Goal, 'channels' | 'otherChannel'>): string[] {
  const names = goal.channels.map((id) => CHANNELS.find((c) => c.id === id)?.label[lang] ?? id);
  return goal.otherChannel ? [...names, goal.otherChannel] : names;
}

export interface ShownCell {
  column: GoalColumn;
  header: string;
  text: string;
}

/** The cells the user's choices fill, as the sheet will show them (computed columns excluded). */
export function goalRowPreview(lang: Lang, goal: Goal): ShownCell[] {
  const headers = SHEET_TEXTS[lang].goals.headers;
  const kpi = kpiById(goal.kpi);
  const value = (n: number) => (kpi ? formatKpiValue(lang, kpi.unit, n, goal.unit) : String(n));
  const texts: Partial<Record<GoalColumn, string>> = {
    statement: goal.statement,
    outcome: outcomeLabel(lang, goal.outcome),
    stage: stageLabel(lang, goal.stage),
    kpi: kpiLabel(lang, goal.kpi),
    channels: channelsText(lang, goal),
    owner: goal.owner,
    baseline: value(goal.baseline),
    target: value(goal.target),
    unit: goal.unit ?? '',
    start: formatDate(goal.start, lang),
    deadline: formatDate(goal.deadline, lang),
    notes: goal.notes ?? '',
  };
  return GOAL_COLUMNS.filter((c) => c in texts).map((column) => ({ column, header: headers[column], text: texts[column] ?? '' }));
}
