/**
 * Step 4: the SMART goal, on the channels chosen at step 3. Dates first (the baseline suggestion depends
 * on them), then baseline, target and unit, the achievable check as the user types, the statement
 * drafted from all of it, why it is relevant, its owner and notes.
 */
import { kpiById, OUTCOMES } from '../../../core/catalog';
import { addDays, formatDate, isIsoDate } from '../../../core/dates';
import { channelNames, formatAmount, formatKpiValue, MAX_LENGTH, textLength } from '../../../core/goals';
import { joinList } from '../../../core/goals/texts';
import { button, h, replaceChildren, uniqueId } from '../../kit';
import { counterElement } from '../fields';
import { achievable, baselineSuggestion, goalKpi, untrackedChannels } from '../derived';
import { amountRetyped } from '../draft';
import { boundTextField } from './bound-fields';
import type { StepContext, StepView } from './context';

export function smartStep(ctx: StepContext): StepView {
  const { lang, texts, draft, tracking } = ctx;
  const kpi = goalKpi(draft.kpi);
  const amountHint = kpi?.unit === 'percent' ? texts.smart.percentHint : kpi?.unit === 'money' ? texts.smart.moneyHint : undefined;

  const start = boundTextField(ctx, 'start', { kind: 'date' });
  const deadline = boundTextField(ctx, 'deadline', { kind: 'date' });

  const suggestionText = h('p', { class: 'note' });
  const useSuggestion = button(
    texts.smart.useSuggestion,
    () => {
      draft.baselineTyped = false;
      ctx.changed('baseline', 'baselineDate');
      baseline.control.focus();
    },
    { class: 'secondary small' },
  );
  const baseline = boundTextField(ctx, 'baseline', {
    hint: amountHint,
    maxLength: MAX_LENGTH.number,
    inputMode: 'decimal',
    notes: [suggestionText],
    also: () => {
      draft.baselineTyped = true;
      delete draft.baselineDate;
      amountRetyped(draft, 'baseline');
    },
  });
  baseline.element.append(useSuggestion);
  const target = boundTextField(ctx, 'target', {
    hint: amountHint,
    maxLength: MAX_LENGTH.number,
    inputMode: 'decimal',
    also: () => amountRetyped(draft, 'target'),
  });
  const unit = boundTextField(ctx, 'unit', {
    hint: texts.smart.unitHint,
    maxLength: MAX_LENGTH.unit,
    also: () => {
      draft.unitTyped = true;
    },
  });

  const verdict = h('p', { class: 'verdict' });
  const achievableText = h('p', { class: 'achievable-text' });
  const shorter = button(
    '',
    () => {
      const days = checked?.longestDays;
      if (days === undefined || !isIsoDate(draft.start)) return;
      draft.deadline = addDays(draft.start, days - 1);
      ctx.changed('deadline');
      deadline.control.focus();
    },
    { class: 'secondary small' },
  );
  const achievableTitle = uniqueId('achievable');
  const achievableBox = h(
    'section',
    { class: 'achievable', 'aria-labelledby': achievableTitle },
    h('h3', { id: achievableTitle }, texts.smart.achievableTitle),
    h('div', { 'aria-live': 'polite' }, verdict, achievableText),
    shorter,
  );
  let checked: ReturnType<typeof achievable>;

  const counter = counterElement();
  const statement = boundTextField(ctx, 'statement', {
    kind: 'textarea',
    hint: texts.smart.statementHint,
    notes: [counter],
    also: () => {
      draft.statementEdited = true;
    },
  });
  // The statement is one line in the sheet: Enter must not add a line break.
  statement.control.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Enter') event.preventDefault();
  });
  const redraft = button(
    texts.smart.redraft,
    () => {
      draft.statementEdited = false;
      ctx.changed('statement');
      statement.control.focus();
    },
    { class: 'secondary small' },
  );
  statement.element.append(redraft);

  const outcome = OUTCOMES.find((o) => o.id === draft.outcome);
  const number = draft.outcomeNumber.trim();
  const relevant = outcome ? h('p', { class: 'relevant' }, texts.smart.relevant(outcome.label[lang], number || undefined)) : null;

  const owner = boundTextField(ctx, 'owner', { hint: texts.smart.ownerHint, maxLength: MAX_LENGTH.owner, autocomplete: 'name' });
  const notesCounter = counterElement();
  const notes = boundTextField(ctx, 'notes', { kind: 'textarea', optional: texts.wizard.optional, notes: [notesCounter] });

  /** What the history says of the baseline: where it comes from, or why the user must type it. */
  function suggestionNote(): string {
    if (!kpi) return '';
    const untracked = untrackedChannels(draft, tracking);
    if (untracked.length > 0) {
      const parts = kpi.ratio ? [kpi.ratio.numerator, kpi.ratio.denominator] : [kpi.id];
      const labels = parts.map((id) => texts.smart.quoted(kpiById(id)?.label[lang] ?? id));
      return texts.smart.baselineUntracked(joinList(lang, labels, 'or'), joinList(lang, channelNames(lang, untracked)));
    }
    const suggestion = baselineSuggestion(draft, tracking);
    if (!suggestion) {
      const periodKnown = isIsoDate(draft.start) && (kpi.kind === 'stock' || (isIsoDate(draft.deadline) && draft.deadline > draft.start));
      return periodKnown && tracking.rows.length > 0 ? texts.smart.baselineNone : '';
    }
    const value = formatKpiValue(lang, kpi.unit, suggestion.value, draft.unit);
    return suggestion.from === suggestion.to
      ? texts.smart.baselineOn(value, formatDate(suggestion.from, lang))
      : texts.smart.baselineFrom(value, formatDate(suggestion.from, lang), formatDate(suggestion.to, lang));
  }

  function counted(element: HTMLElement, text: string, max: number): void {
    const length = textLength(text);
    element.textContent = texts.smart.counter(length, max, (n) => formatAmount(lang, n, 0));
    element.classList.toggle('over', length > max);
  }

  function refresh(): void {
    // Values the wizard fills in itself, or a button changed, shown as they now are.
    if (baseline.control.value !== draft.baseline) baseline.control.value = draft.baseline;
    if (target.control.value !== draft.target) target.control.value = draft.target;
    if (statement.control.value !== draft.statement) statement.control.value = draft.statement;
    if (unit.control.value !== draft.unit) unit.control.value = draft.unit;
    if (deadline.control.value !== draft.deadline) deadline.control.value = draft.deadline;
    const note = suggestionNote();
    suggestionText.textContent = note;
    suggestionText.hidden = note === '';
    useSuggestion.hidden = !draft.baselineTyped || !baselineSuggestion(draft, tracking);
    checked = achievable(lang, draft, tracking);
    achievableBox.className = `achievable verdict-${checked?.verdict ?? 'waiting'}`;
    verdict.textContent = checked ? texts.smart.verdicts[checked.verdict] : '';
    verdict.hidden = !checked;
    replaceChildren(achievableText, checked?.text ?? texts.smart.achievableWaiting);
    const longest = checked?.longestDays;
    shorter.hidden = longest === undefined || !isIsoDate(draft.start);
    if (longest !== undefined && isIsoDate(draft.start)) {
      shorter.textContent = texts.smart.shorterPeriod(formatAmount(lang, longest, 0), formatDate(addDays(draft.start, longest - 1), lang));
    }
    counted(counter, draft.statement, MAX_LENGTH.statement);
    counted(notesCounter, draft.notes, MAX_LENGTH.notes);
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
    unit.element,
    achievableBox,
    statement.element,
    relevant,
    owner.element,
    notes.element,
  );
  return { element, refresh };
}
