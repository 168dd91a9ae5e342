/** The workbooks the service-call benchmark runs on: an empty one, and one with 1,000 goals and 50,000 readings. */
import { addDays, toSheetSerial } from '../src/core/dates';
import { validateGoal } from '../src/core/goals';
import { kpiLabel } from '../src/core/sheets/goals-row';
import { goalRow, goalRowFormats } from '../src/addon/sheets/goals';
import { Emulator } from '../src/local/emulator/emulator';
import { Workbook } from '../src/local/emulator/workbook';
import { requireAddonSheet } from '../src/local/emulator/addon-sheets';
import { CallCounter } from '../src/local/fakes/calls';
import { FakeHtmlService } from '../src/local/fakes/html';

// goalRow reads the sheets' words from the project's resource file, as the server does.
(globalThis as { HtmlService?: unknown }).HtmlService ??= new FakeHtmlService(new CallCounter(), 'build');

export const TODAY = new Date().toISOString().slice(0, 10);

export function goalForm(statement: string) {
  return {
    outcome: 'sales',
    stage: 'engagement',
    kpi: 'website_clicks',
    statement,
    baseline: '100',
    target: '1000',
    unit: '',
    start: TODAY,
    deadline: addDays(TODAY, 90),
    owner: 'bench',
    channels: ['instagram'],
  };
}

export function emptyWorkbook(): Emulator {
  const workbook = new Workbook('Bench', 'en_US', 'Europe/Paris');
  workbook.addSheet('Sheet1');
  return new Emulator(workbook);
}

const CHANNELS = ['Facebook', 'Instagram', 'LinkedIn', 'X', 'TikTok'];
const KPIS = [
  'Website clicks',
  'Reach',
  'New customers',
  'Website visits',
  'Followers',
  'E-mail sign-ups',
  'Revenue',
  'Comments',
  'Shares',
  'Mentions',
];

/**
 * An emulated spreadsheet whose add-on sheets hold `goals` goals and `readings` Tracking rows, written
 * in bulk with the add-on's own row format (creating them one by one through the bundle would only
 * measure HyperFormula).
 */
export function largeWorkbook(goals = 1000, readings = 50_000): Emulator {
  const emulator = emptyWorkbook();
  emulator.run('loadWizard');
  const workbook = emulator.workbook;
  const tracking = requireAddonSheet(workbook, 'tracking');
  const goalsSheet = requireAddonSheet(workbook, 'goals');
  const rows = Array.from({ length: readings }, (_, i) => [
    toSheetSerial(addDays(TODAY, -Math.floor(i / 50))),
    CHANNELS[i % 5],
    KPIS[Math.floor(i / 5) % 10],
    100 + (i % 37),
    'bench',
  ]);
  const dates = { timeZone: workbook.timeZone, today: TODAY, read: () => undefined, toCell: toSheetSerial };
  const ref = { sheetName: tracking.name, kpiLabel: (k: never) => kpiLabel('en', k) };
  const goalRows: unknown[][] = [];
  const formats: string[][] = [];
  for (let i = 0; i < goals; i++) {
    const valid = validateGoal(goalForm(`goal ${i}`), TODAY, 'en');
    if (!valid.ok) throw new Error('invalid bench goal');
    goalRows.push(goalRow({ ...valid.goal, id: `bench${i}` }, i + 2, 'en', ref, dates as never));
    formats.push(goalRowFormats(valid.goal, 'en'));
  }
  workbook.insertRowsAfter(goalsSheet, goalsSheet.maxRows, goals);
  goalsSheet.formats.push(...formats[0].map((value, c) => ({ range: { row: 2, column: c + 1, numRows: goals, numColumns: 1 }, value })));
  workbook.setContents(goalsSheet, { row: 2, column: 1, numRows: goals, numColumns: goalRows[0].length }, goalRows);
  // The readings after the goals: HyperFormula links each new cell to the column ranges the goals
  // share once, where goals written over 50,000 readings would each walk every reading (minutes).
  workbook.insertRowsAfter(tracking, tracking.maxRows, readings);
  workbook.setContents(tracking, { row: 2, column: 1, numRows: readings, numColumns: 5 }, rows);
  return emulator;
}
