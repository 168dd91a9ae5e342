/**
 * Step 3: the SMART goal. Dates first (the baseline suggestion depends on them), then baseline and
 * target, the achievable check as the user types, the statement drafted from all of it, why it is
 * relevant, and its owner.
 */
import { OUTCOMES } from '../../../core/catalog';
import { formatDate, isIsoDate } from '../../../core/dates';
import { formatAmount, formatKpiValue, MAX_LENGTH, textLength } from '../../../core/goals';
import { fieldLabel } from '../field-texts';
import { button, h, replaceChildren, uniqueId } from '../../kit/dom';
import { counterElement, textField, type Field } from '../fields';
import { achievableText, baselineSuggestion, goalKpi, readingChannels } from '../derived';
import { isMoneyKpi, type Draft } from '../draft';
import type { StepContext, StepView } from './context';

/** The text fields of this step, which the draft holds as typed. */
type TextField = Extract<Field, 'start' | 'deadline' | 'baseline' | 'target' | 'unit' | 'statement' | 'owner'> & keyof Draft;

export function smartStep(ctx: StepContext): StepView {
  const { lang, texts, draft, fields, tracking } = ctx;
  const kpi = goalKpi(draft.kpi);
  const amountHint = kpi?.unit === 'percent' ? texts.smart.percentHint : kpi?.unit === 'money' ? texts.smart.moneyHint : undefined;

  const input = (field: TextField, after?: () => void) => (value: string) => {
    draft[field] = value;
    after?.();
    ctx.changed(field);
  };

  const start = textField(fields, { field: 'start', kind: 'date', label: fieldLabel(lang, 'start'), value: draft.start, onInput: input('start') });
  const deadline = textField(fields, { field: 'deadline', kind: 'date', label: fieldLabel(lang, 'deadline'), value: draft.deadline, onInput: input('deadline') });

  const suggestionText = h('p', { class: 'note' });
  const useSuggestion = button(texts.smart.useSuggestion, () => {
    draft.baselineTyped = false;
    ctx.changed('baseline', 'baselineDate');
    baseline.control.focus();
  }, { class: 'secondary small' });
  const baseline = textField(fields, {
    field: 'baseline',
    label: fieldLabel(lang, 'baseline'),
    value: draft.baseline,
    hint: amountHint,
    maxLength: MAX_LENGTH.number,
    inputMode: 'decimal',
    notes: [suggestionText],
    onInput: input('baseline', () => {
      draft.baselineTyped = true;
      delete draft.baselineDate;
    }),
  });
  baseline.element.append(useSuggestion);
  const target = textField(fields, {
    field: 'target',
    label: fieldLabel(lang, 'target'),
    value: draft.target,
    hint: amountHint,
    maxLength: MAX_LENGTH.number,
    inputMode: 'decimal',
    onInput: input('target'),
  });
  const unit = isMoneyKpi(draft.kpi)
    ? textField(fields, {
        field: 'unit',
        label: fieldLabel(lang, 'unit'),
        value: draft.unit,
        hint: texts.smart.unitHint,
        maxLength: MAX_LENGTH.unit,
        onInput: input('unit'),
      }).element
    : null;

  const achievable = h('p', { class: 'achievable-text' });
  const achievableTitle = uniqueId('achievable');
  const achievableBox = h(
    'section',
    { class: 'achievable', 'aria-labelledby': achievableTitle },
    h('h3', { id: achievableTitle }, texts.smart.achievableTitle),
    h('div', { 'aria-live': 'polite' }, achievable),
  );

  const counter = counterElement();
  const statement = textField(fields, {
    field: 'statement',
    kind: 'textarea',
    label: fieldLabel(lang, 'statement'),
    hint: texts.smart.statementHint,
    value: draft.statement,
    notes: [counter],
    onInput: input('statement', () => {
      draft.statementEdited = true;
    }),
  });
  // The statement is one line in the sheet: Enter must not add a line break.
  statement.control.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Enter') event.preventDefault();
  });
  const redraft = button(texts.smart.redraft, () => {
    draft.statementEdited = false;
    ctx.changed('statement');
    statement.control.focus();
  }, { class: 'secondary small' });
  statement.element.append(redraft);

  const outcome = OUTCOMES.find((o) => o.id === draft.outcome);
  const number = draft.outcomeNumber.trim();
  const relevant = outcome
    ? h('p', { class: 'relevant' }, texts.smart.relevant(outcome.label[lang], number || undefined))
    : null;

  const owner = textField(fields, {
    field: 'owner',
    label: fieldLabel(lang, 'owner'),
    hint: texts.smart.ownerHint,
    value: draft.owner,
    maxLength: MAX_LENGTH.owner,
    autocomplete: 'name',
    onInput: input('owner'),
  });

  function suggestionNote(): string {
    if (!kpi) return '';
    const suggestion = baselineSuggestion(draft, tracking);
    if (!suggestion) {
      const periodKnown = isIsoDate(draft.start) && (kpi.kind === 'stock' || (isIsoDate(draft.deadline) && draft.deadline > draft.start));
      return periodKnown && tracking.rows.length > 0 ? texts.smart.baselineNone : '';
    }
    const value = formatKpiValue(lang, kpi.unit, suggestion.value, draft.unit);
    const said = suggestion.from === suggestion.to
      ? texts.smart.baselineOn(value, formatDate(suggestion.from, lang))
      : texts.smart.baselineFrom(value, formatDate(suggestion.from, lang), formatDate(suggestion.to, lang));
    return readingChannels(draft, tracking).all ? `${said} ${texts.smart.allChannels}` : said;
  }

  function refresh(): void {
    if (baseline.control.value !== draft.baseline) baseline.control.value = draft.baseline;
    if (statement.control.value !== draft.statement) statement.control.value = draft.statement;
    const note = suggestionNote();
    suggestionText.textContent = note;
    suggestionText.hidden = note === '';
    useSuggestion.hidden = !draft.baselineTyped || !baselineSuggestion(draft, tracking);
    replaceChildren(achievable, achievableText(lang, draft, tracking) ?? texts.smart.achievableWaiting);
    counter.textContent = texts.smart.counter(formatAmount(lang, textLength(draft.statement), 0), formatAmount(lang, MAX_LENGTH.statement, 0));
    counter.classList.toggle('over', textLength(draft.statement) > MAX_LENGTH.statement);
    redraft.hidden = !draft.statementEdited;
  }

  refresh();
  const element = h(
    'div',
    { class: 'step-body' },
    h('p', { class: 'intro' }, texts.smart.intro),
    start.element,
    deadline.element,
    baseline.element,
    target.element,
    unit,
    achievableBox,
    statement.element,
    relevant,
    owner.element,
  );
  return { element, refresh };
}
