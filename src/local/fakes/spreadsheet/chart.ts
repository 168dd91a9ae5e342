/** EmbeddedChart and its builder, and the Charts service's chart types. */
import { rangeA1 } from '../../emulator/a1';
import type { ChartSpec } from '../../emulator/sheet-model';
import { Workbook } from '../../emulator/workbook';
import { type SpreadsheetContext, as, type Range } from './context';
import { type FakeRange, rangeFromA1 } from './range';

export const CHART_TYPES = {
  AREA: 'AREA',
  BAR: 'BAR',
  BUBBLE: 'BUBBLE',
  CANDLESTICK: 'CANDLESTICK',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  GAUGE: 'GAUGE',
  GEO: 'GEO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  ORG: 'ORG',
  PIE: 'PIE',
  RADAR: 'RADAR',
  SCATTER: 'SCATTER',
  SPARKLINE: 'SPARKLINE',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
  TIMELINE: 'TIMELINE',
  TREEMAP: 'TREEMAP',
  WATERFALL: 'WATERFALL',
} as const;

export class FakeEmbeddedChart implements Pick<
  GoogleAppsScript.Spreadsheet.EmbeddedChart,
  'getChartId' | 'getRanges' | 'getOptions' | 'modify'
> {
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
  | 'setChartType'
  | 'addRange'
  | 'clearRanges'
  | 'setPosition'
  | 'setOption'
  | 'build'
  | 'asBarChart'
  | 'asColumnChart'
  | 'asLineChart'
  | 'setNumHeaders'
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

  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
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
