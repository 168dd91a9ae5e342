/**
 * Step 2: the funnel stage, then one of its KPIs (those that serve the outcome marked). A vanity KPI
 * chosen for a sales, leads or cost outcome gets a warning with actionable KPIs to pick instead.
 */
import { goalKpisOfStage, isOutcomeId, isStageId, kpiById, STAGES, SUGGESTED_KPIS, type KpiId } from '../../../core/catalog';
import { vanityMessage, vanityWarning } from '../../../core/goals';
import { button, h, replaceChildren } from '../../kit';
import { boundRadioGroup } from './bound-fields';
import type { StepContext, StepView } from './context';

export function kpiStep(ctx: StepContext): StepView {
  const { lang, texts, draft } = ctx;
  const stage = boundRadioGroup(ctx, 'stage', {
    options: STAGES.map((s) => ({ value: s.id, label: s.label[lang] })),
    also: (value) => {
      if (kpiById(draft.kpi)?.stage !== value) draft.kpi = '';
      renderKpis();
    },
    affects: ['kpi'],
  });
  const kpiSlot = h('div');
  // Always in the page, so that the warning is announced when it appears.
  const vanity = h('div', { 'aria-live': 'polite' });
  let kpiInputs: HTMLInputElement[] = [];

  function renderKpis(): void {
    const suggested: readonly KpiId[] = isOutcomeId(draft.outcome) ? SUGGESTED_KPIS[draft.outcome] : [];
    const kpis = isStageId(draft.stage) ? goalKpisOfStage(draft.stage) : [];
    const group = boundRadioGroup(ctx, 'kpi', {
      options: kpis.map((k) => ({
        value: k.id,
        label: k.label[lang],
        ...(suggested.includes(k.id) ? { badge: texts.kpi.suggested } : {}),
      })),
      extra: kpis.length === 0 ? h('p', { class: 'hint' }, texts.kpi.chooseStageFirst) : null,
      focusFallback: () => stage.inputs[0]?.focus(),
    });
    kpiInputs = group.inputs;
    replaceChildren(kpiSlot, group.element);
  }

  /** A suggestion may sit in another stage: picking it moves the stage too. */
  function pick(id: KpiId): void {
    const kpi = kpiById(id);
    if (!kpi) return;
    draft.stage = kpi.stage;
    draft.kpi = kpi.id;
    for (const input of stage.inputs) input.checked = input.value === kpi.stage;
    renderKpis();
    ctx.changed('stage', 'kpi');
    kpiInputs.find((input) => input.checked)?.focus();
  }

  function refresh(): void {
    const warning = isOutcomeId(draft.outcome) && kpiById(draft.kpi) ? vanityWarning(draft.outcome, draft.kpi as KpiId) : undefined;
    if (!warning || !isOutcomeId(draft.outcome)) {
      replaceChildren(vanity);
      return;
    }
    replaceChildren(
      vanity,
      h(
        'div',
        { class: 'warning' },
        h('p', {}, vanityMessage(lang, draft.outcome, warning)),
        h('p', {}, texts.kpi.vanityPick),
        h(
          'div',
          { class: 'suggestions' },
          ...warning.suggestions.map((id) => button(kpiById(id)?.label[lang] ?? id, () => pick(id), { class: 'secondary small' })),
        ),
      ),
    );
  }

  renderKpis();
  refresh();
  const element = h('div', { class: 'step-body' }, h('p', { class: 'intro' }, texts.kpi.intro), stage.element, kpiSlot, vanity);
  return { element, refresh };
}
