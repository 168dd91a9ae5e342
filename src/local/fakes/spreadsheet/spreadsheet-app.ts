/** SpreadsheetApp, the fakes' entry point: the add-on reaches every other fake from here. */
import { ServiceDenied, counted } from '../calls';
import { FakeConditionalFormatRuleBuilder } from './conditional-format';
import { type SpreadsheetContext, as, type Spreadsheet } from './context';
import { FakeDataValidationBuilder } from './data-validation';
import { spreadsheetFake } from './spreadsheet';

type SS = typeof GoogleAppsScript.Spreadsheet;

type AppApi = Pick<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  'getActiveSpreadsheet' | 'getActive' | 'getUi' | 'flush' | 'newDataValidation' | 'newConditionalFormatRule'
>;

export class FakeSpreadsheetApp implements AppApi {
  readonly DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as unknown as SS['DeveloperMetadataVisibility'];
  readonly DeveloperMetadataLocationType = {
    SPREADSHEET: 'SPREADSHEET',
    SHEET: 'SHEET',
    ROW: 'ROW',
    COLUMN: 'COLUMN',
  } as unknown as SS['DeveloperMetadataLocationType'];
  readonly DataValidationCriteria = {
    VALUE_IN_LIST: 'VALUE_IN_LIST',
    DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
    NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  } as unknown as SS['DataValidationCriteria'];

  constructor(private readonly ctx: SpreadsheetContext) {}

  private spreadsheet(): Spreadsheet {
    if (this.ctx.authMode === 'NONE') throw new ServiceDenied('SpreadsheetApp.getActiveSpreadsheet');
    return as(spreadsheetFake(this.ctx));
  }

  getActiveSpreadsheet(): Spreadsheet {
    return this.spreadsheet();
  }

  getActive(): Spreadsheet {
    return this.spreadsheet();
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return as(this.ctx.ui);
  }

  flush(): void {}

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return as(counted(new FakeDataValidationBuilder(), 'DataValidationBuilder', this.ctx.calls));
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return as(counted(new FakeConditionalFormatRuleBuilder(), 'ConditionalFormatRuleBuilder', this.ctx.calls));
  }
}

export function spreadsheetAppFake(ctx: SpreadsheetContext): FakeSpreadsheetApp {
  return counted(new FakeSpreadsheetApp(ctx), 'SpreadsheetApp', ctx.calls);
}
