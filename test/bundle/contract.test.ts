/**
 * The contract between build/Code.js and Sheets: every custom function is a top-level declaration with
 * its JSDoc and real parameter names, and computes exactly what the TypeScript source computes.
 */
import fc from 'fast-check';
import { FORMULA_REFERENCE } from '../../src/functions/reference';
import { toCustomFunction } from '../../src/functions/adapter';
import type { CellValue, Output } from '../../src/core/values';
import { bundleSource, loadBundle, plain } from '../support/bundle';

const source = bundleSource();
const bundle = loadBundle();

function declaration(name: string): { jsdoc: string; params: string[] } {
  const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*\\nfunction ${name}\\(([^)]*)\\)\\s*\\{`).exec(source);
  if (!match) throw new Error(`no top-level "function ${name}(...)" preceded by a JSDoc block`);
  return {
    jsdoc: match[1],
    params: match[2]
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  };
}

function outcome(call: () => Output): { value?: Output; error?: string } {
  try {
    return { value: plain(call()) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

test('the bundle is plain Apps Script: no module system, no Node globals', () => {
  expect(source).not.toMatch(/\brequire\s*\(|^\s*(import|export)\s/m);
  expect(bundle.run('typeof require + typeof process + typeof module')).toBe('undefinedundefinedundefined');
});

test('the bundle is readable in the Apps Script editor and the executions log: unminified, names and lines kept', () => {
  for (const name of ['failure', 'openAddonSheets', 'writeGoal', 'replaceTrackingValues'])
    expect(source).toMatch(new RegExp(`\\bfunction ${name}\\(`));
  expect(source.split('\n').length).toBeGreaterThan(1000);
});

test('every formula of the source is declared in the bundle, and nothing else claims @customfunction', () => {
  const declared = [...source.matchAll(/@customfunction[\s\S]*?\*\/\s*\nfunction (\w+)\(/g)].map((m) => m[1]);
  expect(declared).toEqual(FORMULA_REFERENCE.map((f) => f.name));
});

describe.each(FORMULA_REFERENCE.map((def) => [def.name, def] as const))('%s', (name, def) => {
  const reference = toCustomFunction(def, () => 'en_US');
  const built = (...args: unknown[]) => (bundle[name] as (...a: unknown[]) => Output)(...args);

  test('is a top-level function with the real parameter names', () => {
    expect(bundle.run(`typeof ${name}`)).toBe('function');
    expect(declaration(name).params).toEqual(def.params.map((p) => p.name));
    expect(name).not.toMatch(/_$/);
  });

  test('has a JSDoc block Sheets autocomplete reads', () => {
    const { jsdoc } = declaration(name);
    expect(jsdoc).toContain('@customfunction');
    expect(jsdoc).toContain(def.summary.en);
    const params = [...jsdoc.matchAll(/@param \{[^}]+\} (\w+) (.+)/g)];
    expect(params.map((m) => m[1])).toEqual(def.params.map((p) => p.name));
    params.forEach((m) => expect(m[2]).toMatch(/e\.g\. \S/));
    // What the formula gives, after its arguments, as JSDoc orders the tags.
    // A formula whose examples give text (UTM_URL's link) returns a string, every other a number.
    const type = def.examples.every((ex) => typeof ex.result === 'string') ? 'string' : 'number';
    const returns = jsdoc.indexOf(`* @return {${type}} ${def.returns}\n`);
    expect(returns).toBeGreaterThan(jsdoc.lastIndexOf('@param'));
    expect(returns).toBeLessThan(jsdoc.indexOf('@customfunction'));
  });

  test('computes every documented example', () => {
    for (const example of def.examples) {
      const result = built(...example.args);
      if (typeof example.result === 'string') {
        expect(result).toBe(example.result);
      } else {
        expect(typeof result).toBe('number');
        expect(result as number).toBeCloseTo(example.result, 9);
      }
    }
  });

  test('refuses an argument too many: the stub passes on every argument Sheets gives', () => {
    const most = name === 'PPC_EQUIVALENT' ? 5 : def.params.length;
    const args = [...def.examples[0].args, ...Array(most + 1).fill(1)].slice(0, most + 1);
    const refusal = outcome(() => built(...args)).error;
    expect(refusal).toMatch(new RegExp(`^${name}: (takes .* arguments \\(.*\\); got ${most + 1}|wrong number of arguments)`));
    expect(refusal).toBe(outcome(() => reference(...args)).error);
  });

  test('agrees with the TypeScript source on random inputs, errors included', () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.double({ min: -100, max: 1e5, noNaN: true }),
      fc.constantFrom('', 'x', '1 in 50', '30%', 'TRUE', '#N/A', 0, 1, 2),
    );
    const arg = fc.oneof(
      cell,
      fc.integer({ min: 1, max: 4 }).chain((n) => fc.array(fc.tuple(cell), { minLength: n, maxLength: n })),
    );
    fc.assert(
      fc.property(fc.array(arg, { maxLength: def.params.length }), (args) => {
        expect(outcome(() => built(...args))).toEqual(outcome(() => reference(...args)));
      }),
      { numRuns: 150 },
    );
  });
});

test('where code cannot be compiled, every formula still computes its columns, through the generic loop', () => {
  const refusing = loadBundle({}, { codeGeneration: { strings: false } });
  expect(() => refusing.run('new Function("return 1")')).toThrow(/Code generation from strings disallowed/);
  const column = (n: number, f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => [f(i)]);
  const calls: Array<[string, unknown[]]> = [
    ['ROI_PCT', [column(50, (i) => i * 10), column(50, (i) => (i % 7 === 0 ? '' : 100 + i)), 0.5]],
    ['TOTAL_COST', [column(50, (i) => i), 35, Array.from({ length: 50 }, (_, i) => [i, i % 3 ? 20 : 'x', 5])]],
    ['CONVERSION_VALUE', [500, column(50, (i) => (i % 5) / 10), column(50, (i) => (i % 4 ? i : ''))]],
  ];
  for (const [name, args] of calls) {
    expect(plain(refusing.run<(...a: unknown[]) => Output>(name)(...args))).toEqual(
      plain((bundle[name] as (...a: unknown[]) => Output)(...args)),
    );
  }
});

describe('the locale is looked up only to read a text or show an error, once per call', () => {
  function withLocale(locale: string) {
    let lookups = 0;
    const spreadsheet: Pick<GoogleAppsScript.Spreadsheet.Spreadsheet, 'getSpreadsheetLocale'> = {
      getSpreadsheetLocale: () => {
        lookups++;
        return locale;
      },
    };
    const app: Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getActiveSpreadsheet'> = {
      getActiveSpreadsheet: () => spreadsheet as GoogleAppsScript.Spreadsheet.Spreadsheet,
    };
    return { scope: loadBundle({ SpreadsheetApp: app }), lookups: () => lookups };
  }

  test('a 100,000-row column computes with no service call at all', () => {
    const { scope, lookups } = withLocale('fr_FR');
    const values = Array.from({ length: 100_000 }, (_, i) => [i]);
    const out = scope.run<(a: unknown, b: unknown) => number[][]>('ROI_PCT')(values, 100);
    expect(out).toHaveLength(100_000);
    expect(out[99_999][0]).toBeCloseTo(((99_999 - 100) / 100) * 100, 6);
    expect(lookups()).toBe(0);
  });

  test('an error is shown in the spreadsheet language, with one lookup per call', () => {
    const fr = withLocale('fr_FR');
    const roi = fr.scope.run<(a: unknown, b: unknown) => unknown>('ROI_PCT');
    expect(() => roi(10, 0)).toThrow('ROI_PCT : coût (cost) vaut 0 ; attendu : un nombre > 0.');
    expect(plain(roi([[1], [2], [3]], 0))).toEqual([['⚠ coût : doit être > 0'], ['⚠ coût : doit être > 0'], ['⚠ coût : doit être > 0']]);
    expect(fr.lookups()).toBe(2);
  });

  test('numbers typed as text are read in the spreadsheet’s locale, with one lookup per call', () => {
    const fr = withLocale('fr_FR');
    const roi = fr.scope.run<(a: unknown, b: unknown) => unknown>('ROI_PCT');
    const out = plain(roi([['2 500,5'], ['1,500'], ['1500']], '1 000') as number[][]);
    [150.05, -99.85, 50].forEach((expected, i) => expect(out[i][0]).toBeCloseTo(expected, 9));
    expect(fr.lookups()).toBe(1);
    const en = withLocale('en_US');
    expect(plain(en.scope.run<(a: unknown, b: unknown) => unknown>('ROI_PCT')([['1,500']], 1000))).toEqual([[50]]);
    expect(en.lookups()).toBe(1);
  });

  test('with no readable locale the message is English', () => {
    expect(() => (bundle.ROI_PCT as (a: number, b: number) => number)(10, 0)).toThrow('ROI_PCT: cost is 0; expected a number > 0.');
  });
});
