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
import { Arg, CellValue, Matrix, Output, isBlank, isMatrix } from './values';
import { ArgProblem, ConventionLookup, NUMERIC_BOUNDS, NumberRule, Problem, Reader, readersFor } from './rules';
import { ArgShape, FormulaError } from './faults';

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

/** At most four arguments: the column fast path below passes them positionally. */
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

/** What the shape rules need of a formula: its name and its arguments' names (and which are lists). */
export interface Shaped {
  name: string;
  params: ReadonlyArray<Pick<ParamSpec, 'name' | 'list'>>;
}

export function toSources(formula: Shaped, args: readonly Arg[]): Source[] {
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
  return sources.map((s) => (s.kind === 'list' && s.cols === 1 && s.rows > 1 ? { kind: 'list', cells: [s.cells.map((row) => row[0])], rows: 1, cols: s.rows } : s));
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
export function rowIsBlank(sources: Source[], rows: number, r: number, c: number): boolean {
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

export function scalarCallIsBlank(sources: Source[]): boolean {
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
 * One argument's number for one cell of the result, under every rule above; `undefined` when a blank
 * cell in a range makes the row "no data".
 */
function argumentValue(param: ParamSpec, source: Source, read: Reader, inRange: boolean, r: number, c: number): number | Problem | undefined {
  switch (source.kind) {
    case 'cells': {
      const n = readCell(source.cells[r][c], read);
      if (n !== BLANK) return n;
      return param.blank === 'zero' ? 0 : undefined;
    }
    case 'scalar': {
      const n = readCell(source.value, read);
      if (n !== BLANK) return n;
      if (param.blank === 'zero') return 0;
      // A blank cell is not an omitted argument: say so rather than silently use the default.
      return param.defaultValue !== undefined ? { code: 'blankWithDefault', fallback: param.defaultValue } : BLANK;
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

/** A cell's number, or BLANK for a blank cell or a text that means "no value" ("", "-", "n/a"). */
function readCell(value: CellValue, read: Reader): number | Problem {
  if (isBlank(value)) return BLANK;
  const n = read(value);
  return typeof n !== 'number' && n.code === 'blank' ? BLANK : n;
}

/** Reads and validates one cell of the result, under every rule above. */
function cellEvaluator(formula: RowFormula, sources: Source[], shape: ResultShape, readers: Record<NumberRule, Reader>, shortMessage: ShortMessage): (r: number, c: number) => Output {
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
      const result = formula.compute(values[0], values[1], values[2], values[3]);
      if (typeof result === 'number') {
        if (result - result === 0) return result === 0 ? 0 : result; // no -0 in a cell
        refused = { arg: params[0].name, rule: params[0].rule, problem: { code: 'overflow' } };
      } else refused = result;
    }
    if (!shape.isRange) throw new FormulaError(formula.name, { kind: 'arg', problem: refused });
    return shortMessage(refused);
  };
}

/** One argument as the fast path sees it: a column to read (or, for a list, rows to add), or one number for every row. */
interface FastInput {
  column: Matrix | undefined;
  /** The column's rows are lists of cells to add up (other_costs, competitors). */
  list: boolean;
  constant: number;
  min: number;
  minIncluded: boolean;
  max: number;
  maxIncluded: boolean;
}

const UNUSED_INPUT: FastInput = { column: undefined, list: false, constant: 0, min: -Infinity, minIncluded: true, max: Infinity, maxIncluded: true };

/**
 * For a single-column result whose arguments are columns and plain numbers: each row whose cells
 * are all plain numbers within their rule's bounds is computed directly, every other row (blank, text,
 * out of bounds, refused) goes through the full rules. Same results, a fraction of the work.
 */
function fastInputs(formula: RowFormula, sources: Source[], rows: number, readers: Record<NumberRule, Reader>): FastInput[] | undefined {
  if (formula.params.length > 4) return undefined;
  const inputs: FastInput[] = [];
  for (let i = 0; i < 4; i++) {
    const param = formula.params[i];
    if (!param) {
      inputs.push(UNUSED_INPUT);
      continue;
    }
    const bounds = NUMERIC_BOUNDS[param.rule];
    const s = sources[i];
    if (!bounds) return undefined;
    const columnOf = s.kind === 'cells' || (s.kind === 'list' && s.rows === rows && rows > 1) ? s.cells : undefined;
    let constant = 0;
    if (!columnOf) {
      // One value for every row: read it once, with the full rules.
      const n = argumentValue(param, s, readers[param.rule], true, 0, 0);
      if (typeof n !== 'number') return undefined;
      constant = n;
    }
    inputs.push({ column: columnOf, list: s.kind === 'list', constant, ...bounds });
  }
  return inputs;
}


type FastColumn = (inputs: FastInput[], rows: number, slowCell: (r: number, c: number) => Output) => Output[][];

/** How one argument reaches the fast loop: a constant, a column, or a list of `n` cells per row. */
type Layout = 'constant' | 'column' | `list${number}`;

function layoutOf(input: FastInput): Layout {
  if (!input.column) return 'constant';
  return input.list ? `list${input.column[0]?.length ?? 0}` : 'column';
}

/**
 * The fast loop, compiled for one formula and one layout of its arguments: for each row whose cells
 * are plain numbers within their rule's bounds (a list's cells added up), compute directly; any other
 * row goes to the full rules. Constants were read through the rules already, so they are not checked
 * again, and lists are unrolled. Each compiled copy keeps its own type feedback (its name and layout in
 * the source keep V8's compilation cache from sharing it), so V8 inlines the formula's compute; the
 * loop reads only plain arguments, which keeps its optimised code stable from call to call. Where code
 * cannot be compiled, undefined: every row then goes through the full rules.
 */
function compiledFastColumn(formula: RowFormula, layouts: readonly Layout[]): FastColumn | undefined {
  const names = ['a', 'b', 'c', 'd'].slice(0, layouts.length);
  const params = names.flatMap((_, i) => [`c${i}`, `k${i}`, `lo${i}`, `in${i}`, `hi${i}`, `hiIn${i}`]);
  const within = (x: string, i: number) =>
    `typeof ${x}==='number'&&${x}-${x}===0&&(${x}<hi${i}||(hiIn${i}&&${x}===hi${i}))&&(${x}>lo${i}||(in${i}&&${x}===lo${i}))`;
  const reads: string[] = [];
  const checks: string[] = [];
  layouts.forEach((layout, i) => {
    const n = names[i];
    if (layout === 'constant') reads.push(`var ${n}=k${i};`);
    else if (layout === 'column') {
      reads.push(`var ${n}=c${i}[r][0];`);
      checks.push(within(n, i));
    } else {
      const width = Number(layout.slice(4));
      const cells = Array.from({ length: width }, (_, j) => `cell${i}_${j}`);
      reads.push(`var row${i}=c${i}[r];`, ...cells.map((cell, j) => `var ${cell}=row${i}[${j}];`), `var ${n}=${cells.join('+') || '0'};`);
      checks.push(`row${i}.length===${width}`, ...cells.map((cell) => within(cell, i)));
    }
  });
  const body =
    `/* ${formula.name.replace(/[^A-Z_]/g, '')} ${layouts.join(' ')} */return function(rows,slowCell,${params.join(',')}){` +
    `var out=new Array(rows);for(var r=0;r<rows;r++){${reads.join('')}if(${checks.join('&&') || 'true'}){` +
    `var v=compute(${names.join(',')});if(typeof v==='number'&&v-v===0){out[r]=[v===0?0:v];continue;}}out[r]=[slowCell(r,0)];}return out;};`;
  try {
    const loop = new Function('compute', body)(formula.compute) as (rows: number, slowCell: (r: number, c: number) => Output, ...inputs: unknown[]) => Output[][];
    return (inputs, rows, slowCell) =>
      loop(rows, slowCell, ...inputs.slice(0, layouts.length).flatMap((i) => [i.column, i.constant, i.min, i.minIncluded, i.max, i.maxIncluded]));
  } catch {
    return undefined;
  }
}

const MAX_UNROLLED_LIST = 8;
const fastColumns = new Map<string, FastColumn | undefined>();

function fastColumnFor(formula: RowFormula, inputs: readonly FastInput[]): FastColumn | undefined {
  const layouts = inputs.slice(0, formula.params.length).map(layoutOf);
  if (layouts.some((l) => l.startsWith('list') && Number(l.slice(4)) > MAX_UNROLLED_LIST)) return undefined;
  const key = `${formula.name} ${layouts.join(' ')}`;
  if (!fastColumns.has(key)) fastColumns.set(key, compiledFastColumn(formula, layouts));
  return fastColumns.get(key);
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
  const inputs = shape.cols === 1 ? fastInputs(formula, sources, shape.rows, readers) : undefined;
  const fast = inputs && fastColumnFor(formula, inputs);
  if (inputs && fast) return fast(inputs, shape.rows, cell);
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
