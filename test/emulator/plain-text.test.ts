/**
 * Plain-text cells as Sheets has them, and the add-on's writes against them: text columns are plain
 * text and take user text verbatim; formula columns never are, so their formulas compute.
 */
import fc from 'fast-check';
import { addDays } from '../../src/core/dates';
import type { GoalForm } from '../../src/core/goals';
import type { Result, SavedGoal } from '../../src/shared/endpoints';
import { readingsDigest } from '../../src/shared/digest';
import { requireAddonSheet } from '../../src/local/emulator/addon-sheets';
import { entryAt, type SheetModel } from '../../src/local/emulator/sheet-model';
import type { Workbook } from '../../src/local/emulator/workbook';
import { spreadsheetAppFake } from '../../src/local/fakes/spreadsheet';
import { CallCounter } from '../../src/local/fakes/calls';
import { FakeUi } from '../../src/local/fakes/ui';
import { DEFAULT_PROJECT, type Emulator } from '../../src/local/emulator/emulator';
import { goalColumn } from '../../src/core/sheets/goals-row';
import { ROI_COLUMNS, ROI_TOTAL_ROW } from '../../src/core/sheets/roi';
import { SHEET_TEXTS } from '../../src/core/sheets/texts';
import { emulate, read } from '../support/emulator';

const TODAY = new Date().toISOString().slice(0, 10);
const RISKY = ['=1+1', '-5 %', "'quoted", '@x', '+33 6 12 34 56 78', "''twice", '=IMPORTXML("http://x", "//a")', '-A1', '+'];

/** The script API on one emulated sheet, as the add-on's bundle sees it. */
function scriptRange(workbook: Workbook, sheet: SheetModel, a1: string): GoogleAppsScript.Spreadsheet.Range {
  const calls = new CallCounter();
  const app = spreadsheetAppFake({ workbook, calls, ui: new FakeUi(calls, 'Social ROI'), authMode: 'FULL', projectId: DEFAULT_PROJECT });
  return app.getActiveSpreadsheet().getSheetByName(sheet.name)!.getRange(a1);
}

describe('plain-text cells in the emulator, as in Sheets', () => {
  test('a string written into an @ cell is stored verbatim, formulas and apostrophes included', () => {
    const { workbook, sheet } = emulate();
    const range = scriptRange(workbook, sheet, `A1:A${RISKY.length}`);
    range.setNumberFormat('@').setValues(RISKY.map((t) => [t]));
    expect(range.getValues().flat()).toEqual(RISKY);
    expect(range.getDisplayValues().flat()).toEqual(RISKY);
    expect(
      range
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  test('in a general cell a leading apostrophe makes the rest text and is hidden; "=" starts a formula', () => {
    const { workbook, sheet } = emulate();
    const range = scriptRange(workbook, sheet, 'A1:A3');
    range.setValues([["'=1+1"], ["'0042"], ['=1+1']]);
    expect(range.getValues()).toEqual([['=1+1'], ['0042'], [2]]);
    expect(range.getDisplayValues()).toEqual([['=1+1'], ['0042'], ['2']]);
    expect(range.getFormulas()).toEqual([[''], [''], ['=1+1']]);
  });

  test('formatting a formula cell as @ afterwards does not turn the formula into text', () => {
    const { workbook, sheet } = emulate();
    const range = scriptRange(workbook, sheet, 'A1');
    range.setFormula('=1+1');
    range.setNumberFormat('@');
    expect(range.getValue()).toBe(2);
    expect(range.getFormula()).toBe('=1+1');
  });
});

function form(overrides: Partial<GoalForm> = {}): GoalForm {
  return {
    outcome: 'sales',
    stage: 'engagement',
    kpi: 'website_clicks',
    statement: 'Clicks from Instagram',
    baseline: '100',
    target: '200',
    unit: '',
    start: addDays(TODAY, -10),
    deadline: addDays(TODAY, 50),
    owner: 'Camille',
    channels: ['instagram'],
    ...overrides,
  };
}

const plain = <T>(value: unknown) => JSON.parse(JSON.stringify(value)) as T;
const saveGoal = (emulator: Emulator, f: GoalForm) => plain<Result<SavedGoal>>(emulator.run('saveGoal', [f]));

type Reading = { date: string; channel: string; value: number; source: string };
const importReadings = (emulator: Emulator, readings: Reading[], mode: 'replace' | 'skip') =>
  plain<Result<unknown>>(emulator.run('saveImport', [{ readings: readingsDigest(readings.map((r) => ({ ...r, kpi: 'reach' }))), mode }]));

/** Every cell of the add-on's sheets that holds a formula, with its number format. */
function formulaCells(workbook: Workbook): Array<{ sheet: string; a1: string; format: string | undefined }> {
  const found: Array<{ sheet: string; a1: string; format: string | undefined }> = [];
  for (const role of ['goals', 'tracking', 'roi', 'dashboard'] as const) {
    const sheet = requireAddonSheet(workbook, role);
    const grid = { row: 1, column: 1, numRows: Math.max(1, workbook.lastRow(sheet)), numColumns: Math.max(1, workbook.lastColumn(sheet)) };
    workbook.getFormulas(sheet, grid).forEach((row, r) =>
      row.forEach((formula, c) => {
        if (formula) found.push({ sheet: sheet.name, a1: `R${r + 1}C${c + 1}`, format: entryAt(sheet.formats, r + 1, c + 1) });
      }),
    );
  }
  return found;
}

describe("the add-on's sheets", () => {
  test('no cell holding a formula is plain text, whatever was written first', () => {
    const { emulator, workbook } = emulate('en_US');
    emulator.run('loadWizard');
    expect(saveGoal(emulator, form()).ok).toBe(true);
    expect(saveGoal(emulator, form({ channels: ['facebook', 'linkedin'] })).ok).toBe(true);
    importReadings(emulator, [{ date: TODAY, channel: 'instagram', value: 5, source: 'x' }], 'skip');
    const cells = formulaCells(workbook);
    expect(cells.length).toBeGreaterThan(40);
    expect(cells.filter((cell) => cell.format === '@')).toEqual([]);
  });

  test("a goal's status shows a word and the ROI verdict a verdict, not their formulas", () => {
    const { emulator, workbook } = emulate('en_US');
    saveGoal(emulator, form({ start: addDays(TODAY, 5), deadline: addDays(TODAY, 40) }));
    const goals = requireAddonSheet(workbook, 'goals');
    expect(workbook.getValues(goals, { row: 2, column: goalColumn('status'), numRows: 1, numColumns: 1 })).toEqual([
      [SHEET_TEXTS.en.statuses.not_started],
    ]);
    const roi = requireAddonSheet(workbook, 'roi');
    const flag = { row: ROI_TOTAL_ROW, column: ROI_COLUMNS.indexOf('flag') + 1, numRows: 1, numColumns: 1 };
    expect(workbook.getValues(roi, flag)).toEqual([[SHEET_TEXTS.en.roi.noBest]]);
  });
});

describe('user text round-trips (property)', () => {
  const text = fc
    .tuple(fc.constantFrom('=', '+', '-', '@', "'", "''", ''), fc.stringMatching(/^[A-Za-z0-9 %(),.;"'=+\-]{0,16}$/))
    .map(([start, rest]) => `${start}${rest}`.trim())
    .filter((t) => t.length > 0);
  const texts = fc.oneof(fc.constantFrom(...RISKY), text);

  test('goal texts and Tracking sources stay exactly as typed through replace imports and goal edits, never formulas', () => {
    fc.assert(
      fc.property(fc.array(texts, { minLength: 6, maxLength: 6 }), fc.integer({ min: 1, max: 3 }), (t, rounds) => {
        const { emulator, workbook } = emulate('en_US');
        const [statement, owner, notes, sourceA, sourceB, channel] = t;
        const saved = saveGoal(emulator, form({ statement, owner, notes }));
        if (!saved.ok) throw new Error(JSON.stringify(saved));
        const day = addDays(TODAY, -2);
        importReadings(
          emulator,
          [
            { date: day, channel, value: 1, source: sourceA },
            { date: day, channel: 'facebook', value: 2, source: sourceB },
          ],
          'skip',
        );
        const goals = requireAddonSheet(workbook, 'goals');
        const tracking = requireAddonSheet(workbook, 'tracking');
        for (let round = 1; round <= rounds; round++) {
          // Replacing the first reading rewrites the second one's source as it was.
          importReadings(emulator, [{ date: day, channel, value: 10 + round, source: sourceA }], 'replace');
          saveGoal(emulator, form({ id: saved.value.id, statement, owner, notes }));
          expect(read(workbook, goals, 'A2').flat()).toEqual([statement]);
          expect(read(workbook, goals, 'F2').flat()).toEqual([owner]);
          expect(read(workbook, goals, 'P2').flat()).toEqual([notes]);
          expect(read(workbook, tracking, 'B2:E3')).toEqual([
            [channel, 'Reach', 10 + round, sourceA],
            ['Facebook', 'Reach', 2, sourceB],
          ]);
          const texts = [
            ...workbook.getFormulas(goals, { row: 2, column: 1, numRows: 1, numColumns: 11 })[0],
            ...workbook.getFormulas(goals, { row: 2, column: 16, numRows: 1, numColumns: 1 })[0],
            ...workbook.getFormulas(tracking, { row: 2, column: 1, numRows: 2, numColumns: 5 }).flat(),
          ];
          expect(texts.filter((f) => f !== '')).toEqual([]);
        }
      }),
      { numRuns: 15 },
    );
  });
});
