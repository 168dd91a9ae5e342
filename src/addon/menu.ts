import { ADDON_TEXTS } from './texts';
import { langFromLocale } from '../core/lang';
import { userLocale } from './locale';
import { userLang } from './runtime';

/**
 * Builds the add-on menu. Runs in every authorisation mode, AuthMode.NONE included, so it touches
 * nothing but the Ui and the user's locale (both allowed without authorisation).
 *
 * AuthMode.NONE means the add-on is installed but not yet used in this document, and Sheets may show
 * #NAME? for its formulas until it is. Following Google's guidance for editor add-ons, the menu then
 * offers an item that does nothing but run: using the add-on once enables it in the document.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const t = ADDON_TEXTS[langFromLocale(userLocale())];
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  if (e && String(e.authMode) === String(ScriptApp.AuthMode.NONE)) menu.addItem(t.menuEnable, 'enableFormulas').addSeparator();
  menu.addItem(t.menuWizard, 'showWizard').addItem(t.menuImport, 'showImport').addItem(t.menuFormulaHelp, 'showFormulaHelp').addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** "Enable formulas in this document": running it enables the add-on here; it says so, and how to check. */
export function enableFormulas(): void {
  const t = ADDON_TEXTS[userLang()];
  const ui = SpreadsheetApp.getUi();
  ui.alert(t.enabledTitle, t.enabledMessage, ui.ButtonSet.OK);
}
