/**
 * Import: rows per second parsing a 50,000-row platform export (in Node, as the browser would), and
 * the service calls of writing it, which must not grow with its size.
 */
import { performance } from 'node:perf_hooks';
import { addDays } from '../src/core/dates';
import { parseExport } from '../src/core/import';
import { readingsDigest } from '../src/shared/digest';
import { budget, median, type Budget } from './measure';
import { TODAY, emptyWorkbook } from './workbooks';

/** A French Meta Business Suite export, as the fixtures show it, with `rows` days. */
function metaExport(rows: number): string {
  const lines = ['Statistiques de la Page ; Boulangerie Exemple', '', 'Date;Couverture;Clics sur un lien;Commentaires'];
  for (let i = 0; i < rows; i++) {
    const [y, m, d] = addDays(TODAY, -i - 1).split('-');
    lines.push(`${d}/${m}/${y};${1000 + (i % 900)} ${String(i % 1000).padStart(3, '0')};${i % 80};${i % 9}`);
  }
  return lines.join('\n');
}

export interface ImportBenchResult {
  rows: number;
  readings: number;
  parseMs: number;
  rowsPerSecond: number;
  writeCalls: Array<{ readings: number; calls: number; ms: number }>;
}

export function benchImport(log: (line: string) => void = () => undefined): { result: ImportBenchResult; budgets: Budget[] } {
  const rows = 50_000;
  const text = metaExport(rows);
  const parse = () => parseExport({ text, fileName: 'meta.csv', locale: 'fr_FR', channel: 'facebook', today: TODAY });
  const samples: number[] = [];
  let preview = parse();
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    preview = parse();
    samples.push(performance.now() - start);
  }
  if (preview.fatal || preview.rows.length === 0) throw new Error(`the bench export did not parse: ${JSON.stringify(preview.fatal)}`);
  const parseMs = median(samples);
  log(`  parse ${rows} rows (${preview.rows.length} readings): ${parseMs.toFixed(0)} ms`);

  const writeCalls: ImportBenchResult['writeCalls'] = [];
  for (const size of [1_000, 10_000, preview.rows.length]) {
    const emulator = emptyWorkbook();
    emulator.run('loadWizard');
    emulator.calls.reset();
    const start = performance.now();
    const answer = emulator.run('saveImport', [{ readings: readingsDigest(preview.rows.slice(0, size)), mode: 'skip' }]) as { ok: boolean };
    const ms = performance.now() - start;
    if (!answer.ok) throw new Error(`import of ${size} readings failed: ${JSON.stringify(answer)}`);
    writeCalls.push({ readings: size, calls: emulator.calls.count(), ms });
    log(`  write ${size} readings: ${emulator.calls.count()} service calls, ${ms.toFixed(0)} ms`);
  }
  const result: ImportBenchResult = { rows, readings: preview.rows.length, parseMs, rowsPerSecond: (rows / parseMs) * 1000, writeCalls };
  const [small, , largest] = writeCalls;
  return {
    result,
    // Growing Tracking past its rows costs one call more (insertRowsAfter), whatever the size.
    budgets: [budget('import service calls, largest import minus a 1,000-reading one', largest.calls - small.calls, 1, 'calls')],
  };
}
