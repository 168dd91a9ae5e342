/**
 * The row rules of core/args.ts for a formula whose arguments and result are texts (UTM_URL): a single
 * value or a range per argument, ranges of one size, a single value broadcast to every row, a row whose
 * range cells are all blank gives "", a refused row shows a short message while the others are still
 * computed, and a refused single-value call fails with the full message. The shape rules are args.ts's
 * own; only the reading of a cell differs (a text, not a number), and what is blank: a blank cell only,
 * as "n/a", "na" or "-" may be a tag, where a number argument reads them as blank cells.
 */
import { eachCell, resultShape, rowIsBlank, scalarCallIsBlank, toSources, type FormulaEnv, type Source } from './args';
import { FormulaError } from './faults';
import type { ArgProblem, Problem } from './rules';
import { formatNumber, isBlank, isDate, isSheetErrorText, utcDay, type Arg, type CellValue, type IsoDay, type Output } from './values';

export interface TextParamSpec {
  name: string;
  rule: 'url' | 'text';
  optional?: boolean;
  /**
   * What a blank value means. 'omit': nothing to add (an optional tag left out). 'blankRow': the result
   * is blank, in a range and in a single-value call alike (a row without an address). Otherwise a blank
   * cell in a range makes its row blank ("no data"), and a blank single value is refused.
   */
  blank?: 'omit' | 'blankRow';
}

/** Receives one trimmed text per parameter (undefined where left out); returns the result or why the row is refused. */
export type TextCompute = (values: ReadonlyArray<string | undefined>) => string | ArgProblem;

export interface TextRowFormula {
  name: string;
  params: readonly TextParamSpec[];
  compute: TextCompute;
}

const BLANK = Symbol('blank');

/**
 * A cell as text: numbers as written in English notation ("2026"), dates as their ISO day in the
 * spreadsheet's time zone ("2026-06-01"); booleans are refused.
 */
function readTextCell(value: CellValue, isoDay: IsoDay): string | Problem | typeof BLANK {
  if (isBlank(value)) return BLANK;
  if (typeof value === 'string') {
    if (isSheetErrorText(value)) return { code: 'sheetError', got: value };
    const text = value.trim();
    return text === '' ? BLANK : text;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value, false) : { code: 'notText', got: value };
  if (isDate(value)) return Number.isNaN(value.getTime()) ? { code: 'notText', got: value } : isoDay(value);
  return { code: 'notText', got: value };
}

type Read = string | Problem | undefined | 'noData';

/** One argument's text for one cell of the result: undefined when left out, 'noData' when the row is blank. */
function argumentText(param: TextParamSpec, source: Source, r: number, c: number, isoDay: IsoDay): Read {
  let value: CellValue;
  switch (source.kind) {
    case 'omitted':
      return param.optional ? undefined : { code: 'missing' };
    case 'scalar':
      value = source.value;
      break;
    default:
      value = source.cells[r][c];
  }
  const text = readTextCell(value, isoDay);
  if (text !== BLANK) return text;
  if (param.blank === 'omit') return undefined;
  if (param.blank === 'blankRow' || source.kind !== 'scalar') return 'noData';
  return { code: 'blank' };
}

/** Evaluates a text formula over its arguments: one text for single values, else a 2D array the size of the ranges. */
export function evaluateTextRows(formula: TextRowFormula, args: readonly Arg[], env: Pick<FormulaEnv, 'shortMessage' | 'isoDay'>): Output {
  const sources = toSources(formula, args);
  const shape = resultShape(formula, sources);
  if (!shape.isRange && scalarCallIsBlank(sources, isBlank)) return '';
  if (shape.rows === 0 || shape.cols === 0) return '';
  const params = formula.params;
  const values: Array<string | undefined> = new Array(params.length);
  const isoDay = env.isoDay ?? utcDay;
  const cell = (r: number, c: number): Output => {
    if (shape.isRange && rowIsBlank(sources, shape.rows, r, c, isBlank)) return '';
    let refused: ArgProblem | undefined;
    let noData = false;
    for (let i = 0; i < params.length; i++) {
      const text = argumentText(params[i], sources[i], r, c, isoDay);
      if (text === 'noData') {
        noData = true;
      } else if (typeof text === 'object') {
        refused = { arg: params[i].name, rule: params[i].rule, problem: text };
        break;
      } else {
        values[i] = text;
      }
    }
    if (!refused && noData) return '';
    if (!refused) {
      const result = formula.compute(values);
      if (typeof result === 'string') return result;
      refused = result;
    }
    if (!shape.isRange) throw new FormulaError(formula.name, { kind: 'arg', problem: refused });
    return env.shortMessage(refused);
  };
  return shape.isRange ? eachCell(shape, cell) : cell(0, 0);
}
