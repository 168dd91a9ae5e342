/** Property-based tests: no input makes a formula return NaN, Infinity, null or undefined, and ranges follow the rules. */
import fc from 'fast-check';
import { FORMULA_REFERENCE } from '../../src/functions/reference';
import { toCustomFunction } from '../../src/functions/adapter';
import type { CellValue, Matrix, Output } from '../../src/core/values';
import { parseLocaleNumber } from '../../src/core/numbers';

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double(),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -5, max: 5000 }),
  fc.constantFrom(0, -0, 1, 0.5, '', '', 'abc', '1 in 50', '2%', '1,500', '#N/A', 'TRUE', Infinity, -Infinity, NaN),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.date({ noInvalidDate: true }),
);

const matrix = (rows: number, cols: number) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

function assertClean(out: Output): void {
  if (Array.isArray(out)) return out.forEach((row) => row.forEach(assertClean));
  expect(out).not.toBeNull();
  expect(out).not.toBeUndefined();
  if (typeof out === 'number') expect(Number.isFinite(out)).toBe(true);
  else expect(typeof out).toBe('string');
}

const ROW_FORMULAS = FORMULA_REFERENCE.filter((f) => f.name !== 'PPC_EQUIVALENT');
const fn = (name: string, locale = 'en_US') =>
  toCustomFunction(
    FORMULA_REFERENCE.find((f) => f.name === name)!,
    () => locale,
  );

describe.each(FORMULA_REFERENCE.map((f) => [f.name, f] as const))('%s', (name, def) => {
  const arity = def.params.length;

  test('never returns NaN, Infinity, null or undefined; errors name the formula', () => {
    const arg = fc.oneof(
      cell,
      fc.integer({ min: 1, max: 4 }).chain((rows) => matrix(rows, 1)),
    );
    fc.assert(
      fc.property(fc.array(arg, { minLength: 0, maxLength: arity }), fc.constantFrom('en_US', 'fr_FR'), (args, locale) => {
        try {
          assertClean(fn(name, locale)(...args));
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message.startsWith(`${name}${locale === 'fr_FR' ? ' :' : ':'} `)).toBe(true);
          expect((error as Error).message).not.toMatch(/undefined|\[object/);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe.each(ROW_FORMULAS.map((f) => [f.name, f] as const))('%s over ranges', (name, def) => {
  const required = def.params.filter((p) => !p.optional).length;
  const f = fn(name);

  test('each row of a range call equals the single-value call on that row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((rows) => fc.array(matrix(rows, 1), { minLength: required, maxLength: required })),
        (columns) => {
          const out = f(...columns) as Output[][];
          expect(out).toHaveLength(columns[0].length);
          out.forEach(([value], r) => {
            const rowArgs = columns.map((c) => c[r][0]);
            // Blank: an empty cell, or a text that means "no value" ("-", "n/a").
            const isBlankCell = (v: CellValue) =>
              v === '' || v === null || v === undefined || (typeof v === 'string' && parseLocaleNumber(v) === 'blank');
            // In a range a blank cell is "no data": the row is blank, unless a blank can only mean 0.
            // Another cell of such a row that is refused is still shown.
            const noData = rowArgs.some((v, i) => isBlankCell(v) && def.params[i].blank !== 'zero');
            if (noData) return expect(value === '' || (/^⚠ /.test(String(value)) && !/: blank$/.test(String(value)))).toBe(true);
            let single: Output | Error;
            try {
              single = f(...rowArgs);
            } catch (error) {
              single = error as Error;
            }
            if (single instanceof Error) expect(String(value)).toMatch(/^⚠ /);
            else expect(value).toEqual(single);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a single value is broadcast: same as repeating it on every row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: required, maxLength: required }),
        (rows, values) => {
          const [first, ...rest] = values;
          const repeated = rest.map((v) => Array.from({ length: rows }, () => [v]) as Matrix);
          const firstCol = Array.from({ length: rows }, () => [first]) as Matrix;
          expect(f(firstCol, ...rest)).toEqual(f(firstCol, ...repeated));
        },
      ),
    );
  });

  test('rows whose range inputs are all blank give blank', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), (rows) => {
        const blank = Array.from({ length: rows }, () => ['']) as Matrix;
        const out = f(...Array.from({ length: required }, () => blank));
        expect(out).toEqual(blank);
      }),
    );
  });

  if (required >= 2) {
    test('ranges of different heights are an error that names both arguments and sizes', () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), (a, b) => {
          fc.pre(a !== b);
          const [p0, p1] = def.params;
          const colA = Array.from({ length: a }, () => [1]) as Matrix;
          const colB = Array.from({ length: b }, () => [1]) as Matrix;
          const args = [colA, colB, ...Array.from({ length: required - 2 }, () => 1)];
          const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
          const shape = (n: number) => `${plural(n, 'row')} × 1 column`;
          const message = p1.list
            ? `${name}: ${p1.name} has ${plural(b, 'row')} but the result has ${a}`
            : `${name}: ${p0.name} is ${shape(a)} but ${p1.name} is ${shape(b)}`;
          if (p1.list && b === 1) {
            // One row of a list is broadcast: every row gives what a single row of the same inputs gives.
            const single = [f(...[[[1]], [[1]], ...args.slice(2)])].flat(2)[0];
            expect(f(...args)).toEqual(Array.from({ length: a }, () => [single]));
          } else expect(() => f(...args)).toThrow(message);
        }),
      );
    });
  }
});

/**
 * A number typed as text the way a locale writes it, in one of the forms people use: plain, grouped
 * with spaces or commas, with a currency, or as a percent (which reads as the same fraction).
 */
function localeText(cents: number, locale: 'en_US' | 'fr_FR', form: number): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100));
  const fraction = String(abs % 100).padStart(2, '0');
  const french = locale === 'fr_FR';
  const group = (sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const decimal = french ? ',' : '.';
  const sign = negative ? '-' : '';
  switch (form % 6) {
    // Whole numbers grouped the locale's way: "1,500" in English, "1 500" in French.
    case 5:
      return `${sign}${group(french ? '\u202f' : ',')}${abs % 100 === 0 ? '' : `${decimal}${fraction}`}`;
    case 0:
      return `${sign}${whole}${decimal}${fraction}`;
    case 1:
      return `${sign}${group(french ? ['\u00a0', '\u202f', ' '][form % 3] : ',')}${decimal}${fraction}`;
    case 2:
      return french ? `${sign}${group('\u202f')}${decimal}${fraction} €` : `${sign}$${group(',')}.${fraction}`;
    case 3:
      return `${sign}${abs}${french ? '\u00a0%' : '%'}`; // cents as a percent: the same number
    default:
      return `${sign}${whole}${abs % 100 === 0 ? '' : `${decimal}${fraction}`}`;
  }
}

describe('numbers typed as text in the locale give the same result as the numbers, or a refusal (never another number)', () => {
  const outcomeOf = (call: () => Output): number | string | Error => {
    try {
      const out = call();
      return typeof out === 'number' || typeof out === 'string' ? out : JSON.stringify(out);
    } catch (error) {
      return error as Error;
    }
  };

  describe.each(FORMULA_REFERENCE.map((f) => [f.name, f] as const))('%s', (name, def) => {
    const numeric = def.params.filter((p) => p.rule !== 'boolean' && p.rule !== 'keyword');
    test('for random values and forms, in English and French', () => {
      fc.assert(
        fc.property(
          fc.constantFrom('en_US' as const, 'fr_FR' as const),
          fc.array(
            fc.tuple(
              fc.oneof(
                fc.integer({ min: -100_000, max: 10_000_000 }),
                fc.integer({ min: 1, max: 9_999 }).map((n) => n * 100),
              ),
              fc.nat(20),
              fc.boolean(),
            ),
            { minLength: numeric.length, maxLength: numeric.length },
          ),
          (locale, draws) => {
            const f = fn(name, locale);
            const plain = draws.map(([cents]) => cents / 100);
            const typed = draws.map(([cents, form, asText]) => (asText ? localeText(cents, locale, form) : cents / 100));
            const expected = outcomeOf(() => f(...plain));
            const got = outcomeOf(() => f(...typed));
            if (got instanceof Error) {
              // A refusal is allowed, with a message that names the formula.
              expect(got.message.startsWith(name)).toBe(true);
              return;
            }
            expect(typeof got === 'number' ? Number.isFinite(got) : true).toBe(true);
            // A bare 1 as a close rate asks "did you mean 1 %?", while "100 %" says it outright: the text
            // may then be read where the bare number was questioned, as the same number.
            const questioned = expected instanceof Error && /did you mean|vouliez-vous dire/.test(expected.message);
            if (questioned && typed.some((t) => typeof t === 'string' && /%$/.test(t.trim()))) {
              const explicit = outcomeOf(() => f(...typed.map((t, i) => (typeof t === 'string' && /%$/.test(t.trim()) ? t : plain[i]))));
              expect(got).toEqual(explicit);
              return;
            }
            if (typeof got === 'number' && typeof expected === 'number') {
              expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
            } else {
              // The text was read, so it must have meant exactly what the number means.
              expect({ typed, got }).toEqual({ typed, got: expected instanceof Error ? `refused: ${expected.message}` : expected });
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});

describe('a computation that overflows is refused or computed right, never a finite wrong number', () => {
  const outcomeOf = (call: () => Output): number | 'refused' => {
    try {
      const out = call();
      if (typeof out !== 'number') throw new Error(`not a number: ${JSON.stringify(out)}`);
      return out;
    } catch (error) {
      expect((error as Error).message).toMatch(/too large to compute|target equals baseline|add up to 0/);
      return 'refused';
    }
  };
  /** Numbers up to the largest double, and ordinary ones beside them (none so small that a quarter of it underflows). */
  const size = fc.oneof(
    fc.double({ min: 1e300, max: Number.MAX_VALUE, noNaN: true }),
    fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
    fc.constant(0),
  );
  const near = (a: number | 'refused', b: number | 'refused') =>
    typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)) : a === b;

  test('SHARE_OF_VOICE is a share: the same as on a quarter of every number, unless the competitors alone overflow', () => {
    const sov = fn('SHARE_OF_VOICE');
    fc.assert(
      fc.property(size, fc.array(size, { minLength: 1, maxLength: 3 }), (own, competitors) => {
        const got = outcomeOf(() => sov(own, [competitors]));
        const quarter = outcomeOf(() => sov(own / 4, [competitors.map((c) => c / 4)]));
        if (competitors.reduce((a, b) => a + b, 0) === Infinity) return expect(got).toBe('refused');
        expect([own, competitors, got, near(got, quarter)]).toEqual([own, competitors, got, true]);
      }),
      { numRuns: 500 },
    );
  });

  test('GOAL_PROGRESS is a ratio: the same as on a quarter of every number', () => {
    const progress = fn('GOAL_PROGRESS');
    const signed = fc.tuple(size, fc.boolean()).map(([n, negative]) => (negative ? -n : n));
    fc.assert(
      fc.property(signed, signed, signed, (current, target, baseline) => {
        const got = outcomeOf(() => progress(current, target, baseline));
        const quarter = outcomeOf(() => progress(current / 4, target / 4, baseline / 4));
        expect([current, target, baseline, got, near(got, quarter)]).toEqual([current, target, baseline, got, true]);
      }),
      { numRuns: 500 },
    );
  });
});
