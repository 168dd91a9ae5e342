/** The SMART goal wizard's domain: validation, drafted statement, vanity warning, history, achievable check, status. */
export * from './types';
export { readText, textLength } from './text';
export { inFieldOrder, validateGoal } from './validate';
export { editedGoalId, readGoalId, validateSavedGoal } from './request';
export { formatAmount, formatChange, formatKpiValue, formatPercent, formatWithMarks, type NumberMarks } from './format';
export { defaultUnit } from './unit';
export { channelNames, draftStatement, type StatementChoices } from './statement';
export { OUTCOMES_NEEDING_ACTIONABLE_KPIS, vanityMessage, vanityWarning, type VanityWarning } from './vanity';
export {
  currentValue,
  goalChannels,
  goalLengthDays,
  historyOf,
  latestReadingDate,
  suggestBaseline,
  type BaselineSuggestion,
  type Reading,
} from './history';
export {
  achievableCheck,
  achievableMessage,
  achievableVerdict,
  channelsWithoutReadings,
  growth,
  type AchievableCheck,
  type AchievableInput,
  type AchievableVerdict,
} from './achievable';
export {
  AHEAD_MARGIN,
  BEHIND_MARGIN,
  goalStatus,
  progressDefinition,
  progressOf,
  shareOfDays,
  timeElapsed,
  type GoalStatus,
} from './status';
export { goalStanding, type GoalStanding } from './standing';
