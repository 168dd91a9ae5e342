/**
 * SpreadsheetApp over the emulator's Workbook, one module per fake: Range, Sheet, Spreadsheet,
 * SpreadsheetApp, and the value objects the add-on builds (data validation, conditional formats,
 * charts, developer metadata). Each implements a Pick<> of the real interface from
 * @types/google-apps-script; every call the add-on makes is counted (see counted()).
 */
export { type AuthMode, type SpreadsheetContext } from './context';
export { CHART_TYPES, FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './chart';
export { FakeConditionalFormatRule, FakeConditionalFormatRuleBuilder } from './conditional-format';
export { FakeDataValidation, FakeDataValidationBuilder } from './data-validation';
export { FakeDeveloperMetadata, FakeDeveloperMetadataFinder } from './developer-metadata';
export { FakeRange } from './range';
export { FakeRangeList } from './range-list';
export { FakeSheet } from './sheet';
export { FakeSpreadsheet } from './spreadsheet';
export { FakeSpreadsheetApp, spreadsheetAppFake } from './spreadsheet-app';
