/**
 * The goal being written, as the user typed it, plus flags that say which derived values are still the
 * wizard's to fill in (the statement, the baseline and the unit) and which the user has taken over.
 */
import { kpiById } from '../../core/catalog';
import { OTHER_CHANNEL, type GoalForm } from '../../core/goals';
import type { Lang } from '../../core/lang';
import type { WizardData } from '../../shared/endpoints';

/** The fields that hold a number as the user typed it, read in their language's notation. */
export const AMOUNT_FIELDS = ['baseline', 'target'] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];

/** Every field of the form as text (none optional, but the goal's id and the baseline's date), plus the flags. */
export interface Draft extends Required<Omit<GoalForm, 'id' | 'baselineDate'>>, Pick<GoalForm, 'id' | 'baselineDate'> {
  /** The user edited the statement: it is no longer redrafted until they ask. */
  statementEdited: boolean;
  /** The user typed the baseline: Tracking's suggestion no longer replaces it. */
  baselineTyped: boolean;
  /** The user typed the unit: the KPI's own unit no longer replaces it. */
  unitTyped: boolean;
  /**
   * An amount refused in the language it was typed in, kept as typed across a language switch: it is
   * still read in that language, so still refused, until the user types it again ("1.500", refused in
   * French as 1 500 or 1,5, must not become 1.5 in English). Amounts read fine are translated instead.
   */
  amountsTypedIn?: Partial<Record<AmountField, Lang>>;
}

/** The user typed the amount again (or the wizard filled it in): it is read in the sidebar's language. */
export function amountRetyped(draft: Draft, field: AmountField): void {
  if (draft.amountsTypedIn) delete draft.amountsTypedIn[field];
}

export function newDraft(data: WizardData): Draft {
  return {
    outcome: '',
    outcomeNumber: '',
    outcomeDeadline: '',
    stage: '',
    kpi: '',
    statement: '',
    baseline: '',
    target: '',
    unit: '',
    start: data.today,
    deadline: '',
    owner: '',
    channels: [],
    otherChannel: '',
    notes: '',
    landingPage: '',
    statementEdited: false,
    baselineTyped: false,
    unitTyped: false,
  };
}

/**
 * An existing goal, to edit: what it holds is the user's, so nothing is redrafted or re-suggested by
 * itself, but for a unit left blank (goals saved before the wizard suggested one). Its statement is
 * taken as the user's here; the wizard then gives it back to redrafting if it is the drafted one
 * (isDraftedStatement).
 */
export function draftOfGoal(id: string, form: GoalForm): Draft {
  const draft: Draft = {
    id,
    outcome: form.outcome ?? '',
    outcomeNumber: form.outcomeNumber ?? '',
    outcomeDeadline: form.outcomeDeadline ?? '',
    stage: form.stage ?? '',
    kpi: form.kpi ?? '',
    statement: form.statement ?? '',
    baseline: form.baseline ?? '',
    target: form.target ?? '',
    unit: form.unit ?? '',
    start: form.start ?? '',
    deadline: form.deadline ?? '',
    owner: form.owner ?? '',
    channels: [...(form.channels ?? [])],
    otherChannel: form.otherChannel ?? '',
    notes: form.notes ?? '',
    landingPage: form.landingPage ?? '',
    statementEdited: true,
    baselineTyped: true,
    unitTyped: (form.unit ?? '').trim() !== '',
  };
  if (form.baselineDate) draft.baselineDate = form.baselineDate;
  return draft;
}

export function isMoneyKpi(kpi: string): boolean {
  return kpiById(kpi)?.unit === 'money';
}

export function otherTicked(draft: Draft): boolean {
  return draft.channels.includes(OTHER_CHANNEL);
}

/** What saveGoal receives: the fields as typed, blank optional ones left out. */
export function goalFormOf(draft: Draft): GoalForm {
  const form: GoalForm = {
    outcome: draft.outcome,
    stage: draft.stage,
    kpi: draft.kpi,
    statement: draft.statement,
    baseline: draft.baseline,
    target: draft.target,
    unit: draft.unit,
    start: draft.start,
    deadline: draft.deadline,
    owner: draft.owner,
    channels: [...draft.channels],
  };
  if (draft.id !== undefined) form.id = draft.id;
  if (draft.outcomeNumber.trim() !== '') form.outcomeNumber = draft.outcomeNumber;
  if (draft.outcomeDeadline !== '') form.outcomeDeadline = draft.outcomeDeadline;
  if (draft.baselineDate !== undefined) form.baselineDate = draft.baselineDate;
  if (otherTicked(draft)) form.otherChannel = draft.otherChannel;
  if (draft.notes.trim() !== '') form.notes = draft.notes;
  if (draft.landingPage.trim() !== '') form.landingPage = draft.landingPage;
  return form;
}
