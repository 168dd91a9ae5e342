/**
 * The Goals sheet's columns, and what a goal shows in them. The server writes exactly these texts and
 * numbers (src/addon/sheets/goals.ts); the wizard's review step shows them before anything is written,
 * as the sheet will display them: in the sheet's language, under its number and date formats, with the
 * spreadsheet locale's marks.
 */
import { CHANNELS, OUTCOMES, STAGES, kpiById, type KpiUnit } from '../catalog';
import { formatDate } from '../dates';
import { formatWithMarks, type NumberMarks } from '../goals/format';
import type { Goal } from '../goals/types';
import { THOUSANDS_SEPARATOR, type Lang } from '../lang';
import { SHEET_TEXTS } from './texts';

/** Date formats that read naturally in each language, for the dates the add-on writes. */
export const SHEET_DATE_FORMAT = { en: 'yyyy-mm-dd', fr: 'dd/mm/yyyy' } as const;

/** The number format of a goal's baseline, target and current value, by its KPI's unit. */
export function goalNumberFormat(unit: KpiUnit): string {
  if (unit === 'percent') return '0.0%';
  if (unit === 'money') return '#,##0.00';
  return '#,##0.##';
}

/**
 * The marks a spreadsheet of this locale shows numbers with: a decimal comma and narrow no-break spaces
 * between thousands in French, as Sheets displays them (the emulator's display locale is the reference).
 */
function displayMarks(locale: string): NumberMarks {
  return /^fr/i.test(locale) ? { decimal: ',', group: THOUSANDS_SEPARATOR.fr } : { decimal: '.', group: THOUSANDS_SEPARATOR.en };
}

/** A goal's amount as its cell displays it under goalNumberFormat. */
function shownAmount(unit: KpiUnit, value: number, locale: string): string {
  const marks = displayMarks(locale);
  if (unit === 'percent') return `${formatWithMarks(value * 100, 1, true, marks)}${marks.decimal === ',' ? '\u00a0%' : '%'}`;
  return formatWithMarks(value, 2, unit === 'money', marks);
}

/** An ISO date as a cell under SHEET_DATE_FORMAT shows it. */
function shownDate(lang: Lang, iso: string): string {
  return lang === 'fr' ? formatDate(iso, 'fr') : iso;
}

export const GOAL_COLUMNS = [
  'statement',
  'outcome',
  'stage',
  'kpi',
  'channels',
  'owner',
  'baseline',
  'target',
  'unit',
  'start',
  'deadline',
  'current',
  'progress',
  'elapsed',
  'status',
  'notes',
  'data',
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

/** The Goals sheet a row is written to: the language of its words, and the spreadsheet's locale. */
export interface GoalsSheetLook {
  lang: Lang;
  locale: string;
}

/** The cells the user's choices fill, as the sheet will show them (computed columns excluded). */
export function goalRowPreview(sheet: GoalsSheetLook, goal: Goal): ShownCell[] {
  const { lang } = sheet;
  const headers = SHEET_TEXTS[lang].goals.headers;
  const unit = kpiById(goal.kpi)?.unit ?? 'count';
  const value = (n: number) => shownAmount(unit, n, sheet.locale);
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
    start: shownDate(lang, goal.start),
    deadline: shownDate(lang, goal.deadline),
    notes: goal.notes ?? '',
  };
  return GOAL_COLUMNS.filter((c) => c in texts).map((column) => ({ column, header: headers[column], text: texts[column] ?? '' }));
}
