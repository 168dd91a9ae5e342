/**
 * A workbook as JSON, for the preview's data file: the sheets' models, what each cell holds as typed or
 * written (spilled values left out, the formulas compute them again), developer metadata, counters.
 */
import type { MetadataSpec, SheetModel } from './sheet-model';
import { Workbook } from './workbook';

export interface WorkbookJson {
  version: 1;
  name: string;
  locale: string;
  timeZone: string;
  nextSheetId: number;
  nextMetadataId: number;
  activeSheetId: number;
  metadata: MetadataSpec[];
  sheets: Array<SheetModel & { cells: unknown[][] }>;
}

export function workbookToJson(workbook: Workbook): WorkbookJson {
  return {
    version: 1,
    name: workbook.name,
    locale: workbook.locale,
    timeZone: workbook.timeZone,
    nextSheetId: workbook.nextSheetId,
    nextMetadataId: workbook.nextMetadataId,
    activeSheetId: workbook.activeSheetId,
    metadata: workbook.metadata,
    sheets: workbook.sheets.map((sheet) => ({ ...sheet, cells: workbook.engine.contents(sheet.name) })),
  };
}

/** An empty workbook with the saved one's name, locale and time zone, for restoreWorkbook. */
export function blankWorkbookFor(json: WorkbookJson): Workbook {
  if (json.version !== 1) throw new Error(`Unknown workbook version ${json.version}`);
  return new Workbook(json.name, json.locale, json.timeZone);
}

/**
 * Fills a blank workbook (blankWorkbookFor) with the saved sheets, and evaluates every cell once, with
 * the custom functions the workbook serves by then: restore after the emulator has loaded the add-on.
 */
export function restoreWorkbook(workbook: Workbook, json: WorkbookJson): void {
  if (workbook.sheets.length > 0) throw new Error('A workbook is restored into a blank one');
  workbook.metadata = json.metadata;
  workbook.nextSheetId = json.nextSheetId;
  workbook.nextMetadataId = json.nextMetadataId;
  workbook.activeSheetId = json.activeSheetId;
  for (const { cells: _cells, ...sheet } of json.sheets) {
    workbook.sheets.push(sheet);
    workbook.engine.addSheet(sheet.name);
  }
  workbook.engine.load(json.sheets.filter((s) => s.cells.length > 0).map(({ name, cells }) => ({ name, cells })));
}
