/** Spreadsheet. */
import { counted } from '../calls';
import { type SpreadsheetContext, as, deny, type Range, type Sheet, type Spreadsheet } from './context';
import { FakeDeveloperMetadataFinder } from './developer-metadata';
import { rangeFromA1 } from './range';
import { type FakeSheet, sheetFake } from './sheet';

type SpreadsheetApi = Pick<
  Spreadsheet,
  | 'getId'
  | 'getName'
  | 'getUrl'
  | 'getSheets'
  | 'getSheetByName'
  | 'getSheetById'
  | 'insertSheet'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'setActiveSheet'
  | 'getSpreadsheetLocale'
  | 'setSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getRange'
  | 'createDeveloperMetadataFinder'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'toast'
  | 'getNumSheets'
>;

export class FakeSpreadsheet implements SpreadsheetApi {
  constructor(private readonly ctx: SpreadsheetContext) {}

  private get workbook() {
    return this.ctx.workbook;
  }

  getId(): string {
    return 'emulated-spreadsheet';
  }

  getName(): string {
    return this.workbook.name;
  }

  getUrl(): string {
    return 'http://127.0.0.1/emulated-spreadsheet';
  }

  getSheets(): Sheet[] {
    return this.workbook.sheets.map((s) => as(sheetFake(this.ctx, s)));
  }

  getNumSheets(): number {
    return this.workbook.sheets.length;
  }

  getSheetByName(name: string): Sheet | null {
    const sheet = this.workbook.sheetByName(name);
    return sheet ? as(sheetFake(this.ctx, sheet)) : null;
  }

  getSheetById(id: number): Sheet | null {
    const sheet = this.workbook.sheetById(id);
    return sheet ? as(sheetFake(this.ctx, sheet)) : null;
  }

  insertSheet(): Sheet;
  insertSheet(sheetIndex: number): Sheet;
  insertSheet(sheetName: string): Sheet;
  insertSheet(sheetName: string, sheetIndex: number): Sheet;
  insertSheet(first?: string | number, index?: number): Sheet {
    if (this.workbook.readOnly) deny('insert a sheet');
    const name = typeof first === 'string' ? first : undefined;
    const position = typeof first === 'number' ? first : index;
    const sheet = this.workbook.addSheet(name, position);
    this.workbook.activeSheetId = sheet.id;
    return as(sheetFake(this.ctx, sheet));
  }

  deleteSheet(sheet: Sheet): void {
    if (this.workbook.readOnly) deny('delete a sheet');
    this.workbook.deleteSheet((sheet as unknown as FakeSheet).model);
  }

  getActiveSheet(): Sheet {
    const sheet = this.workbook.sheetById(this.workbook.activeSheetId) ?? this.workbook.sheets[0];
    return as(sheetFake(this.ctx, sheet));
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.workbook.activeSheetId = (sheet as unknown as FakeSheet).model.id;
    return sheet;
  }

  getSpreadsheetLocale(): string {
    return this.workbook.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    if (this.workbook.readOnly) deny('set the locale');
    this.workbook.setLocale(locale);
  }

  getSpreadsheetTimeZone(): string {
    return this.workbook.timeZone;
  }

  getRange(a1Notation: string): Range {
    return as(rangeFromA1(this.ctx, a1Notation, this.workbook.sheetById(this.workbook.activeSheetId)));
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return as(counted(new FakeDeveloperMetadataFinder(this.ctx, () => true), 'DeveloperMetadataFinder', this.ctx.calls));
  }

  addDeveloperMetadata(key: string, value?: any, visibility?: any): Spreadsheet {
    if (this.workbook.readOnly) deny('add developer metadata');
    this.workbook.addMetadata(
      key,
      typeof value === 'string' ? value : null,
      { type: 'SPREADSHEET' },
      visibility ? String(visibility) : 'DOCUMENT',
      this.ctx.projectId,
    );
    return as(spreadsheetFake(this.ctx));
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return new FakeDeveloperMetadataFinder(this.ctx, (m) => m.location.type === 'SPREADSHEET').find();
  }

  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this.ctx.ui.toasts.push(title ? `${title}: ${msg}` : msg);
  }
}

export function spreadsheetFake(ctx: SpreadsheetContext): FakeSpreadsheet {
  return counted(new FakeSpreadsheet(ctx), 'Spreadsheet', ctx.calls);
}
