/** The real bundle's custom functions, evaluated by HyperFormula as Sheets would evaluate them. */
import fc from 'fast-check';
import { emulate, read, shown, write } from '../support/emulator';
import { FORMULA_REFERENCE } from '../../src/functions/reference';
import { exampleCall } from '../../src/functions/format';
import { CANONICAL, formulaSyntax, translateFormula } from '../../src/core/formula-syntax';
import { zonedMidnight } from '../../src/local/emulator/zones';

test('a column formula spills one result per row, blank rows blank', () => {
  const { workbook, sheet } = emulate();
  write(workbook, sheet, 'A1:B4', [
    [2500, 1000],
    [300, 100],
    ['', ''],
    [50, 100],
  ]);
  write(workbook, sheet, 'C1', [['=ROI_PCT(A1:A4, B1:B4)']]);
  expect(read(workbook, sheet, 'C1:C4')).toEqual([[150], [200], [''], [-50]]);
});

test('an open-ended range such as A2:A works as in Sheets, and its text is kept', () => {
  const { workbook, sheet } = emulate();
  write(workbook, sheet, 'A2:B3', [
    [2000, 1000],
    [150, 100],
  ]);
  write(workbook, sheet, 'C2', [['=ROI_PCT(A2:A, B2:B)']]);
  expect(read(workbook, sheet, 'C2:C4')).toEqual([[100], [50], ['']]);
  expect(workbook.getFormulas(sheet, { row: 2, column: 3, numRows: 1, numColumns: 1 })).toEqual([['=ROI_PCT(A2:A, B2:B)']]);
});

test('bad input shows #ERROR! with the message, in the spreadsheet language', () => {
  const en = emulate('en_GB');
  write(en.workbook, en.sheet, 'A1', [['=ROI_PCT(2500, 0)']]);
  expect(read(en.workbook, en.sheet, 'A1')).toEqual([['#ERROR!']]);
  expect(en.workbook.errorMessage(en.sheet, 1, 1)).toBe('ROI_PCT: cost is 0; expected a number > 0.');
  const fr = emulate('fr_FR');
  write(fr.workbook, fr.sheet, 'A1', [['=CONVERSION_VALUE(500, 2)']]);
  expect(fr.workbook.errorMessage(fr.sheet, 1, 1)).toMatch(
    /^CONVERSION_VALUE : taux de transformation \(close_rate\) vaut 2, .*vouliez-vous dire 2\s% \(0,02\) \?/,
  );
});

describe('a date cell, handed over as Sheets does: midnight in the spreadsheet’s time zone (Europe/Paris)', () => {
  test('is the day the sheet shows, as a UTM tag and in a message, with one time zone lookup', () => {
    const { emulator, workbook } = emulate('fr_FR');
    const june1 = zonedMidnight('2026-06-01', workbook.timeZone);
    expect(june1.toISOString()).toBe('2026-05-31T22:00:00.000Z');
    emulator.calls.reset();
    expect(emulator.run('UTM_URL', ['example.com', 'instagram', 'social', june1])).toBe(
      'https://example.com?utm_source=instagram&utm_medium=social&utm_campaign=2026-06-01',
    );
    expect(emulator.calls.count('Spreadsheet.getSpreadsheetTimeZone')).toBe(1);
    expect(() => emulator.run('ROI_PCT', [june1, 10])).toThrow(
      /^ROI_PCT : valeur \(value\) vaut 2026-06-01, ce n'est pas un nombre ≥ 0\.$/,
    );
  });

  test('a call without a date never asks for the time zone', () => {
    const { emulator } = emulate('fr_FR');
    emulator.calls.reset();
    emulator.run('UTM_URL', ['example.com', 'instagram', 'social', 'spring']);
    expect(() => emulator.run('ROI_PCT', [10, 0])).toThrow();
    expect(emulator.calls.count('Spreadsheet.getSpreadsheetTimeZone')).toBe(0);
  });
});

test('an argument too many shows #ERROR! saying how many the formula takes, in the spreadsheet language', () => {
  const en = emulate('en_US');
  write(en.workbook, en.sheet, 'A1:B1', [['=ROAS(2000, 500, 3)', '=ROAS(2000, 500)']]);
  expect(read(en.workbook, en.sheet, 'A1:B1')).toEqual([['#ERROR!', 4]]);
  expect(en.workbook.errorMessage(en.sheet, 1, 1)).toBe('ROAS: takes 2 arguments (revenue, ad_spend); got 3.');
  const fr = emulate('fr_FR');
  write(fr.workbook, fr.sheet, 'A1', [['=ROI_PCT(2500, 1000, 0.4, 5)']]);
  expect(fr.workbook.errorMessage(fr.sheet, 1, 1)).toBe('ROI_PCT : prend 2 ou 3 arguments (valeur, coût, [marge]) ; reçu 4.');
});

test('a blocked spill is an error, as in Sheets, and clears when the way is free', () => {
  const { workbook, sheet } = emulate();
  write(workbook, sheet, 'A1:B2', [
    [200, 100],
    [300, 100],
  ]);
  write(workbook, sheet, 'C2', [['in the way']]);
  write(workbook, sheet, 'C1', [['=ROI_PCT(A1:A2, B1:B2)']]);
  expect(read(workbook, sheet, 'C1')).toEqual([['#REF!']]);
  expect(workbook.errorMessage(sheet, 1, 3)).toMatch(/would overwrite data/);
  write(workbook, sheet, 'C2', [['']]);
  expect(read(workbook, sheet, 'C1:C2')).toEqual([[100], [200]]);
});

test('dependants recompute when an input changes, and SUM over a spilled column works', () => {
  const { workbook, sheet } = emulate();
  write(workbook, sheet, 'A1:B2', [
    [200, 100],
    [300, 100],
  ]);
  write(workbook, sheet, 'C1:D1', [['=ROI_PCT(A1:A2, B1:B2)', '=SUM(C1:C2)']]);
  expect(read(workbook, sheet, 'D1')).toEqual([[300]]);
  write(workbook, sheet, 'A2', [[400]]);
  expect(read(workbook, sheet, 'D1')).toEqual([[400]]);
});

test('percent cells arrive as fractions and text rates are read', () => {
  const { workbook, sheet } = emulate();
  write(workbook, sheet, 'A1:B1', [['2%', '1 in 50']]);
  write(workbook, sheet, 'C1:D1', [['=CONVERSION_VALUE(500, A1)', '=CONVERSION_VALUE(500, B1, 3)']]);
  expect(read(workbook, sheet, 'C1:D1')).toEqual([[10, 30]]);
});

test('custom and native formulas agree: ROI_PCT against (A-B)/B*100 on random data', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 50_000 })), { minLength: 1, maxLength: 30 }),
      (rows) => {
        const { workbook, sheet } = emulate();
        const n = rows.length;
        write(workbook, sheet, `A1:B${n}`, rows);
        write(workbook, sheet, 'C1', [[`=ROI_PCT(A1:A${n}, B1:B${n})`]]);
        write(
          workbook,
          sheet,
          `D1:D${n}`,
          rows.map((_, i) => [`=(A${i + 1}-B${i + 1})/B${i + 1}*100`]),
        );
        const custom = read(workbook, sheet, `C1:C${n}`).flat() as number[];
        const native = read(workbook, sheet, `D1:D${n}`).flat() as number[];
        custom.forEach((value, i) => expect(value).toBeCloseTo(native[i], 6));
      },
    ),
    { numRuns: 25 },
  );
});

test('display values follow number formats and the spreadsheet locale', () => {
  const fr = emulate('fr_FR');
  write(fr.workbook, fr.sheet, 'A1:B1', [[0.256, 1234.5]]);
  fr.sheet.formats.push({ range: { row: 1, column: 1, numRows: 1, numColumns: 1 }, value: '0.0%' });
  fr.sheet.formats.push({ range: { row: 1, column: 2, numRows: 1, numColumns: 1 }, value: '#,##0.00 "€"' });
  expect(shown(fr.workbook, fr.sheet, 'A1:B1')).toEqual([['25,6\u00a0%', '1\u202f234,50 €']]);
});

describe('the README and help examples', () => {
  const examples = FORMULA_REFERENCE.flatMap((def) => def.examples.map((example) => ({ def, example })));
  /** A number to 9 decimals, a text (UTM_URL's link) exactly. */
  const expectResult = (actual: unknown, result: number | string) =>
    typeof result === 'string' ? expect(actual).toBe(result) : expect(actual as number).toBeCloseTo(result, 9);

  test.each(examples.map(({ def, example }) => [exampleCall(def, example, 'en'), example.result]))(
    '%s gives %p through setFormula (canonical syntax, TRUE as a literal)',
    (formula, result) => {
      const { workbook, sheet } = emulate('en_US');
      write(workbook, sheet, 'A1', [[formula]]);
      expectResult(read(workbook, sheet, 'A1')[0][0], result);
      expect(workbook.getFormulas(sheet, { row: 1, column: 1, numRows: 1, numColumns: 1 })).toEqual([[formula]]);
    },
  );

  test.each(examples.map(({ def, example }) => [exampleCall(def, example, 'fr'), example.result]))(
    '%s typed in a French spreadsheet gives %p',
    (typed, result) => {
      const { workbook, sheet } = emulate('fr_FR');
      write(workbook, sheet, 'A1', [[translateFormula(typed, formulaSyntax('fr_FR'), CANONICAL)]]);
      expectResult(read(workbook, sheet, 'A1')[0][0], result);
    },
  );
});
