/** The add-on surface in the emulator: menu, sidebar, the call counter and what custom functions may do. */
import { emulate, read, write } from '../support/emulator';
import { Workbook } from '../../src/local/emulator/workbook';
import { CallCounter } from '../../src/local/fakes/calls';
import { FakeUi } from '../../src/local/fakes/ui';
import { DEFAULT_PROJECT, Emulator } from '../../src/local/emulator/emulator';
import { spreadsheetAppFake } from '../../src/local/fakes/spreadsheet';
import { readingsDigest } from '../../src/shared/digest';
import { addDays } from '../../src/core/dates';
import { ADDON_TEXTS } from '../../src/addon/texts';
import { FORMULA_REFERENCE } from '../../src/functions/reference';
import { exampleCall } from '../../src/functions/format';

test('onOpen builds the add-on menu from the real bundle, even in AuthMode.NONE, asking nothing of the spreadsheet', () => {
  const { emulator } = emulate('en_US');
  emulator.open('NONE');
  expect(emulator.ui.menus).toHaveLength(1);
  const items = emulator.ui.menus[0].items.filter((i) => i !== 'separator');
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) expect(emulator.hasGlobal(item.functionName)).toBe(true);
  // Counted even when refused: an attempt caught by the add-on would show here.
  expect(emulator.calls.count('SpreadsheetApp.getActiveSpreadsheet') + emulator.calls.count('PropertiesService')).toBe(0);
});

test.each([
  ['en_US', 'Enable formulas in this document', 'Social ROI formulas are on'],
  ['fr_FR', 'Activer les formules dans ce document', 'Les formules Social ROI sont actives'],
])('installed but not yet used (%s): formulas show #NAME? until the menu item enables the add-on here', (locale, caption, confirmation) => {
  const workbook = new Workbook('New', locale);
  const sheet = workbook.addSheet('Sheet1');
  const emulator = new Emulator(workbook, undefined, { usedInDocument: false });
  write(workbook, sheet, 'A1', [['=ROI_PCT(2500, 1000)']]);
  expect(read(workbook, sheet, 'A1')).toEqual([['#NAME?']]);
  emulator.open();
  const items = () => emulator.ui.menus[0].items.flatMap((i) => (i === 'separator' ? [] : [i]));
  expect(items()[0]).toEqual({ caption, functionName: 'enableFormulas' });
  emulator.run('enableFormulas');
  expect(emulator.ui.alerts).toEqual([expect.stringMatching(new RegExp(`^${confirmation}\\n.*=ROI_PCT\\(2500[,;] 1000\\) .*150`))]);
  expect(read(workbook, sheet, 'A1')).toEqual([[150]]);
  // Next time the document opens in AuthMode.LIMITED: no need for the item any more.
  emulator.open();
  expect(items().map((i) => i.functionName)).toEqual(['showWizard', 'showImport', 'showFormulaHelp']);
});

test('the menu items, in the user language, open their sidebars under the add-on’s name, which no language switch can contradict', () => {
  const { emulator } = emulate('en_US', 'fr_FR');
  emulator.open();
  const items = emulator.ui.menus[0].items.flatMap((i) => (i === 'separator' ? [] : [i]));
  expect(items.map((i) => i.caption)).toEqual(['Objectifs et ROI…', 'Importer les données des plateformes…', 'Aide des formules']);
  emulator.run(items[0].functionName);
  // A sidebar cannot retitle the frame Sheets draws around it: its own header and page title follow its switch.
  expect(emulator.ui.sidebar?.title).toBe('Social ROI');
  expect(emulator.ui.sidebar?.html).toContain('google.script.run');
  const wizard = emulator.ui.sidebar?.html;
  emulator.run(items[1].functionName);
  expect(emulator.ui.sidebar?.title).toBe('Social ROI');
  expect(emulator.ui.sidebar?.html).not.toBe(wizard);
  emulator.run(items[2].functionName);
  expect(emulator.ui.sidebar?.html).toContain('lang="fr"');
});

test('the call counter counts each service call, and a custom function column costs none', () => {
  const { emulator, workbook, sheet } = emulate();
  emulator.open();
  expect(emulator.calls.count('Ui.createAddonMenu')).toBe(1);
  expect(emulator.calls.count('Menu')).toBeGreaterThanOrEqual(2);
  emulator.calls.reset();
  write(workbook, sheet, 'A1:B3', [
    [1, 1],
    [2, 1],
    [3, 1],
  ]);
  write(workbook, sheet, 'C1', [['=ROI_PCT(A1:A3, B1:B3)']]);
  expect(emulator.calls.count()).toBe(0);
  write(workbook, sheet, 'D1', [['=ROI_PCT(1, 0)']]);
  expect(emulator.calls.snapshot()).toEqual({ 'Spreadsheet.getSpreadsheetLocale': 1, 'SpreadsheetApp.getActiveSpreadsheet': 1 });
});

test('in AuthMode.NONE the spreadsheet is out of reach', () => {
  const { workbook } = emulate();
  const calls = new CallCounter();
  const app = spreadsheetAppFake({ workbook, calls, ui: new FakeUi(calls, 'Social ROI'), authMode: 'NONE', projectId: DEFAULT_PROJECT });
  expect(() => app.getActiveSpreadsheet()).toThrow(/permission/);
});

test('a custom function may read but never write: every formula, on its examples and on refused input, reads at most the locale', () => {
  const { emulator, workbook, sheet } = emulate('fr_FR');
  const refused = FORMULA_REFERENCE.map((def) => `=${def.name}(${def.params.map(() => '"x"').join(', ')})`);
  const formulas = [...FORMULA_REFERENCE.flatMap((def) => def.examples.map((example) => exampleCall(def, example, 'en'))), ...refused];
  write(
    workbook,
    sheet,
    `A1:A${formulas.length}`,
    formulas.map((formula) => [formula]),
  );
  const readsOfTheLocale = ['SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.getSpreadsheetLocale'];
  expect(Object.keys(emulator.calls.snapshot()).filter((call) => !readsOfTheLocale.includes(call))).toEqual([]);
  // The examples compute (a number, or UTM_URL's link); the refusals show their own message, not a permission error.
  const texts = FORMULA_REFERENCE.flatMap((def) => def.examples.map((example) => example.result)).filter(
    (result) => typeof result === 'string',
  );
  const computed = (value: unknown) => typeof value === 'number' || texts.includes(value as string);
  expect(
    read(workbook, sheet, `A1:A${formulas.length}`)
      .flat()
      .filter((value) => !computed(value)),
  ).toEqual(refused.map(() => '#ERROR!'));
  const messages = formulas.map((_formula, i) => workbook.errorMessage(sheet, i + 1, 1) ?? '');
  expect(messages.filter((message) => /permission/i.test(message))).toEqual([]);
});

const TODAY = new Date().toISOString().slice(0, 10);

describe('an unexpected error', () => {
  const goal = {
    outcome: 'sales',
    stage: 'engagement',
    kpi: 'website_clicks',
    statement: 'Clicks',
    baseline: '1',
    target: '2',
    unit: '',
    start: addDays(TODAY, -1),
    deadline: addDays(TODAY, 60),
    owner: 'Camille',
    channels: ['instagram'],
  };
  const reading = {
    readings: readingsDigest([{ date: '2026-01-05', channel: 'instagram', kpi: 'reach', value: 1, source: '' }]),
    mode: 'skip',
  };

  test.each([
    ['loadWizard', [], 'SpreadsheetApp.getActiveSpreadsheet'],
    ['saveGoal', [goal], 'Range.setValues'],
    ['loadImport', [], 'SpreadsheetApp.getActiveSpreadsheet'],
    ['saveImport', [reading], 'Range.setValues'],
  ])('%s logs it with its stack (console.error), and answers in the user language', (endpoint, args, failingCall) => {
    const { emulator } = emulate('fr_FR', 'fr_FR');
    emulator.calls.onCall = (key) => {
      if (key === failingCall) throw new Error('Service Spreadsheets failed while accessing document');
    };
    const answer = JSON.parse(JSON.stringify(emulator.run(endpoint, args)));
    expect(answer).toEqual({
      ok: false,
      error: { kind: 'failed', message: `${ADDON_TEXTS.fr.serverFailed} Service Spreadsheets failed while accessing document` },
    });
    const errors = emulator.console.entries.filter((e) => e.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].text).toContain('Service Spreadsheets failed while accessing document');
    // The stack names where it was thrown: a line "at …" of the call chain.
    expect(errors[0].text).toMatch(/\n\s+at \S/);
  });
});
