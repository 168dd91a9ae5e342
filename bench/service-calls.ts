/**
 * Service calls, counted by the emulator's counter, for what a user does: opening the menu, loading
 * the wizard, creating a goal, on an empty spreadsheet and on one with 1,000 goals and 50,000 readings.
 * "Spreadsheet calls" are calls on SpreadsheetApp, Spreadsheet, Sheet, Range and developer metadata;
 * value builders (data validation, conditional format, chart) run locally and are counted apart.
 */
import { performance } from 'node:perf_hooks';
import type { Emulator } from '../src/local/emulator/emulator';
import { budget, type Budget } from './measure';
import { emptyWorkbook, goalForm, largeWorkbook } from './workbooks';

const SPREADSHEET = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|DeveloperMetadata)\./;

export interface CallsResult {
  scenario: string;
  spreadsheetCalls: number;
  allServiceCalls: number;
  ms: number;
  breakdown: Record<string, number>;
}

function measure(emulator: Emulator, scenario: string, work: () => unknown): CallsResult {
  emulator.calls.reset();
  const start = performance.now();
  const answer = work() as { ok?: boolean };
  const ms = performance.now() - start;
  if (answer && answer.ok === false) throw new Error(`${scenario} failed: ${JSON.stringify(answer)}`);
  const breakdown = emulator.calls.snapshot();
  const spreadsheetCalls = Object.entries(breakdown)
    .filter(([k]) => SPREADSHEET.test(k))
    .reduce((n, [, v]) => n + v, 0);
  return { scenario, spreadsheetCalls, allServiceCalls: emulator.calls.count(), ms, breakdown };
}

export function benchServiceCalls(log: (line: string) => void = () => undefined): { results: CallsResult[]; budgets: Budget[] } {
  const empty = emptyWorkbook();
  const results: CallsResult[] = [];
  const add = (r: CallsResult) => {
    results.push(r);
    log(`  ${r.scenario}: ${r.spreadsheetCalls} Spreadsheet calls (${r.allServiceCalls} service calls), ${r.ms.toFixed(0)} ms`);
    return r;
  };
  add(measure(empty, 'open the menu (onOpen)', () => empty.open()));
  add(measure(empty, 'first wizard load on an empty spreadsheet (sets up the four sheets)', () => empty.run('loadWizard')));
  add(measure(empty, 'load the wizard (empty)', () => empty.run('loadWizard')));
  const createEmpty = add(measure(empty, 'create a goal (empty workbook)', () => empty.run('saveGoal', [goalForm('bench goal')])));
  log('  building the large workbook (1,000 goals, 50,000 readings; HyperFormula evaluates every goal)…');
  const large = largeWorkbook();
  large.open();
  add(measure(large, 'load the wizard (1,000 goals, 50,000 readings)', () => large.run('loadWizard')));
  const createLarge = add(
    measure(large, 'create a goal (1,000 goals, 50,000 readings)', () => large.run('saveGoal', [goalForm('bench goal')])),
  );
  return {
    results,
    budgets: [
      budget('Spreadsheet calls to create a goal (empty workbook)', createEmpty.spreadsheetCalls, 30, 'calls'),
      budget('Spreadsheet calls to create a goal (large workbook)', createLarge.spreadsheetCalls, 30, 'calls'),
      budget('large workbook calls minus empty workbook calls', createLarge.spreadsheetCalls - createEmpty.spreadsheetCalls, 0, 'calls'),
    ],
  };
}
