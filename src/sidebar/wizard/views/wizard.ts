/**
 * The wizard's frame around a step: title, "Step n of 5" in the step's heading, Back and Next (or
 * Create on the last step), and the save status and problems.
 */
import type { SidebarTexts } from '../texts';
import { button, h, replaceChildren } from '../../kit';
import { stepName, STEPS, type StepNumber } from '../steps';
import type { StepView } from './context';

export type SaveProblem =
  { kind: 'busy' } | { kind: 'notFound' } | { kind: 'failed'; message: string } | { kind: 'unreachable'; message: string };

export interface WizardFrameOptions {
  texts: SidebarTexts;
  step: StepNumber;
  editing: boolean;
  stepView: StepView;
  onBack(): void;
  onNext(): void;
  onRetry(): void;
  onSaveAsNew(): void;
}

export interface WizardFrame {
  element: HTMLElement;
  heading: HTMLElement;
  showSaving(saving: boolean): void;
  /** Shows a save problem and focuses its action (or the save button). */
  showProblem(problem: SaveProblem | undefined, focus: boolean): void;
}

export function wizardFrame(options: WizardFrameOptions): WizardFrame {
  const { texts, step } = options;
  const last = step === STEPS.length;
  const heading = h(
    'h2',
    { tabindex: -1, class: 'step-heading' },
    h('span', { class: 'step-count' }, texts.wizard.stepOf(step, STEPS.length)),
    ' ',
    texts.wizard.steps[stepName(step)],
  );
  const track = h(
    'div',
    { class: 'step-track', 'aria-hidden': 'true' },
    ...STEPS.map((_, i) => h('span', { class: i < step ? 'done' : '' })),
  );
  const back = button(step === 1 ? texts.wizard.backToGoals : texts.wizard.back, () => options.onBack(), { class: 'secondary' });
  const submitLabel = !last ? texts.wizard.next : options.editing ? texts.review.saveChanges : texts.review.create;
  const submit = h('button', { type: 'submit', class: 'primary' }, submitLabel);
  const status = h('p', { role: 'status', class: 'saving' });
  const problem = h('div', { role: 'alert', class: 'problem-slot' });
  const form = h(
    'form',
    { novalidate: true, class: 'step' },
    heading,
    options.stepView.element,
    status,
    problem,
    h('div', { class: 'nav' }, back, submit),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!submit.disabled) options.onNext();
  });
  const element = h(
    'section',
    { class: 'wizard', 'aria-labelledby': 'wizard-title' },
    h('h1', { id: 'wizard-title' }, options.editing ? texts.wizard.editTitle : texts.wizard.newTitle),
    track,
    form,
  );

  return {
    element,
    heading,
    showSaving(saving) {
      submit.disabled = saving;
      back.disabled = saving;
      if (saving) form.setAttribute('aria-busy', 'true');
      else form.removeAttribute('aria-busy');
      status.textContent = saving ? texts.review.saving : '';
    },
    showProblem(shown, focus) {
      if (!shown) {
        replaceChildren(problem);
        return;
      }
      const message =
        shown.kind === 'busy'
          ? texts.problems.busy
          : shown.kind === 'notFound'
            ? texts.problems.notFound
            : shown.kind === 'failed'
              ? shown.message
              : texts.problems.unreachable(shown.message);
      const action =
        shown.kind === 'notFound'
          ? button(texts.problems.saveAsNew, () => options.onSaveAsNew(), { class: 'secondary' })
          : shown.kind === 'failed'
            ? null
            : button(texts.tryAgain, () => options.onRetry(), { class: 'secondary' });
      replaceChildren(problem, h('div', { class: 'problem' }, h('p', {}, message), action));
      if (focus) (action ?? submit).focus();
    },
  };
}
