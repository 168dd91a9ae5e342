/**
 * The registry of the add-on's sheets in developer metadata, and the visibility rules of Sheets: an
 * entry of PROJECT visibility is seen by the script project that wrote it only, one of DOCUMENT
 * visibility by any. A script moved to another Cloud project (as publishing requires) must still find
 * its sheets.
 */
import { SHEETS_METADATA_KEY } from '../../src/shared/files';
import type { Result, WizardData } from '../../src/shared/endpoints';
import { Emulator } from '../../src/local/emulator/emulator';
import { Workbook } from '../../src/local/emulator/workbook';
import { spreadsheetAppFake } from '../../src/local/fakes/spreadsheet';
import { CallCounter } from '../../src/local/fakes/calls';
import { FakeUi } from '../../src/local/fakes/ui';

const plain = <T>(value: unknown) => JSON.parse(JSON.stringify(value)) as T;
const load = (emulator: Emulator) => plain<Result<WizardData>>(emulator.run('loadWizard'));

function spreadsheetOf(workbook: Workbook, projectId: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const calls = new CallCounter();
  return spreadsheetAppFake({ workbook, calls, ui: new FakeUi(calls, 'Social ROI'), authMode: 'FULL', projectId }).getActiveSpreadsheet();
}

/** The enum as the fake's SpreadsheetApp has it. */
const SpreadsheetAppVisibility = spreadsheetAppFake({
  workbook: new Workbook(),
  calls: new CallCounter(),
  ui: new FakeUi(new CallCounter(), ''),
  authMode: 'FULL',
  projectId: '',
}).DeveloperMetadataVisibility;

/** The workbook as another script project opens it: the same document, saved and loaded again. */
const fromProject = (emulator: Emulator, projectId: string) => Emulator.fromState(plain(emulator.state()), { projectId });

test('the fake: a PROJECT entry is seen by its own project only, a DOCUMENT entry by any project', () => {
  const workbook = new Workbook('Test', 'en_US');
  workbook.addSheet('Data');
  const mine = spreadsheetOf(workbook, 'project-a');
  mine.addDeveloperMetadata('shared', 'd', SpreadsheetAppVisibility.DOCUMENT);
  mine.addDeveloperMetadata('private', 'p', SpreadsheetAppVisibility.PROJECT);
  const keys = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
    ss
      .createDeveloperMetadataFinder()
      .find()
      .map((m) => m.getKey())
      .sort();
  expect(keys(mine)).toEqual(['private', 'shared']);
  expect(keys(spreadsheetOf(workbook, 'project-b'))).toEqual(['shared']);
  expect(
    spreadsheetOf(workbook, 'project-b')
      .getDeveloperMetadata()
      .map((m) => m.getKey()),
  ).toEqual(['shared']);
});

test('the sheets are found again from another script project: no second set', () => {
  const first = new Emulator(new Workbook('Test', 'en_US'), undefined, { projectId: 'test-deployment' });
  first.workbook.addSheet('Data');
  expect(load(first)).toEqual({ ok: true, value: expect.objectContaining({ sheetsCreated: true }) });
  expect(first.workbook.metadata.find((m) => m.key === SHEETS_METADATA_KEY)?.visibility).toBe('DOCUMENT');
  const published = fromProject(first, 'standard-cloud-project');
  expect(load(published)).toEqual({ ok: true, value: expect.objectContaining({ sheetsCreated: false }) });
  expect(published.workbook.sheets.map((s) => s.name)).toEqual(['Data', 'Goals', 'Tracking', 'ROI by channel', 'Dashboard']);
});

test('an entry an older version wrote with PROJECT visibility is still found, and rewritten as DOCUMENT under the lock', () => {
  const old = new Emulator(new Workbook('Test', 'en_US'), undefined, { projectId: 'test-deployment' });
  old.workbook.addSheet('Data');
  load(old);
  // As older versions left it: PROJECT visibility, written by this project.
  const entry = old.workbook.metadata.find((m) => m.key === SHEETS_METADATA_KEY)!;
  Object.assign(entry, { visibility: 'PROJECT', project: 'test-deployment' });

  // While another execution holds the lock, the wizard opens on the sheets and leaves the entry alone.
  old.locks.holdFor('another user');
  expect(load(old)).toEqual({
    ok: true,
    value: expect.objectContaining({ sheetsCreated: false, sheets: expect.objectContaining({ goals: 'Goals' }) }),
  });
  expect(entry.visibility).toBe('PROJECT');
  old.locks.release('another user');

  expect(load(old)).toEqual({ ok: true, value: expect.objectContaining({ sheetsCreated: false }) });
  expect(old.workbook.metadata.filter((m) => m.key === SHEETS_METADATA_KEY)).toEqual([expect.objectContaining({ visibility: 'DOCUMENT' })]);
  const published = fromProject(old, 'standard-cloud-project');
  load(published);
  expect(published.workbook.sheets).toHaveLength(5);
});
