/** The wizard's five steps and which step asks for each field, so an error can send the user to it. */
import type { GoalForm } from '../../core/goals';
import type { StepName } from './texts';

export const STEPS: readonly StepName[] = ['outcome', 'kpi', 'smart', 'channels', 'review'];

export type StepNumber = 1 | 2 | 3 | 4 | 5;

const STEP_OF_FIELD: Record<keyof GoalForm, StepNumber> = {
  outcome: 1,
  outcomeNumber: 1,
  outcomeDeadline: 1,
  stage: 2,
  kpi: 2,
  start: 3,
  deadline: 3,
  baseline: 3,
  baselineDate: 3,
  target: 3,
  unit: 3,
  statement: 3,
  owner: 3,
  channels: 4,
  otherChannel: 4,
  notes: 4,
  id: 5,
  landingPage: 5,
};

export function stepOfField(field: keyof GoalForm): StepNumber {
  return STEP_OF_FIELD[field];
}

export function stepName(step: StepNumber): StepName {
  return STEPS[step - 1];
}
