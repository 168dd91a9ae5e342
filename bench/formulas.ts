/**
 * Formulas over columns: ns per row of each custom function of the real build/Code.js, at 1,000,
 * 10,000 and 100,000 rows, with 2D inputs shaped as Sheets passes them, against a bare JavaScript loop
 * doing the same arithmetic on the same arrays in the same V8 context. For information, HyperFormula
 * evaluating the equivalent native per-row formula.
 */
import { HyperFormula } from 'hyperformula';
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { budget, type Budget, timeMs, timePair } from './measure';

type Column = unknown[][];

interface Case {
  name: string;
  /** Arguments as Sheets passes them for n rows. */
  args(n: number): unknown[];
  /** The same arithmetic as a bare loop over the same arguments (JavaScript source, run in the bundle's context). */
  bare: string;
  /** The equivalent native formula for row r (1-based), columns A.. holding the arguments. */
  native?: (r: number) => string;
  /** Arithmetic formulas carry the 2× budget; the others are reported. */
  arithmetic: boolean;
}

const column = (n: number, f: (i: number) => unknown): Column => Array.from({ length: n }, (_, i) => [f(i)]);
const money = (i: number) => 500 + ((i * 37) % 4000);
const count = (i: number) => 1 + ((i * 13) % 200);
const fraction = (i: number) => 0.05 + ((i * 7) % 90) / 100;

const CASES: Case[] = [
  {
    name: 'ROI_PCT',
    args: (n) => [column(n, money), column(n, count)],
    arithmetic: true,
    bare: '(v, c) => { const o = new Array(v.length); for (let i = 0; i < v.length; i++) { const a = v[i][0], b = c[i][0]; o[i] = [(a - b) / b * 100]; } return o; }',
    native: (r) => `=(A${r}-B${r})/B${r}*100`,
  },
  {
    name: 'CONVERSION_VALUE',
    args: (n) => [column(n, money), 0.02, column(n, count)],
    arithmetic: true,
    bare: '(v, rate, k) => { const o = new Array(v.length); for (let i = 0; i < v.length; i++) o[i] = [v[i][0] * rate * k[i][0]]; return o; }',
    native: (r) => `=A${r}*0.02*B${r}`,
  },
  {
    name: 'TOTAL_COST',
    args: (n) => [column(n, count), 35, Array.from({ length: n }, (_, i) => [money(i), count(i), 20])],
    arithmetic: true,
    bare: '(h, rate, other) => { const o = new Array(h.length); for (let i = 0; i < h.length; i++) { const r = other[i]; o[i] = [h[i][0] * rate + r[0] + r[1] + r[2]]; } return o; }',
    native: (r) => `=A${r}*35+SUM(B${r}:D${r})`,
  },
  {
    name: 'CAC',
    args: (n) => [column(n, money), column(n, count)],
    arithmetic: true,
    bare: '(c, k) => { const o = new Array(c.length); for (let i = 0; i < c.length; i++) o[i] = [c[i][0] / k[i][0]]; return o; }',
    native: (r) => `=A${r}/B${r}`,
  },
  {
    name: 'LTV',
    args: (n) => [column(n, money), column(n, count), 3, column(n, fraction)],
    arithmetic: true,
    bare: '(a, p, y, m) => { const o = new Array(a.length); for (let i = 0; i < a.length; i++) o[i] = [a[i][0] * p[i][0] * y * m[i][0]]; return o; }',
    native: (r) => `=A${r}*B${r}*3*C${r}`,
  },
  {
    name: 'LTV_CAC',
    args: (n) => [column(n, money), column(n, count)],
    arithmetic: true,
    bare: '(l, c) => { const o = new Array(l.length); for (let i = 0; i < l.length; i++) o[i] = [l[i][0] / c[i][0]]; return o; }',
    native: (r) => `=A${r}/B${r}`,
  },
  {
    name: 'ROAS',
    args: (n) => [column(n, money), column(n, count)],
    arithmetic: true,
    bare: '(v, s) => { const o = new Array(v.length); for (let i = 0; i < v.length; i++) o[i] = [v[i][0] / s[i][0]]; return o; }',
    native: (r) => `=A${r}/B${r}`,
  },
  {
    name: 'ENGAGEMENT_RATE',
    args: (n) => [column(n, count), column(n, money)],
    arithmetic: true,
    bare: '(e, b) => { const o = new Array(e.length); for (let i = 0; i < e.length; i++) o[i] = [e[i][0] / b[i][0]]; return o; }',
    native: (r) => `=A${r}/B${r}`,
  },
  {
    name: 'CONVERSION_RATE',
    args: (n) => [column(n, count), column(n, money)],
    arithmetic: true,
    bare: '(c, v) => { const o = new Array(c.length); for (let i = 0; i < c.length; i++) o[i] = [c[i][0] / v[i][0]]; return o; }',
    native: (r) => `=A${r}/B${r}`,
  },
  {
    name: 'SHARE_OF_VOICE',
    args: (n) => [column(n, count), Array.from({ length: n }, (_, i) => [count(i), money(i)])],
    arithmetic: true,
    bare: '(own, comp) => { const o = new Array(own.length); for (let i = 0; i < own.length; i++) { const a = own[i][0], r = comp[i]; o[i] = [a / (a + r[0] + r[1])]; } return o; }',
    native: (r) => `=A${r}/(A${r}+B${r}+C${r})`,
  },
  {
    name: 'GOAL_PROGRESS',
    args: (n) => [column(n, money), column(n, (i) => money(i) + 1000), column(n, count)],
    arithmetic: true,
    bare: '(c, t, b) => { const o = new Array(c.length); for (let i = 0; i < c.length; i++) { const x = b[i][0]; o[i] = [(c[i][0] - x) / (t[i][0] - x)]; } return o; }',
    native: (r) => `=(A${r}-C${r})/(B${r}-C${r})`,
  },
  {
    name: 'PPC_EQUIVALENT',
    args: (n) => [column(n, count), column(n, (i) => 0.2 + (i % 50) / 25)],
    arithmetic: false,
    bare: '(v, c) => { let t = 0; for (let i = 0; i < v.length; i++) t += v[i][0] * c[i][0]; return t; }',
  },
];

export interface FormulaResult {
  formula: string;
  rows: number;
  nsPerRow: number;
  bareNsPerRow: number;
  ratio: number;
  hyperFormulaNsPerRow?: number;
}

const SIZES = [1_000, 10_000, 100_000];
const RUNS: Record<number, number> = { 1_000: 300, 10_000: 80, 100_000: 41 };

function hyperFormulaNsPerRow(testCase: Case, n: number): number | undefined {
  if (!testCase.native) return undefined;
  const args = testCase.args(n);
  const data = Array.from({ length: n }, (_, i) => {
    const cells = args.flatMap((a) => (Array.isArray(a) ? (a[i] as unknown[]) : []));
    return [...cells, testCase.native!(i + 1)];
  });
  const ms = timeMs(
    () => HyperFormula.buildFromArray(data as never, { licenseKey: 'gpl-v3', maxRows: 200_000 }).destroy(),
    n >= 100_000 ? 2 : 4,
    1,
  );
  return (ms * 1e6) / n;
}

export function benchFormulas(
  codePath = 'build/Code.js',
  log: (line: string) => void = () => undefined,
): { results: FormulaResult[]; budgets: Budget[] } {
  const context = createContext({});
  runInContext(readFileSync(codePath, 'utf8'), context);
  const results: FormulaResult[] = [];
  const budgets: Budget[] = [];
  for (const testCase of CASES) {
    const formula = context[testCase.name] as (...args: unknown[]) => unknown;
    const bare = runInContext(`(${testCase.bare})`, context) as (...args: unknown[]) => unknown;
    for (const n of SIZES) {
      const args = testCase.args(n);
      const [ms, bareMs] = timePair(
        () => formula(...args),
        () => bare(...args),
        RUNS[n],
      );
      const result: FormulaResult = {
        formula: testCase.name,
        rows: n,
        nsPerRow: (ms * 1e6) / n,
        bareNsPerRow: (bareMs * 1e6) / n,
        ratio: ms / bareMs,
        hyperFormulaNsPerRow: n <= 10_000 || testCase.name === 'ROI_PCT' ? hyperFormulaNsPerRow(testCase, n) : undefined,
      };
      results.push(result);
      log(`  ${testCase.name} × ${n}: ${result.nsPerRow.toFixed(1)} ns/row, ${result.ratio.toFixed(2)}× the bare loop`);
      if (n === 100_000 && testCase.arithmetic)
        budgets.push(budget(`${testCase.name} at 100,000 rows vs bare loop`, Number(result.ratio.toFixed(2)), 2, '×'));
    }
  }
  return { results, budgets };
}
