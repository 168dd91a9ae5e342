/**
 * The add-on's four sheets, set up where they are missing: on the wizard's first opening, and again
 * before a write if the user deleted one since.
 */
import type { Lang } from '../../core/lang';
import { kpiLabel } from '../../core/sheets/goals-row';
import { SHEET_TEXTS, type SheetRole } from '../../core/sheets/texts';
import { userLang, underDocumentLock } from '../runtime';
import { openAddonSheets, insertSheetNamed, type AddonSheets, type Registry } from './registry';
import { savedGoalChannels, setUpGoals } from './goals';
import { setUpTracking } from './tracking';
import { addChannels, setUpRoi } from './roi';
import { setUpDashboard } from './dashboard';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const ROLE_ORDER: readonly SheetRole[] = ['goals', 'tracking', 'roi', 'dashboard'];

/**
 * The sheets that exist, after setting up the missing ones under the document lock; `created` when this
 * call made any; `lang`, the language their words are written in (`lang` for sheets not set up yet). A
 * user who may not edit the spreadsheet, or a lock held too long, gets what exists.
 */
export function openOrSetUpSheets(
  ss: Spreadsheet,
  lang: Lang,
): { sheets: Partial<Record<SheetRole, Sheet>>; created: boolean; lang: Lang } {
  let found = openAddonSheets(ss, ROLE_ORDER);
  let created = false;
  let sheetLang = found.registry?.lang ?? lang;
  if (found.legacy || ROLE_ORDER.some((role) => !found.sheets[role])) {
    try {
      const setUp = underDocumentLock(() => {
        found = openAddonSheets(ss, ROLE_ORDER); // another user may have set them up meanwhile
        const missing = ROLE_ORDER.some((role) => !found.sheets[role]);
        const ensured = ensureSheets(ss, found, lang);
        return { sheets: ensured.sheets, lang: ensured.lang, missing };
      });
      if (setUp !== 'busy') {
        found = { ...found, sheets: setUp.sheets };
        created = setUp.missing;
        sheetLang = setUp.lang;
      }
    } catch (error) {
      // Read-only access, most likely: open the wizard on what exists, and leave a trace in the
      // executions log in case it was something else.
      console.warn(
        `Social ROI: the sheets could not be set up; the wizard opens on what exists. ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return { sheets: found.sheets, created, lang: sheetLang };
}

/** The four sheets, their words' language, and the Dashboard's trend chart (when it still has one). */
export interface PreparedSheets {
  sheets: Record<SheetRole, Sheet>;
  lang: Lang;
  trendChart?: number;
}

/**
 * Creates what is missing of the four sheets, in the registry's language, and records them; a registry
 * an older version wrote is made visible to every script project. Call under the document lock.
 */
function ensureSheets(ss: Spreadsheet, found: AddonSheets, lang: Lang): PreparedSheets {
  found.upgrade();
  const sheetLang = found.registry?.lang ?? lang;
  const names = SHEET_TEXTS[sheetLang].names;
  const sheets = { ...found.sheets };
  const missing = ROLE_ORDER.filter((role) => !sheets[role]);
  const trendChart = found.registry?.trendChart;
  if (missing.length === 0)
    return { sheets: sheets as Record<SheetRole, Sheet>, lang: sheetLang, ...(trendChart === undefined ? {} : { trendChart }) };
  let index = ss.getNumSheets();
  const created: Sheet[] = [];
  try {
    for (const role of missing) created.push((sheets[role] = insertSheetNamed(ss, names[role], index++)));
    const all = sheets as Record<SheetRole, Sheet>;
    if (missing.includes('tracking')) setUpTracking(all.tracking, sheetLang);
    if (missing.includes('goals')) setUpGoals(all.goals, sheetLang);
    const tracking = { sheetName: all.tracking.getName(), kpiLabel: (kpi: Parameters<typeof kpiLabel>[1]) => kpiLabel(sheetLang, kpi) };
    if (missing.includes('roi')) {
      setUpRoi(all.roi, sheetLang, ss.getSpreadsheetLocale());
      // Set up again after the user deleted it (to get the current layout, say): the saved goals' channels.
      if (!missing.includes('goals')) addChannels(all.roi, savedGoalChannels(all.goals, sheetLang), sheetLang, tracking);
    }
    const chartId = missing.includes('dashboard')
      ? setUpDashboard(all.dashboard, sheetLang, all.roi.getName(), all.goals, tracking)
      : trendChart;
    const registry: Registry = { lang: sheetLang, ids: Object.fromEntries(ROLE_ORDER.map((role) => [role, all[role].getSheetId()])) };
    if (chartId !== undefined) registry.trendChart = chartId;
    found.save(registry);
    return { sheets: all, lang: sheetLang, ...(chartId === undefined ? {} : { trendChart: chartId }) };
  } catch (error) {
    // Half-made sheets would be taken for the user's next time: remove what this call created.
    created.forEach((sheet) => ss.deleteSheet(sheet));
    throw error;
  }
}

/** The four sheets, set up again if the user deleted one since the wizard first opened. Call under the lock. */
export function prepareSheets(ss: Spreadsheet): PreparedSheets {
  const found = openAddonSheets(ss, ROLE_ORDER);
  return ensureSheets(ss, found, found.registry?.lang ?? userLang());
}
