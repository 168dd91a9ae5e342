/**
 * The goal wizard's server functions (google.script.run), typed by src/shared/endpoints.ts. Each returns
 * a Result instead of throwing, validates everything it receives again, and writes under the document
 * lock, one batched call per block.
 */
import { editedGoalId, readGoalId, validateGoal, validateSavedGoal, type FieldError, type Goal } from '../core/goals';
import type { Lang } from '../core/lang';
import { readLang } from '../core/requests';
import { kpiLabel, trackingChannelNames, channelsText } from '../core/sheets/goals-row';
import type { TrackingRef } from '../core/sheets/formulas';
import type { TrendSeries } from '../core/sheets/dashboard';
import type { Result, SavedGoal, WizardData } from '../shared/endpoints';
import { sheetDates, type SheetDates } from './dates';
import { failure, underDocumentLock, userLang } from './runtime';
import { openAddonSheets } from './sheets/registry';
import { openOrSetUpSheets, prepareSheets } from './sheets/setup';
import { findGoalRow, readGoals, storedGoalStart, writeGoal } from './sheets/goals';
import { readTracking } from './sheets/tracking';
import { historyDigest } from '../shared/digest';
import { addChannels } from './sheets/roi';
import { writeTrend } from './sheets/dashboard';
import { writeGoalLinks } from './sheets/links';
import { TREND_TABLE } from '../core/sheets/dashboard';
import { currencyOf } from '../core/sheets/money';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function trackingRef(sheet: Sheet, lang: Lang): TrackingRef {
  return { sheetName: sheet.getName(), kpiLabel: (kpi) => kpiLabel(lang, kpi) };
}

/**
 * Opens the wizard. On first use it sets up the four sheets, so that Tracking is there to take
 * readings (and imports) before any goal is set; a user who may not edit the spreadsheet still gets
 * the wizard, with nothing set up.
 */
export function loadWizard(): Result<WizardData> {
  const lang = userLang();
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const dates = sheetDates(ss);
    const { sheets, created, lang: sheetLang } = openOrSetUpSheets(ss, lang);
    const tracking = sheets.tracking ? readTracking(sheets.tracking, dates.read) : [];
    const locale = ss.getSpreadsheetLocale();
    return {
      ok: true,
      value: {
        lang,
        today: dates.today,
        defaultUnit: currencyOf(locale),
        sheetLang,
        locale,
        goals: sheets.goals ? readGoals(sheets.goals, dates, lang) : [],
        history: historyDigest(tracking),
        sheets: Object.fromEntries(Object.entries(sheets).map(([role, sheet]) => [role, sheet.getName()])),
        sheetsCreated: created,
      },
    };
  } catch (error) {
    return failure(error, lang);
  }
}

/** The latest goals, newest last, as the Dashboard's month-by-month table shows them. */
function latestSeries(goalsSheet: Sheet, dates: SheetDates, lang: Lang): TrendSeries[] {
  // Only the last rows are read: the trend shows the latest goals, not 1,000 of them.
  return readGoals(goalsSheet, dates, lang, TREND_TABLE.goals).flatMap((summary) => {
    const validated = validateGoal(summary.form, summary.form.start, lang);
    if (!validated.ok) return [];
    return [seriesOf(validated.goal, lang)];
  });
}

function seriesOf(goal: Goal, lang: Lang): TrendSeries {
  // Written into the trend's plain-text header row; it starts with a catalogue label in any case.
  return { name: `${kpiLabel(lang, goal.kpi)} · ${channelsText(lang, goal)}`, kpi: goal.kpi, channels: trackingChannelNames(lang, goal) };
}

function newGoalId(): string {
  return Utilities.getUuid().replace(/-/g, '').slice(0, 12);
}

/**
 * `lang`, the language the form was typed in, says how its numbers are written; the user's language when
 * it is none. A new goal is validated before any sheet is touched; an edited one under the lock, once its
 * row is found, against the start that row holds (validateSavedGoal): one read of the Goals sheet's ids.
 */
export function saveGoal(form: unknown, lang: unknown): Result<SavedGoal> {
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const dates = sheetDates(ss);
    const formLang = readLang(lang) ?? userLang();
    const editedId = editedGoalId(form);
    const refused = (errors: FieldError[]): Result<SavedGoal> => ({ ok: false, error: { kind: 'validation', errors } });
    const newGoal = editedId === undefined ? validateSavedGoal(form, dates.today, formLang) : undefined;
    if (newGoal && !newGoal.ok) return refused(newGoal.errors);
    const saved = underDocumentLock((): Result<SavedGoal> => {
      const { sheets, lang: sheetLang, trendChart } = prepareSheets(ss);
      const existingRow = editedId === undefined ? undefined : findGoalRow(sheets.goals, editedId);
      if (editedId !== undefined && existingRow === undefined) return { ok: false, error: { kind: 'notFound' } };
      const storedStart = existingRow === undefined ? undefined : storedGoalStart(sheets.goals, existingRow, dates);
      const validation = newGoal ?? validateSavedGoal(form, dates.today, formLang, storedStart);
      if (!validation.ok) return refused(validation.errors);
      const goal = { ...validation.goal, id: validation.goal.id ?? newGoalId() };
      // The row is chosen under the lock: two people saving at once get two rows.
      const row = existingRow ?? Math.max(sheets.goals.getLastRow() + 1, 2);
      const tracking = trackingRef(sheets.tracking, sheetLang);
      writeGoal(sheets.goals, row, goal, sheetLang, tracking, dates);
      addChannels(sheets.roi, trackingChannelNames(sheetLang, goal), sheetLang, tracking);
      writeTrend(sheets.dashboard, sheetLang, tracking, latestSeries(sheets.goals, dates, sheetLang), trendChart);
      const links = writeGoalLinks(ss, goal, sheetLang);
      SpreadsheetApp.flush();
      return {
        ok: true,
        value: { id: goal.id, row, sheetName: sheets.goals.getName(), created: existingRow === undefined, ...(links ? { links } : {}) },
      };
    });
    return saved === 'busy' ? { ok: false, error: { kind: 'busy' } } : saved;
  } catch (error) {
    return failure(error);
  }
}

export function showGoal(id: unknown): Result<null> {
  try {
    const goalId = readGoalId(id);
    if (goalId === undefined) return { ok: false, error: { kind: 'notFound' } };
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { sheets } = openAddonSheets(ss, ['goals']);
    const row = sheets.goals ? findGoalRow(sheets.goals, goalId) : undefined;
    if (!sheets.goals || row === undefined) return { ok: false, error: { kind: 'notFound' } };
    sheets.goals.getRange(row, 1, 1, 1).activate();
    return { ok: true, value: null };
  } catch (error) {
    return failure(error);
  }
}
