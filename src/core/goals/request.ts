/** saveGoal's and showGoal's parameters as the server receives them: anything a page could send. */
import { earlierDate } from '../dates';
import type { Lang } from '../lang';
import { MAX_LENGTH, type GoalValidation } from './types';
import { validateGoal } from './validate';

/** A goal id to look up, or undefined when the value cannot be one. */
export function readGoalId(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_LENGTH.id ? value : undefined;
}

/**
 * The form saveGoal received, validated in the language it was typed in. A new goal's dates are checked
 * against today; an edited goal may have started long ago, or ended, so its own dates are checked
 * against its start when that is earlier.
 */
export function validateSavedGoal(form: unknown, today: string, lang: Lang): GoalValidation {
  const start = editedGoalStart(form);
  return validateGoal(form, start === undefined ? today : earlierDate(today, start), lang);
}

function editedGoalStart(form: unknown): string | undefined {
  if (typeof form !== 'object' || form === null) return undefined;
  const { id, start } = form as Record<string, unknown>;
  return typeof id === 'string' && typeof start === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(start) ? start : undefined;
}
