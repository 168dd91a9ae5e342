/** The goals already in the sheet, with their progress and status, and the way to add or edit one. */
import { kpiById } from '../../../core/catalog';
import { formatDate, isIsoDate } from '../../../core/dates';
import { formatPercent } from '../../../core/goals';
import { SHEET_TEXTS, statusLabel } from '../../../core/sheets/texts';
import type { GoalSummary } from '../../../shared/endpoints';
import { button, h, uniqueId } from '../../kit';
import type { ViewContext } from './context';

export interface HomeActions {
  newGoal(): void;
  edit(goal: GoalSummary): void;
}

export function homeView(ctx: ViewContext, actions: HomeActions): { element: HTMLElement; heading: HTMLElement } {
  const { texts, data } = ctx;
  const heading = h('h1', { tabindex: -1 }, texts.home.title);
  const trackingSheet = data.sheets.tracking ?? SHEET_TEXTS[ctx.lang].names.tracking;
  const newGoal = button(texts.home.newGoal, () => actions.newGoal(), { class: 'primary' });
  const content =
    data.goals.length === 0
      ? h('div', { class: 'empty' }, h('h2', {}, texts.home.emptyTitle), h('p', {}, texts.home.emptyText))
      : h('ul', { class: 'goals' }, ...data.goals.map((goal) => goalItem(ctx, goal, actions, trackingSheet)));
  const noHistory = data.history.readings.length === 0 ? h('p', { class: 'note hint-box' }, texts.home.noHistory(trackingSheet)) : null;
  const element = h('section', { class: 'home' }, heading, h('div', { class: 'actions' }, newGoal), content, noHistory);
  return { element, heading };
}

/**
 * A goal under way whose current value is blank: Tracking holds no reading of its KPI on its channels
 * since the start (or, for a ratio, not of both its parts), so it has no progress and no status yet.
 */
function waitsForReading(ctx: ViewContext, goal: GoalSummary): boolean {
  const { start } = goal.form;
  return goal.current === null && goal.status !== 'not_started' && isIsoDate(start) && ctx.data.today >= start;
}

function goalItem(ctx: ViewContext, goal: GoalSummary, actions: HomeActions, trackingSheet: string): HTMLElement {
  const { lang, texts } = ctx;
  const statement = goal.form.statement;
  const kpi = kpiById(goal.form.kpi)?.label[lang] ?? goal.form.kpi;
  const deadline = isIsoDate(goal.form.deadline) ? formatDate(goal.form.deadline, lang) : goal.form.deadline;
  // One sentence says why there is neither progress nor status, rather than two that say "later".
  const standing = waitsForReading(ctx, goal)
    ? [h('p', { class: 'progress-line pending no-reading' }, texts.home.noReading(trackingSheet))]
    : [
        progressLine(ctx, goal),
        goal.status
          ? h('p', { class: `status status-${goal.status}` }, statusLabel(lang, goal.status))
          : h('p', { class: 'status' }, texts.home.statusPending),
      ];
  return h(
    'li',
    { class: 'goal' },
    h('h2', { class: 'goal-statement' }, statement),
    h('p', { class: 'goal-meta' }, texts.home.goalMeta(kpi, deadline)),
    ...standing,
    button(texts.home.edit, () => actions.edit(goal), { class: 'secondary small', 'aria-label': texts.home.editWhich(statement) }),
  );
}

/** A real <progress> (clamped to 0–100 %, as a bar cannot show more) with the exact value as text. */
function progressLine(ctx: ViewContext, goal: GoalSummary): HTMLElement {
  const { lang, texts } = ctx;
  if (goal.progress === null || !Number.isFinite(goal.progress))
    return h('p', { class: 'progress-line pending' }, texts.home.progressPending);
  const id = uniqueId('progress');
  const shown = formatPercent(lang, goal.progress, 0);
  const bar = h('progress', { id, max: 1, 'aria-valuetext': shown });
  bar.value = Math.max(0, Math.min(1, goal.progress));
  return h(
    'div',
    { class: 'progress-line' },
    h('label', { for: id }, texts.home.progress),
    bar,
    h('span', { class: 'progress-value' }, shown),
  );
}
