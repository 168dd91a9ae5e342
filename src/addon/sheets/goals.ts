/**
 * The Goals sheet: one row per goal. The user's choices are written as text and numbers; current value,
 * progress, time elapsed and status are native formulas over Tracking, so they keep working without the
 * add-on. The last column keeps what the wizard needs to edit the goal again.
 */
import { kpiById, type KpiId } from '../../core/catalog';
import { GOAL_STATUSES, goalStatus, progressDefinition, type GoalStatus } from '../../core/goals/status';
import type { Goal, GoalForm } from '../../core/goals/types';
import type { Lang } from '../../core/lang';
import { formatNumber } from '../../core/values';
import { SHEET_TEXTS } from '../../core/sheets/texts';
import { cellA1 } from '../../core/sheets/a1';
import {
  currentFormula,
  elapsedFormula,
  progressFormula,
  statusFormula,
  type GoalCells,
  type TrackingRef,
} from '../../core/sheets/formulas';
import {
  COMPUTED_GOAL_COLUMNS,
  GOAL_COLUMNS,
  channelsText,
  goalColumn,
  goalNumberFormat,
  kpiLabel,
  outcomeLabel,
  stageLabel,
  trackingChannelNames,
} from '../../core/sheets/goals-row';
import type { GoalSummary } from '../../shared/endpoints';
import type { SheetDates } from '../dates';
import { DATE_FORMAT, FORMULA_FORMAT, TEXT_FORMAT, styleHeader } from './style';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const GOALS_WIDTH = GOAL_COLUMNS.length;
const DATA = goalColumn('data');

/** What the data column keeps: the wizard's choices that the visible cells show only as labels. */
interface GoalData {
  v: 1;
  id: string;
  outcome: Goal['outcome'];
  stage: Goal['stage'];
  kpi: KpiId;
  channels: Goal['channels'];
  otherChannel?: string;
  outcomeNumber?: string;
  outcomeDeadline?: string;
  baselineDate?: string;
  landingPage?: string;
}

/** Green when the goal is where it should be, yellow when behind, red when missed; no colour before the start. */
const STATUS_COLOURS: Record<GoalStatus, string | undefined> = {
  achieved: '#b7e1cd',
  ahead: '#b7e1cd',
  on_track: '#b7e1cd',
  behind: '#fce8b2',
  missed: '#f4c7c3',
  not_started: undefined,
};

export function setUpGoals(sheet: Sheet, lang: Lang): void {
  const t = SHEET_TEXTS[lang].goals;
  const header = sheet.getRange(1, 1, 1, GOALS_WIDTH);
  header.setValues([GOAL_COLUMNS.map((c) => t.headers[c])]);
  const notes = GOAL_COLUMNS.map((c) =>
    c === 'current'
      ? t.currentNote
      : c === 'progress' || c === 'status'
        ? progressDefinition(lang, SHEET_TEXTS[lang].progressDefinition)
        : c === 'data'
          ? t.dataNote
          : '',
  );
  styleHeader(header, notes);
  sheet.setFrozenRows(1);
  // The colour follows the status word, so the two can never disagree (a missed goal is never green).
  const status = sheet.getRange(2, goalColumn('status'), sheet.getMaxRows() - 1, 1);
  sheet.setConditionalFormatRules(
    GOAL_STATUSES.filter((s) => STATUS_COLOURS[s] !== undefined).map((s) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(SHEET_TEXTS[lang].statuses[s])
        .setBackground(STATUS_COLOURS[s] as string)
        .setRanges([status])
        .build(),
    ),
  );
  sheet.hideColumns(DATA);
}

/** One goal's cells, formulas included, in one row; the caller writes it with one setValues. */
export function goalRow(
  goal: Goal & { id: string },
  row: number,
  lang: Lang,
  tracking: TrackingRef,
  dates: SheetDates,
): Array<string | number> {
  const kpi = kpiById(goal.kpi);
  if (!kpi) throw new Error(`Unknown KPI ${goal.kpi}`);
  const at = (column: (typeof GOAL_COLUMNS)[number]) => `$${cellA1(row, goalColumn(column))}`;
  const cells: GoalCells = {
    baseline: at('baseline'),
    target: at('target'),
    start: at('start'),
    deadline: at('deadline'),
    current: at('current'),
    progress: at('progress'),
    elapsed: at('elapsed'),
  };
  const data: GoalData = {
    v: 1,
    id: goal.id,
    outcome: goal.outcome,
    stage: goal.stage,
    kpi: goal.kpi,
    channels: goal.channels,
    otherChannel: goal.otherChannel,
    outcomeNumber: goal.outcomeNumber,
    outcomeDeadline: goal.outcomeDeadline,
    baselineDate: goal.baselineDate,
    landingPage: goal.landingPage,
  };
  const values: Record<(typeof GOAL_COLUMNS)[number], string | number> = {
    statement: goal.statement,
    outcome: outcomeLabel(lang, goal.outcome),
    stage: stageLabel(lang, goal.stage),
    kpi: kpiLabel(lang, goal.kpi),
    channels: channelsText(lang, goal),
    owner: goal.owner,
    baseline: goal.baseline,
    target: goal.target,
    unit: goal.unit ?? '',
    start: dates.toCell(goal.start),
    deadline: dates.toCell(goal.deadline),
    current: currentFormula(tracking, goal.kpi, trackingChannelNames(lang, goal), cells),
    progress: progressFormula(tracking, goal.kpi, trackingChannelNames(lang, goal), cells),
    elapsed: elapsedFormula(cells),
    status: statusFormula(cells, (s) => SHEET_TEXTS[lang].statuses[s]),
    notes: goal.notes ?? '',
    data: JSON.stringify(data),
  };
  return GOAL_COLUMNS.map((c) => values[c]);
}

/** Number formats of one goal row: the KPI's unit for its values, dates, percentages. */
export function goalRowFormats(goal: Goal, lang: Lang): string[] {
  const unit = kpiById(goal.kpi)?.unit ?? 'count';
  const formats: Partial<Record<(typeof GOAL_COLUMNS)[number], string>> = {
    baseline: goalNumberFormat(unit),
    target: goalNumberFormat(unit),
    current: goalNumberFormat(unit),
    start: DATE_FORMAT[lang],
    deadline: DATE_FORMAT[lang],
    progress: '0%',
    elapsed: '0%',
  };
  // Computed columns hold formulas (status too, though it shows a word): never plain text.
  return GOAL_COLUMNS.map((c) => formats[c] ?? (COMPUTED_GOAL_COLUMNS.includes(c) ? FORMULA_FORMAT : TEXT_FORMAT));
}

/**
 * Writes a goal at `row` (a new row, or the row of the goal being edited): one range, two calls. The
 * formats go first, so the text columns are plain text before the user's text reaches them.
 */
export function writeGoal(
  sheet: Sheet,
  row: number,
  goal: Goal & { id: string },
  lang: Lang,
  tracking: TrackingRef,
  dates: SheetDates,
): void {
  if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), Math.max(100, row - sheet.getMaxRows()));
  sheet
    .getRange(row, 1, 1, GOALS_WIDTH)
    .setNumberFormats([goalRowFormats(goal, lang)])
    .setValues([goalRow(goal, row, lang, tracking, dates)]);
}

function parseData(value: unknown): GoalData | undefined {
  try {
    const data = JSON.parse(String(value)) as GoalData;
    return data && data.v === 1 && typeof data.id === 'string' ? data : undefined;
  } catch {
    return undefined;
  }
}

/** The row of a goal by its id, read from the data column in one call; undefined when it is gone. */
export function findGoalRow(sheet: Sheet, id: string): number | undefined {
  const last = sheet.getLastRow();
  if (last < 2) return undefined;
  const index = sheet
    .getRange(2, DATA, last - 1, 1)
    .getValues()
    .findIndex(([value]) => parseData(value)?.id === id);
  return index < 0 ? undefined : index + 2;
}

/** The start date a goal's row holds, read in one call; undefined when the row has none. */
export function storedGoalStart(sheet: Sheet, row: number, dates: SheetDates): string | undefined {
  return dates.read(sheet.getRange(row, goalColumn('start')).getValue()) ?? undefined;
}

const numberOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
/** A baseline or target as the user would type it in `lang`, so that validation in `lang` reads it back. */
const amount = (value: unknown, lang: Lang) => (typeof value === 'number' ? formatNumber(value, lang === 'fr') : text(value));

/**
 * The goals of the sheet, as the home view lists them: one read of the whole block, or of its last
 * `lastRows` rows only. Amounts are written for `lang`, the language the forms are validated in.
 */
export function readGoals(sheet: Sheet, dates: SheetDates, lang: Lang, lastRows = Infinity): GoalSummary[] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  const first = Math.max(2, last - lastRows + 1);
  const at = (column: (typeof GOAL_COLUMNS)[number]) => goalColumn(column) - 1;
  const goals: GoalSummary[] = [];
  sheet
    .getRange(first, 1, last - first + 1, GOALS_WIDTH)
    .getValues()
    .forEach((cells, index) => {
      const data = parseData(cells[at('data')]);
      const start = dates.read(cells[at('start')]);
      const deadline = dates.read(cells[at('deadline')]);
      if (!data || !start || !deadline) return;
      const form: GoalForm = {
        id: data.id,
        outcome: data.outcome,
        outcomeNumber: data.outcomeNumber,
        outcomeDeadline: data.outcomeDeadline,
        stage: data.stage,
        kpi: data.kpi,
        statement: text(cells[at('statement')]),
        baseline: amount(cells[at('baseline')], lang),
        baselineDate: data.baselineDate,
        target: amount(cells[at('target')], lang),
        unit: text(cells[at('unit')]),
        start,
        deadline,
        owner: text(cells[at('owner')]),
        channels: data.otherChannel ? [...data.channels, 'other'] : [...data.channels],
        otherChannel: data.otherChannel,
        notes: text(cells[at('notes')]),
        landingPage: data.landingPage,
      };
      const progress = numberOrNull(cells[at('progress')]);
      const elapsed = numberOrNull(cells[at('elapsed')]);
      goals.push({
        id: data.id,
        row: first + index,
        form,
        current: numberOrNull(cells[at('current')]),
        progress,
        elapsed,
        status:
          dates.today < start
            ? 'not_started'
            : progress === null || elapsed === null
              ? null
              : goalStatus(progress, elapsed, dates.today, start, deadline),
      });
    });
  return goals;
}

/**
 * The names Tracking uses for every channel the saved goals use, each once, in the order the goals name
 * them: one read of the data column. For a ROI sheet set up again once goals exist.
 */
export function savedGoalChannels(sheet: Sheet, lang: Lang): string[] {
  const last = sheet.getLastRow();
  if (last < 2) return [];
  const names = sheet
    .getRange(2, DATA, last - 1, 1)
    .getValues()
    .flatMap(([value]) => {
      const data = parseData(value);
      return data ? trackingChannelNames(lang, { channels: data.channels, otherChannel: data.otherChannel }) : [];
    });
  return [...new Set(names)];
}
