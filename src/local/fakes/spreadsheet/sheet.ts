/** Sheet. */
import { parseA1 } from '../../emulator/a1';
import type { ChartSpec, SheetModel } from '../../emulator/sheet-model';
import { counted } from '../calls';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './chart';
import { FakeConditionalFormatRule } from './conditional-format';
import { type SpreadsheetContext, as, deny, type Range, type Sheet, type Spreadsheet } from './context';
import { FakeDeveloperMetadataFinder } from './developer-metadata';
import { rangeFake } from './range';
import { rangeListFake } from './range-list';
import { spreadsheetFake } from './spreadsheet';

type SheetApi = Pick<
  Sheet,
  | 'getName'
  | 'setName'
  | 'getSheetId'
  | 'getIndex'
  | 'getParent'
  | 'getRange'
  | 'getRangeList'
  | 'getDataRange'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'insertRowsAfter'
  | 'appendRow'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'setFrozenColumns'
  | 'getFrozenColumns'
  | 'setConditionalFormatRules'
  | 'getConditionalFormatRules'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'newChart'
  | 'insertChart'
  | 'getCharts'
  | 'removeChart'
  | 'updateChart'
  | 'activate'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'autoResizeColumns'
  | 'setTabColor'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'hideColumns'
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

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return as(rangeListFake(this.ctx, this.model, a1Notations));
  }

  getDataRange(): Range {
    return as(
      rangeFake(this.ctx, this.model, {
        row: 1,
        column: 1,
        numRows: Math.max(1, this.getLastRow()),
        numColumns: Math.max(1, this.getLastColumn()),
      }),
    );
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
    this.workbook.addMetadata(
      key,
      typeof value === 'string' ? value : null,
      { type: 'SHEET', sheetId: this.model.id },
      visibility ? String(visibility) : 'DOCUMENT',
      this.ctx.projectId,
    );
    return this.self();
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return new FakeDeveloperMetadataFinder(this.ctx, (m) => m.location.type === 'SHEET' && m.location.sheetId === this.model.id).find();
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return as(
      counted(
        new FakeDeveloperMetadataFinder(this.ctx, (m) => m.location.type === 'SHEET' && m.location.sheetId === this.model.id),
        'DeveloperMetadataFinder',
        this.ctx.calls,
      ),
    );
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
    for (let c = columnIndex; c < columnIndex + numColumns; c++)
      if (!this.model.hiddenColumns.includes(c)) this.model.hiddenColumns.push(c);
  }
}

export function sheetFake(ctx: SpreadsheetContext, model: SheetModel): FakeSheet {
  return counted(new FakeSheet(ctx, model), 'Sheet', ctx.calls);
}
