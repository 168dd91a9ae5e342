/**
 * Form fields with a visible label, optional hint, and an error slot next to the control. Each field
 * registers itself so the wizard can show a refused field's message (aria-invalid, aria-describedby)
 * and move focus to it.
 */
import type { GoalForm } from '../../core/goals';
import { h, setAttrs, uniqueId, type Child } from '../kit';

export type Field = keyof GoalForm;

export interface FieldSlot {
  focus(): void;
  showError(message: string | undefined): void;
}

export class FieldRegistry {
  private readonly slots = new Map<Field, FieldSlot>();

  register(field: Field, slot: FieldSlot): void {
    this.slots.set(field, slot);
  }

  slot(field: Field): FieldSlot | undefined {
    return this.slots.get(field);
  }

  /** The registered fields in the order their controls were created, which is the order on screen. */
  order(): Field[] {
    return [...this.slots.keys()];
  }
}

/** The error text under a field, and the aria wiring that points the controls at it. */
function errorSlot(
  controls: () => HTMLElement[],
  describedBy: string[],
  invalidOn: () => HTMLElement[],
): { element: HTMLElement; show(message: string | undefined): void } {
  const id = uniqueId('error');
  const element = h('p', { class: 'field-error', id, hidden: true });
  const describe = (hasError: boolean) => {
    const ids = hasError ? [id, ...describedBy] : describedBy;
    for (const control of controls()) setAttrs(control, { 'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined });
  };
  describe(false);
  return {
    element,
    show(message) {
      element.textContent = message ?? '';
      element.hidden = message === undefined;
      describe(message !== undefined);
      for (const control of invalidOn()) setAttrs(control, { 'aria-invalid': message === undefined ? undefined : 'true' });
    },
  };
}

function hintElement(text: string | undefined): HTMLElement | undefined {
  return text === undefined ? undefined : h('p', { class: 'hint', id: uniqueId('hint') }, text);
}

export interface TextFieldOptions {
  field: Field;
  label: string;
  value: string;
  kind?: 'text' | 'date' | 'textarea';
  /** "(optional)", shown after the label. */
  optional?: string;
  hint?: string;
  maxLength?: number;
  inputMode?: 'decimal' | 'text';
  autocomplete?: string;
  /** Elements under the control that describe it (a counter, a suggestion); given ids here. */
  notes?: HTMLElement[];
  onInput(value: string): void;
}

export function textField(
  registry: FieldRegistry,
  options: TextFieldOptions,
): { element: HTMLElement; control: HTMLInputElement | HTMLTextAreaElement } {
  const id = uniqueId(options.field);
  const control =
    options.kind === 'textarea'
      ? h('textarea', { id, name: options.field, rows: 4 })
      : h('input', {
          id,
          name: options.field,
          type: options.kind === 'date' ? 'date' : 'text',
          maxlength: options.maxLength,
          inputmode: options.inputMode,
          autocomplete: options.autocomplete ?? 'off',
        });
  control.value = options.value;
  control.addEventListener('input', () => options.onInput(control.value));
  const hint = hintElement(options.hint);
  const notes = options.notes ?? [];
  for (const note of notes) if (!note.id) note.id = uniqueId('note');
  const describedBy = [hint?.id, ...notes.map((n) => n.id)].filter((x): x is string => !!x);
  const error = errorSlot(
    () => [control],
    describedBy,
    () => [control],
  );
  registry.register(options.field, { focus: () => control.focus(), showError: error.show });
  const label = h('label', { for: id }, options.label, options.optional ? h('span', { class: 'optional' }, ` ${options.optional}`) : null);
  const element = h('div', { class: 'field' }, label, hint, error.element, control, ...notes);
  return { element, control };
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
  /** A short tag inside the label ("suggested"). */
  badge?: string;
}

export interface ChoiceGroupOptions {
  field: Field;
  kind: 'radio' | 'checkbox';
  legend: string;
  options: readonly ChoiceOption[];
  isChecked(value: string): boolean;
  hint?: string;
  /** Shown inside the group after the options (the other channel's name, a "choose a stage" hint). */
  extra?: Child;
  /** Where focus goes for an error when the group has no option to focus. */
  focusFallback?: () => void;
  onChange(value: string, checked: boolean): void;
}

export function choiceGroup(
  registry: FieldRegistry,
  options: ChoiceGroupOptions,
): { element: HTMLFieldSetElement; inputs: HTMLInputElement[] } {
  const name = uniqueId(options.field);
  const inputs: HTMLInputElement[] = [];
  const items = options.options.map((option) => {
    const id = uniqueId(`${options.field}-option`);
    const hint = option.hint === undefined ? undefined : h('span', { class: 'option-hint', id: uniqueId('hint') }, option.hint);
    const input = h('input', { type: options.kind, id, name, value: option.value, 'aria-describedby': hint?.id });
    input.checked = options.isChecked(option.value);
    input.addEventListener('change', () => options.onChange(option.value, input.checked));
    inputs.push(input);
    const label = h('label', { for: id }, option.label, option.badge ? h('span', { class: 'badge' }, ` ${option.badge}`) : null);
    return h('div', { class: 'choice' }, input, h('div', { class: 'choice-text' }, label, hint));
  });
  const hint = hintElement(options.hint);
  const isRadio = options.kind === 'radio';
  const fieldset = h('fieldset', { class: 'choices', role: isRadio ? 'radiogroup' : undefined });
  const error = errorSlot(
    () => [fieldset],
    hint ? [hint.id] : [],
    () => (isRadio ? [fieldset] : inputs),
  );
  fieldset.append(h('legend', {}, options.legend), ...(hint ? [hint] : []), error.element, ...items);
  if (options.extra) fieldset.append(options.extra);
  registry.register(options.field, {
    focus: () => {
      const target = inputs.find((i) => i.checked && !i.disabled) ?? inputs.find((i) => !i.disabled);
      if (target) target.focus();
      else options.focusFallback?.();
    },
    showError: error.show,
  });
  return { element: fieldset, inputs };
}

/** A character counter under a long text field: "12 of 280 characters". */
export function counterElement(): HTMLElement {
  return h('p', { class: 'counter', id: uniqueId('counter') });
}
