import { ADDON_NAME } from './texts';
import { IMPORT_FILE } from '../shared/files';

/** Opens "Import platform data" (build/import.html); it loads with one loadImport call. Titled as the wizard is (wizard.ts). */
export function showImport(): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(IMPORT_FILE).setTitle(ADDON_NAME));
}
