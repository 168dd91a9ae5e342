/** Names of the HTML files of the Apps Script project (HtmlService.createHtmlOutputFromFile). */
import type { Lang } from '../core/lang';

export const SIDEBAR_FILE = 'sidebar';

/** The import sidebar ("Import platform data…"). */
export const IMPORT_FILE = 'import';

/** The formula reference pages, generated at build time from the formulas' metadata tables. */
export const HELP_FILE: Record<Lang, string> = { en: 'help-en', fr: 'help-fr' };

/** The spreadsheet developer metadata key under which the add-on records its sheets (addon/sheets/registry.ts). */
export const SHEETS_METADATA_KEY = 'socialroi.sheets';
