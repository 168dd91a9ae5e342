/**
 * The wizard's five steps and which step asks for each field, so an error can send the user to it.
 * Channels come before the SMART step: the baseline, the drafted statement and the achievable check
 * are read from Tracking on the goal's own channels, once.
 */
import type { GoalForm } from '../../core/goals';
import type { StepName } from './texts';

export const STEPS: readonly StepName[] = ['outcome', 'kpi', 'channels', 'smart', 'review'];

export type StepNumber = 1 | 2 | 3 | 4 | 5;

const STEP_OF_FIELD: Record<keyof GoalForm, StepNumber> = {
  outcome: 1,
  outcomeNumber: 1,
  outcomeDeadline: 1,
  stage: 2,
  kpi: 2,
  channels: 3,
  otherChannel: 3,
  start: 4,
  deadline: 4,
  baseline: 4,
  baselineDate: 4,
  target: 4,
  unit: 4,
  statement: 4,
  owner: 4,
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
