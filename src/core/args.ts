/**
 * The one set of argument rules every row formula follows:
 * - an argument is a single value or a range; ranges are processed cell by cell (row by row for a
 *   column) and give a result of the same size; a single value is broadcast to every row;
 * - ranges of different sizes are an error that names them;
 * - a row whose range inputs are all blank gives "" so open ranges like B2:B work;
 * - a bad row in a range call gives a short message in that row, the other rows are still computed;
 *   in a single-value call it fails the whole call with the full message;
 * - a "list" argument (other_costs, competitors) may span several columns, summed per row.
 */
import { Arg, CellValue, Matrix, Output, isBlank, isMatrix } from './values';
import { ArgProblem, Problem, READERS, Reader, RuleName } from './rules';
import { ArgShape, FormulaError } from './faults';

export interface ParamSpec {
  name: string;
  rule: RuleName;
  /** Value used when the argument is omitted or its cell is blank. Absent: the argument is required. */
  defaultValue?: number;
  /** Several columns whose row values are added together (blank cells count as 0). */
  list?: boolean;
}

export interface RowFormula {
  name: string;
  params: readonly ParamSpec[];
  /** Receives one number per parameter, already validated. */
  compute(values: number[]): number | ArgProblem;
}

/** Renders a refused row for a range result, in the user's language (looked up only when needed). */
export type ShortMessage = (problem: ArgProblem) => string;

type Source =
  | { kind: 'scalar'; value: CellValue }
  | { kind: 'omitted' }
  | { kind: 'cells'; cells: Matrix; rows: number; cols: number }
  | { kind: 'list'; cells: Matrix; rows: number; cols: number };

function shapeOf(arg: string, m: Matrix): ArgShape {
  return { arg, rows: m.length, cols: m.length ? m[0].length : 0 };
}

function toSources(formula: RowFormula, args: readonly Arg[]): Source[] {
  return formula.params.map((param, i): Source => {
    const arg = args[i];
    if (arg === undefined) return { kind: 'omitted' };
    if (!isMatrix(arg)) return { kind: 'scalar', value: arg };
    const { rows, cols } = shapeOf(param.name, arg);
    return { kind: param.list ? 'list' : 'cells', cells: arg, rows, cols };
  });
}

interface ResultShape {
  rows: number;
  cols: number;
  isRange: boolean;
}

function resultShape(formula: RowFormula, sources: Source[]): ResultShape {
  let first: ArgShape | undefined;
  sources.forEach((s, i) => {
    if (s.kind !== 'cells') return;
    const shape = { arg: formula.params[i].name, rows: s.rows, cols: s.cols };
    if (!first) first = shape;
    else if (shape.rows !== first.rows || shape.cols !== first.cols) {
      throw new FormulaError(formula.name, { kind: 'shape', first, other: shape });
    }
  });
  let rows = first ? first.rows : 1;
  const cols = first ? first.cols : 1;
  let isRange = first !== undefined;
  sources.forEach((s, i) => {
    if (s.kind !== 'list') return;
    const list = { arg: formula.params[i].name, rows: s.rows, cols: s.cols };
    if (!first && s.rows > 1) {
      // Only lists are ranges: the lists set the height, and must agree with each other.
      first = { ...list, cols: 1 };
      rows = s.rows;
      isRange = true;
    } else if (s.rows !== 1 && s.rows !== rows) {
      throw new FormulaError(formula.name, { kind: 'listHeight', list, rows });
    }
    if (cols > 1 && s.cols > 1) throw new FormulaError(formula.name, { kind: 'listWidth', list });
  });
  return { rows, cols, isRange };
}

/** Adds one row of a list argument. Blank cells count as 0; an all-blank row is reported as blank. */
function sumListRow(row: CellValue[], read: Reader): number | Problem {
  let total = 0;
  let seen = false;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isBlank(v)) continue;
    const n = read(v);
    if (typeof n !== 'number') return n;
    total += n;
    seen = true;
  }
  return seen ? total : { code: 'blank' };
}

/** True when every range input of the row is blank; a one-row list broadcast to several rows is not one. */
function rowIsBlank(sources: Source[], rows: number, r: number, c: number): boolean {
  let sawRange = false;
  for (const s of sources) {
    if (s.kind === 'cells') {
      sawRange = true;
      if (!isBlank(s.cells[r][c])) return false;
    } else if (s.kind === 'list' && s.rows === rows) {
      sawRange = true;
      if (!s.cells[r].every(isBlank)) return false;
    }
  }
  return sawRange;
}

function scalarCallIsBlank(sources: Source[]): boolean {
  let given = 0;
  for (const s of sources) {
    if (s.kind === 'omitted') continue;
    given++;
    if (s.kind === 'scalar' && !isBlank(s.value)) return false;
    if (s.kind === 'list' && !s.cells.every((row) => row.every(isBlank))) return false;
  }
  return given > 0;
}

/**
 * Evaluates a row formula over its arguments.
 * Returns a single value for a call with single values, else a 2D array the size of the ranges.
 */
export function evaluateRows(formula: RowFormula, args: readonly Arg[], shortMessage: ShortMessage): Output {
  const sources = toSources(formula, args);
  const shape = resultShape(formula, sources);
  if (!shape.isRange && scalarCallIsBlank(sources)) return '';
  if (shape.rows === 0 || shape.cols === 0) return '';

  const params = formula.params;
  const readers = params.map((p) => READERS[p.rule]);
  const values = new Array<number>(params.length).fill(0);
  const out: Output[][] = new Array(shape.rows);

  for (let r = 0; r < shape.rows; r++) {
    const outRow: Output[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      if (shape.isRange && rowIsBlank(sources, shape.rows, r, c)) {
        outRow[c] = '';
        continue;
      }
      let refused: ArgProblem | undefined;
      for (let i = 0; i < params.length; i++) {
        const s = sources[i];
        let n: number | Problem;
        if (s.kind === 'cells') n = readers[i](s.cells[r][c]);
        else if (s.kind === 'scalar') n = readers[i](s.value);
        else if (s.kind === 'list') n = sumListRow(s.cells[s.rows === 1 ? 0 : r], readers[i]);
        else n = { code: 'missing' };
        if (typeof n !== 'number') {
          const fallback = params[i].defaultValue;
          if (fallback !== undefined && (n.code === 'blank' || n.code === 'missing')) n = fallback;
          else {
            refused = { arg: params[i].name, rule: params[i].rule, problem: n };
            break;
          }
        }
        values[i] = n;
      }
      if (!refused) {
        const result = formula.compute(values);
        if (typeof result === 'number') {
          if (result - result === 0) {
            outRow[c] = result === 0 ? 0 : result; // no -0 in a cell
            continue;
          }
          refused = { arg: params[0].name, rule: params[0].rule, problem: { code: 'overflow' } };
        } else refused = result;
      }
      if (!shape.isRange) throw new FormulaError(formula.name, { kind: 'arg', problem: refused });
      outRow[c] = shortMessage(refused);
    }
    out[r] = outRow;
  }
  return shape.isRange ? out : out[0][0];
}
