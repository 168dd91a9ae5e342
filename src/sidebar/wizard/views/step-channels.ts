/** Step 4: where the work happens (catalogue channels, or another one named by the user), and notes. */
import { CHANNELS } from '../../../core/catalog';
import { formatAmount, MAX_LENGTH, OTHER_CHANNEL, textLength } from '../../../core/goals';
import { fieldLabel } from '../field-texts';
import { h } from '../../kit/dom';
import { choiceGroup, counterElement, textField } from '../fields';
import { otherTicked } from '../draft';
import type { StepContext, StepView } from './context';

export function channelsStep(ctx: StepContext): StepView {
  const { lang, texts, draft, fields } = ctx;
  const other = textField(fields, {
    field: 'otherChannel',
    label: fieldLabel(lang, 'otherChannel'),
    hint: texts.channels.otherHint,
    value: draft.otherChannel,
    maxLength: MAX_LENGTH.otherChannel,
    onInput: (value) => {
      draft.otherChannel = value;
      ctx.changed('otherChannel');
    },
  });
  other.element.classList.add('other-channel');

  const channels = choiceGroup(fields, {
    field: 'channels',
    kind: 'checkbox',
    legend: fieldLabel(lang, 'channels'),
    options: [...CHANNELS.map((c) => ({ value: c.id, label: c.label[lang] })), { value: OTHER_CHANNEL, label: texts.channels.other }],
    isChecked: (value) => draft.channels.includes(value),
    extra: other.element,
    onChange: (value, checked) => {
      draft.channels = checked ? [...draft.channels.filter((c) => c !== value), value] : draft.channels.filter((c) => c !== value);
      ctx.changed('channels', 'otherChannel');
    },
  });

  const counter = counterElement();
  const notes = textField(fields, {
    field: 'notes',
    kind: 'textarea',
    label: fieldLabel(lang, 'notes'),
    optional: texts.wizard.optional,
    value: draft.notes,
    notes: [counter],
    onInput: (value) => {
      draft.notes = value;
      ctx.changed('notes');
    },
  });

  function refresh(): void {
    const enabled = otherTicked(draft);
    other.control.disabled = !enabled;
    other.control.required = enabled;
    other.element.classList.toggle('disabled', !enabled);
    const length = textLength(draft.notes);
    counter.textContent = texts.smart.counter(formatAmount(lang, length, 0), formatAmount(lang, MAX_LENGTH.notes, 0));
    counter.classList.toggle('over', length > MAX_LENGTH.notes);
  }

  refresh();
  const element = h('div', { class: 'step-body' }, h('p', { class: 'intro' }, texts.channels.intro), channels.element, notes.element);
  return { element, refresh };
}
