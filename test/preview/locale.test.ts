/**
 * Switching the spreadsheet locale recomputes every formula, as Sheets does: in any order, with nothing
 * stale, no spilled column of the sample turned into #REF!, and nothing damaged in what the preview
 * saves to disk.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { Emulator, type EmulatorState } from '../../src/local/emulator/emulator';
import type { Workbook } from '../../src/local/emulator/workbook';
import { addSampleTracking, sampleWorkbook } from '../../src/local/preview/sample';
import { startPreview } from '../../src/local/preview/server';

/** Every value of every sheet, by sheet name. */
function values(workbook: Workbook): Record<string, unknown[][]> {
  return Object.fromEntries(
    workbook.sheets.map((sheet) => [
      sheet.name,
      workbook.getValues(sheet, {
        row: 1,
        column: 1,
        numRows: Math.max(1, workbook.lastRow(sheet)),
        numColumns: Math.max(1, workbook.lastColumn(sheet)),
      }),
    ]),
  );
}

const errors = (all: Record<string, unknown[][]>) =>
  Object.values(all)
    .flat(2)
    .filter((v) => v === '#REF!');

/** The same contents computed from scratch, as a fresh load of the saved state does. */
const fromScratch = (state: EmulatorState) => values(Emulator.fromState(JSON.parse(JSON.stringify(state))).workbook);

function sample(): Emulator {
  const emulator = new Emulator(sampleWorkbook());
  emulator.open();
  addSampleTracking(emulator);
  return emulator;
}

const LOCALES = ['fr_FR', 'en_US', 'en_GB', 'fr_CA'];

test('the sample computes without #REF!, and the check below sees spilled columns', () => {
  const { workbook } = sample();
  expect(errors(values(workbook))).toEqual([]);
  // M2 holds the ROI_PCT column formula of the social sheet; M3 is one of its spilled values.
  const social = workbook.sheetByName('Réseaux sociaux')!;
  expect(workbook.getFormulas(social, { row: 3, column: 13, numRows: 1, numColumns: 1 })).toEqual([['']]);
  expect(typeof workbook.getValues(social, { row: 3, column: 13, numRows: 1, numColumns: 1 })[0][0]).toBe('number');
});

test('switching locales in any order recomputes everything, and switching back gives the values before', () => {
  const emulator = sample();
  const before = values(emulator.workbook);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...LOCALES), { minLength: 1, maxLength: 4 }), (switches) => {
      for (const locale of [...switches, 'fr_FR']) {
        emulator.workbook.setLocale(locale);
        const now = values(emulator.workbook);
        expect(errors(now)).toEqual([]);
        expect(now).toEqual(fromScratch(emulator.state()));
      }
      expect(values(emulator.workbook)).toEqual(before);
    }),
    { numRuns: 4 },
  );
});

test('the preview saves what the switch computed: a restart finds the same values, no #REF!', async () => {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'social-roi-')), 'workbook.json');
  const server = await startPreview({ port: 0, dataFile });
  try {
    const before = values(server.emulator().workbook);
    for (const locale of ['en_US', 'fr_FR', 'fr_FR', 'en_GB', 'fr_FR']) {
      const response = await fetch(`${server.url}api/locale`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ locale }),
      });
      expect(response.status).toBe(200);
      const saved = fromScratch(JSON.parse(readFileSync(dataFile, 'utf8')) as EmulatorState);
      expect(errors(saved)).toEqual([]);
      expect(saved).toEqual(values(server.emulator().workbook));
    }
    expect(values(server.emulator().workbook)).toEqual(before);
  } finally {
    await server.close();
  }
});
