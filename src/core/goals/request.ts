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
 * against today; an edited goal may have started long ago, or ended, so its dates are checked against
 * `storedStart`, the start its row in the Goals sheet holds, when that is earlier. The start the page
 * sends is never trusted for this: a page could send any date and so save a goal that began in 2001.
 */
export function validateSavedGoal(form: unknown, today: string, lang: Lang, storedStart?: string): GoalValidation {
  const edited = editedGoalId(form) !== undefined && storedStart !== undefined;
  return validateGoal(form, edited ? earlierDate(today, storedStart) : today, lang);
}

/** The id of the goal the form edits, or undefined for a new goal. */
export function editedGoalId(form: unknown): string | undefined {
  if (typeof form !== 'object' || form === null) return undefined;
  return readGoalId((form as Record<string, unknown>).id);
}
