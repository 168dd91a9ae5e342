import { isAmbiguousThousands, parseNumberText } from '../../src/core/values';
import { parseRate } from '../../src/core/rates';

describe('parseNumberText', () => {
  test.each([
    ['1200', 1200],
    ['  42 ', 42],
    ['1200.5', 1200.5],
    ['.5', 0.5],
    ['1 200,50', 1200.5],
    ['1\u202f200', 1200],
    ['1\u00a0200\u00a0000', 1200000],
    ['1,200.75', 1200.75],
    ['1.200,75', 1200.75],
    ['1,5', 1.5],
    ['12,3456', 12.3456],
    ['€40', 40],
    ['40 €', 40],
    ['-3', -3],
    ['−3', -3],
    ['+7', 7],
    ['30%', 0.3],
    ['2,5 %', 0.025],
  ])('%j is %d', (text, value) => {
    expect(parseNumberText(text)?.value).toBeCloseTo(value, 12);
  });

  test.each(['', 'abc', '1,500', '12,000', '1.2.3', '1 20', '10 apples', '1e3', 'NaN', 'Infinity', '--1'])(
    '%j is not a number',
    (text) => {
      expect(parseNumberText(text)).toBeUndefined();
    },
  );

  test('only a comma followed by exactly three digits is ambiguous', () => {
    expect(isAmbiguousThousands('1,500')).toBe(true);
    expect(isAmbiguousThousands('1,50')).toBe(false);
    expect(isAmbiguousThousands('1,5000')).toBe(false);
  });
});

describe('parseRate', () => {
  test.each([
    ['1 in 50', 0.02],
    ['1 out of 50', 0.02],
    ['1 sur 50', 0.02],
    ['1 pour 4', 0.25],
    ['1/50', 0.02],
    ['1 / 50', 0.02],
    ['1:50', 0.02],
    ['2%', 0.02],
    ['2 %', 0.02],
    ['2,5 %', 0.025],
    ['0.02', 0.02],
    ['0,02', 0.02],
    ['3 in 2', 1.5],
  ])('%j is %d', (text, rate) => {
    expect(parseRate(text)).toBeCloseTo(rate, 12);
  });

  test.each(['1 in 0', 'one in fifty', '1 in', 'in 50', '', 'x%'])('%j is not a rate', (text) => {
    expect(parseRate(text)).toBeUndefined();
  });
});
