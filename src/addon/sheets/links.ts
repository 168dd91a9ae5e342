/**
 * The Links sheet: one row per tagged link of a goal, plain text in plain-text cells, so collaborators
 * without the add-on read and copy them as they are. Made the first time a goal has a landing page, and
 * found again by a developer metadata entry on the sheet, never by its name. A goal's rows are rewritten
 * in place when it is edited; rows the user added are never touched.
 */
import type { Goal } from '../../core/goals';
import type { Lang } from '../../core/lang';
import { columnLetter } from '../../core/sheets/a1';
import { goalLinkRows, LINK_COLUMNS, LINKS_HEADER_ROW, linkRowsPlan } from '../../core/sheets/links';
import { SHEET_TEXTS } from '../../core/sheets/texts';
import { insertSheetNamed } from './registry';
import { styleHeader, TEXT_FORMAT, filled } from './style';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const KEY = 'socialroi.links';
const WIDTH = LINK_COLUMNS.length;
const ID_COLUMN = LINK_COLUMNS.indexOf('id') + 1;

function linksSheet(ss: Spreadsheet, lang: Lang): Sheet {
  for (const entry of ss.createDeveloperMetadataFinder().withKey(KEY).find()) {
    const sheet = entry.getLocation().getSheet();
    if (sheet) return sheet;
  }
  const t = SHEET_TEXTS[lang].links;
  const sheet = insertSheetNamed(ss, t.name, ss.getNumSheets());
  // Formats first, then contents: every cell of the sheet is text, a link starting with "=" included.
  sheet.getRange(1, 1, sheet.getMaxRows(), WIDTH).setNumberFormat(TEXT_FORMAT);
  sheet.getRange(LINKS_HEADER_ROW, 1, 1, WIDTH).setValues([LINK_COLUMNS.map((c) => t.headers[c])]);
  styleHeader(
    sheet.getRange(LINKS_HEADER_ROW, 1, 1, WIDTH),
    LINK_COLUMNS.map((c) => (c === 'link' ? t.note : '')),
  );
  sheet.setFrozenRows(LINKS_HEADER_ROW);
  sheet.addDeveloperMetadata(KEY, '', SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  return sheet;
}

/** Writes the goal's tagged links, or nothing when it has no landing page. Call under the document lock. */
export function writeGoalLinks(ss: Spreadsheet, goal: Goal & { id: string }, lang: Lang): { sheetName: string; count: number } | undefined {
  const rows = goalLinkRows(goal, lang);
  if (rows.length === 0) return undefined;
  const sheet = linksSheet(ss, lang);
  const last = sheet.getLastRow();
  const ids =
    last > LINKS_HEADER_ROW
      ? sheet
          .getRange(LINKS_HEADER_ROW + 1, ID_COLUMN, last - LINKS_HEADER_ROW, 1)
          .getValues()
          .map(([id]) => String(id))
      : [];
  const plan = linkRowsPlan(ids, goal.id, rows.length);
  // Rows of an older version of the goal that no longer fit are emptied, not deleted: rows below keep their place.
  if (plan.clear.length > 0) sheet.getRangeList(plan.clear.map((row) => `A${row}:${columnLetter(WIDTH)}${row}`)).clearContent();
  const end = plan.at + rows.length - 1;
  if (end > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), end - sheet.getMaxRows() + 20);
  const block = sheet.getRange(plan.at, 1, rows.length, WIDTH);
  block.setNumberFormats(filled(rows.length, WIDTH, () => TEXT_FORMAT));
  block.setValues(rows);
  return { sheetName: sheet.getName(), count: rows.length };
}
