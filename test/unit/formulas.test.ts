/** Table-driven cases for every formula, in single-value calls. Range behaviour is in args.test.ts. */
import { customFunction } from '../support/formulas';
import type { Arg } from '../../src/core/values';

type Case = [name: string, args: Arg[], expected: number];

const CASES: Case[] = [
  // ROI_PCT: (value × margin − cost) / cost × 100
  ['ROI_PCT', [2500, 1000], 150],
  ['ROI_PCT', [1000, 1000], 0],
  ['ROI_PCT', [0, 400], -100],
  ['ROI_PCT', [3000, 1200, 0.5], 25],
  ['ROI_PCT', [3000, 1200, '50%'], 25],
  ['ROI_PCT', ['2 500', '1000'], 150], // numbers typed as text
  // Article 001's channel comparison: Facebook earns, Instagram loses money.
  ['ROI_PCT', [1800, 600], 200],
  ['ROI_PCT', [450, 900], -50],
  // CONVERSION_VALUE: "1 in 50 people on your list buys"
  ['CONVERSION_VALUE', [1000, '1 in 50'], 20],
  ['CONVERSION_VALUE', [1000, '1/50', 250], 5000],
  ['CONVERSION_VALUE', [1000, '1 sur 50'], 20],
  ['CONVERSION_VALUE', [1000, '2 %'], 20],
  ['CONVERSION_VALUE', [1000, 0.02], 20],
  ['CONVERSION_VALUE', [1000, '100%'], 1000], // every conversion buys, said explicitly
  ['CONVERSION_VALUE', [1000, '1 in 1'], 1000],
  ['CONVERSION_VALUE', [1000, '1 in 1,000'], 1], // the comma groups thousands in English
  ['CONVERSION_VALUE', [1000, '1:2,500'], 0.4],
  ['CONVERSION_VALUE', [500, '1 in 50', ''], 0], // a blank conversions cell is no conversions, not one
  ['CONVERSION_VALUE', [1000, 0], 0],
  // PPC_EQUIVALENT by rows
  [
    'PPC_EQUIVALENT',
    [
      [[100], [50]],
      [[2], [1]],
    ],
    250,
  ],
  ['PPC_EQUIVALENT', [[[100], [50], ['']], 0.5], 75],
  ['PPC_EQUIVALENT', [400, 0.75], 300],
  // TOTAL_COST: time is a cost
  ['TOTAL_COST', [12, 40], 480],
  ['TOTAL_COST', [12, 40, [[100, '', 60]]], 640],
  ['TOTAL_COST', [0, 40, 99], 99],
  // A one-column list next to single values is one list: the 10 hours count once.
  ['TOTAL_COST', [10, 35, [[200], [50], [120]]], 720],
  // CAC, LTV, LTV:CAC
  ['CAC', [3000, 60], 50],
  ['CAC', [0, 5], 0],
  ['LTV', [30, 10, 2], 600],
  ['LTV', [30, 10, 2, 0.25], 150],
  ['LTV_CAC', [600, 200], 3],
  ['LTV_CAC', [150, 200], 0.75],
  // ROAS is a ratio, not an ROI
  ['ROAS', [1500, 300], 5],
  // Rates are fractions
  ['ENGAGEMENT_RATE', [45, 1500], 0.03],
  ['ENGAGEMENT_RATE', [0, 1500], 0],
  ['CONVERSION_RATE', [5, 500], 0.01],
  // Share of voice / engagement
  ['SHARE_OF_VOICE', [30, [[50, 20]]], 0.3],
  ['SHARE_OF_VOICE', [30, 0], 1],
  ['SHARE_OF_VOICE', [0, [[10, 10]]], 0],
  ['SHARE_OF_VOICE', [120, [[200], [80]]], 0.3],
  // Goal progress, growth and reduction goals, not clamped
  ['GOAL_PROGRESS', [1500, 1800, 1200], 0.5],
  ['GOAL_PROGRESS', [2100, 1800, 1200], 1.5],
  ['GOAL_PROGRESS', [1000, 1800, 1200], -1 / 3],
  ['GOAL_PROGRESS', [45, 30, 50], 0.25],
  ['GOAL_PROGRESS', [700, 1000], 0.7],
  // A step that overflows (a sum, a difference) while the result does not is computed right.
  ['SHARE_OF_VOICE', [1e308, 1e308], 0.5],
  ['SHARE_OF_VOICE', [1e308, [[5e307, 5e307]]], 0.5],
  ['GOAL_PROGRESS', [0, 1e308, -1e308], 0.5],
  ['GOAL_PROGRESS', [1.5e308, 1e308, -1e308], 1.25],
];

describe.each(CASES)('%s', (name, args, expected) => {
  test(`(${JSON.stringify(args)}) = ${expected}`, () => {
    const result = customFunction(name)(...args);
    expect(typeof result).toBe('number');
    expect(result as number).toBeCloseTo(expected, 10);
  });
});

type ErrorCase = [name: string, args: Arg[], english: RegExp, french: RegExp];

const ERRORS: ErrorCase[] = [
  ['ROI_PCT', [2500, 0], /^ROI_PCT: cost is 0; expected a number > 0\.$/, /^ROI_PCT : coût \(cost\) vaut 0 ; attendu : un nombre > 0\.$/],
  ['ROI_PCT', [2500], /cost is missing/, /coût \(cost\) manque/],
  ['ROI_PCT', ['abc', 10], /value is "abc", not a number ≥ 0/, /valeur \(value\) vaut « abc », ce n.est pas un nombre ≥ 0/],
  ['ROI_PCT', [100, -5], /cost is -5/, /coût \(cost\) vaut -5/],
  [
    'ROI_PCT',
    [100, 10, 40],
    /margin is 40, but it is a share from 0 to 1: did you mean 40% \(0\.4\)\?/,
    /marge \(margin\) vaut 40, or c'est une part de 0 à 1 : vouliez-vous dire 40\s% \(0,4\) \?/,
  ],
  ['ROI_PCT', [100, 10, 250], /margin is 250; expected a share from 0 to 1/, /marge \(margin\) vaut 250 ; attendu : une part de 0 à 1/],
  [
    'ROI_PCT',
    [3000, 1200, ''],
    /margin points to a blank cell: fill it, or leave the argument out to use 1\./,
    /marge \(margin\) désigne une cellule vide : remplissez-la, ou omettez l'argument pour utiliser 1\./,
  ],
  ['ROI_PCT', [true, 10], /value is TRUE, not a number ≥ 0/, /valeur \(value\) vaut VRAI, ce n'est pas un nombre ≥ 0/],
  ['ROI_PCT', [new Date('2026-01-01'), 10], /value is 2026-01-01, not a number/, /valeur \(value\) vaut 2026-01-01/],
  ['ROI_PCT', ['#N/A', 10], /value holds the error #N\/A/, /valeur \(value\) contient l'erreur #N\/A/],
  ['ROI_PCT', [1e308, 1e-300], /too large/, /trop grand/],
  // A result, or a step of it, beyond the largest number is refused, never a finite wrong number.
  [
    'SHARE_OF_VOICE',
    [1, [[1e308, 1e308]]],
    /^SHARE_OF_VOICE: too large to compute: the result, or a step of it, goes beyond the largest number a spreadsheet holds \(about 1\.8e308\)\.$/,
    /^SHARE_OF_VOICE : trop grand pour être calculé : le résultat, ou une étape du calcul, dépasse le plus grand nombre qu'un tableur puisse contenir \(environ 1,8e308\)\.$/,
  ],
  ['TOTAL_COST', [1, 1, [[1e308, 1e308]]], /too large to compute/, /trop grand pour être calculé/],
  ['LTV', [1e200, 1e200, 1], /too large to compute/, /trop grand pour être calculé/],
  ['CONVERSION_VALUE', [1e308, '1 in 2', 10], /too large to compute/, /trop grand pour être calculé/],
  ['PPC_EQUIVALENT', [[[1e308], [1e308]], 1], /too large to compute/, /trop grand pour être calculé/],
  [
    'CONVERSION_VALUE',
    [500, 2],
    /close_rate is 2, but it is a share from 0 to 1: did you mean 2% \(0\.02\)\?$/,
    /taux de transformation \(close_rate\) vaut 2, .*vouliez-vous dire 2\s% \(0,02\) \?$/,
  ],
  [
    'CONVERSION_VALUE',
    [500, 1],
    /close_rate is 1, which would mean every conversion becomes a customer: did you mean 1% \(0\.01\)\?/,
    /vouliez-vous dire 1\s% \(0,01\) \?/,
  ],
  ['CONVERSION_VALUE', [500, '50 in 1'], /did you mean "1 in 50"\?/, /vouliez-vous dire « 1 sur 50 » \?/],
  ['CONVERSION_VALUE', [500, 'often'], /close_rate is "often", not a rate such as/, /ce n'est pas un taux comme/],
  ['CONVERSION_VALUE', [500, -0.1], /close_rate is -0\.1/, /taux de transformation \(close_rate\) vaut -0,1/],
  ['CAC', [100, 0], /new_customers is 0; expected a number > 0/, /nouveaux clients \(new_customers\) vaut 0/],
  ['LTV_CAC', [100, 0], /cac is 0/, /coût d'acquisition client \(cac\) vaut 0/],
  ['ROAS', [100, 0], /ad_spend is 0/, /dépense publicitaire \(ad_spend\) vaut 0/],
  ['ENGAGEMENT_RATE', [5, 0], /base is 0/, /base vaut 0/],
  ['CONVERSION_RATE', [5, 0], /visits is 0/, /visites \(visits\) vaut 0/],
  ['SHARE_OF_VOICE', [0, [[0, 0]]], /add up to 0/, /font 0 au total/],
  ['GOAL_PROGRESS', [10, 5, 5], /target equals baseline/, /cible est égale à la base/],
  ['TOTAL_COST', [5, 10, [[1, 'x']]], /other_costs is "x"/, /autres coûts \(other_costs\) vaut/],
  ['TOTAL_COST', [5, '', 100], /hourly_rate is blank/, /taux horaire \(hourly_rate\) est vide/],
  ['PPC_EQUIVALENT', [1], /wrong number of arguments/, /nombre d'arguments incorrect/],
  // A percent where an amount or a count is expected is refused, with the number without its "%".
  [
    'ROI_PCT',
    ['50 %', 1],
    /^ROI_PCT: value is "50 %", a percent, not a number ≥ 0: did you mean 50\?$/,
    /^ROI_PCT : valeur \(value\) vaut « 50 % », un pourcentage, ce n'est pas un nombre ≥ 0 : vouliez-vous dire 50 \?$/,
  ],
  [
    'ROI_PCT',
    [1000, '10%'],
    /^ROI_PCT: cost is "10%", a percent, not a number > 0: did you mean 10\?$/,
    /^ROI_PCT : coût \(cost\) vaut « 10% », un pourcentage, ce n'est pas un nombre > 0 : vouliez-vous dire 10 \?$/,
  ],
  [
    'TOTAL_COST',
    [5, 10, [[1, '2.5%']]],
    /other_costs is "2\.5%", a percent.*did you mean 2\.5\?/,
    /autres coûts.*vouliez-vous dire 2,5 \?/,
  ],
  ['CAC', [1200, '40%'], /new_customers is "40%", a percent/, /nouveaux clients \(new_customers\) vaut « 40% », un pourcentage/],
  ['PPC_EQUIVALENT', [[[100]], '1.5%'], /cpc is "1\.5%", a percent.*did you mean 1\.5\?/, /CPC \(cpc\) vaut « 1\.5% », un pourcentage/],
  // An argument too many is refused, never ignored.
  [
    'ROAS',
    [2000, 500, 3],
    /^ROAS: takes 2 arguments \(revenue, ad_spend\); got 3\.$/,
    /^ROAS : prend 2 arguments \(chiffre d'affaires, dépense publicitaire\) ; reçu 3\.$/,
  ],
  [
    'ROI_PCT',
    [2500, 1000, 0.4, 5],
    /^ROI_PCT: takes 2 or 3 arguments \(value, cost, \[margin\]\); got 4\.$/,
    /^ROI_PCT : prend 2 ou 3 arguments \(valeur, coût, \[marge\]\) ; reçu 4\.$/,
  ],
  [
    'GOAL_PROGRESS',
    [1, 2, 0, 1, 0.5],
    /takes 2 to 4 arguments \(current, target, \[baseline\], \[elapsed\]\); got 5/,
    /prend de 2 à 4 arguments \(valeur actuelle, cible, \[base de départ\], \[temps écoulé\]\) ; reçu 5/,
  ],
  [
    'UTM_URL',
    ['example.com', 'x', 'social', 'c', 'd', 'e', 'f'],
    /takes 4 to 6 arguments \(url, source, medium, campaign, \[content\], \[term\]\); got 7/,
    /prend de 4 à 6 arguments/,
  ],
  ['PPC_EQUIVALENT', [[['a']], [[1]], [['a']], [[1]], true, 9], /wrong number of arguments/, /nombre d'arguments incorrect/],
  ['ROI_PCT', [[[2500], [3000]], 1000, 0.4, ''], /got 4/, /reçu 4/],
];

describe.each(ERRORS)('%s refuses bad input', (name, args, english, french) => {
  test(`${JSON.stringify(args)} in English`, () => {
    expect(() => customFunction(name, 'en_GB')(...args)).toThrow(english);
  });
  test(`${JSON.stringify(args)} in French`, () => {
    expect(() => customFunction(name, 'fr_FR')(...args)).toThrow(french);
  });
});

test('a call whose every argument is blank gives blank', () => {
  expect(customFunction('ROI_PCT')('', '')).toBe('');
  expect(customFunction('GOAL_PROGRESS')('', '', '')).toBe('');
});

test('a blank argument next to a given one is an error that says so', () => {
  expect(() => customFunction('ROI_PCT')('', 100)).toThrow(/value is blank; expected a number ≥ 0/);
});

test('an argument left out at the end (undefined, as Sheets never passes it) is no argument too many', () => {
  expect(customFunction('ROAS')(2000, 500, undefined)).toBe(4);
  expect(customFunction('ROI_PCT')(2500, 1000, undefined, undefined)).toBe(150);
});

test('a percent stays a fraction where a share or a KPI may be one: a margin, a close rate, a goal’s values', () => {
  expect(customFunction('ROI_PCT', 'fr_FR')(3000, 1200, '50 %')).toBeCloseTo(25, 10);
  expect(customFunction('CONVERSION_VALUE', 'fr_FR')(1000, '2 %')).toBeCloseTo(20, 10);
  expect(customFunction('GOAL_PROGRESS')('3%', '4%', '2%')).toBeCloseTo(0.5, 10);
});

test('in a column, a percent cost refuses its row only, with the number meant', () => {
  const col = (...values: unknown[]) => values.map((v) => [v]) as never;
  expect(customFunction('ROI_PCT')(col(1000, 1000), col('10%', 100))).toEqual([['⚠ cost: "10%": 10?'], [900]]);
  expect(customFunction('ROI_PCT', 'fr_FR')(col(1000, 1000), col('12,5 %', 100))).toEqual([['⚠ coût : « 12,5 % » : 12,5 ?'], [900]]);
});

test('in a column, a row whose list adds up past the largest number is refused, the others computed', () => {
  const sov = customFunction('SHARE_OF_VOICE');
  const columns = [
    [[1e308], [1], [1e308]],
    [
      [1e308, 1e308],
      [1, 1],
      [5e307, 5e307],
    ],
  ] as const;
  expect(sov(...(columns as never as [never, never]))).toEqual([['⚠ competitors: too large'], [1 / 3], [0.5]]);
});

test('results are never -0', () => {
  expect(Object.is(customFunction('GOAL_PROGRESS')(0, 10, 0), 0)).toBe(true);
  expect(Object.is(customFunction('ROI_PCT')(0, 10, 0) as number, -100)).toBe(true);
});
