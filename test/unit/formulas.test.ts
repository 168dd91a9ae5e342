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
  ['ROI_PCT', [3000, 1200, ''], 150], // blank margin → default 1
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
  ['CONVERSION_VALUE', [1000, 1], 1000],
  ['CONVERSION_VALUE', [1000, 0], 0],
  // PPC_EQUIVALENT by rows
  ['PPC_EQUIVALENT', [[[100], [50]], [[2], [1]]], 250],
  ['PPC_EQUIVALENT', [[[100], [50], ['']], 0.5], 75],
  ['PPC_EQUIVALENT', [400, 0.75], 300],
  // TOTAL_COST: time is a cost
  ['TOTAL_COST', [12, 40], 480],
  ['TOTAL_COST', [12, 40, [[100, '', 60]]], 640],
  ['TOTAL_COST', [0, 40, 99], 99],
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
  // Goal progress, growth and reduction goals, not clamped
  ['GOAL_PROGRESS', [1500, 1800, 1200], 0.5],
  ['GOAL_PROGRESS', [2100, 1800, 1200], 1.5],
  ['GOAL_PROGRESS', [1000, 1800, 1200], -1 / 3],
  ['GOAL_PROGRESS', [45, 30, 50], 0.25],
  ['GOAL_PROGRESS', [700, 1000], 0.7],
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
  ['ROI_PCT', [2500, 0], /^ROI_PCT: cost is 0; expected a number > 0\.$/, /^ROI_PCT : cost vaut 0 ; attendu : un nombre > 0\.$/],
  ['ROI_PCT', [2500], /cost is missing/, /cost manque/],
  ['ROI_PCT', ['abc', 10], /value is "abc", not a number ≥ 0/, /value vaut « abc », ce n.est pas un nombre ≥ 0/],
  ['ROI_PCT', [100, -5], /cost is -5/, /cost vaut -5/],
  ['ROI_PCT', [100, 10, 40], /margin is 40, above 1.*40% \(0\.4\)/, /margin vaut 40, plus que 1.*40 % \(0,4\)/],
  ['ROI_PCT', [true, 10], /value is "true"/, /value vaut/],
  ['ROI_PCT', [new Date('2026-01-01'), 10], /value is 2026-01-01, not a number/, /value vaut 2026-01-01/],
  ['ROI_PCT', ['#N/A', 10], /value holds the error #N\/A/, /value contient l'erreur #N\/A/],
  ['ROI_PCT', ['1,500', 10], /reads as 1500 or as 1\.5/, /se lit 1 500 ou 1,5/],
  ['ROI_PCT', [1e308, 1e-300], /too large/, /trop grand/],
  ['CONVERSION_VALUE', [500, 2], /close_rate is 2, above 1.*did you mean 2% \(0\.02\)\?$/, /vouliez-vous dire 2 % \(0,02\) \?$/],
  ['CONVERSION_VALUE', [500, '50 in 1'], /close_rate is 50, above 1/, /close_rate vaut 50/],
  ['CONVERSION_VALUE', [500, 'often'], /close_rate is "often", not a rate such as/, /ce n'est pas un taux comme/],
  ['CONVERSION_VALUE', [500, -0.1], /close_rate is -0\.1/, /close_rate vaut -0,1/],
  ['CAC', [100, 0], /new_customers is 0; expected a number > 0/, /new_customers vaut 0/],
  ['LTV_CAC', [100, 0], /cac is 0/, /cac vaut 0/],
  ['ROAS', [100, 0], /ad_spend is 0/, /ad_spend vaut 0/],
  ['ENGAGEMENT_RATE', [5, 0], /base is 0/, /base vaut 0/],
  ['CONVERSION_RATE', [5, 0], /visits is 0/, /visits vaut 0/],
  ['SHARE_OF_VOICE', [0, [[0, 0]]], /add up to 0/, /font 0 au total/],
  ['GOAL_PROGRESS', [10, 5, 5], /target equals baseline/, /cible est égale à la base/],
  ['TOTAL_COST', [5, 10, [[1, 'x']]], /other_costs is "x"/, /other_costs vaut/],
  ['PPC_EQUIVALENT', [1], /wrong number of arguments/, /nombre d'arguments incorrect/],
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

test('results are never -0', () => {
  expect(Object.is(customFunction('GOAL_PROGRESS')(0, 10, 0), 0)).toBe(true);
  expect(Object.is(customFunction('ROI_PCT')(0, 10, 0) as number, -100)).toBe(true);
});
