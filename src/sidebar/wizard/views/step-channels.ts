/**
 * Step 3: where the work happens (catalogue channels, or another one named by the user). Chosen before
 * the SMART step, so that the baseline, the statement and the achievable check read the goal's channels.
 */
import { CHANNELS } from '../../../core/catalog';
import { MAX_LENGTH, OTHER_CHANNEL } from '../../../core/goals';
import { fieldLabel } from '../field-texts';
import { h } from '../../kit';
import { choiceGroup } from '../fields';
import { otherTicked } from '../draft';
import { boundTextField } from './bound-fields';
import type { StepContext, StepView } from './context';

export function channelsStep(ctx: StepContext): StepView {
  const { lang, texts, draft, fields } = ctx;
  const other = boundTextField(ctx, 'otherChannel', { hint: texts.channels.otherHint, maxLength: MAX_LENGTH.otherChannel });
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

  function refresh(): void {
    const enabled = otherTicked(draft);
    other.control.disabled = !enabled;
    other.control.required = enabled;
    other.element.classList.toggle('disabled', !enabled);
  }

  refresh();
  const element = h('div', { class: 'step-body' }, h('p', { class: 'intro' }, texts.channels.intro), channels.element);
  return { element, refresh };
}
