/** The shapes of a SMART goal: as the wizard sends it, as validation returns it, and why a field was refused. */
import type { ChannelId, KpiId, OutcomeId, StageId } from '../catalog';

/** What the sidebar sends: every field as the user typed it. The server trusts none of it. */
export interface GoalForm {
  /** Set when an existing goal is edited. */
  id?: string;
  outcome: string;
  /** The business number the outcome is tied to, as free text ("5 000 new subscribers a year"). */
  outcomeNumber?: string;
  outcomeDeadline?: string;
  stage: string;
  kpi: string;
  statement: string;
  baseline: string;
  /** When the baseline was measured (the suggestion's end date), ISO. */
  baselineDate?: string;
  target: string;
  /** Money unit ("€", "EUR"); may be blank. */
  unit: string;
  start: string;
  deadline: string;
  owner: string;
  /** Catalogue channel ids, plus OTHER_CHANNEL when the user named another channel in otherChannel. */
  channels: string[];
  otherChannel?: string;
  notes?: string;
  /** The page the goal's tagged links open (one link per channel, in the Links sheet); optional. */
  landingPage?: string;
}

/** The channels list's marker for "another channel", whose name is in otherChannel. */
export const OTHER_CHANNEL = 'other';

/** A validated goal: catalogue ids, numbers as numbers, ISO dates, trimmed text. Blank optional text is omitted. */
export interface Goal {
  id?: string;
  outcome: OutcomeId;
  outcomeNumber?: string;
  outcomeDeadline?: string;
  stage: StageId;
  kpi: KpiId;
  statement: string;
  /** Percent KPIs hold fractions: 12 % is 0.12. */
  baseline: number;
  baselineDate?: string;
  target: number;
  unit?: string;
  start: string;
  deadline: string;
  owner: string;
  /** Catalogue channels, without duplicates, in the order chosen. */
  channels: ChannelId[];
  /** A channel outside the catalogue, as the user named it. */
  otherChannel?: string;
  notes?: string;
  /** A web page address, with its scheme ("https://…"). */
  landingPage?: string;
}

/** What the history functions need to know about a goal. A Goal fits. */
export interface GoalScope {
  kpi: KpiId;
  channels: readonly string[];
  otherChannel?: string;
  start: string;
  deadline: string;
}

/** Length limits, counted in characters (code points) after trimming. Longer text is refused, never cut. */
export const MAX_LENGTH = {
  id: 64,
  statement: 280,
  owner: 80,
  unit: 20,
  otherChannel: 40,
  notes: 500,
  outcomeNumber: 40,
  /** Baseline and target as typed: no real number needs more. */
  number: 40,
  /** A landing page address: browsers take about 2,000 characters everywhere. */
  landingPage: 2000,
} as const;

/** A goal may start up to this many days before today (it may be entered a little late, not a year late). */
export const MAX_START_DAYS_AGO = 365;

/** A deadline at most this many years ahead: further than that is no longer time-bound. */
export const MAX_DEADLINE_YEARS = 10;

export type FieldErrorCode =
  | 'required'
  /** Not text (or, for channels, not a list of text). */
  | 'invalid'
  | 'tooLong'
  | 'controlCharacter'
  /** Not an outcome, stage, KPI or channel of the catalogue. */
  | 'notInCatalogue'
  | 'kpiNotInStage'
  /** A KPI only tracked as part of a ratio (competitor mentions, lost customers). */
  | 'kpiPartOnly'
  | 'notNumber'
  /** "1.500" in French: thousands or decimals? params.readings offers both. */
  | 'ambiguousNumber'
  | 'negative'
  /** "12 %" for a KPI that is not a percentage. */
  | 'percentNotAllowed'
  /** A bare number above 1 for a percent KPI: params.fraction is the likely meaning (12 → 0.12). */
  | 'percentAboveOne'
  | 'aboveHundredPercent'
  | 'targetIsBaseline'
  /** The target goes the wrong way for the KPI: params.better says which way is better. */
  | 'wrongDirection'
  | 'invalidDate'
  | 'deadlineNotAfterStart'
  | 'dateInPast'
  | 'deadlineTooFar'
  | 'startTooEarly'
  | 'baselineDateAfterStart'
  /** Not a web page address (the landing page): another scheme, a space inside, or no site name. */
  | 'notWebAddress';

export interface FieldErrorParams {
  max?: number;
  /** How long the text was. */
  length?: number;
  /** The offending text or id, as received (shortened). */
  got?: string;
  /** For percentAboveOne: the fraction the user probably meant. */
  fraction?: number;
  /** For ambiguousNumber: the text read with a thousands separator, then with a decimal one. */
  readings?: readonly [number, number];
  /** An ISO date bound: the earliest or latest date allowed. */
  date?: string;
  better?: 'up' | 'down';
}

export interface FieldError {
  field: keyof GoalForm;
  code: FieldErrorCode;
  params?: FieldErrorParams;
}

export type GoalValidation = { ok: true; goal: Goal } | { ok: false; errors: FieldError[] };
