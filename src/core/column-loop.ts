/**
 * The column fast path of core/args.ts: for a single-column result whose arguments are columns, lists
 * and single numbers, each row whose cells are all plain numbers within their rule's bounds is computed
 * directly; every other row (blank, text, out of bounds, refused) goes through the full rules. Same
 * results, a fraction of the work.
 *
 * Two loops do it: one compiled per formula and layout (core/column-loop-source.ts, the fast one), and
 * the generic one below, which runs where code cannot be compiled or a list is too wide to unroll.
 */
import type { Compute } from './args';
import { columnLoopSource, compileColumnLoop, type CompiledLoop, type Layout } from './column-loop-source';
import type { NumericBounds } from './rules';
import type { CellValue, Matrix, Output } from './values';

/**
 * How a range call with a single-column result is evaluated. The three give the same results (the
 * tests compare them); only the time differs. 'compiled' falls back to 'generic' by itself.
 */
export type ColumnEvaluation = 'compiled' | 'generic' | 'rules';

/** One argument as the loop sees it: a column to read (or, for a list, rows of cells to add), or one number for every row. */
export interface ColumnInput {
  name: string;
  column: Matrix | undefined;
  /** The column's rows are lists of cells to add up (other_costs, competitors). */
  list: boolean;
  /** The argument's value on every row, already read through the full rules, when there is no column. */
  constant: number;
  bounds: NumericBounds;
}

/** The full rules for one row of the result, for the rows a loop leaves. */
export type FullRules = (row: number) => Output;

export type ColumnLoop = (inputs: readonly ColumnInput[], rows: number, fullRules: FullRules) => Output[][];

/** Lists wider than this are not unrolled in compiled code; the generic loop adds them up. */
const MAX_UNROLLED_LIST = 8;

function layoutOf(input: ColumnInput): Layout {
  if (!input.column) return { kind: 'constant' };
  return input.list ? { kind: 'list', width: input.column[0]?.length ?? 0 } : { kind: 'column' };
}

function isWithin(value: CellValue, bounds: NumericBounds): value is number {
  return (
    typeof value === 'number' &&
    value - value === 0 &&
    (value > bounds.min || (bounds.minIncluded && value === bounds.min)) &&
    (value < bounds.max || (bounds.maxIncluded && value === bounds.max))
  );
}

/** The row's number for one input, or undefined when one of its cells is not a plain number within bounds. */
function rowValue(input: ColumnInput, r: number): number | undefined {
  if (!input.column) return input.constant;
  if (!input.list) {
    const value = input.column[r][0];
    return isWithin(value, input.bounds) ? value : undefined;
  }
  let total = 0;
  for (const cell of input.column[r]) {
    if (!isWithin(cell, input.bounds)) return undefined;
    total += cell;
  }
  // Cells that add up past the largest number: the full rules refuse the row.
  return total - total === 0 ? total : undefined;
}

/** The same loop as the compiled one, for any formula and layout, with no code generation. */
function genericColumnLoop(compute: Compute): ColumnLoop {
  return (inputs, rows, fullRules) => {
    const out: Output[][] = new Array(rows);
    const values = [0, 0, 0, 0];
    rows: for (let r = 0; r < rows; r++) {
      for (let i = 0; i < inputs.length; i++) {
        const value = rowValue(inputs[i], r);
        if (value === undefined) {
          out[r] = [fullRules(r)];
          continue rows;
        }
        values[i] = value;
      }
      const result = compute(values[0], values[1], values[2], values[3]);
      out[r] = [typeof result === 'number' && result - result === 0 ? (result === 0 ? 0 : result) : fullRules(r)];
    }
    return out;
  };
}

/** Hands the compiled loop its inputs as plain arguments: a column (or list rows) or a constant each. */
function runCompiled(loop: CompiledLoop<Output>): ColumnLoop {
  return (inputs, rows, fullRules) => loop(rows, fullRules, ...inputs.map((input) => input.column ?? input.constant));
}

/**
 * Compiled loops by compute function, then by source (which holds the formula's name, its arguments'
 * layouts and bounds); undefined where the source could not be compiled. In Sheets every call starts
 * a fresh script, so this only saves work in a long-lived process: the emulator, the tests, the bench.
 */
const compiled = new WeakMap<Compute, Map<string, ColumnLoop | undefined>>();

function compiledColumnLoop(name: string, compute: Compute, inputs: readonly ColumnInput[]): ColumnLoop | undefined {
  const layouts = inputs.map(layoutOf);
  if (layouts.some((l) => l.kind === 'list' && l.width > MAX_UNROLLED_LIST)) return undefined;
  const source = columnLoopSource({
    formula: name,
    args: inputs.map((input, i) => ({ name: input.name, layout: layouts[i], bounds: input.bounds })),
  });
  let bySource = compiled.get(compute);
  if (!bySource) compiled.set(compute, (bySource = new Map()));
  if (!bySource.has(source)) {
    const loop = compileColumnLoop<Output>(source, compute);
    bySource.set(source, loop && runCompiled(loop));
  }
  return bySource.get(source);
}

/** The loop for these inputs under `evaluation`; undefined for 'rules'. */
export function columnLoop(
  name: string,
  compute: Compute,
  inputs: readonly ColumnInput[],
  evaluation: ColumnEvaluation,
): ColumnLoop | undefined {
  if (evaluation === 'rules') return undefined;
  return (evaluation === 'compiled' && compiledColumnLoop(name, compute, inputs)) || genericColumnLoop(compute);
}
