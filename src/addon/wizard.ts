import { ADDON_NAME, ADDON_TEXTS } from './texts';
import { SIDEBAR_FILE } from '../shared/files';
import { userLang } from './runtime';

/** Opens the goal wizard (build/sidebar.html); it loads its data with one loadWizard call. */
export function showWizard(): void {
  const title = `${ADDON_NAME} · ${ADDON_TEXTS[userLang()].wizardTitle}`;
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(title));
}
