/**
 * The sheets' words, read from the project's sheet-texts file (written by the build from
 * src/core/i18n/sheets.ts) only when a sheet is written: Sheets loads Code.js on every custom-function
 * call, and these texts are not needed there.
 */
import type { Lang } from '../core/lang';
import type { SheetTexts } from '../core/sheets/texts';
import { SHEET_TEXTS_FILE } from '../shared/files';

let cache: Record<Lang, SheetTexts> | undefined;

export function sheetTexts(lang: Lang): SheetTexts {
  cache ??= JSON.parse(HtmlService.createHtmlOutputFromFile(SHEET_TEXTS_FILE).getContent()) as Record<Lang, SheetTexts>;
  return cache[lang];
}
