/**
 * The sidebar's server functions (google.script.run), typed by src/shared/endpoints.ts. Each returns a
 * Result instead of throwing, validates everything it receives again, and writes under the document
 * lock, one batched call per block.
 */
// Import the goal modules one by one: the goals index also brings the wizard's texts, which the
// server bundle (loaded on every custom-function call) does not need.
import { validateGoal } from '../core/goals/validate';
import type { Goal, GoalForm } from '../core/goals/types';
import { earlierDate } from '../core/dates';
import { LANGS, langFromLocale, type Lang } from '../core/lang';
import { SHEET_TEXTS, type SheetRole } from '../core/sheets/texts';
import { ADDON_TEXTS } from './texts';
import { kpiLabel, trackingChannelNames, channelsText } from '../core/sheets/goals-row';
import type { TrackingRef } from '../core/sheets/formulas';
import type { TrendSeries } from '../core/sheets/dashboard';
import type { Result, SavedGoal, WizardData } from '../shared/endpoints';
import { sheetDates, type SheetDates } from './dates';
import { userLocale } from './locale';
import { openAddonSheets, insertSheetNamed, type AddonSheets, type Registry } from './sheets/registry';
import { findGoalRow, readGoals, setUpGoals, writeGoal } from './sheets/goals';
import { readTracking, setUpTracking } from './sheets/tracking';
import { historyDigest } from '../shared/digest';
import { addChannels, setUpRoi } from './sheets/roi';
import { setUpDashboard, writeTrend } from './sheets/dashboard';
import { TREND_TABLE } from '../core/sheets/dashboard';
import { currencyOf } from '../core/sheets/money';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LANGUAGE_PROPERTY = 'socialroi.lang';
const LOCK_WAIT_MS = 20000;

/** The user's language: their choice in the sidebar, else their locale. */
export function userLang(): Lang {
  try {
    const chosen = PropertiesService.getUserProperties().getProperty(LANGUAGE_PROPERTY);
    if (chosen === 'en' || chosen === 'fr') return chosen;
  } catch {
    // No properties in this context: the locale decides.
  }
  return langFromLocale(userLocale());
}

/**
 * An unexpected error, in the user's language (looked up only now: it costs service calls). The error
 * and its stack go to the executions log first (console.error, which the manifest's exception logging
 * keeps): the sidebar gets only the message.
 */
export function failure(error: unknown, lang: Lang = userLang()): Result<never> {
  const message = error instanceof Error || (error && typeof (error as Error).message === 'string') ? (error as Error).message : String(error);
  const stack = typeof (error as Error | undefined)?.stack === 'string' ? (error as Error).stack : undefined;
  console.error(`Social ROI: ${stack && stack.includes(message) ? stack : [message, stack].filter(Boolean).join('\n')}`);
  return { ok: false, error: { kind: 'failed', message: `${ADDON_TEXTS[lang].serverFailed} ${message}` } };
}

function trackingRef(sheet: Sheet, lang: Lang): TrackingRef {
  return { sheetName: sheet.getName(), kpiLabel: (kpi) => kpiLabel(lang, kpi) };
}


/** Runs `work` holding the document lock; 'busy' when another execution kept it too long. */
export function underDocumentLock<T>(work: () => T): T | 'busy' {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    return 'busy';
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
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
    let found = openAddonSheets(ss, ROLE_ORDER);
    let sheetsCreated = false;
    if (found.legacy || ROLE_ORDER.some((role) => !found.sheets[role])) {
      try {
        const setUp = underDocumentLock(() => {
          found = openAddonSheets(ss, ROLE_ORDER); // another user may have set them up meanwhile
          const missing = ROLE_ORDER.some((role) => !found.sheets[role]);
          return { sheets: ensureSheets(ss, found, lang).sheets, missing };
        });
        if (setUp !== 'busy') {
          found = { ...found, sheets: setUp.sheets };
          sheetsCreated = setUp.missing;
        }
      } catch {
        // Read-only access, most likely: open the wizard on what exists.
      }
    }
    const { sheets } = found;
    const tracking = sheets.tracking ? readTracking(sheets.tracking, dates.read) : [];
    return {
      ok: true,
      value: {
        lang,
        today: dates.today,
        defaultUnit: currencyOf(ss.getSpreadsheetLocale()),
        goals: sheets.goals ? readGoals(sheets.goals, dates, lang) : [],
        history: historyDigest(tracking),
        sheets: Object.fromEntries(Object.entries(sheets).map(([role, sheet]) => [role, sheet.getName()])),
        sheetsCreated,
      },
    };
  } catch (error) {
    return failure(error, lang);
  }
}

const ROLE_ORDER: readonly SheetRole[] = ['goals', 'tracking', 'roi', 'dashboard'];

/**
 * Creates what is missing of the four sheets, in the registry's language, and records them; a registry
 * an older version wrote is made visible to every script project. Call under the document lock.
 */
function ensureSheets(ss: Spreadsheet, found: AddonSheets, lang: Lang): { sheets: Record<SheetRole, Sheet>; lang: Lang } {
  found.upgrade();
  const sheetLang = found.registry?.lang ?? lang;
  const names = SHEET_TEXTS[sheetLang].names;
  const sheets = { ...found.sheets };
  const missing = ROLE_ORDER.filter((role) => !sheets[role]);
  if (missing.length === 0) return { sheets: sheets as Record<SheetRole, Sheet>, lang: sheetLang };
  let index = ss.getNumSheets();
  const created: Sheet[] = [];
  try {
    for (const role of missing) created.push((sheets[role] = insertSheetNamed(ss, names[role], index++)));
    const all = sheets as Record<SheetRole, Sheet>;
    if (missing.includes('tracking')) setUpTracking(all.tracking, sheetLang);
    if (missing.includes('goals')) setUpGoals(all.goals, sheetLang);
    if (missing.includes('roi')) setUpRoi(all.roi, sheetLang, ss.getSpreadsheetLocale());
    if (missing.includes('dashboard')) setUpDashboard(all.dashboard, sheetLang, all.roi.getName(), all.goals);
    const registry: Registry = { lang: sheetLang, ids: Object.fromEntries(ROLE_ORDER.map((role) => [role, all[role].getSheetId()])) };
    found.save(registry);
    return { sheets: all, lang: sheetLang };
  } catch (error) {
    // Half-made sheets would be taken for the user's next time: remove what this call created.
    created.forEach((sheet) => ss.deleteSheet(sheet));
    throw error;
  }
}

/** The four sheets, set up again if the user deleted one since the wizard first opened. Call under the lock. */
export function prepareSheets(ss: Spreadsheet): { sheets: Record<SheetRole, Sheet>; lang: Lang } {
  const found = openAddonSheets(ss, ROLE_ORDER);
  return ensureSheets(ss, found, found.registry?.lang ?? userLang());
}

/** The latest goals, newest last, as the Dashboard's month-by-month table shows them. */
function latestSeries(goalsSheet: Sheet, dates: SheetDates, lang: Lang): TrendSeries[] {
  // Only the last rows are read: the trend shows the latest goals, not 1,000 of them.
  return readGoals(goalsSheet, dates, lang, TREND_TABLE.goals)
    .flatMap((summary) => {
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

export function saveGoal(form: GoalForm, lang: Lang): Result<SavedGoal> {
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const dates = sheetDates(ss);
    // An edited goal may have started long ago, or ended: its own dates are checked against its start.
    const editing = typeof form?.id === 'string' && typeof form?.start === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(form.start);
    // Numbers are read the way the form's language writes them, as the sidebar read them.
    const typedIn = LANGS.includes(lang) ? lang : userLang();
    const validation = validateGoal(form, editing ? earlierDate(dates.today, form.start) : dates.today, typedIn);
    if (!validation.ok) return { ok: false, error: { kind: 'validation', errors: validation.errors } };
    const saved = underDocumentLock((): Result<SavedGoal> => {
      const { sheets, lang: sheetLang } = prepareSheets(ss);
      const goal = { ...validation.goal, id: validation.goal.id ?? newGoalId() };
      const existingRow = validation.goal.id ? findGoalRow(sheets.goals, validation.goal.id) : undefined;
      if (validation.goal.id && existingRow === undefined) return { ok: false, error: { kind: 'notFound' } };
      // The row is chosen under the lock: two people saving at once get two rows.
      const row = existingRow ?? Math.max(sheets.goals.getLastRow() + 1, 2);
      const tracking = trackingRef(sheets.tracking, sheetLang);
      writeGoal(sheets.goals, row, goal, sheetLang, tracking, dates);
      addChannels(sheets.roi, trackingChannelNames(sheetLang, goal), sheetLang, tracking);
      writeTrend(sheets.dashboard, sheetLang, tracking, latestSeries(sheets.goals, dates, sheetLang));
      SpreadsheetApp.flush();
      return { ok: true, value: { id: goal.id, row, sheetName: sheets.goals.getName(), created: existingRow === undefined } };
    });
    return saved === 'busy' ? { ok: false, error: { kind: 'busy' } } : saved;
  } catch (error) {
    return failure(error);
  }
}

export function showGoal(id: string): Result<null> {
  try {
    if (typeof id !== 'string' || id.length > 64) return { ok: false, error: { kind: 'notFound' } };
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const { sheets } = openAddonSheets(ss, ['goals']);
    const row = sheets.goals ? findGoalRow(sheets.goals, id) : undefined;
    if (!sheets.goals || row === undefined) return { ok: false, error: { kind: 'notFound' } };
    sheets.goals.getRange(row, 1, 1, 1).activate();
    return { ok: true, value: null };
  } catch (error) {
    return failure(error);
  }
}

export function setLanguage(lang: Lang): Result<null> {
  if (!LANGS.includes(lang)) return { ok: false, error: { kind: 'failed', message: 'Unknown language / Langue inconnue' } };
  try {
    PropertiesService.getUserProperties().setProperty(LANGUAGE_PROPERTY, lang);
    return { ok: true, value: null };
  } catch (error) {
    return failure(error, lang);
  }
}
