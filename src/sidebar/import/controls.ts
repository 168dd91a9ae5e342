/**
 * Labelled controls for the import views: a visible label, an optional hint, and the error next to the
 * control (aria-invalid, aria-describedby). Each control has a data-key, stable across renders, so the
 * view can be rebuilt after a change and focus put back where it was.
 */
import { h, hiddenText, setAttrs, uniqueId } from '../kit';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptionGroup {
  group: string;
  options: readonly SelectOption[];
}

function optionElements(options: readonly SelectOption[], value: string): HTMLOptionElement[] {
  return options.map((o) => {
    const option = h('option', { value: o.value }, o.label);
    option.selected = o.value === value;
    return option;
  });
}

/** The hint and error above a control and the note under it, and the describedby that points the control at them. */
function describe(
  control: HTMLElement,
  texts: { hint?: string; error?: string; note?: string },
): { above: HTMLElement[]; below?: HTMLElement } {
  const note = (text: string | undefined, cls: string) =>
    text === undefined ? undefined : h('p', { class: cls, id: uniqueId('note') }, text);
  const hint = note(texts.hint, 'hint');
  const error = note(texts.error, 'field-error');
  const below = note(texts.note, 'hint sample');
  const ids = [error, hint, below].filter((e): e is HTMLParagraphElement => e !== undefined).map((e) => e.id);
  setAttrs(control, { 'aria-describedby': ids.join(' ') || undefined, 'aria-invalid': error ? 'true' : undefined });
  return { above: [hint, error].filter((e): e is HTMLParagraphElement => e !== undefined), below };
}

export interface FieldTexts {
  label: string;
  /** "(optional)", shown after the label. */
  optional?: string;
  hint?: string;
  error?: string;
  /** Shown under the control: what a column holds. */
  note?: string;
}

/** A control in its labelled field, with its hint, error and note. */
export function field(control: HTMLElement, texts: FieldTexts, ...after: Array<HTMLElement | null>): HTMLElement {
  const id = uniqueId('control');
  control.id = id;
  const { above, below } = describe(control, texts);
  const optional = texts.optional === undefined ? null : h('span', { class: 'optional' }, ` ${texts.optional}`);
  return h('div', { class: 'field' }, h('label', { for: id }, texts.label, optional), ...above, control, below, ...after);
}

export interface SelectFieldOptions extends FieldTexts {
  key: string;
  value: string;
  options: ReadonlyArray<SelectOption | SelectOptionGroup>;
  onChange(value: string): void;
}

export function selectField(options: SelectFieldOptions): HTMLElement {
  const select = h('select', { 'data-key': options.key });
  for (const item of options.options) {
    if ('group' in item) select.append(h('optgroup', { label: item.group }, ...optionElements(item.options, options.value)));
    else select.append(...optionElements([item], options.value));
  }
  select.addEventListener('change', () => options.onChange(select.value));
  return field(select, options);
}

export interface RadioGroupOptions {
  /** The radios' name; each radio's data-key is "key:value". */
  key: string;
  legend: string;
  value: string | undefined;
  options: ReadonlyArray<SelectOption & { hint?: string }>;
  onChange(value: string): void;
}

export function radioGroup(options: RadioGroupOptions): HTMLFieldSetElement {
  const items = options.options.map((option) => {
    const id = uniqueId('radio');
    const hint = option.hint === undefined ? undefined : h('span', { class: 'option-hint', id: uniqueId('hint') }, option.hint);
    const input = h('input', {
      type: 'radio',
      id,
      name: options.key,
      value: option.value,
      'aria-describedby': hint?.id,
      'data-key': `${options.key}:${option.value}`,
    });
    input.checked = option.value === options.value;
    input.addEventListener('change', () => {
      if (input.checked) options.onChange(option.value);
    });
    return h('div', { class: 'choice' }, input, h('div', { class: 'choice-text' }, h('label', { for: id }, option.label), hint));
  });
  return h('fieldset', { class: 'choices', role: 'radiogroup' }, h('legend', {}, options.legend), ...items);
}

/** `which` is read after the label by screen readers only, to tell several alike checkboxes apart. */
export function checkbox(options: {
  key: string;
  label: string;
  which?: string;
  checked: boolean;
  onChange(checked: boolean): void;
}): HTMLElement {
  const id = uniqueId('check');
  const input = h('input', { type: 'checkbox', id, 'data-key': options.key });
  input.checked = options.checked;
  input.addEventListener('change', () => options.onChange(input.checked));
  return h(
    'div',
    { class: 'choice' },
    input,
    h('div', { class: 'choice-text' }, h('label', { for: id }, options.label, options.which ? hiddenText(options.which) : null)),
  );
}
