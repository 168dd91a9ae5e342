/**
 * The column loops of core/column-loop.ts are a shortcut: the compiled loop, the generic loop and the
 * full rules must give the same results, blanks, texts, out-of-bounds values and refusals included.
 * When one of these fails, print the loop it ran with columnLoopSource (see the "readable" tests).
 */
import fc from 'fast-check';
import { FormulaError } from '../../src/core/faults';
import { columnLoop, type ColumnEvaluation, type ColumnInput } from '../../src/core/column-loop';
import { columnLoopSource, compileColumnLoop } from '../../src/core/column-loop-source';
import { renderShort } from '../../src/core/formula-texts';
import { numberConvention } from '../../src/core/numbers';
import { NUMERIC_BOUNDS, type ArgProblem, type NumericBounds } from '../../src/core/rules';
import type { Arg, CellValue, Output } from '../../src/core/values';
import { FORMULA_REFERENCE } from '../../src/functions/reference';
import type { FormulaDef } from '../../src/functions/types';

const EVALUATIONS: readonly ColumnEvaluation[] = ['compiled', 'generic', 'rules'];

/** Mostly plain numbers (so the loops have rows to compute), and every kind of cell that must leave them. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true })) },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, 1, 0.999, 1.5, 2, 40, 100, 150, -1, -0.5, 1e308, -1e308, Number.MIN_VALUE) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 2, arbitrary: fc.constantFrom<CellValue>('', '', null, undefined) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<CellValue>(
      '12',
      '1,5',
      '1.500',
      ' 2 500 ',
      'abc',
      '30%',
      '150%',
      '1 in 50',
      '50 in 1',
      '#N/A',
      '-',
      'n/a',
      'TRUE',
      'VRAI',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(true, false, new Date(Date.UTC(2026, 0, 1))) },
);

const column = (rows: number, width = 1) =>
  fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: rows, maxLength: rows });

/** One argument of a call whose ranges are `rows` high: a column, a list of columns (for a list), a single value, or nothing. */
function argument(def: FormulaDef, index: number, rows: number): fc.Arbitrary<Arg> {
  const param = def.params[index];
  const single = param.optional ? fc.oneof(cell, fc.constant(undefined)) : cell;
  if (!param.list) return fc.oneof({ weight: 3, arbitrary: column(rows) }, { weight: 1, arbitrary: single });
  // Wider than 8 columns, a list is not unrolled in compiled code: the generic loop adds it up.
  const lists = fc.integer({ min: 1, max: 10 }).chain((width) => fc.oneof(column(rows, width), column(1, width)));
  return fc.oneof({ weight: 3, arbitrary: lists }, { weight: 1, arbitrary: single });
}

function call(def: FormulaDef): fc.Arbitrary<Arg[]> {
  return fc.integer({ min: 1, max: 12 }).chain((rows) => fc.tuple(...def.params.map((_, i) => argument(def, i, rows))));
}

function outcome(def: FormulaDef, args: Arg[], locale: string, evaluation: ColumnEvaluation): { value?: Output; error?: unknown } {
  const lang = locale.startsWith('fr') ? 'fr' : 'en';
  try {
    return { value: def.run(args, { shortMessage: (p) => renderShort(lang, p), convention: () => numberConvention(locale), evaluation }) };
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    return { error: { formula: error.formula, fault: error.fault } };
  }
}

// PPC_EQUIVALENT is no row formula: it adds rows up and matches keywords, with no column loop.
const ROW_FORMULAS = FORMULA_REFERENCE.filter((def) => def.name !== 'PPC_EQUIVALENT');

describe.each(ROW_FORMULAS.map((def) => [def.name, def] as const))('%s: compiled, generic and full rules agree', (_name, def) => {
  test('on random columns with blanks, texts and out-of-bounds values', () => {
    fc.assert(
      fc.property(call(def), fc.constantFrom('en_US', 'fr_FR'), (args, locale) => {
        const [compiled, generic, rules] = EVALUATIONS.map((evaluation) => outcome(def, args, locale, evaluation));
        expect(generic).toEqual(rules);
        expect(compiled).toEqual(rules);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the loops themselves', () => {
  const BOUNDS = Object.values(NUMERIC_BOUNDS).filter((b): b is NumericBounds => b !== undefined);
  const refused: ArgProblem = { arg: 'a', rule: 'number', problem: { code: 'overflow' } };
  // Results a loop must compute, and results it must leave to the full rules: refusals, non-finite numbers, -0.
  const compute = (a: number, b: number, c: number, d: number) =>
    a > 4000 ? refused : a * 2 - b / (c || 1) + d * 0 + (a === 7 ? -0 : 0) + (a === 9 ? Infinity : 0);

  // Cells on and just beyond every bound, where the loops' tests must draw the same line as the rules.
  const edge = fc.constantFrom(0, -0, 1, -Number.MIN_VALUE, Number.MIN_VALUE, 1 - Number.EPSILON / 2, 1 + Number.EPSILON, 7, 9);
  const loopCell = fc.oneof({ weight: 3, arbitrary: edge }, { weight: 2, arbitrary: cell });

  const input = (rows: number, index: number): fc.Arbitrary<ColumnInput> =>
    fc
      .record({
        name: fc.constantFrom('value', 'cost', 'result', 'default', 'x-y', `v${index}`),
        list: fc.boolean(),
        width: fc.integer({ min: 1, max: 10 }),
        constant: fc.oneof(fc.constant(undefined), fc.double({ min: -10, max: 10, noNaN: true })),
        bounds: fc.constantFrom(...BOUNDS),
        cells: fc.array(fc.array(loopCell, { minLength: 10, maxLength: 10 }), { minLength: rows, maxLength: rows }),
      })
      .map(({ name, list, width, constant, bounds, cells }) => ({
        name,
        list,
        bounds,
        constant: constant ?? 0,
        column: constant === undefined ? cells.map((row) => row.slice(0, list ? width : 1)) : undefined,
      }));

  const inputs = fc
    .integer({ min: 0, max: 15 })
    .chain((rows) =>
      fc
        .integer({ min: 1, max: 4 })
        .chain((arity) => fc.tuple(fc.constant(rows), fc.tuple(...Array.from({ length: arity }, (_, i) => input(rows, i))))),
    );

  test('the compiled loop leaves exactly the rows the generic loop leaves, and computes the others alike', () => {
    fc.assert(
      fc.property(inputs, ([rows, args]) => {
        const fullRules = (r: number) => `full rules for row ${r}`;
        const generic = columnLoop('TEST', compute, args, 'generic')!(args, rows, fullRules);
        expect(columnLoop('TEST', compute, args, 'compiled')!(args, rows, fullRules)).toEqual(generic);
      }),
      { numRuns: 500 },
    );
  });

  test('every row the generic loop computes has cells within bounds and a finite result', () => {
    const args: ColumnInput[] = [
      { name: 'x', list: false, constant: 0, bounds: NUMERIC_BOUNDS.positive!, column: [[1], [0], [-1], ['2'], [''], [3]] },
    ];
    expect(columnLoop('TEST', (x) => 10 / x, args, 'generic')!(args, 6, (r) => `rules ${r}`)).toEqual([
      [10],
      ['rules 1'],
      ['rules 2'],
      ['rules 3'],
      ['rules 4'],
      [10 / 3],
    ]);
  });

  test('the full rules take no loop', () => {
    expect(columnLoop('TEST', compute, [], 'rules')).toBeUndefined();
  });
});

describe('the generated source is readable', () => {
  const nonNegative = NUMERIC_BOUNDS.nonNegative!;
  const totalCost = {
    formula: 'TOTAL_COST',
    args: [
      { name: 'hours', layout: { kind: 'column' as const }, bounds: nonNegative },
      { name: 'hourly_rate', layout: { kind: 'constant' as const }, bounds: nonNegative },
      { name: 'other_costs', layout: { kind: 'list' as const, width: 3 }, bounds: nonNegative },
    ],
  };

  test('one statement per line, the arguments by their names, the bounds written out', () => {
    const source = columnLoopSource(totalCost);
    expect(source).toContain(
      'return function TOTAL_COST_column_constant_list3(rows, fullRules, hours_input, hourly_rate_input, other_costs_input) {',
    );
    expect(source).toContain("typeof hours === 'number' && hours - hours === 0 && hours >= 0 &&");
    expect(source).toContain('other_costs_cells.length === 3 &&');
    expect(source).toContain('var other_costs = other_costs_0 + other_costs_1 + other_costs_2;');
    expect(source).toContain('var result = compute(hours, hourly_rate, other_costs, 0);');
    expect(source.split('\n').every((line) => line.length <= 140)).toBe(true);
  });

  test('a rule with open bounds says so: a rate is below 1, a positive number above 0', () => {
    const source = columnLoopSource({
      formula: 'F',
      args: [
        { name: 'rate', layout: { kind: 'column' }, bounds: NUMERIC_BOUNDS.rate! },
        { name: 'cost', layout: { kind: 'column' }, bounds: NUMERIC_BOUNDS.positive! },
      ],
    });
    expect(source).toContain('rate >= 0 && rate < 1');
    expect(source).toMatch(/cost > 0\s*\)/);
  });

  test('names that are not plain identifiers, or that the loop uses, become positional names, and the source compiles', () => {
    const args = ['result', 'default', 'other-costs', 'arg0'].map((name) => ({
      name,
      layout: { kind: 'column' as const },
      bounds: nonNegative,
    }));
    const source = columnLoopSource({ formula: 'ODD NAMES', args });
    expect(source).toContain('var result = compute(arg0, arg1, arg2, arg3);');
    const loop = compileColumnLoop<number>(source, (a, b, c, d) => 1000 * a + 100 * b + 10 * c + d);
    // Each argument keeps its place: column i holds i+1 on the first row and 10×(i+1) on the second.
    const columns = args.map((_, i) => [[i + 1], [10 * (i + 1)]]);
    expect(loop?.(2, () => NaN, ...columns)).toEqual([[1234], [12340]]);
  });

  test('a stack trace from a formula names the compiled loop it ran in', () => {
    let stack = '';
    const args: ColumnInput[] = [{ name: 'x', list: false, constant: 0, bounds: NUMERIC_BOUNDS.number!, column: [[1]] }];
    columnLoop('TRACED', (x) => ((stack = new Error().stack ?? ''), x), args, 'compiled')!(args, 1, () => '');
    expect(stack).toContain('TRACED_column');
  });
});
