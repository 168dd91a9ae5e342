/**
 * The one set of argument rules every row formula follows:
 * - an argument is a single value or a range; ranges are processed cell by cell (row by row for a
 *   column) and give a result of the same size; a single value is broadcast to every row;
 * - ranges of different sizes are an error that names them;
 * - a row whose range inputs are all blank gives "" so open ranges like B2:B work;
 * - a blank cell in a range means "no data": the row gives "" (or 0 for an argument whose blank can only
 *   mean zero, such as conversions); it never takes the argument's default, which only an omitted
 *   argument gets;
 * - a bad row in a range call gives a short message in that row, the other rows are still computed;
 *   in a single-value call it fails the whole call with the full message;
 * - a "list" argument (other_costs, competitors) may span several columns, summed per row; when every
 *   other argument is a single value, a one-column or one-row list is one list, summed.
 */
import { Arg, CellValue, IsoDay, Matrix, Output, isBlank, isMatrix, isNoValue } from './values';
import { ArgProblem, ConventionLookup, NUMERIC_BOUNDS, NumberRule, Problem, Reader, noValue, readersFor } from './rules';
import { ArgShape, FormulaError } from './faults';
import { columnLoop, type ColumnEvaluation, type ColumnInput } from './column-loop';

export interface ParamSpec {
  name: string;
  rule: NumberRule;
  /** Value used when the argument is omitted. Absent: the argument is required. */
  defaultValue?: number;
  /** 'zero': a blank cell of this argument in a range reads as 0 (no conversions), not as "no data". */
  blank?: 'zero';
  /** Several columns whose row values are added together (blank cells count as 0). */
  list?: boolean;
}

/** At most four arguments: the column loops of core/column-loop.ts pass them positionally. */
export type Compute = (a: number, b: number, c: number, d: number) => number | ArgProblem;

export interface RowFormula {
  name: string;
  params: readonly ParamSpec[];
  /** Receives one validated number per parameter, in order. */
  compute: Compute;
}

/** Renders a refused row for a range result, in the user's language (looked up only when needed). */
export type ShortMessage = (problem: ArgProblem) => string;

/** What a formula call needs from its spreadsheet, each looked up only when needed. */
export interface FormulaEnv {
  shortMessage: ShortMessage;
  /** How the spreadsheet's locale writes numbers, for arguments typed as text. */
  convention: ConventionLookup;
  /**
   * A date cell's calendar day in the spreadsheet's time zone, for a date read as text (UTM_URL) or
   * shown in a message; looked up only when a date is there. Absent: its UTC day.
   */
  isoDay?: IsoDay;
  /** How a single-column range result is computed (see ColumnEvaluation); the add-on leaves the default, 'compiled'. */
  evaluation?: ColumnEvaluation;
}

/** One argument as the row rules see it (core/text-rows.ts reads text through the same rules). */
export type Source =
  | { kind: 'scalar'; value: CellValue }
  | { kind: 'omitted' }
  | { kind: 'cells'; cells: Matrix; rows: number; cols: number }
  | { kind: 'list'; cells: Matrix; rows: number; cols: number };

function shapeOf(arg: string, m: Matrix): ArgShape {
  return { arg, rows: m.length, cols: m.length ? m[0].length : 0 };
}

/** What the shape rules need of a formula: its name and its arguments' names (which are lists, which may be left out). */
export interface Shaped {
  name: string;
  params: ReadonlyArray<Pick<ParamSpec, 'name' | 'list' | 'defaultValue'> & { optional?: boolean }>;
}

/** How many arguments a call gave: Sheets passes each one typed; an undefined at the end is one left out. */
function givenCount(args: readonly Arg[]): number {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  return n;
}

/**
 * An argument beyond the formula's last is refused, never ignored: =ROAS(2000, 500, 3) is no ROAS of
 * 2000 and 500, but a call the user meant otherwise.
 */
export function refuseExtraArguments(formula: Shaped, args: readonly Arg[]): void {
  const got = givenCount(args);
  if (got <= formula.params.length) return;
  const required = formula.params.filter((p) => !p.optional && p.defaultValue === undefined).length;
  throw new FormulaError(formula.name, { kind: 'tooManyArgs', params: formula.params.map((p) => p.name), required, got });
}

export function toSources(formula: Shaped, args: readonly Arg[]): Source[] {
  refuseExtraArguments(formula, args);
  const sources = formula.params.map((param, i): Source => {
    const arg = args[i];
    if (arg === undefined) return { kind: 'omitted' };
    if (!isMatrix(arg)) return { kind: 'scalar', value: arg };
    const { rows, cols } = shapeOf(param.name, arg);
    return { kind: param.list ? 'list' : 'cells', cells: arg, rows, cols };
  });
  // TOTAL_COST(10, 35, {200;50;120}): with nothing else to go row by row, a one-column list is one
  // list of costs, not three rows that would each count the 10 hours again.
  if (sources.some((s) => s.kind === 'cells')) return sources;
  return sources.map((s) =>
    s.kind === 'list' && s.cols === 1 && s.rows > 1 ? { kind: 'list', cells: [s.cells.map((row) => row[0])], rows: 1, cols: s.rows } : s,
  );
}

export interface ResultShape {
  rows: number;
  cols: number;
  isRange: boolean;
}

export function resultShape(formula: Shaped, sources: Source[]): ResultShape {
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
    const n = readCell(row[c], read);
    // A blank cell, or a text that means "no value" ("-", "n/a"), adds nothing: the others still count.
    if (n === undefined) continue;
    if (typeof n !== 'number') return n;
    total += n;
    seen = true;
  }
  // Cells that add up past the largest number (1e308 + 1e308): no sum, rather than an infinite one that
  // a formula would turn into a finite wrong result (120 / ∞ = 0).
  if (total - total !== 0) return OVERFLOW;
  return seen ? total : BLANK;
}

/**
 * What a blank cell is to a formula: for numbers (the default), a blank cell or a text that means "no
 * value" ("n/a", "-", "nd"), alike everywhere; for texts (core/text-rows.ts), a blank cell only, as
 * "n/a" or "na" may be a tag.
 */
export type BlankTest = (value: CellValue) => boolean;

/** True when every range input of the row is blank; a one-row list broadcast to several rows is not one. */
export function rowIsBlank(sources: Source[], rows: number, r: number, c: number, blank: BlankTest = isNoValue): boolean {
  let sawRange = false;
  for (const s of sources) {
    if (s.kind === 'cells') {
      sawRange = true;
      if (!blank(s.cells[r][c])) return false;
    } else if (s.kind === 'list' && s.rows === rows) {
      sawRange = true;
      if (!s.cells[r].every(blank)) return false;
    }
  }
  return sawRange;
}

export function scalarCallIsBlank(sources: Source[], blank: BlankTest = isNoValue): boolean {
  let given = 0;
  for (const s of sources) {
    if (s.kind === 'omitted') continue;
    given++;
    if (s.kind === 'scalar' && !blank(s.value)) return false;
    if (s.kind === 'list' && !s.cells.every((row) => row.every(blank))) return false;
  }
  return given > 0;
}

/**
 * One argument's number for one cell of the result, under every rule above; `undefined` when a blank
 * cell in a range makes the row "no data".
 */
function argumentValue(
  param: ParamSpec,
  source: Source,
  read: Reader,
  inRange: boolean,
  r: number,
  c: number,
): number | Problem | undefined {
  switch (source.kind) {
    case 'cells': {
      const cell = source.cells[r][c];
      const n = readCell(cell, read);
      if (n !== undefined) return n;
      // An empty cell counts 0 where 0 is the only reading (no conversions); "n/a" says the figure is unknown: no data.
      return param.blank === 'zero' && isBlank(cell) ? 0 : undefined;
    }
    case 'scalar': {
      const n = readCell(source.value, read);
      if (n !== undefined) return n;
      if (param.blank === 'zero' && isBlank(source.value)) return 0;
      // A blank cell is not an omitted argument: say so rather than silently use the default.
      const none = noValue(source.value);
      return param.defaultValue !== undefined ? { code: 'blankWithDefault', fallback: param.defaultValue, got: none.got } : none;
    }
    case 'list': {
      const row = source.cells[source.rows === 1 ? 0 : r];
      const n = sumListRow(row, read);
      if (typeof n === 'number' || n.code !== 'blank') return n;
      if (param.defaultValue !== undefined) return param.defaultValue; // no other costs: 0
      return inRange ? undefined : n;
    }
    case 'omitted':
      return param.defaultValue ?? { code: 'missing' };
  }
}

const BLANK: Problem = { code: 'blank' };
const OVERFLOW: Problem = { code: 'overflow' };

/** A cell's number, why it is refused, or undefined for a blank cell or a text that means "no value" ("-", "n/a", "nd"). */
function readCell(value: CellValue, read: Reader): number | Problem | undefined {
  return isNoValue(value) ? undefined : read(value);
}

/** Reads and validates one cell of the result, under every rule above. */
function cellEvaluator(
  formula: RowFormula,
  sources: Source[],
  shape: ResultShape,
  readers: Record<NumberRule, Reader>,
  shortMessage: ShortMessage,
): (r: number, c: number) => Output {
  const params = formula.params;
  const paramReaders = params.map((p) => readers[p.rule]);
  const values = new Array<number>(4).fill(0);
  return (r, c) => {
    if (shape.isRange && rowIsBlank(sources, shape.rows, r, c)) return '';
    let refused: ArgProblem | undefined;
    let noData = false;
    for (let i = 0; i < params.length; i++) {
      const n = argumentValue(params[i], sources[i], paramReaders[i], shape.isRange, r, c);
      if (n === undefined) {
        noData = true; // a blank cell: the row is blank, unless another cell of it is refused
        continue;
      }
      if (typeof n !== 'number') {
        refused = { arg: params[i].name, rule: params[i].rule, problem: n };
        break;
      }
      values[i] = n;
    }
    if (!refused && noData) return '';
    if (!refused) {
      // The one place every row's numbers are computed (the column loops leave here any row they cannot
      // vouch for): a result that is not a finite number overflowed somewhere, and is refused as too
      // large, never shown. Its arguments are finite here (a list's overflowing sum is refused above);
      // a formula whose steps could overflow while its result would not keeps them in range itself
      // (SHARE_OF_VOICE, GOAL_PROGRESS: core/metrics.ts).
      const result = formula.compute(values[0], values[1], values[2], values[3]);
      if (typeof result === 'number') {
        if (result - result === 0) return result === 0 ? 0 : result; // no -0 in a cell
        refused = { arg: params[0].name, rule: params[0].rule, problem: OVERFLOW };
      } else refused = result;
    }
    if (!shape.isRange) throw new FormulaError(formula.name, { kind: 'arg', problem: refused });
    return shortMessage(refused);
  };
}

/**
 * The arguments of a single-column result as the column loops of core/column-loop.ts take them: each a
 * column (a list's rows when it has one per result row) or one number for every row, read once here
 * through the full rules; undefined when the loops cannot take them (a rule with no bounds, a single
 * value the rules refuse), and the full rules then read every row.
 */
function columnInputs(
  formula: RowFormula,
  sources: Source[],
  rows: number,
  readers: Record<NumberRule, Reader>,
): ColumnInput[] | undefined {
  if (formula.params.length > 4) return undefined;
  const inputs: ColumnInput[] = [];
  for (let i = 0; i < formula.params.length; i++) {
    const param = formula.params[i];
    const bounds = NUMERIC_BOUNDS[param.rule];
    const s = sources[i];
    if (!bounds) return undefined;
    const column = s.kind === 'cells' || (s.kind === 'list' && s.rows === rows && rows > 1) ? s.cells : undefined;
    let constant = 0;
    if (!column) {
      const n = argumentValue(param, s, readers[param.rule], true, 0, 0);
      if (typeof n !== 'number') return undefined;
      constant = n;
    }
    inputs.push({ name: param.name, column, list: s.kind === 'list', constant, bounds });
  }
  return inputs;
}

/**
 * Evaluates a row formula over its arguments.
 * Returns a single value for a call with single values, else a 2D array the size of the ranges.
 */
export function evaluateRows(formula: RowFormula, args: readonly Arg[], env: FormulaEnv): Output {
  const sources = toSources(formula, args);
  const shape = resultShape(formula, sources);
  if (!shape.isRange && scalarCallIsBlank(sources)) return '';
  if (shape.rows === 0 || shape.cols === 0) return '';
  const readers = readersFor(env.convention);
  const cell = cellEvaluator(formula, sources, shape, readers, env.shortMessage);
  if (!shape.isRange) return cell(0, 0);
  const inputs = shape.cols === 1 ? columnInputs(formula, sources, shape.rows, readers) : undefined;
  const loop = inputs && columnLoop(formula.name, formula.compute, inputs, env.evaluation ?? 'compiled');
  if (inputs && loop) return loop(inputs, shape.rows, (r) => cell(r, 0));
  return eachCell(shape, cell);
}

/** The result of a range call, one cell at a time. */
export function eachCell(shape: ResultShape, cell: (r: number, c: number) => Output): Output[][] {
  const out: Output[][] = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row: Output[] = new Array(shape.cols);
    for (let c = 0; c < shape.cols; c++) row[c] = cell(r, c);
    out[r] = row;
  }
  return out;
}
