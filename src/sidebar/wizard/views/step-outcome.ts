/** Step 1: the business outcome the goal serves, optionally tied to a number and a deadline. */
import { OUTCOMES, OUTCOME_HINTS } from '../../../core/catalog';
import { MAX_LENGTH } from '../../../core/goals';
import { fieldLabel } from '../field-texts';
import { h } from '../../kit/dom';
import { choiceGroup, textField } from '../fields';
import type { StepContext, StepView } from './context';

export function outcomeStep(ctx: StepContext): StepView {
  const { lang, texts, draft, fields } = ctx;
  const outcome = choiceGroup(fields, {
    field: 'outcome',
    kind: 'radio',
    legend: fieldLabel(lang, 'outcome'),
    options: OUTCOMES.map((o) => ({ value: o.id, label: o.label[lang], hint: OUTCOME_HINTS[o.id][lang] })),
    isChecked: (value) => draft.outcome === value,
    onChange: (value) => {
      draft.outcome = value;
      ctx.changed('outcome');
    },
  });
  const number = textField(fields, {
    field: 'outcomeNumber',
    label: fieldLabel(lang, 'outcomeNumber'),
    optional: texts.wizard.optional,
    hint: texts.outcome.numberHint,
    value: draft.outcomeNumber,
    maxLength: MAX_LENGTH.outcomeNumber,
    onInput: (value) => {
      draft.outcomeNumber = value;
      ctx.changed('outcomeNumber');
    },
  });
  const deadline = textField(fields, {
    field: 'outcomeDeadline',
    kind: 'date',
    label: fieldLabel(lang, 'outcomeDeadline'),
    optional: texts.wizard.optional,
    value: draft.outcomeDeadline,
    onInput: (value) => {
      draft.outcomeDeadline = value;
      ctx.changed('outcomeDeadline');
    },
  });
  const element = h('div', { class: 'step-body' }, h('p', { class: 'intro' }, texts.outcome.intro), outcome.element, number.element, deadline.element);
  return { element, refresh: () => undefined };
}
