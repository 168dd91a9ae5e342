/**
 * The sidebar's controller: which screen shows, the goal being written, its errors and the save. It
 * calls the server once to load and once to save; everything in between runs in the browser.
 */
import { validateGoal, type FieldError, type GoalForm } from '../../core/goals';
import type { Lang } from '../../core/lang';
import { SIDEBAR_TEXTS, type SidebarTexts } from './texts';
import { fieldErrorMessage, fieldLabel } from './field-texts';
import type { EndpointError, GoalSummary, Result, SavedGoal, WizardData } from '../../shared/endpoints';
import { h, messageOf, server, Shell, type Shown } from '../kit';
import { isDraftedStatement, syncDerived, trackingOf, translateAmounts, validateDraft, type Tracking } from './derived';
import { draftOfGoal, goalFormOf, newDraft, type Draft } from './draft';
import { FieldRegistry, type Field } from './fields';
import { summaryOfSaved, withGoal } from './goals';
import { stepOfField, type StepNumber } from './steps';
import type { StepContext, StepView, ViewContext } from './views/context';
import { homeView } from './views/home';
import { channelsStep } from './views/step-channels';
import { kpiStep } from './views/step-kpi';
import { outcomeStep } from './views/step-outcome';
import { reviewStep } from './views/step-review';
import { smartStep } from './views/step-smart';
import { successView } from './views/success';
import { wizardFrame, type SaveProblem, type WizardFrame } from './views/wizard';

type Screen = { kind: 'home' } | { kind: 'wizard' } | { kind: 'success'; saved: SavedGoal };

const STEP_VIEWS: Record<StepNumber, (ctx: StepContext) => StepView> = {
  1: outcomeStep,
  2: kpiStep,
  3: channelsStep,
  4: smartStep,
  5: reviewStep,
};

/** An error on a field without a control of its own is shown on the control it belongs to. */
const SHOWN_ON: Partial<Record<Field, Field>> = { baselineDate: 'baseline' };

export class SidebarApp {
  private readonly shell: Shell<WizardData, EndpointError>;
  private screen: Screen = { kind: 'home' };
  private data: WizardData | undefined;
  private tracking: Tracking = { rows: [] };
  private draft: Draft | undefined;
  private step: StepNumber = 1;
  private readonly errors = new Map<Field, FieldError>();
  /** The aria-live summary shows the number of errors once a step or a save was refused. */
  private attentionShown = false;
  private saving = false;
  private problem: SaveProblem | undefined;
  private fields = new FieldRegistry();
  private frame: WizardFrame | undefined;
  private stepView: StepView | undefined;
  private readonly attention: HTMLElement;

  constructor(root: HTMLElement) {
    this.attention = h('div', { class: 'attention', 'aria-live': 'polite' });
    this.shell = new Shell(root, {
      texts: SIDEBAR_TEXTS,
      liveRegion: this.attention,
      title: (lang) => `${SIDEBAR_TEXTS[lang].appName} · ${SIDEBAR_TEXTS[lang].pageTitle}`,
      load: () => server.loadWizard(),
      refused: (error) => (error.kind === 'failed' ? error.message : this.problemText(error)),
      loaded: (data) => {
        this.data = data;
        this.tracking = trackingOf(data.history);
        this.screen = { kind: 'home' };
      },
      screen: (data) => this.screenView(data),
      languageChanged: (from, to) => {
        if (!this.draft || !this.data) return;
        translateAmounts(this.draft, from, to);
        syncDerived(to, this.draft, this.tracking, this.data);
      },
    });
  }

  start(): void {
    this.shell.start();
  }

  private get lang(): Lang {
    return this.shell.lang;
  }

  private get texts(): SidebarTexts {
    return SIDEBAR_TEXTS[this.lang];
  }

  private screenView(data: WizardData): Shown {
    this.frame = undefined;
    this.stepView = undefined;
    this.attention.textContent = this.attentionShown && this.screen.kind === 'wizard' ? this.texts.wizard.attention(this.errors.size) : '';
    const ctx: ViewContext = { lang: this.lang, texts: this.texts, data, tracking: this.tracking };
    switch (this.screen.kind) {
      case 'home':
        return homeView(ctx, { newGoal: () => this.openWizard(newDraft(data)), edit: (goal) => this.edit(goal) });
      case 'success': {
        const saved = this.screen.saved;
        return successView(ctx, saved, { showInSheet: (status) => this.showInSheet(saved, status), backToGoals: () => this.goHome() });
      }
      case 'wizard':
        return this.renderWizard(ctx, this.draft ?? newDraft(data));
    }
  }

  private renderWizard(ctx: ViewContext, draft: Draft): { element: HTMLElement; heading: HTMLElement } {
    this.draft = draft;
    this.fields = new FieldRegistry();
    const stepCtx: StepContext = { ...ctx, draft, fields: this.fields, changed: (...fields) => this.changed(fields) };
    const stepView = STEP_VIEWS[this.step](stepCtx);
    const frame = wizardFrame({
      texts: this.texts,
      step: this.step,
      editing: draft.id !== undefined,
      stepView,
      onBack: () => this.back(),
      onNext: () => this.next(),
      onRetry: () => void this.save(),
      onSaveAsNew: () => {
        delete draft.id;
        void this.save();
      },
    });
    this.frame = frame;
    this.stepView = stepView;
    this.showFieldErrors();
    frame.showSaving(this.saving);
    frame.showProblem(this.problem, false);
    return frame;
  }

  /** Opens a screen with a new start: the goal being written (none outside the wizard), step 1, no error, no problem. */
  private enter(screen: Screen, draft?: Draft): void {
    this.draft = draft;
    this.step = 1;
    this.errors.clear();
    this.attentionShown = false;
    this.problem = undefined;
    this.screen = screen;
    this.shell.render('heading');
  }

  private openWizard(draft: Draft): void {
    if (!this.data) return;
    syncDerived(this.lang, draft, this.tracking, this.data);
    this.enter({ kind: 'wizard' }, draft);
  }

  private edit(goal: GoalSummary): void {
    const draft = draftOfGoal(goal.id, goal.form);
    draft.statementEdited = !isDraftedStatement(draft, this.lang);
    this.openWizard(draft);
  }

  private goHome(): void {
    this.enter({ kind: 'home' });
  }

  /**
   * After an edit: the edited fields lose their error at once (it is shown again at Next if still true),
   * and so does any field validation now accepts, such as a baseline or statement the wizard filled in
   * itself: no field stays marked after it is right.
   */
  private changed(fields: Field[]): void {
    if (!this.draft || !this.data) return;
    syncDerived(this.lang, this.draft, this.tracking, this.data);
    const refused = new Set(this.errors.size > 0 ? this.validationErrors().map((e) => e.field) : []);
    for (const field of [...this.errors.keys()]) {
      if (fields.includes(field) || !refused.has(field)) this.clearError(field);
    }
    if (this.attentionShown) {
      this.attentionShown = this.errors.size > 0;
      this.attention.textContent = this.attentionShown ? this.texts.wizard.attention(this.errors.size) : '';
    }
    this.stepView?.refresh();
  }

  /** Takes a field's error away; the control it was shown on keeps another field's error, if it has one. */
  private clearError(field: Field): void {
    this.errors.delete(field);
    const control = SHOWN_ON[field] ?? field;
    const other = [...this.errors.values()].find((e) => (SHOWN_ON[e.field] ?? e.field) === control);
    this.fields.slot(control)?.showError(other ? fieldErrorMessage(this.lang, other) : undefined);
  }

  private validationErrors(): FieldError[] {
    if (!this.draft || !this.data) return [];
    const result = validateDraft(this.draft, this.data.today, this.lang);
    return result.ok ? [] : result.errors;
  }

  private next(): void {
    if (this.saving) return;
    if (this.step === 5) {
      void this.save();
      return;
    }
    const errors = this.validationErrors();
    const here = errors.filter((e) => stepOfField(e.field) === this.step);
    if (here.length > 0) {
      this.refuse(here);
      return;
    }
    // The review shows the goal validation returns, so every step must be valid to reach it.
    if (this.step === 4 && errors.length > 0) {
      this.refuse(errors);
      return;
    }
    this.attentionShown = false;
    this.problem = undefined;
    this.step = (this.step + 1) as StepNumber;
    this.shell.render('heading');
  }

  private back(): void {
    if (this.saving) return;
    if (this.step === 1) {
      this.goHome();
      return;
    }
    this.problem = undefined;
    this.step = (this.step - 1) as StepNumber;
    this.shell.render('heading');
  }

  /** Shows refused fields: on the step of the first one, focused, with the count announced. */
  private refuse(errors: FieldError[]): void {
    if (errors.length === 0) return;
    for (const error of errors) this.errors.set(error.field, error);
    const step = stepOfField(errors[0].field);
    if (step !== this.step) {
      this.step = step;
      this.problem = undefined;
      this.shell.render('none');
    } else {
      this.showFieldErrors();
      this.frame?.showProblem(this.problem, false);
    }
    // Focus goes to the refused field highest on screen, whatever order validation reported them in.
    const refused = errors.filter((e) => stepOfField(e.field) === step).map((e) => SHOWN_ON[e.field] ?? e.field);
    const target = this.fields.order().find((field) => refused.includes(field));
    if (target) this.fields.slot(target)?.focus();
    this.announceAttention();
  }

  private showFieldErrors(): void {
    const unshown: string[] = [];
    for (const [field, error] of this.errors) {
      if (stepOfField(field) !== this.step) continue;
      const slot = this.fields.slot(SHOWN_ON[field] ?? field);
      const message = fieldErrorMessage(this.lang, error);
      if (slot) slot.showError(message);
      else unshown.push(this.texts.wizard.fieldMessage(fieldLabel(this.lang, field), message));
    }
    if (unshown.length > 0) this.problem = { kind: 'failed', message: unshown.join(' ') };
  }

  /** The count is read when it is said, so that it is still true then. */
  private announceAttention(): void {
    this.attentionShown = true;
    this.shell.announce(() => (this.attentionShown && this.screen.kind === 'wizard' ? this.texts.wizard.attention(this.errors.size) : ''));
  }

  private setSaving(saving: boolean): void {
    this.saving = saving;
    this.frame?.showSaving(saving);
  }

  private setProblem(problem: SaveProblem | undefined, focus: boolean): void {
    this.problem = problem;
    this.frame?.showProblem(problem, focus);
  }

  private async save(): Promise<void> {
    if (!this.draft || !this.data || this.saving) return;
    const errors = this.validationErrors();
    if (errors.length > 0) {
      this.refuse(errors);
      return;
    }
    const form = goalFormOf(this.draft);
    this.setProblem(undefined, false);
    this.setSaving(true);
    let result: Result<SavedGoal>;
    try {
      result = await server.saveGoal(form, this.lang);
    } catch (error) {
      this.setSaving(false);
      this.setProblem({ kind: 'unreachable', message: messageOf(error) }, true);
      return;
    }
    this.setSaving(false);
    if (result.ok) {
      this.saved(result.value, form);
      return;
    }
    const refused = result.error;
    if (refused.kind === 'validation' && refused.errors.length > 0) this.refuse(refused.errors);
    else this.setProblem(refused.kind === 'validation' ? { kind: 'failed', message: this.texts.review.invalid } : refused, true);
  }

  private saved(saved: SavedGoal, form: GoalForm): void {
    if (!this.data) return;
    const checked = validateGoal(form, this.data.today, this.lang);
    if (checked.ok) {
      this.data.goals = withGoal(this.data.goals, summaryOfSaved(saved, form, checked.goal, this.tracking, this.data.today));
    }
    this.enter({ kind: 'success', saved });
  }

  private showInSheet(saved: SavedGoal, status: HTMLElement): void {
    status.textContent = '';
    server.showGoal(saved.id).then(
      (result) => {
        status.textContent = result.ok ? this.texts.success.shown : this.problemText(result.error);
      },
      (error) => {
        status.textContent = this.texts.problems.unreachable(messageOf(error));
      },
    );
  }

  private problemText(error: EndpointError): string {
    switch (error.kind) {
      case 'busy':
        return this.texts.problems.busy;
      case 'notFound':
        return this.texts.problems.notFound;
      case 'failed':
        return error.message;
      case 'validation':
        return this.texts.review.invalid;
    }
  }
}
