/**
 * The home view's list after a save, without asking the server again: the saved goal joins the goals
 * already loaded, its progress and status computed from the same Tracking history with the definitions
 * the sheet's formulas use.
 */
import { goalStanding, type Goal, type GoalForm } from '../../core/goals';
import type { GoalSummary, SavedGoal } from '../../shared/endpoints';
import type { Tracking } from './derived';

export function summaryOfSaved(saved: SavedGoal, form: GoalForm, goal: Goal, tracking: Tracking, today: string): GoalSummary {
  const { current, progress, elapsed, status } = goalStanding(tracking.rows, goal, today);
  return {
    id: saved.id,
    row: saved.row,
    form: { ...form, id: saved.id },
    current: current ?? null,
    progress: progress ?? null,
    elapsed,
    status: status ?? null,
  };
}

/** The list with the saved goal in it: in place of its old version, or at the end when new. */
export function withGoal(goals: readonly GoalSummary[], summary: GoalSummary): GoalSummary[] {
  return goals.some((g) => g.id === summary.id) ? goals.map((g) => (g.id === summary.id ? summary : g)) : [...goals, summary];
}
