/**
 * SpreadsheetApp over the emulator's Workbook. Each class implements a Pick<> of the real interface
 * from @types/google-apps-script, so a signature that drifts from Apps Script fails to compile.
 * Every call the add-on makes is counted (see counted()).
 */
import { GridRange, parseA1, rangeA1 } from '../emulator/a1';
import { CellStyle, ChartSpec, ConditionType, ConditionalFormatSpec, MetadataSpec, SheetModel, ValidationRule, entryAt } from '../emulator/sheet-model';
import { Workbook } from '../emulator/workbook';
import { CallCounter, ServiceDenied, counted } from './calls';
import type { FakeUi } from './ui';

type SS = typeof GoogleAppsScript.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Shared by every fake of one emulated spreadsheet. */
export interface SpreadsheetContext {
  workbook: Workbook;
  calls: CallCounter;
  ui: FakeUi;
  /**
   * NONE: onOpen in a document where the add-on is installed but not yet used; the spreadsheet is then
   * out of reach. LIMITED: onOpen where it has been used; FULL: a menu item, a sidebar call.
   */
  authMode: AuthMode;
  /** The script project running: developer metadata of PROJECT visibility is seen by its project only. */
  projectId: string;
}

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

/** Whether a script project sees a developer metadata entry. */
function visibleTo(ctx: SpreadsheetContext, m: MetadataSpec): boolean {
  return m.visibility !== 'PROJECT' || m.project === ctx.projectId;
}

const as = <T>(value: unknown) => value as T;

// Ranges -------------------------------------------------------------------------------------------

type RangeApi = Pick<
  Range,
  | 'getValues' | 'getValue' | 'setValues' | 'setValue' | 'getDisplayValues' | 'getDisplayValue' | 'getFormulas' | 'getFormula'
  | 'setFormulas' | 'setFormula' | 'getNumRows' | 'getNumColumns' | 'getRow' | 'getColumn' | 'getLastRow' | 'getLastColumn'
  | 'getA1Notation' | 'getSheet' | 'setNumberFormat' | 'setNumberFormats' | 'getNumberFormats' | 'getNumberFormat'
  | 'setDataValidation' | 'getDataValidations' | 'getDataValidation' | 'setFontWeight' | 'setBackground' | 'setFontColor'
  | 'setWrap' | 'setHorizontalAlignment' | 'setFontStyle' | 'setNote' | 'getNote' | 'activate' | 'clearContent' | 'offset'
  | 'getCell' | 'setFontSize' | 'setNotes' | 'getNotes' | 'setBackgrounds' | 'getBackgrounds' | 'setDataValidations'
>;

export class FakeRange implements RangeApi {
  constructor(
    private readonly ctx: SpreadsheetContext,
    readonly sheetModel: SheetModel,
    readonly grid: Omit<GridRange, 'sheetName'>,
  ) {}

  private get workbook() {
    return this.ctx.workbook;
  }

  private fill<T>(value: T): T[][] {
    return Array.from({ length: this.grid.numRows }, () => Array(this.grid.numColumns).fill(value));
  }

  private style(style: CellStyle): Range {
    this.workbook.readOnly && deny('set a format');
    this.sheetModel.styles.push({ range: { ...this.grid }, value: style });
    return as<Range>(this.self());
  }

  /** The counted proxy of this range, for chained calls. */
  private self(): FakeRange {
    return counted(this, 'Range', this.ctx.calls);
  }

  getValues(): any[][] {
    return this.workbook.getValues(this.sheetModel, this.grid);
  }

  getValue(): any {
    return this.workbook.getValues(this.sheetModel, { ...this.grid, numRows: 1, numColumns: 1 })[0][0];
  }

  setValues(values: any[][]): Range {
    this.workbook.setContents(this.sheetModel, this.grid, values);
    return as<Range>(this.self());
  }

  setValue(value: any): Range {
    this.workbook.setContents(this.sheetModel, this.grid, this.fill(value));
    return as<Range>(this.self());
  }

  getDisplayValues(): string[][] {
    return this.workbook.getDisplayValues(this.sheetModel, this.grid);
  }

  getDisplayValue(): string {
    return this.workbook.getDisplayValues(this.sheetModel, { ...this.grid, numRows: 1, numColumns: 1 })[0][0];
  }

  getFormulas(): string[][] {
    return this.workbook.getFormulas(this.sheetModel, this.grid);
  }

  getFormula(): string {
    return this.workbook.getFormulas(this.sheetModel, { ...this.grid, numRows: 1, numColumns: 1 })[0][0];
  }

  setFormulas(formulas: string[][]): Range {
    this.workbook.setContents(this.sheetModel, this.grid, formulas);
    return as<Range>(this.self());
  }

  setFormula(formula: string): Range {
    this.workbook.setContents(this.sheetModel, this.grid, this.fill(formula));
    return as<Range>(this.self());
  }

  getNumRows(): number {
    return this.grid.numRows;
  }

  getNumColumns(): number {
    return this.grid.numColumns;
  }

  getRow(): number {
    return this.grid.row;
  }

  getColumn(): number {
    return this.grid.column;
  }

  getLastRow(): number {
    return this.grid.row + this.grid.numRows - 1;
  }

  getLastColumn(): number {
    return this.grid.column + this.grid.numColumns - 1;
  }

  getA1Notation(): string {
    return rangeA1(this.grid);
  }

  getSheet(): Sheet {
    return as<Sheet>(sheetFake(this.ctx, this.sheetModel));
  }

  setNumberFormat(numberFormat: string): Range {
    this.workbook.readOnly && deny('set a number format');
    this.sheetModel.formats.push({ range: { ...this.grid }, value: numberFormat });
    return as<Range>(this.self());
  }

  setNumberFormats(numberFormats: string[][]): Range {
    return this.perCell(this.sheetModel.formats, numberFormats, 'set a number format');
  }

  getNumberFormats(): string[][] {
    return this.fill('').map((row, r) => row.map((_, c) => entryAt(this.sheetModel.formats, this.grid.row + r, this.grid.column + c) ?? '0.###############'));
  }

  getNumberFormat(): string {
    return entryAt(this.sheetModel.formats, this.grid.row, this.grid.column) ?? '0.###############';
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): Range {
    this.workbook.readOnly && deny('set data validation');
    this.sheetModel.validations.push({ range: { ...this.grid }, value: rule ? (rule as unknown as FakeDataValidation).spec : null });
    return as<Range>(this.self());
  }

  getDataValidations(): GoogleAppsScript.Spreadsheet.DataValidation[][] {
    return this.fill(null).map((row, r) =>
      row.map((_, c) => {
        const spec = entryAt(this.sheetModel.validations, this.grid.row + r, this.grid.column + c);
        return as<GoogleAppsScript.Spreadsheet.DataValidation>(spec ? new FakeDataValidation(spec) : null);
      }),
    );
  }

  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const spec = entryAt(this.sheetModel.validations, this.grid.row, this.grid.column);
    return spec ? as<GoogleAppsScript.Spreadsheet.DataValidation>(new FakeDataValidation(spec)) : null;
  }

  setFontWeight(fontWeight: any): Range {
    return this.style({ fontWeight: fontWeight ?? 'normal' });
  }

  setBackground(color: any): Range {
    return this.style({ background: color ?? '' });
  }

  setFontColor(color: any): Range {
    return this.style({ fontColor: color ?? '' });
  }

  setWrap(isWrapEnabled: boolean): Range {
    return this.style({ wrap: isWrapEnabled });
  }

  setHorizontalAlignment(alignment: any): Range {
    return this.style({ horizontalAlignment: alignment ?? 'general' });
  }

  setFontStyle(fontStyle: any): Range {
    return this.style({ fontStyle: fontStyle ?? 'normal' });
  }

  setFontSize(size: any): Range {
    return this.style({ fontSize: Number(size) });
  }

  /**
   * Applies one value per cell, as the set*s methods of Range do. Runs of equal values down a column
   * are stored as one entry, so formatting a whole column costs one entry, not a thousand.
   */
  private perCell<T>(entries: Array<{ range: Omit<GridRange, 'sheetName'>; value: T }>, matrix: T[][], what: string): Range {
    this.workbook.readOnly && deny(what);
    if (matrix.length !== this.grid.numRows || matrix.some((row) => row.length !== this.grid.numColumns)) {
      throw new Error(`Exception: The number of rows or columns in the data does not match the range (${this.grid.numRows} × ${this.grid.numColumns}).`);
    }
    for (let c = 0; c < this.grid.numColumns; c++) {
      let start = 0;
      for (let r = 1; r <= matrix.length; r++) {
        if (r < matrix.length && JSON.stringify(matrix[r][c]) === JSON.stringify(matrix[start][c])) continue;
        entries.push({ range: { row: this.grid.row + start, column: this.grid.column + c, numRows: r - start, numColumns: 1 }, value: matrix[start][c] });
        start = r;
      }
    }
    return as<Range>(this.self());
  }

  setNotes(notes: Array<Array<string | null>>): Range {
    return this.perCell(this.sheetModel.notes, notes.map((row) => row.map((n) => n ?? '')), 'set notes');
  }

  getNotes(): string[][] {
    return this.fill('').map((row, r) => row.map((_, c) => entryAt(this.sheetModel.notes, this.grid.row + r, this.grid.column + c) ?? ''));
  }

  setBackgrounds(color: Array<Array<string | null>>): Range {
    return this.perCell<CellStyle>(this.sheetModel.styles, color.map((row) => row.map((background) => ({ background: background ?? '' }))), 'set backgrounds');
  }

  getBackgrounds(): string[][] {
    return this.fill('').map((row, r) => row.map((_, c) => entryAt(this.sheetModel.styles, this.grid.row + r, this.grid.column + c)?.background || '#ffffff'));
  }

  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): Range {
    const specs = rules.map((row) => row.map((rule) => (rule ? (rule as unknown as FakeDataValidation).spec : null)));
    return this.perCell(this.sheetModel.validations, specs, 'set data validation');
  }

  setNote(note: any): Range {
    this.workbook.readOnly && deny('set a note');
    this.sheetModel.notes.push({ range: { ...this.grid }, value: note === null ? '' : String(note) });
    return as<Range>(this.self());
  }

  getNote(): string {
    return entryAt(this.sheetModel.notes, this.grid.row, this.grid.column) ?? '';
  }

  activate(): Range {
    this.workbook.activeSheetId = this.sheetModel.id;
    this.ctx.ui.selection = { sheetId: this.sheetModel.id, a1: rangeA1(this.grid), version: (this.ctx.ui.selection?.version ?? 0) + 1 };
    return as<Range>(this.self());
  }

  clearContent(): Range {
    this.workbook.setContents(this.sheetModel, this.grid, this.fill(''));
    return as<Range>(this.self());
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return as<Range>(
      rangeFake(this.ctx, this.sheetModel, {
        row: this.grid.row + rowOffset,
        column: this.grid.column + columnOffset,
        numRows: numRows ?? this.grid.numRows,
        numColumns: numColumns ?? this.grid.numColumns,
      }),
    );
  }

  getCell(row: number, column: number): Range {
    return as<Range>(rangeFake(this.ctx, this.sheetModel, { row: this.grid.row + row - 1, column: this.grid.column + column - 1, numRows: 1, numColumns: 1 }));
  }
}

function deny(what: string): never {
  throw new ServiceDenied(`${what} from a custom function`);
}

function rangeFake(ctx: SpreadsheetContext, sheet: SheetModel, grid: Omit<GridRange, 'sheetName'>): FakeRange {
  return counted(new FakeRange(ctx, sheet, grid), 'Range', ctx.calls);
}

// Data validation ----------------------------------------------------------------------------------

export class FakeDataValidation implements Pick<GoogleAppsScript.Spreadsheet.DataValidation, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText'> {
  constructor(readonly spec: ValidationRule) {}

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return as<GoogleAppsScript.Spreadsheet.DataValidationCriteria>(this.spec.type);
  }

  getCriteriaValues(): any[] {
    if (this.spec.type === 'VALUE_IN_LIST') return [this.spec.values, this.spec.showDropdown];
    if (this.spec.type === 'NUMBER_GREATER_THAN_OR_EQUAL_TO') return [this.spec.value];
    return [];
  }

  getAllowInvalid(): boolean {
    return this.spec.allowInvalid;
  }

  getHelpText(): string {
    return this.spec.helpText ?? '';
  }
}

type ValidationBuilderApi = Pick<
  GoogleAppsScript.Spreadsheet.DataValidationBuilder,
  'requireValueInList' | 'requireDate' | 'requireNumberGreaterThanOrEqualTo' | 'setAllowInvalid' | 'setHelpText' | 'build'
>;

export class FakeDataValidationBuilder implements ValidationBuilderApi {
  private rule: ValidationRule = { type: 'DATE_IS_VALID_DATE', allowInvalid: true };

  requireValueInList(values: string[], showDropdown = true): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule = { type: 'VALUE_IN_LIST', values: [...values], showDropdown, allowInvalid: this.rule.allowInvalid, helpText: this.rule.helpText };
    return as(this);
  }

  requireDate(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule = { type: 'DATE_IS_VALID_DATE', allowInvalid: this.rule.allowInvalid, helpText: this.rule.helpText };
    return as(this);
  }

  requireNumberGreaterThanOrEqualTo(number: number): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule = { type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', value: number, allowInvalid: this.rule.allowInvalid, helpText: this.rule.helpText };
    return as(this);
  }

  setAllowInvalid(allowInvalidData: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule = { ...this.rule, allowInvalid: allowInvalidData };
    return as(this);
  }

  setHelpText(helpText: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule = { ...this.rule, helpText };
    return as(this);
  }

  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    return as(new FakeDataValidation({ ...this.rule }));
  }
}

// Conditional formats ------------------------------------------------------------------------------

export class FakeConditionalFormatRule implements Pick<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'getRanges'> {
  constructor(
    readonly spec: ConditionalFormatSpec,
    private readonly rangesOf: () => Range[],
  ) {}

  getRanges(): Range[] {
    return this.rangesOf();
  }
}

type RuleBuilderApi = Pick<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  | 'whenNumberGreaterThanOrEqualTo' | 'whenNumberGreaterThan' | 'whenNumberLessThan' | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberBetween' | 'whenTextEqualTo' | 'whenTextContains' | 'setBackground' | 'setFontColor' | 'setBold'
  | 'setRanges' | 'build'
>;

export class FakeConditionalFormatRuleBuilder implements RuleBuilderApi {
  private condition: ConditionalFormatSpec['condition'] | undefined;
  private format: CellStyle = {};
  private ranges: FakeRange[] = [];

  private when(type: ConditionType, ...values: Array<number | string>): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.condition = { type, values };
    return as(this);
  }

  whenNumberGreaterThanOrEqualTo(number: number) {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', number);
  }

  whenNumberGreaterThan(number: number) {
    return this.when('NUMBER_GREATER_THAN', number);
  }

  whenNumberLessThan(number: number) {
    return this.when('NUMBER_LESS_THAN', number);
  }

  whenNumberLessThanOrEqualTo(number: number) {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', number);
  }

  whenNumberBetween(start: number, end: number) {
    return this.when('NUMBER_BETWEEN', start, end);
  }

  whenTextEqualTo(text: string) {
    return this.when('TEXT_EQUAL_TO', text);
  }

  whenTextContains(text: string) {
    return this.when('TEXT_CONTAINS', text);
  }

  setBackground(color: string | null): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.format = { ...this.format, background: color ?? '' };
    return as(this);
  }

  setFontColor(color: string | null): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.format = { ...this.format, fontColor: color ?? '' };
    return as(this);
  }

  setBold(bold: boolean | null): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.format = { ...this.format, fontWeight: bold ? 'bold' : 'normal' };
    return as(this);
  }

  setRanges(ranges: Range[]): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.ranges = ranges as unknown as FakeRange[];
    return as(this);
  }

  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    if (!this.condition) throw new Error('Exception: The conditional format rule must have a condition.');
    const ranges = this.ranges;
    const spec: ConditionalFormatSpec = { ranges: ranges.map((r) => ({ ...r.grid })), condition: this.condition, format: { ...this.format } };
    return as(new FakeConditionalFormatRule(spec, () => ranges as unknown as Range[]));
  }
}

// Charts -------------------------------------------------------------------------------------------

export const CHART_TYPES = {
  AREA: 'AREA', BAR: 'BAR', BUBBLE: 'BUBBLE', CANDLESTICK: 'CANDLESTICK', COLUMN: 'COLUMN', COMBO: 'COMBO',
  GAUGE: 'GAUGE', GEO: 'GEO', HISTOGRAM: 'HISTOGRAM', LINE: 'LINE', ORG: 'ORG', PIE: 'PIE', RADAR: 'RADAR',
  SCATTER: 'SCATTER', SPARKLINE: 'SPARKLINE', STEPPED_AREA: 'STEPPED_AREA', TABLE: 'TABLE', TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP', WATERFALL: 'WATERFALL',
} as const;

export class FakeEmbeddedChart implements Pick<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId' | 'getRanges' | 'getOptions' | 'modify'> {
  constructor(
    readonly spec: ChartSpec,
    private readonly ctx: SpreadsheetContext,
  ) {}

  getChartId(): number | null {
    return Number(this.spec.id);
  }

  getRanges(): Range[] {
    return this.spec.ranges.map((a1) => as<Range>(rangeFromA1(this.ctx, a1)));
  }

  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return as({ get: (option: string) => this.spec.options[option] ?? null });
  }

  modify(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return as(new FakeEmbeddedChartBuilder(this.ctx, { ...this.spec, ranges: [...this.spec.ranges], options: { ...this.spec.options } }));
  }
}

type ChartBuilderApi = Pick<
  GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  'setChartType' | 'addRange' | 'clearRanges' | 'setPosition' | 'setOption' | 'build' | 'asBarChart' | 'asColumnChart' | 'asLineChart' | 'setNumHeaders'
>;

export class FakeEmbeddedChartBuilder implements ChartBuilderApi {
  constructor(
    private readonly ctx: SpreadsheetContext,
    private readonly spec: ChartSpec,
  ) {}

  private typed(type: string): any {
    this.spec.type = type;
    return this;
  }

  setChartType(type: GoogleAppsScript.Charts.ChartType): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return this.typed(String(type));
  }

  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    return this.typed('BAR');
  }

  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    return this.typed('COLUMN');
  }

  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    return this.typed('LINE');
  }

  addRange(range: Range): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    const fake = range as unknown as FakeRange;
    // Read the range's fields, not its methods: this is the fake's own work, not a call of the add-on.
    this.spec.ranges.push(Workbook.qualified(fake.sheetModel, rangeA1(fake.grid)));
    return as(this);
  }

  clearRanges(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.spec.ranges = [];
    return as(this);
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.spec.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return as(this);
  }

  setNumHeaders(headers: number): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.spec.options.numHeaders = headers;
    return as(this);
  }

  setOption(option: string, value: any): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.spec.options[option] = value;
    return as(this);
  }

  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    return as(new FakeEmbeddedChart({ ...this.spec, ranges: [...this.spec.ranges], options: { ...this.spec.options } }, this.ctx));
  }
}

// Developer metadata -------------------------------------------------------------------------------

export class FakeDeveloperMetadata
  implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadata, 'getId' | 'getKey' | 'getValue' | 'setValue' | 'getVisibility' | 'setVisibility' | 'getLocation' | 'remove'>
{
  constructor(
    private readonly ctx: SpreadsheetContext,
    readonly spec: MetadataSpec,
  ) {}

  getId(): number {
    return this.spec.id;
  }

  getKey(): string {
    return this.spec.key;
  }

  getValue(): string | null {
    return this.spec.value;
  }

  setValue(value: string): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    this.ctx.workbook.readOnly && deny('set developer metadata');
    this.spec.value = value;
    return as(this);
  }

  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return as(this.spec.visibility);
  }

  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GoogleAppsScript.Spreadsheet.DeveloperMetadata {
    this.ctx.workbook.readOnly && deny('set developer metadata');
    this.spec.visibility = String(visibility);
    if (this.spec.visibility === 'PROJECT') this.spec.project = this.ctx.projectId;
    else delete this.spec.project;
    return as(this);
  }

  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    const ctx = this.ctx;
    const location = this.spec.location;
    const sheet = location.type === 'SHEET' ? ctx.workbook.sheetById(location.sheetId) : undefined;
    return as(
      counted(
        {
          getLocationType: () => location.type,
          getSheet: () => (sheet ? sheetFake(ctx, sheet) : null),
          getSpreadsheet: () => (location.type === 'SPREADSHEET' ? spreadsheetFake(ctx) : null),
        },
        'DeveloperMetadataLocation',
        ctx.calls,
      ),
    );
  }

  remove(): void {
    this.ctx.workbook.readOnly && deny('remove developer metadata');
    this.ctx.workbook.metadata = this.ctx.workbook.metadata.filter((m) => m.id !== this.spec.id);
  }
}

type FinderApi = Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, 'withKey' | 'withValue' | 'withId' | 'find'>;

export class FakeDeveloperMetadataFinder implements FinderApi {
  private readonly filters: Array<(m: MetadataSpec) => boolean> = [];

  constructor(
    private readonly ctx: SpreadsheetContext,
    private readonly scope: (m: MetadataSpec) => boolean,
  ) {}

  withKey(key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.filters.push((m) => m.key === key);
    return as(this);
  }

  withValue(value: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.filters.push((m) => m.value === value);
    return as(this);
  }

  withId(id: number): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.filters.push((m) => m.id === id);
    return as(this);
  }

  find(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.ctx.workbook.metadata
      .filter((m) => visibleTo(this.ctx, m) && this.scope(m) && this.filters.every((f) => f(m)))
      .map((m) => as(counted(new FakeDeveloperMetadata(this.ctx, m), 'DeveloperMetadata', this.ctx.calls)));
  }
}

// Sheets -------------------------------------------------------------------------------------------

type SheetApi = Pick<
  Sheet,
  | 'getName' | 'setName' | 'getSheetId' | 'getIndex' | 'getParent' | 'getRange' | 'getDataRange' | 'getLastRow'
  | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'insertRowsAfter' | 'appendRow' | 'setFrozenRows' | 'getFrozenRows'
  | 'setFrozenColumns' | 'getFrozenColumns' | 'setConditionalFormatRules' | 'getConditionalFormatRules'
  | 'addDeveloperMetadata' | 'getDeveloperMetadata' | 'createDeveloperMetadataFinder' | 'newChart' | 'insertChart'
  | 'getCharts' | 'removeChart' | 'updateChart' | 'activate' | 'setColumnWidth' | 'setColumnWidths' | 'autoResizeColumns'
  | 'setTabColor' | 'hideSheet' | 'showSheet' | 'isSheetHidden' | 'hideColumns'
>;

export class FakeSheet implements SheetApi {
  constructor(
    private readonly ctx: SpreadsheetContext,
    readonly model: SheetModel,
  ) {}

  private get workbook() {
    return this.ctx.workbook;
  }

  private writable(what: string): void {
    if (this.workbook.readOnly) deny(what);
  }

  private self(): Sheet {
    return as(sheetFake(this.ctx, this.model));
  }

  getName(): string {
    return this.model.name;
  }

  setName(name: string): Sheet {
    this.writable('rename a sheet');
    this.workbook.renameSheet(this.model, name);
    return this.self();
  }

  getSheetId(): number {
    return this.model.id;
  }

  getIndex(): number {
    return this.workbook.sheets.indexOf(this.model) + 1;
  }

  getParent(): Spreadsheet {
    return as(spreadsheetFake(this.ctx));
  }

  getRange(a1Notation: string): Range;
  getRange(row: number, column: number): Range;
  getRange(row: number, column: number, numRows: number): Range;
  getRange(row: number, column: number, numRows: number, numColumns: number): Range;
  getRange(first: string | number, column?: number, numRows = 1, numColumns = 1): Range {
    const grid = typeof first === 'string' ? parseA1(first, this.model.maxRows) : { row: first, column: column ?? 1, numRows, numColumns };
    if (grid.numRows < 1 || grid.numColumns < 1) throw new Error('Exception: The number of rows in the range must be at least 1.');
    const { row, column: col, numRows: nr, numColumns: nc } = grid;
    return as(rangeFake(this.ctx, this.model, { row, column: col, numRows: nr, numColumns: nc }));
  }

  getDataRange(): Range {
    return as(rangeFake(this.ctx, this.model, { row: 1, column: 1, numRows: Math.max(1, this.getLastRow()), numColumns: Math.max(1, this.getLastColumn()) }));
  }

  getLastRow(): number {
    return this.workbook.lastRow(this.model);
  }

  getLastColumn(): number {
    return this.workbook.lastColumn(this.model);
  }

  getMaxRows(): number {
    return this.model.maxRows;
  }

  getMaxColumns(): number {
    return this.model.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    this.writable('insert rows');
    this.workbook.insertRowsAfter(this.model, afterPosition, howMany);
    return this.self();
  }

  appendRow(rowContents: any[]): Sheet {
    this.writable('append a row');
    const row = this.getLastRow() + 1;
    if (row > this.model.maxRows) this.workbook.insertRowsAfter(this.model, this.model.maxRows, 1);
    if (rowContents.length > this.model.maxColumns) this.model.maxColumns = rowContents.length;
    this.workbook.setContents(this.model, { row, column: 1, numRows: 1, numColumns: rowContents.length }, [rowContents]);
    return this.self();
  }

  setFrozenRows(rows: number): void {
    this.writable('freeze rows');
    this.model.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.model.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.writable('freeze columns');
    this.model.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.writable('set conditional formats');
    this.model.conditionalFormats = rules.map((r) => (r as unknown as FakeConditionalFormatRule).spec);
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.model.conditionalFormats.map((spec) =>
      as(new FakeConditionalFormatRule(spec, () => spec.ranges.map((g) => as<Range>(rangeFake(this.ctx, this.model, g))))),
    );
  }

  addDeveloperMetadata(key: string, value?: any, visibility?: any): Sheet {
    this.writable('add developer metadata');
    this.workbook.addMetadata(key, typeof value === 'string' ? value : null, { type: 'SHEET', sheetId: this.model.id }, visibility ? String(visibility) : 'DOCUMENT', this.ctx.projectId);
    return this.self();
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return new FakeDeveloperMetadataFinder(this.ctx, (m) => m.location.type === 'SHEET' && m.location.sheetId === this.model.id).find();
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return as(counted(new FakeDeveloperMetadataFinder(this.ctx, (m) => m.location.type === 'SHEET' && m.location.sheetId === this.model.id), 'DeveloperMetadataFinder', this.ctx.calls));
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    const spec: ChartSpec = { id: '', type: 'COLUMN', ranges: [], position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, options: {} };
    return as(counted(new FakeEmbeddedChartBuilder(this.ctx, spec), 'EmbeddedChartBuilder', this.ctx.calls));
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.writable('insert a chart');
    const spec = (chart as unknown as FakeEmbeddedChart).spec;
    const id = String(1 + Math.max(0, ...this.workbook.sheets.flatMap((s) => s.charts.map((c) => Number(c.id)))));
    this.model.charts.push({ ...spec, id });
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.model.charts.map((spec) => as(counted(new FakeEmbeddedChart(spec, this.ctx), 'EmbeddedChart', this.ctx.calls)));
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.writable('remove a chart');
    const id = (chart as unknown as FakeEmbeddedChart).spec.id;
    this.model.charts = this.model.charts.filter((c) => c.id !== id);
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.writable('update a chart');
    const spec = (chart as unknown as FakeEmbeddedChart).spec;
    this.model.charts = this.model.charts.map((c) => (c.id === spec.id ? { ...spec } : c));
  }

  activate(): Sheet {
    this.workbook.activeSheetId = this.model.id;
    return this.self();
  }

  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.writable('set a column width');
    this.model.columnWidths[columnPosition] = width;
    return this.self();
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    this.writable('set column widths');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths[c] = width;
    return this.self();
  }

  autoResizeColumns(_startColumn: number, _numColumns: number): Sheet {
    this.writable('resize columns');
    return this.self();
  }

  setTabColor(color: string | null): Sheet {
    this.writable('set a tab colour');
    this.model.tabColor = color;
    return this.self();
  }

  hideSheet(): Sheet {
    this.writable('hide a sheet');
    this.model.hidden = true;
    return this.self();
  }

  showSheet(): Sheet {
    this.writable('show a sheet');
    this.model.hidden = false;
    return this.self();
  }

  isSheetHidden(): boolean {
    return this.model.hidden;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.writable('hide columns');
    for (let c = columnIndex; c < columnIndex + numColumns; c++) if (!this.model.hiddenColumns.includes(c)) this.model.hiddenColumns.push(c);
  }
}

function sheetFake(ctx: SpreadsheetContext, model: SheetModel): FakeSheet {
  return counted(new FakeSheet(ctx, model), 'Sheet', ctx.calls);
}

function rangeFromA1(ctx: SpreadsheetContext, a1: string, fallback?: SheetModel): FakeRange {
  const grid = parseA1(a1, DEFAULT_MAX);
  const sheet = grid.sheetName !== undefined ? ctx.workbook.sheetByName(grid.sheetName) : fallback;
  if (!sheet) throw new Error(`Exception: Range not found: ${a1}`);
  const closed = grid.numRows === DEFAULT_MAX - grid.row + 1 ? { ...grid, numRows: sheet.maxRows - grid.row + 1 } : grid;
  return rangeFake(ctx, sheet, { row: closed.row, column: closed.column, numRows: closed.numRows, numColumns: closed.numColumns });
}

const DEFAULT_MAX = 10_000_000;

// Spreadsheet --------------------------------------------------------------------------------------

type SpreadsheetApi = Pick<
  Spreadsheet,
  | 'getId' | 'getName' | 'getUrl' | 'getSheets' | 'getSheetByName' | 'getSheetById' | 'insertSheet' | 'deleteSheet'
  | 'getActiveSheet' | 'setActiveSheet' | 'getSpreadsheetLocale' | 'setSpreadsheetLocale' | 'getSpreadsheetTimeZone'
  | 'getRange' | 'createDeveloperMetadataFinder' | 'addDeveloperMetadata' | 'getDeveloperMetadata' | 'toast' | 'getNumSheets'
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
    this.workbook.addMetadata(key, typeof value === 'string' ? value : null, { type: 'SPREADSHEET' }, visibility ? String(visibility) : 'DOCUMENT', this.ctx.projectId);
    return as(spreadsheetFake(this.ctx));
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return new FakeDeveloperMetadataFinder(this.ctx, (m) => m.location.type === 'SPREADSHEET').find();
  }

  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this.ctx.ui.toasts.push(title ? `${title}: ${msg}` : msg);
  }
}

function spreadsheetFake(ctx: SpreadsheetContext): FakeSpreadsheet {
  return counted(new FakeSpreadsheet(ctx), 'Spreadsheet', ctx.calls);
}

// SpreadsheetApp -----------------------------------------------------------------------------------

type AppApi = Pick<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  'getActiveSpreadsheet' | 'getActive' | 'getUi' | 'flush' | 'newDataValidation' | 'newConditionalFormatRule'
>;

export class FakeSpreadsheetApp implements AppApi {
  readonly DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as unknown as SS['DeveloperMetadataVisibility'];
  readonly DeveloperMetadataLocationType = { SPREADSHEET: 'SPREADSHEET', SHEET: 'SHEET', ROW: 'ROW', COLUMN: 'COLUMN' } as unknown as SS['DeveloperMetadataLocationType'];
  readonly DataValidationCriteria = { VALUE_IN_LIST: 'VALUE_IN_LIST', DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE', NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO' } as unknown as SS['DataValidationCriteria'];

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

