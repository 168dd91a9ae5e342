/** The shared argument rules: ranges, broadcasting, blank rows, shapes, and refused rows. */
import { customFunction } from '../support/formulas';

const col = (...values: unknown[]) => values.map((v) => [v]) as never;

describe('ranges', () => {
  const roi = customFunction('ROI_PCT');

  test('a column gives a column of the same height', () => {
    expect(roi(col(2500, 1000, 0), col(1000, 1000, 500))).toEqual([[150], [0], [-100]]);
  });

  test('a single value is broadcast to every row', () => {
    expect(roi(col(2000, 3000), 1000)).toEqual([[100], [200]]);
    expect(roi(3000, col(1000, 1500), 0.5)).toEqual([[50], [0]]);
  });

  test('an optional argument may be a column too', () => {
    expect(roi(col(1000, 1000), 500, col(1, 0.5))).toEqual([[100], [0]]);
  });

  test('rows whose range inputs are all blank stay blank, so open ranges work', () => {
    expect(roi(col(2500, '', 300, ''), col(1000, '', 100, ''))).toEqual([[150], [''], [200], ['']]);
    expect(roi(col('', ''), 1000)).toEqual([[''], ['']]);
  });

  test('a bad row shows a short message and the other rows are still computed', () => {
    expect(roi(col(2500, 'abc', 100), col(1000, 10, 0))).toEqual([[150], ['⚠ value: not a number'], ['⚠ cost: must be > 0']]);
  });

  test('a blank cell is "no data": the row is blank, never computed with a default', () => {
    expect(roi(col(2500, 100, 300), col(1000, '', 100), col(0.5, 0.5, ''))).toEqual([[25], [''], ['']]);
    // …unless another cell of the row is refused, which still shows.
    expect(roi(col('abc', 100), col('', 50))).toEqual([['⚠ value: not a number'], [100]]);
  });

  test('a blank conversions cell is no conversion, so the row is worth 0, not one conversion', () => {
    expect(customFunction('CONVERSION_VALUE')(col(500, 500), '1 in 50', col(100, ''))).toEqual([[1000], [0]]);
    expect(customFunction('CONVERSION_VALUE')(col(500, 500), '1 in 50')).toEqual([[10], [10]]);
  });

  test('row messages follow the spreadsheet language', () => {
    expect(customFunction('ROI_PCT', 'fr_CA')(col(100, 100), col(0, 50))).toEqual([['⚠ coût : doit être > 0'], [100]]);
    expect(customFunction('CONVERSION_VALUE', 'fr')(100, col(3, 0.5))).toEqual([['⚠ taux de transformation : 3 : 3\u00a0% ?'], [50]]);
  });

  test('ranges of different heights are an error naming both arguments and sizes', () => {
    expect(() => roi(col(1, 2, 3), col(1, 2))).toThrow(
      'ROI_PCT: value is 3 rows × 1 column but cost is 2 rows × 1 column. Give ranges of the same size, or a single value to use on every row.',
    );
    expect(() => customFunction('ROI_PCT', 'fr_FR')(col(1, 2, 3), col(1, 2))).toThrow(
      /^ROI_PCT : valeur \(value\) fait 3 lignes × 1 colonne mais coût \(cost\) fait 2 lignes × 1 colonne\./,
    );
  });

  test('a row of values (months across columns) gives a row', () => {
    expect(roi([[200, 300, 400]], [[100, 100, 100]])).toEqual([[100, 200, 300]]);
  });

  test('a single-cell range gives a single-cell array, as its input', () => {
    expect(roi([[200]], [[100]])).toEqual([[100]]);
  });
});

describe('list arguments spanning several columns', () => {
  const total = customFunction('TOTAL_COST');
  const sov = customFunction('SHARE_OF_VOICE');

  test('other_costs adds each row across columns, blanks count as 0', () => {
    expect(
      total(col(10, 2), 30, [
        [100, 20, ''],
        ['', '', 5],
      ]),
    ).toEqual([[420], [65]]);
  });

  test('a single row of other costs applies to every row', () => {
    expect(total(col(1, 2), 10, [[5, 5]])).toEqual([[20], [30]]);
  });

  test('other_costs may be left blank on a row', () => {
    expect(
      total(col(1, 2), 10, [
        ['', ''],
        [1, ''],
      ]),
    ).toEqual([[10], [21]]);
  });

  test('a list of the wrong height is an error', () => {
    expect(() => total(col(1, 2, 3), 10, [[1], [2]])).toThrow(/other_costs has 2 rows but the result has 3/);
  });

  test('competitors set the height when own is a single value and they span several columns', () => {
    expect(
      sov(100, [
        [100, 200],
        [50, 50],
      ]),
    ).toEqual([[0.25], [0.5]]);
  });

  test('a one-column list next to single values is one list, summed', () => {
    expect(total(10, 35, col(200, 50, 120))).toBe(720);
    expect(sov(120, col(200, 80))).toBe(0.3);
    expect(total(10, 35, [[200, 50, 120]])).toBe(720);
  });

  test('next to a column, a one-column list stays one cost per row', () => {
    expect(total(col(1, 2), 10, col(5, 6))).toEqual([[15], [26]]);
  });

  test('a row with no mention at all is refused, the others computed', () => {
    expect(
      sov(col(0, 10), [
        [0, 0],
        [10, 20],
      ]),
    ).toEqual([['⚠ competitors: total is 0'], [0.25]]);
  });
});

describe('GOAL_PROGRESS over goals', () => {
  test('growth and reduction goals side by side', () => {
    expect(customFunction('GOAL_PROGRESS')(col(1500, 35), col(1800, 30), col(1200, 40))).toEqual([[0.5], [0.5]]);
  });
});

/** Texts that mean "no value", as people and exports write them. */
const NO_VALUE_MARKS = ['-', '—', '–', 'n/a', 'N/A', 'na', 'nd', 'N.D.', 's.o.', 'NC', '  n/a  '];

describe('a text that means "no value" is a blank cell, in every rule', () => {
  const calls: Array<[string, unknown[]]> = [
    ['CONVERSION_VALUE', [500, 0.02, col('', 3, '')]],
    ['CONVERSION_VALUE', [col(500, '', 500), col(0.02, 0.02, '')]],
    ['ROI_PCT', [col(2500, '', 300), col(1000, 100, '')]],
    ['ROI_PCT', [col('', 2500), 1000, col(0.5, '')]],
    [
      'TOTAL_COST',
      [
        col(10, ''),
        30,
        [
          [200, ''],
          ['', ''],
        ],
      ],
    ],
    [
      'SHARE_OF_VOICE',
      [
        col(10, ''),
        [
          [20, ''],
          ['', ''],
        ],
      ],
    ],
    ['GOAL_PROGRESS', [col(1500, ''), 1800, col('', 1200)]],
    ['ROI_PCT', ['', '']],
    ['PPC_EQUIVALENT', [col(100, '', 50), 0.5]],
  ];
  const withMark = (args: unknown[], mark: string): unknown[] =>
    args.map((a) => (Array.isArray(a) ? a.map((row: unknown[]) => row.map((v) => (v === '' ? mark : v))) : a === '' ? mark : a));

  test.each(NO_VALUE_MARKS)('%j gives what a blank cell gives, in English and French', (mark) => {
    for (const locale of ['en_US', 'fr_FR']) {
      for (const [name, args] of calls) {
        const f = customFunction(name, locale);
        expect([name, f(...(withMark(args, mark) as never[]))]).toEqual([name, f(...(args as never[]))]);
      }
    }
  });

  test('CONVERSION_VALUE over a column: "n/a" gives a blank row, as a blank cell does, not 0', () => {
    expect(customFunction('CONVERSION_VALUE')(500, 0.02, col('n/a', '', 3, '-'))).toEqual([[''], [''], [30], ['']]);
  });

  test('given alone, it is refused by name, saying what was typed', () => {
    expect(() => customFunction('ROI_PCT')('n/a', 1000)).toThrow('ROI_PCT: value is "n/a", which means no value; expected a number ≥ 0.');
    expect(() => customFunction('ROI_PCT', 'fr_FR')('nd', 1000)).toThrow(
      'ROI_PCT : valeur (value) vaut « nd », qui signifie « pas de valeur » ; attendu : un nombre ≥ 0.',
    );
    expect(() => customFunction('ROI_PCT')(3000, 1200, '-')).toThrow(
      'ROI_PCT: margin is "-", which means no value: give one, or leave the argument out to use 1.',
    );
    expect(() => customFunction('PPC_EQUIVALENT')([['a']], [[10]], [['a']], [['N/A']])).toThrow(
      /row 1 of cpc: cpc is "N\/A", which means no value; expected a number ≥ 0/,
    );
    expect(customFunction('ROI_PCT')(col(100, 100), 'n/a')).toEqual([['⚠ cost: "n/a": no value'], ['⚠ cost: "n/a": no value']]);
  });

  test('a text argument keeps it as text: "n/a" or "na" may be a tag', () => {
    expect(customFunction('UTM_URL')('example.com', 'x', 'social', 'na')).toBe(
      'https://example.com?utm_source=x&utm_medium=social&utm_campaign=na',
    );
  });
});

describe('a list cell that means "no value"', () => {
  test.each(['-', 'n/a', '—', ''])('%j in other_costs adds nothing, and the other costs still count', (mark) => {
    const total = customFunction('TOTAL_COST');
    expect(total(10, 30, [[200, mark, 50]])).toBe(550);
    expect(
      total(col(10, 10), 30, [
        [200, mark],
        [mark, 50],
      ]),
    ).toEqual([[500], [350]]);
  });
});

describe('"n/a" where an empty cell counts 0: the figure is unknown, never 0', () => {
  const value = customFunction('CONVERSION_VALUE');
  test('in a column, the row stays blank; an empty cell still means no conversions', () => {
    expect(value(col(500, 500, 500), 0.02, col(3, 'n/a', ''))).toEqual([[30], [''], [0]]);
  });
  test('as a single value, it is refused, naming what was typed', () => {
    expect(() => value(500, 0.02, 'n/a')).toThrow(/conversions.*"n\/a"/);
    expect(value(500, 0.02, '')).toBe(0);
  });
});
