/**
 * Cold start: in Sheets every custom-function call loads the whole script. Median time to compile and
 * run build/Code.js in a fresh V8 context and call one formula once, against a minimal one-function
 * script measured the same way in the same run: the ratio is what to compare between runs, and what
 * the budget bounds. Code.js has no byte budget (it ships unminified, to be readable in the executions
 * log: the cold start measured the same minified or not); its size is reported.
 */
import { readFileSync, statSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { budget, median, type Budget } from './measure';
import { performance } from 'node:perf_hooks';

const MINIMAL = 'function ROI_PCT(value, cost) { return (value - cost) / cost * 100; }';

function coldStartMs(code: string, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const context = createContext({});
    runInContext(code, context);
    (context.ROI_PCT as (v: number, c: number) => number)(2500, 1000);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** A sidebar page's size ceiling; each is well under half of it today. */
const SIDEBAR_BYTES = 250_000;

export interface ColdStartResult {
  runs: number;
  bundleMs: number;
  minimalMs: number;
  ratio: number;
  bundleBytes: number;
  sidebarBytes: number;
  importSidebarBytes: number;
}

export function benchColdStart(runs = 60): { result: ColdStartResult; budgets: Budget[] } {
  const code = readFileSync('build/Code.js', 'utf8');
  coldStartMs(code, 5);
  coldStartMs(MINIMAL, 5);
  // Alternate the two so that the machine's noise weighs on both alike.
  const bundle: number[] = [];
  const minimal: number[] = [];
  for (let i = 0; i < runs; i++) {
    bundle.push(coldStartMs(code, 1));
    minimal.push(coldStartMs(MINIMAL, 1));
  }
  const result: ColdStartResult = {
    runs,
    bundleMs: median(bundle),
    minimalMs: median(minimal),
    ratio: median(bundle) / median(minimal),
    bundleBytes: statSync('build/Code.js').size,
    sidebarBytes: statSync('build/sidebar.html').size,
    importSidebarBytes: statSync('build/import.html').size,
  };
  return {
    result,
    budgets: [
      budget('cold start of Code.js vs a one-function script', Number(result.ratio.toFixed(2)), 3, '×'),
      // A guard against bloat (a library bundled by mistake), not a speed measure: how fast each sidebar
      // becomes interactive is measured in Chromium (bench/sidebar.ts).
      budget('wizard sidebar build/sidebar.html', result.sidebarBytes, SIDEBAR_BYTES, 'bytes'),
      budget('import sidebar build/import.html', result.importSidebarBytes, SIDEBAR_BYTES, 'bytes'),
    ],
  };
}
