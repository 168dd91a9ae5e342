import { ADDON_NAME } from './texts';
import { SIDEBAR_FILE } from '../shared/files';

/**
 * Opens the goal wizard (build/sidebar.html); it loads its data with one loadWizard call. The title Sheets
 * shows above a sidebar is set here, once, and the sidebar cannot change it: it is the add-on's name, in no
 * language, so that it never contradicts the sidebar's language switch. The sidebar's own header and page
 * title say which sidebar it is, in the language chosen there.
 */
export function showWizard(): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(ADDON_NAME));
}
