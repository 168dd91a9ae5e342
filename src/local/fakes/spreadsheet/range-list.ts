/** RangeList: several ranges of one sheet, cleared in one call (Sheet.getRangeList). */
import { parseA1 } from '../../emulator/a1';
import type { SheetModel } from '../../emulator/sheet-model';
import { counted } from '../calls';
import { type SpreadsheetContext, as, type Range } from './context';
import { FakeRange, rangeFake } from './range';

type RangeList = GoogleAppsScript.Spreadsheet.RangeList;
type RangeListApi = Pick<RangeList, 'getRanges' | 'clearContent'>;

export class FakeRangeList implements RangeListApi {
  constructor(
    private readonly ctx: SpreadsheetContext,
    private readonly sheetModel: SheetModel,
    private readonly a1Notations: readonly string[],
  ) {}

  private grids() {
    return this.a1Notations.map((a1) => {
      const { row, column, numRows, numColumns } = parseA1(a1, this.sheetModel.maxRows);
      return { row, column, numRows, numColumns };
    });
  }

  /** The ranges as Sheet.getRange gives them: calls the add-on makes on them are counted. */
  getRanges(): Range[] {
    return this.grids().map((grid) => as<Range>(rangeFake(this.ctx, this.sheetModel, grid)));
  }

  /** One call, as in Apps Script: the ranges' own clears are not counted. */
  clearContent(): RangeList {
    for (const grid of this.grids()) new FakeRange(this.ctx, this.sheetModel, grid).clearContent();
    return as<RangeList>(this);
  }
}

export function rangeListFake(ctx: SpreadsheetContext, model: SheetModel, a1Notations: readonly string[]): FakeRangeList {
  // Apps Script refuses an empty list ("The parameters (number[]) don't match"): so does the fake.
  if (a1Notations.length === 0)
    throw new Error("Exception: The parameters () don't match the method signature for SpreadsheetApp.Sheet.getRangeList.");
  return counted(new FakeRangeList(ctx, model, a1Notations), 'RangeList', ctx.calls);
}
