/**
 * A field of the draft on a step, wired the way every step wires it: labelled with the field's name in
 * the user's language, filled from the draft, and on each edit the draft written then changed() called,
 * which clears the field's error and refreshes what depends on it. The control registers itself, so a
 * refusal is shown on it (fields.ts).
 */
import type { Draft } from '../draft';
import { fieldLabel } from '../field-texts';
import { choiceGroup, textField, type ChoiceGroupOptions, type Field, type TextFieldOptions } from '../fields';
import type { StepContext } from './context';

/** The fields the draft holds as one string: those a text box or a group of radios edits. */
export type TextDraftField = { [K in Field & keyof Draft]: Draft[K] extends string ? K : never }[Field & keyof Draft];

interface Binding {
  /** Runs after the draft is written and before changed(): what else the edit means. */
  also?(value: string): void;
  /** Other fields the edit changes, whose errors go too. */
  affects?: Field[];
}

function writer(ctx: StepContext, field: TextDraftField, { also, affects = [] }: Binding): (value: string) => void {
  return (value) => {
    ctx.draft[field] = value;
    also?.(value);
    ctx.changed(field, ...affects);
  };
}

export type BoundTextOptions = Omit<TextFieldOptions, 'field' | 'label' | 'value' | 'onInput'> & Binding;

export function boundTextField(ctx: StepContext, field: TextDraftField, options: BoundTextOptions = {}): ReturnType<typeof textField> {
  const { also, affects, ...shown } = options;
  return textField(ctx.fields, {
    ...shown,
    field,
    label: fieldLabel(ctx.lang, field),
    value: ctx.draft[field],
    onInput: writer(ctx, field, { also, affects }),
  });
}

export type BoundRadioOptions = Omit<ChoiceGroupOptions, 'field' | 'kind' | 'legend' | 'isChecked' | 'onChange'> & Binding;

export function boundRadioGroup(ctx: StepContext, field: TextDraftField, options: BoundRadioOptions): ReturnType<typeof choiceGroup> {
  const { also, affects, ...shown } = options;
  return choiceGroup(ctx.fields, {
    ...shown,
    field,
    kind: 'radio',
    legend: fieldLabel(ctx.lang, field),
    isChecked: (value) => ctx.draft[field] === value,
    onChange: writer(ctx, field, { also, affects }),
  });
}
