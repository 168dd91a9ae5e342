/** Step 5: exactly what the Goals sheet row will show, from the goal validation returns. */
import { validateGoal } from '../../../core/goals';
import { goalRowPreview } from '../../../core/sheets/goals-row';
import { h } from '../../kit';
import { goalFormOf } from '../draft';
import type { StepContext, StepView } from './context';
import { linksView } from './links';

export function reviewStep(ctx: StepContext): StepView {
  const { lang, texts } = ctx;
  // The landing page is this step's own field: the row preview stays while it is being typed (links.ts checks it).
  const checked = validateGoal(goalFormOf({ ...ctx.draft, landingPage: '' }), ctx.data.today, ctx.lang);
  const links = linksView(ctx);
  const body = checked.ok
    ? [
        h('p', { class: 'intro' }, texts.review.intro),
        h(
          'dl',
          { class: 'preview' },
          ...goalRowPreview(lang, checked.goal)
            .filter((cell) => cell.text !== '')
            .flatMap((cell) => [h('dt', {}, cell.header), h('dd', {}, cell.text)]),
        ),
        h('p', { class: 'note' }, texts.review.computed),
        links.element,
      ]
    : [h('p', { class: 'intro' }, texts.review.invalid)];
  return { element: h('div', { class: 'step-body' }, ...body), refresh: links.refresh };
}
