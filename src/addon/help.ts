import { HELP_TITLE } from '../functions/help-texts';
import { langFromLocale } from '../core/lang';
import { HELP_FILE } from '../shared/files';
import { userLocale } from './locale';
import { ADDON_NAME } from './texts';

/** Opens the formula reference (build/help-en.html or help-fr.html, generated from the metadata). */
export function showFormulaHelp(): void {
  const lang = langFromLocale(userLocale());
  const html = HtmlService.createHtmlOutputFromFile(HELP_FILE[lang]).setTitle(`${ADDON_NAME} · ${HELP_TITLE[lang]}`);
  SpreadsheetApp.getUi().showSidebar(html);
}
