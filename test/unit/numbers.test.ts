/**
 * The one number reader, against the shared table of typed and pasted numbers, through every reader
 * that uses it: formula arguments and close rates in the spreadsheet's locale, the wizard's baseline
 * and target in the user's language, and the import with nothing else in the file to tell.
 */
import { readFileSync } from 'node:fs';
import { numberConvention, parseLocaleNumber, readTypedNumber } from '../../src/core/numbers';
import { readRateText } from '../../src/core/rates';
import { validateGoal } from '../../src/core/goals';
import { langFromLocale } from '../../src/core/lang';
import { customFunction } from '../support/formulas';
import {
  NUMBER_CASES_FILE,
  SHARED_NUMBER_CASES_FILE,
  allowed,
  caseTitle,
  readNumberCases,
  sharedTableIsHere,
  type NumberCase,
  type Reading,
} from '../support/number-cases';

/**
 * Cases of this project beyond the team's shared table (test/fixtures/number-cases.csv stays a copy of
 * it): run through every reader alike. A currency written with a decimal point ("£", "$", "USD") says
 * how its amount is written, and must agree with the locale: never 1.2 pounds for "£1,200".
 */
const LOCAL_CASES: NumberCase[] = (
  [
    ['£1,200', 'fr_FR', [1200], true, 'the pound writes 1200 so; French reads 1,2: both readings stand, never 1.2 alone'],
    ['USD 1,200', 'fr_FR', [1200], true, ''],
    ['1,200 USD', 'fr_FR', [1200], true, ''],
    ['¥1,200', 'fr_FR', [1200], true, ''],
    ['$1,234.56', 'fr_FR', [1234.56], false, 'proves its own reading'],
    ['£1,200', 'en_US', [1200], true, 'the pound and the locale agree (an import with nothing else to tell refuses it)'],
    ['$1.500', 'en_US', [1.5], true, ''],
    ['$1.500', 'fr_FR', [1.5], true, 'never 1500: the dollar writes 1.5 so'],
    ['$1,500', 'de_DE', [1500], true, 'never 1.5: the dollar writes 1500 so'],
    ['€2,500', 'fr_FR', [2500], true, 'a euro sign before the amount is not the French way: never 2,5 alone'],
    ['€2,500', 'en_US', [2500], true, 'the English way (an import with nothing else to tell refuses it)'],
    ['2,500 €', 'fr_FR', [2.5], true, 'the French way (an import with nothing else to tell refuses it)'],
  ] as const
).map(([text, locale, numbers, refused, note]) => ({ kind: 'number', text, locale, numbers: [...numbers], refused, blank: false, note }));

const CASES = [...readNumberCases(), ...LOCAL_CASES];
const NUMBERS = CASES.filter((c) => c.kind === 'number');
const RATES = CASES.filter((c) => c.kind === 'rate');

/** Runs a formula call and reads its outcome in the table's terms. */
function outcome(run: () => unknown): Reading {
  try {
    const result = run();
    if (result === '') return 'BLANK';
    if (typeof result !== 'number') throw new Error(`not a number: ${JSON.stringify(result)}`);
    return result;
  } catch (error) {
    if (error instanceof Error && /^[A-Z_]+ ?: /.test(error.message)) return 'REFUSED';
    throw error;
  }
}

test('the table is here, with both kinds and both languages', () => {
  expect(NUMBERS.length).toBeGreaterThan(30);
  expect(RATES.length).toBeGreaterThan(10);
  expect(new Set(CASES.map((c) => c.locale))).toEqual(new Set(['en_US', 'fr_FR', 'de_DE']));
});

(sharedTableIsHere() ? test : test.skip)('the copy in test/fixtures holds every row of the team’s shared table', () => {
  const key = (c: NumberCase) => `${c.kind}|${c.text}|${c.locale}`;
  const ours = new Set(readNumberCases(NUMBER_CASES_FILE).map(key));
  expect(
    readNumberCases(SHARED_NUMBER_CASES_FILE)
      .map(key)
      .filter((k) => !ours.has(k)),
  ).toEqual([]);
  expect(readFileSync(NUMBER_CASES_FILE, 'utf8').length).toBeGreaterThan(0);
});

describe('core reader: readTypedNumber in the locale', () => {
  test.each(NUMBERS.map((c) => [caseTitle(c), c] as const))('%s', (_title, c) => {
    const typed = readTypedNumber(c.text, numberConvention(c.locale));
    const reading: Reading = typed.kind === 'number' ? typed.value : typed.kind === 'blank' ? 'BLANK' : 'REFUSED';
    expect([c.text, reading, allowed(c, reading)]).toEqual([c.text, reading, true]);
  });
});

describe('core reader: readRateText in the locale', () => {
  test.each(RATES.map((c) => [caseTitle(c), c] as const))('%s', (_title, c) => {
    const rate = readRateText(c.text, numberConvention(c.locale));
    // The range rules (a bare 2 is 2 %?) are the formula's: only the reading itself is checked here.
    if (rate.kind !== 'rate') expect(c.refused || c.blank).toBe(true);
    else if (!c.refused) expect(allowed(c, rate.value)).toBe(true);
  });
});

describe('formula arguments, as Sheets calls the custom functions', () => {
  test.each(NUMBERS.map((c) => [caseTitle(c), c] as const))('GOAL_PROGRESS(%s, 1, 0) reads the number or refuses', (_title, c) => {
    const progress = customFunction('GOAL_PROGRESS', c.locale);
    expect(
      allowed(
        c,
        outcome(() => progress(c.text, 1, 0)),
      ),
    ).toBe(true);
  });

  test.each(RATES.map((c) => [caseTitle(c), c] as const))('CONVERSION_VALUE(1, %s) reads the close rate or refuses', (_title, c) => {
    const value = customFunction('CONVERSION_VALUE', c.locale);
    expect(
      allowed(
        c,
        outcome(() => value(1, c.text)),
      ),
    ).toBe(true);
  });

  test.each(RATES.filter((c) => c.numbers.length === 0).map((c) => [caseTitle(c), c] as const))(
    'a refused close rate %s says what was most likely meant',
    (_title, c) => {
      const value = customFunction('CONVERSION_VALUE', c.locale);
      expect(() => value(1, c.text)).toThrow(/CONVERSION_VALUE ?: .*(close_rate)/);
    },
  );
});

describe('the wizard, in the language of the locale', () => {
  const amounts = NUMBERS.filter((c) => c.numbers.every((n) => n >= 0) && !/%/.test(c.text));
  test.each(amounts.map((c) => [caseTitle(c), c] as const))('a revenue baseline of %s', (_title, c) => {
    const result = validateGoal(
      {
        outcome: 'sales',
        stage: 'conversion',
        kpi: 'revenue',
        statement: 'Grow revenue',
        baseline: c.text,
        target: '99999999',
        unit: '€',
        start: '2027-01-15',
        deadline: '2027-06-30',
        owner: 'Camille',
        channels: ['instagram'],
      },
      '2027-01-15',
      langFromLocale(c.locale),
    );
    const error = result.ok ? undefined : result.errors.find((e) => e.field === 'baseline');
    const reading: Reading = result.ok ? result.goal.baseline : error?.code === 'required' ? 'BLANK' : 'REFUSED';
    expect(allowed(c, reading)).toBe(true);
  });
});

describe('the import, a cell with nothing else in the file to tell', () => {
  test.each(NUMBERS.map((c) => [caseTitle(c), c] as const))('%s', (_title, c) => {
    const read = parseLocaleNumber(c.text);
    const reading: Reading = typeof read === 'number' ? read : read === 'blank' ? 'BLANK' : 'REFUSED';
    expect(allowed(c, reading)).toBe(true);
  });
});

describe('a currency written with a decimal point tells its notation, which the locale must share', () => {
  test('£1,200 is 1200 in an English sheet, and refused with both readings in a French one', () => {
    expect(customFunction('ROI_PCT', 'en_US')('£1,200', 1000)).toBeCloseTo(20, 10);
    expect(customFunction('ROI_PCT', 'en_GB')('1,200 GBP', 1000)).toBeCloseTo(20, 10);
    expect(() => customFunction('ROI_PCT', 'fr_FR')('£1,200', 1000)).toThrow(
      'ROI_PCT : valeur (value) vaut « £1,200 », qui se lit 1200 ou 1,2 : tapez 1200 ou 1,2.',
    );
    // What the same French sheet reads without the pound, and an amount that proves its own reading.
    expect(customFunction('ROI_PCT', 'fr_FR')('1,200', 1)).toBeCloseTo(20, 10);
    expect(customFunction('ROI_PCT', 'fr_FR')('$1,234.56', 1000)).toBeCloseTo(23.456, 10);
  });
});

describe('the two numbers of a close rate are counts, whatever the locale', () => {
  test.each([
    ['en_US', '1 in 1,000'],
    ['en_US', '1 in 1.000'],
    ['en_US', '1 in 1000'],
    ['en_US', '1:1 000'],
    ['fr_FR', '1 sur 1,000'],
    ['fr_FR', '1 sur 1.000'],
    ['fr_FR', '1 sur 1\u202f000'],
    ['fr_FR', '1/1000'],
  ])('in %s, %j is one in a thousand, never one in one', (locale, text) => {
    expect(customFunction('CONVERSION_VALUE', locale)(1000, text)).toBeCloseTo(1, 12);
  });
});

describe('messages propose what the user most likely meant', () => {
  const message = (name: string, locale: string, ...args: unknown[]) => {
    try {
      customFunction(name, locale)(...(args as never[]));
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('not refused');
  };

  test.each([
    ['en_US', [500, 1], /did you mean 1% \(0\.01\)\?/],
    ['fr_FR', [500, 1], /vouliez-vous dire 1\u00a0% \(0,01\) \?/],
    ['en_US', [500, 2], /did you mean 2% \(0\.02\)\?/],
    ['fr_FR', [500, 40], /40\u00a0% \(0,4\)/],
    ['en_US', [500, '50 in 1'], /did you mean "1 in 50"\?/],
    ['fr_FR', [500, '50 sur 1'], /« 1 sur 50 »/],
    ['en_US', [500, '150%'], /did you mean 15% or 1\.5%\?/],
    ['fr_FR', [500, '1 sur 0'], /doit donc dépasser 0/],
  ] as const)('CONVERSION_VALUE in %s with %j', (locale, args, pattern) => {
    expect(message('CONVERSION_VALUE', locale, ...args)).toMatch(pattern);
  });

  test('a margin of 150% is read as a markup, not as 1.5 %', () => {
    const text = message('ROI_PCT', 'en_US', 5000, 1000, '150%');
    expect(text).toMatch(/if 150% is your markup, your margin is 60% \(0\.6\)/);
    expect(text).not.toMatch(/1\.5 ?%/);
  });

  test('a margin between 1 and 2 gets the advice its percent gets: a markup, with the two margins it may mean', () => {
    const advice =
      'but a margin cannot be more than 100% of the price: if 150% is your markup, your margin is 60% (0.6); ' +
      'if your price is 1.5 × your cost, it is 33.3% (0.333).';
    expect(message('ROI_PCT', 'en_US', 1000, 100, 1.5)).toBe(`ROI_PCT: margin is 1.5, ${advice}`);
    expect(message('ROI_PCT', 'en_US', 1000, 100, '150%')).toBe(`ROI_PCT: margin is 150%, ${advice}`);
    expect(message('LTV', 'fr_FR', 45, 6, 3, 1.5)).toBe(
      'LTV : marge (margin) vaut 1,5, or une marge ne peut dépasser 100 % du prix : si 150\u00a0% est votre majoration (markup), ' +
        'votre marge est de 60\u00a0% (0,6) ; si votre prix vaut 1,5 × votre coût, elle est de 33,3\u00a0% (0,333).',
    );
    expect(message('ROI_PCT', 'en_US', 1000, 100, '250%')).toMatch(
      /your margin is 71\.4% \(0\.714\); if your price is 2\.5 × your cost, it is 60% \(0\.6\)\.$/,
    );
    // From 2 up, a bare number is still most likely a percent typed without its sign.
    expect(message('ROI_PCT', 'en_US', 1000, 100, 2)).toMatch(/did you mean 2% \(0\.02\)\?$/);
    expect(customFunction('ROI_PCT')([[1000], [1000]], 100, [[1.5], [0.5]])).toEqual([['⚠ margin: 1.5: markup?'], [400]]);
  });

  test('a share that is no margin above 100% is not called a markup', () => {
    expect(message('GOAL_PROGRESS', 'en_US', 1, 2, 0, '150%')).toBe(
      'GOAL_PROGRESS: elapsed is 150%, more than 100%: did you mean 15% or 1.5%?',
    );
    expect(message('GOAL_PROGRESS', 'en_US', 1, 2, 0, 1.5)).toMatch(
      /elapsed is 1\.5, but it is a share from 0 to 1: did you mean 1\.5% \(0\.015\)\?$/,
    );
  });

  test('a number offered back is rounded: no 1.0001% (0.010001)', () => {
    expect(message('CONVERSION_VALUE', 'en_US', 500, 1.0001)).toBe(
      'CONVERSION_VALUE: close_rate is 1.0001, but it is a share from 0 to 1: did you mean 1.0001% (0.010001)?',
    );
    expect(message('CONVERSION_VALUE', 'fr_FR', 500, 2.0000000001)).toMatch(/vaut 2,0000000001, .*vouliez-vous dire 2\u00a0% \(0,02\) \?$/);
    expect(message('ROI_PCT', 'en_US', 100, 10, 40.0000001)).toMatch(/did you mean 40% \(0\.4\)\?$/);
    expect(message('CONVERSION_VALUE', 'en_US', 500, '150.0000001%')).toMatch(/did you mean 15% or 1\.5%\?$/);
    expect(customFunction('CONVERSION_VALUE')(500, [[1.0001]])).toEqual([['⚠ close_rate: 1.0001: 1.0001%?']]);
  });

  test('a share a millionth above 1 is 1, floating-point noise: a margin of 1, a close rate asked about as 1 %', () => {
    expect(customFunction('ROI_PCT')(1000, 100, 1.0000001)).toBe(900);
    expect(customFunction('ROI_PCT')(1000, 100, [[1.0000001], [0.5]])).toEqual([[900], [400]]);
    expect(message('CONVERSION_VALUE', 'en_US', 500, 1.0000001)).toMatch(/is 1, .*did you mean 1% \(0\.01\)\?/);
    expect(message('ROI_PCT', 'en_US', 1000, 100, 1.01)).toMatch(/if 101% is your markup/);
  });

  test('"-10%" as a cost is refused as below 0, offering back no refused -10', () => {
    expect(message('ROI_PCT', 'en_US', 1000, '-10%')).not.toMatch(/did you mean -10/);
    expect(message('ROI_PCT', 'en_US', 1000, '-10%')).toMatch(/cost is -10/);
  });

  test('"20%" where a number is expected is read as 0.2, not called "not a number"', () => {
    expect(customFunction('ROI_PCT', 'en_US')(1200, 1000, '20%')).toBeCloseTo(-76, 10);
  });

  test('an ambiguous number offers both readings, in the user’s notation', () => {
    expect(message('ROI_PCT', 'fr_FR', '1.500', 1000)).toBe(
      'ROI_PCT : valeur (value) vaut « 1.500 », qui se lit 1500 ou 1,5 : tapez 1500 ou 1,5.',
    );
  });

  test('French messages name the argument in French and show VRAI, not « true »', () => {
    expect(message('PPC_EQUIVALENT', 'fr_FR', [['a']], [[1]], [['a']], [[1]], 'oui')).toMatch(
      /ignorer les mots-clés sans CPC \(skip_unmatched\) vaut « oui »/,
    );
    expect(message('ROI_PCT', 'fr_FR', true, 1000)).toMatch(/valeur \(value\) vaut VRAI/);
  });

  test('a blank keyword asks for a keyword, not for a number', () => {
    expect(message('PPC_EQUIVALENT', 'en_US', [['croissant'], ['']], [[10], [5]], [['croissant']], [[1]])).toMatch(
      /row 2 of keywords: keywords is blank; expected a keyword/,
    );
  });
});
