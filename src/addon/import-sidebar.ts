import { ADDON_NAME, ADDON_TEXTS } from './texts';
import { IMPORT_FILE } from '../shared/files';
import { userLang } from './runtime';

/** Opens "Import platform data" (build/import.html); it loads with one loadImport call. */
export function showImport(): void {
  const title = `${ADDON_NAME} · ${ADDON_TEXTS[userLang()].importTitle}`;
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(IMPORT_FILE).setTitle(title));
}
