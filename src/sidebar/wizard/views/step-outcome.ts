/** Step 1: the business outcome the goal serves, optionally tied to a number and a deadline. */
import { OUTCOMES, OUTCOME_HINTS } from '../../../core/catalog';
import { MAX_LENGTH } from '../../../core/goals';
import { h } from '../../kit';
import { boundRadioGroup, boundTextField } from './bound-fields';
import type { StepContext, StepView } from './context';

export function outcomeStep(ctx: StepContext): StepView {
  const { lang, texts } = ctx;
  const outcome = boundRadioGroup(ctx, 'outcome', {
    options: OUTCOMES.map((o) => ({ value: o.id, label: o.label[lang], hint: OUTCOME_HINTS[o.id][lang] })),
  });
  const number = boundTextField(ctx, 'outcomeNumber', {
    optional: texts.wizard.optional,
    hint: texts.outcome.numberHint,
    maxLength: MAX_LENGTH.outcomeNumber,
  });
  const deadline = boundTextField(ctx, 'outcomeDeadline', { kind: 'date', optional: texts.wizard.optional });
  const element = h('div', { class: 'step-body' }, h('p', { class: 'intro' }, texts.outcome.intro), outcome.element, number.element, deadline.element);
  return { element, refresh: () => undefined };
}
