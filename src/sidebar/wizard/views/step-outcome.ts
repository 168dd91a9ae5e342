/** Step 1: the business outcome the goal serves, optionally tied to a number and a deadline. */
import { isOutcomeId, OUTCOMES, OUTCOME_HINTS } from '../../../core/catalog';
import { MAX_LENGTH } from '../../../core/goals';
import { h } from '../../kit';
import { boundRadioGroup, boundTextField } from './bound-fields';
import type { StepContext, StepView } from './context';

export function outcomeStep(ctx: StepContext): StepView {
  const { lang, texts, draft } = ctx;
  const outcome = boundRadioGroup(ctx, 'outcome', {
    options: OUTCOMES.map((o) => ({ value: o.id, label: o.label[lang], hint: OUTCOME_HINTS[o.id][lang] })),
  });
  // The example follows the outcome chosen: an actionable number for it, never a vanity one.
  const numberHint = () => texts.outcome.numberHints[isOutcomeId(draft.outcome) ? draft.outcome : 'sales'];
  const number = boundTextField(ctx, 'outcomeNumber', {
    optional: texts.wizard.optional,
    hint: numberHint(),
    maxLength: MAX_LENGTH.outcomeNumber,
  });
  const hint = number.element.querySelector('.hint');
  const deadline = boundTextField(ctx, 'outcomeDeadline', { kind: 'date', optional: texts.wizard.optional });
  const element = h(
    'div',
    { class: 'step-body' },
    h('p', { class: 'intro' }, texts.outcome.intro),
    outcome.element,
    number.element,
    deadline.element,
  );
  return {
    element,
    refresh: () => {
      if (hint) hint.textContent = numberHint();
    },
  };
}
