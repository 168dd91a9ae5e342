/**
 * Where a goal stands today, from Tracking's readings: its current value, progress, time elapsed and
 * status, with the definitions the Goals sheet's native formulas use (src/core/sheets/formulas.ts).
 */
import { kpiById } from '../catalog';
import { currentValue, latestReadingDate } from './history';
import { goalStatus, progressOf, shareOfDays, timeElapsed, type GoalStatus } from './status';
import type { TrackingRow } from '../tracking';
import type { Goal } from './types';

export interface GoalStanding {
  current: number | undefined;
  progress: number | undefined;
  elapsed: number;
  status: GoalStatus | undefined;
}

export function goalStanding(rows: readonly TrackingRow[], goal: Goal, today: string): GoalStanding {
  const kind = kpiById(goal.kpi)?.kind ?? 'flow';
  const current = currentValue(rows, goal, today);
  const latest = latestReadingDate(rows, goal, today);
  const measured = latest === undefined ? 0 : shareOfDays(goal.start, goal.deadline, latest);
  const progress = current === undefined ? undefined : progressOf(kind, current, goal.baseline, goal.target, measured);
  const elapsed = timeElapsed(goal.start, goal.deadline, today);
  const status =
    today < goal.start
      ? 'not_started'
      : progress === undefined
        ? undefined
        : goalStatus(progress, elapsed, today, goal.start, goal.deadline);
  return { current, progress, elapsed, status };
}
