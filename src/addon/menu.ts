import { ADDON_TEXTS } from '../core/i18n/addon';
import { langFromLocale } from '../core/i18n/lang';
import { userLocale } from './locale';

/**
 * Builds the add-on menu. Runs in every authorisation mode, AuthMode.NONE included, so it touches
 * nothing but the Ui and the user's locale (both allowed without authorisation).
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const t = ADDON_TEXTS[langFromLocale(userLocale())];
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t.menuWizard, 'showWizard')
    .addItem(t.menuImport, 'showImport')
    .addItem(t.menuFormulaHelp, 'showFormulaHelp')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
