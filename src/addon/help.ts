import { ADDON_NAME, ADDON_TEXTS } from '../core/i18n/addon';
import { langFromLocale } from '../core/lang';
import { HELP_FILE } from '../shared/files';
import { userLocale } from './locale';

/** Opens the formula reference (build/help-en.html or help-fr.html, generated from the metadata). */
export function showFormulaHelp(): void {
  const lang = langFromLocale(userLocale());
  const html = HtmlService.createHtmlOutputFromFile(HELP_FILE[lang]).setTitle(`${ADDON_NAME} · ${ADDON_TEXTS[lang].helpTitle}`);
  SpreadsheetApp.getUi().showSidebar(html);
}
