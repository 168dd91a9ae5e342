/**
 * npm run bench: the performance budget of Social ROI, measured on this machine in one run, as ratios
 * against baselines measured alongside. Prints a table, writes bench/results.json, and exits with 1
 * when a budget is missed. Never part of npm test: timings belong here, not in tests.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { benchColdStart } from './cold-start';
import { benchFormulas } from './formulas';
import { benchImport } from './import';
import type { Budget } from './measure';
import { benchServiceCalls } from './service-calls';
import { benchSidebar } from './sidebar';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  if (!(globalThis as { gc?: unknown }).gc) console.warn('(run with node --expose-gc, as npm run bench does, for steadier figures)');
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, date: new Date().toISOString() };
  log(`Social ROI benchmark on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB), Node ${machine.node}\n`);

  log('1. Formulas over columns (ns per row; ratio to a bare loop on the same arrays)');
  const formulas = benchFormulas('build/Code.js', log);
  log('\n2. Cold start of build/Code.js in a fresh V8 context');
  const cold = benchColdStart();
  log(`  median ${cold.result.bundleMs.toFixed(2)} ms vs ${cold.result.minimalMs.toFixed(2)} ms for a one-function script: ${cold.result.ratio.toFixed(1)}×`);
  log(`  Code.js ${cold.result.bundleBytes} bytes (unminified, reported), sidebar.html ${cold.result.sidebarBytes} bytes, import.html ${cold.result.importSidebarBytes} bytes`);
  log('\n3. Service calls (emulator counter)');
  const calls = benchServiceCalls(log);
  log('\n4. The wizard in Chromium');
  const sidebar = await benchSidebar(5, log);
  if (sidebar.skipped) log(`  skipped: ${sidebar.skipped}`);
  log('\n5. Import');
  const imports = benchImport(log);

  const budgets: Budget[] = [...formulas.budgets, ...cold.budgets, ...calls.budgets, ...sidebar.budgets, ...imports.budgets];
  log('\nBudgets');
  for (const b of budgets) log(`  ${b.ok ? 'ok  ' : 'MISS'} ${b.name}: ${b.actual} ${b.unit} (at most ${b.limit})`);

  const results = {
    machine,
    formulas: formulas.results,
    coldStart: cold.result,
    serviceCalls: calls.results,
    sidebar: sidebar.result ?? { skipped: sidebar.skipped },
    import: imports.result,
    budgets,
  };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  log('\nWrote bench/results.json');
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
