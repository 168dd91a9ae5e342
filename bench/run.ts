/**
 * npm run bench: the performance budget of Social ROI, measured on this machine in one run, as ratios
 * against baselines measured alongside. Prints a table, writes bench/results.json (ignored by git: a
 * run leaves the checkout clean), and exits with 1 when a budget is missed. Never part of npm test:
 * timings belong here, not in tests.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { benchColdStart } from './cold-start';
import { benchFormulas } from './formulas';
import { benchImport } from './import';
import type { Budget } from './measure';
import { benchServiceCalls } from './service-calls';
import { benchSidebar } from './sidebar';

const log = (line: string) => console.log(line);

const RESULTS_FILE = 'bench/results.json';

/** Seconds each section took: the bench itself must stay quick (under 3 minutes on 2 cores). */
const sectionSeconds: Record<string, number> = {};

async function section<T>(title: string, work: () => T | Promise<T>): Promise<T> {
  log(`\n${title}`);
  const start = performance.now();
  const result = await work();
  sectionSeconds[title] = Number(((performance.now() - start) / 1000).toFixed(1));
  log(`  (${sectionSeconds[title]} s)`);
  return result;
}

async function main(): Promise<void> {
  if (!(globalThis as { gc?: unknown }).gc) console.warn('(run with node --expose-gc, as npm run bench does, for steadier figures)');
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
  };
  log(`Social ROI benchmark on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB), Node ${machine.node}`);
  const start = performance.now();

  const formulas = await section('1. Formulas over columns (ns per row; ratio to a bare loop on the same arrays)', () =>
    benchFormulas('build/Code.js', log),
  );
  const cold = await section('2. Cold start of build/Code.js in a fresh V8 context', () => {
    const measured = benchColdStart();
    log(
      `  median ${measured.result.bundleMs.toFixed(2)} ms vs ${measured.result.minimalMs.toFixed(2)} ms for a one-function script: ${measured.result.ratio.toFixed(1)}×`,
    );
    log(
      `  Code.js ${measured.result.bundleBytes} bytes (unminified, reported), sidebar.html ${measured.result.sidebarBytes} bytes, import.html ${measured.result.importSidebarBytes} bytes`,
    );
    return measured;
  });
  const calls = await section('3. Service calls (emulator counter)', () => benchServiceCalls(log));
  const sidebar = await section('4. The wizard in Chromium', async () => {
    const measured = await benchSidebar(5, log);
    if (measured.skipped) log(`  skipped: ${measured.skipped}`);
    return measured;
  });
  const imports = await section('5. Import', () => benchImport(log));
  const totalSeconds = Number(((performance.now() - start) / 1000).toFixed(1));

  const budgets: Budget[] = [...formulas.budgets, ...cold.budgets, ...calls.budgets, ...sidebar.budgets, ...imports.budgets];
  log('\nBudgets');
  for (const b of budgets) log(`  ${b.ok ? 'ok  ' : 'MISS'} ${b.name}: ${b.actual} ${b.unit} (at most ${b.limit})`);
  log(
    `\nThe whole bench: ${totalSeconds} s (${Object.entries(sectionSeconds)
      .map(([title, seconds]) => `${title.split('.')[0]}. ${seconds} s`)
      .join(', ')})`,
  );

  const results = {
    machine,
    formulas: formulas.results,
    coldStart: cold.result,
    serviceCalls: calls.results,
    sidebar: sidebar.result ?? { skipped: sidebar.skipped },
    import: imports.result,
    budgets,
    sectionSeconds,
    totalSeconds,
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  log(`Wrote ${RESULTS_FILE}`);
  const missed = budgets.filter((b) => !b.ok);
  if (missed.length > 0) {
    console.error(`${missed.length} budget(s) missed`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
