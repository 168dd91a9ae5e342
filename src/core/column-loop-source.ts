/**
 * The code generation behind the compiled column loops of core/column-loop.ts: for one formula and one
 * layout of its arguments, the JavaScript source of a loop that computes the rows of plain numbers
 * directly, and that source compiled with `new Function`.
 *
 * Why generate code at all: a generic loop calls the formula's compute from one call site shared by
 * every formula, so V8 cannot inline it, and it re-checks each argument's kind on every row. A loop
 * compiled per formula and layout keeps its own type feedback (the formula's name and layout in the
 * source keep V8's compilation cache from sharing it), reads only plain arguments, and has the rule's
 * bounds as literals: `npm run bench` holds every arithmetic formula within 2× of a bare loop over the
 * same 100,000 rows (it measures 0.9× to 1.2×), where the full rules take several times as long. The
 * source is meant to be read: print `columnLoopSource(...)` when a test fails.
 */
import type { NumericBounds } from './rules';

/** How one argument reaches the loop: the same number on every row, one cell per row, or `width` cells per row to add up. */
export type Layout = { kind: 'constant' } | { kind: 'column' } | { kind: 'list'; width: number };

/** One argument of the loop: its name (for the source's readability), how it arrives, and which plain numbers its rule accepts as they are. */
export interface LoopArgument {
  name: string;
  layout: Layout;
  bounds: NumericBounds;
}

export interface LoopSpec {
  formula: string;
  args: readonly LoopArgument[];
}

/** "constant", "column" or "list3": the layout in the loop's name and first comment. */
function layoutName(layout: Layout): string {
  return layout.kind === 'list' ? `list${layout.width}` : layout.kind;
}

/** What the compiled loop is called with: the row count, the full rules for the rows it leaves, and one array or number per argument. */
export type CompiledLoop<Out> = (rows: number, fullRules: (row: number) => Out, ...inputs: unknown[]) => Out[][];

/** Names the generated code uses itself; an argument with one of these names (or a keyword) gets a positional name instead. */
const TAKEN = new Set([
  'rows',
  'fullRules',
  'compute',
  'out',
  'r',
  'result',
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'let',
  'new',
  'null',
  'return',
  'static',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
  'arguments',
  'eval',
  'undefined',
  'NaN',
  'Infinity',
]);

/**
 * The arguments' variables: their own names where these are plain identifiers, unique, and clear of
 * the loop's names and of the names derived from them (value_input, value_cells, value_0); else arg0…
 */
function variableNames(args: readonly LoopArgument[]): string[] {
  const plain = (name: string) =>
    /^[a-z][a-z0-9]*(_[a-z][a-z0-9]*)*$/i.test(name) && !TAKEN.has(name) && !/_(input|cells)$|^arg\d+$/.test(name);
  return args.map(({ name }, i) => (plain(name) && args.findIndex((other) => other.name === name) === i ? name : `arg${i}`));
}

/** The test that a cell is a finite number within its rule's bounds, with the bounds written out. */
function withinBounds(x: string, bounds: NumericBounds): string {
  const tests = [`typeof ${x} === 'number'`, `${x} - ${x} === 0`];
  if (Number.isFinite(bounds.min)) tests.push(`${x} ${bounds.minIncluded ? '>=' : '>'} ${bounds.min}`);
  if (Number.isFinite(bounds.max)) tests.push(`${x} ${bounds.maxIncluded ? '<=' : '<'} ${bounds.max}`);
  return tests.join(' && ');
}

interface ArgumentCode {
  /** The loop's parameter this argument arrives in. */
  input: string;
  /** Statements that read the row's cells, before the test. */
  reads: string[];
  /** Conditions for the row to be computed here. */
  tests: string[];
  /** Statements that give the argument's variable its value, once the tests passed. */
  values: string[];
}

function argumentCode(arg: LoopArgument, name: string): ArgumentCode {
  const input = `${name}_input`;
  switch (arg.layout.kind) {
    case 'constant':
      // Read once through the full rules before the loop: nothing to test.
      return { input, reads: [`var ${name} = ${input};`], tests: [], values: [] };
    case 'column':
      return { input, reads: [`var ${name} = ${input}[r][0];`], tests: [withinBounds(name, arg.bounds)], values: [] };
    case 'list': {
      const cells = Array.from({ length: arg.layout.width }, (_, j) => `${name}_${j}`);
      return {
        input,
        reads: [`var ${name}_cells = ${input}[r];`, ...cells.map((cell, j) => `var ${cell} = ${name}_cells[${j}];`)],
        tests: [`${name}_cells.length === ${cells.length}`, ...cells.map((cell) => withinBounds(cell, arg.bounds))],
        values: [`var ${name} = ${cells.join(' + ') || '0'};`],
      };
    }
  }
}

const indent = (depth: number, lines: readonly string[]) => lines.map((line) => `${'  '.repeat(depth)}${line}`);

/**
 * The body of `new Function('compute', body)`: it returns the loop, which calls `compute` for each row
 * whose cells are plain numbers within their rule's bounds (a list's cells added up), and leaves every
 * other row (blank, text, out of bounds, a list whose sum overflows, or a result that is not a finite
 * number) to the full rules.
 */
export function columnLoopSource(spec: LoopSpec): string {
  const names = variableNames(spec.args);
  const code = spec.args.map((arg, i) => argumentCode(arg, names[i]));
  const layouts = spec.args.map((arg) => layoutName(arg.layout));
  const formula = spec.formula.replace(/[^A-Za-z0-9_]/g, '_');
  const tests = code.flatMap((c) => c.tests);
  // A list's cells may add up past the largest number: its sum must be finite too, or the result (1 / ∞ = 0) would be wrong.
  const finiteSums = spec.args.flatMap((arg, i) => (arg.layout.kind === 'list' ? [` && ${names[i]} - ${names[i]} === 0`] : []));
  const computeRow = [
    ...code.flatMap((c) => c.values),
    // Four numbers, as the full rules pass them: the unused ones are 0.
    `var result = compute(${[...names, '0', '0', '0'].slice(0, Math.max(4, names.length)).join(', ')});`,
    `if (typeof result === 'number' && result - result === 0${finiteSums.join('')}) {`,
    '  out[r] = [result === 0 ? 0 : result]; // no -0 in a cell',
    '  continue;',
    '}',
  ];
  return [
    `// ${formula} over one column: ${names.map((name, i) => `${name} (${layouts[i]})`).join(', ')}.`,
    "// A row whose cells are finite numbers (x - x === 0) within their rule's bounds is computed here;",
    '// any other row, or a result that is not a finite number, goes to fullRules.',
    `return function ${formula}_${layouts.join('_')}(rows, fullRules, ${code.map((c) => c.input).join(', ')}) {`,
    '  var out = new Array(rows);',
    '  for (var r = 0; r < rows; r++) {',
    ...indent(
      2,
      code.flatMap((c) => c.reads),
    ),
    ...(tests.length > 0
      ? indent(2, ['if (', ...tests.map((t, i) => `  ${t}${i < tests.length - 1 ? ' &&' : ''}`), ') {', ...indent(1, computeRow), '}'])
      : indent(2, computeRow)),
    '    out[r] = [fullRules(r)];',
    '  }',
    '  return out;',
    '};',
  ].join('\n');
}

/**
 * The loop of `source` (from columnLoopSource) compiled for `compute`; undefined where code cannot be
 * compiled (a context that refuses code generation from strings): the caller then runs the generic loop.
 */
export function compileColumnLoop<Out>(source: string, compute: (...values: number[]) => unknown): CompiledLoop<Out> | undefined {
  try {
    return new Function('compute', source)(compute) as CompiledLoop<Out>;
  } catch {
    return undefined;
  }
}
