import type { Lang } from '../core/i18n/lang';

/** File names of the help pages in the Apps Script project (HtmlService.createHtmlOutputFromFile). */
export const HELP_FILE: Record<Lang, string> = { en: 'help-en', fr: 'help-fr' };
