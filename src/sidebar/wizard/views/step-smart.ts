/**
 * Step 3: the SMART goal. Dates first (the baseline suggestion depends on them), then baseline and
 * target, the achievable check as the user types, the statement drafted from all of it, why it is
 * relevant, and its owner.
 */
import { OUTCOMES } from '../../../core/catalog';
import { formatDate, isIsoDate } from '../../../core/dates';
import { formatAmount, formatKpiValue, MAX_LENGTH, textLength } from '../../../core/goals';
import { button, h, replaceChildren, uniqueId } from '../../kit';
import { counterElement } from '../fields';
import { achievableText, baselineSuggestion, goalKpi, readingChannels } from '../derived';
import { isMoneyKpi } from '../draft';
import { boundTextField } from './bound-fields';
import type { StepContext, StepView } from './context';

export function smartStep(ctx: StepContext): StepView {
  const { lang, texts, draft, tracking } = ctx;
  const kpi = goalKpi(draft.kpi);
  const amountHint = kpi?.unit === 'percent' ? texts.smart.percentHint : kpi?.unit === 'money' ? texts.smart.moneyHint : undefined;

  const start = boundTextField(ctx, 'start', { kind: 'date' });
  const deadline = boundTextField(ctx, 'deadline', { kind: 'date' });

  const suggestionText = h('p', { class: 'note' });
  const useSuggestion = button(texts.smart.useSuggestion, () => {
    draft.baselineTyped = false;
    ctx.changed('baseline', 'baselineDate');
    baseline.control.focus();
  }, { class: 'secondary small' });
  const baseline = boundTextField(ctx, 'baseline', {
    hint: amountHint,
    maxLength: MAX_LENGTH.number,
    inputMode: 'decimal',
    notes: [suggestionText],
    also: () => {
      draft.baselineTyped = true;
      delete draft.baselineDate;
    },
  });
  baseline.element.append(useSuggestion);
  const target = boundTextField(ctx, 'target', { hint: amountHint, maxLength: MAX_LENGTH.number, inputMode: 'decimal' });
  const unit = isMoneyKpi(draft.kpi) ? boundTextField(ctx, 'unit', { hint: texts.smart.unitHint, maxLength: MAX_LENGTH.unit }).element : null;

  const achievable = h('p', { class: 'achievable-text' });
  const achievableTitle = uniqueId('achievable');
  const achievableBox = h(
    'section',
    { class: 'achievable', 'aria-labelledby': achievableTitle },
    h('h3', { id: achievableTitle }, texts.smart.achievableTitle),
    h('div', { 'aria-live': 'polite' }, achievable),
  );

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

  const owner = boundTextField(ctx, 'owner', { hint: texts.smart.ownerHint, maxLength: MAX_LENGTH.owner, autocomplete: 'name' });

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
