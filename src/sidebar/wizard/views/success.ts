/** After a save: which sheet and row hold the goal, a way to see it there, and back to the goals. */
import { formatAmount } from '../../../core/goals';
import type { SavedGoal } from '../../../shared/endpoints';
import { button, h } from '../../kit';
import type { ViewContext } from './context';
import { LINKS_TEXTS } from '../links-texts';

export interface SuccessActions {
  showInSheet(status: HTMLElement): void;
  backToGoals(): void;
}

export function successView(ctx: ViewContext, saved: SavedGoal, actions: SuccessActions): { element: HTMLElement; heading: HTMLElement } {
  const { texts, lang } = ctx;
  const heading = h('h1', { tabindex: -1 }, saved.created ? texts.success.created : texts.success.updated);
  const status = h('p', { role: 'status', class: 'note' });
  const element = h(
    'section',
    { class: 'success' },
    heading,
    h('p', {}, texts.success.where(saved.sheetName, formatAmount(lang, saved.row, 0))),
    saved.links ? h('p', {}, LINKS_TEXTS[lang].saved(saved.links.count, saved.links.sheetName)) : null,
    h(
      'div',
      { class: 'actions' },
      button(texts.success.showInSheet, () => actions.showInSheet(status), { class: 'primary' }),
      button(texts.wizard.backToGoals, () => actions.backToGoals(), { class: 'secondary' }),
    ),
    status,
  );
  return { element, heading };
}
