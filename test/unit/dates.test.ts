import {
  addDays,
  addYears,
  daysBetween,
  earlierDate,
  formatDate,
  fromDayNumber,
  isIsoDate,
  laterDate,
  parseIsoDate,
  toDayNumber,
} from '../../src/core/dates';

describe('parseIsoDate / isIsoDate', () => {
  test.each([
    ['2027-06-30', { year: 2027, month: 6, day: 30 }],
    ['2028-02-29', { year: 2028, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['0001-01-01', { year: 1, month: 1, day: 1 }],
    ['9999-12-31', { year: 9999, month: 12, day: 31 }],
  ])('%s is a date', (text, date) => {
    expect(parseIsoDate(text)).toEqual(date);
    expect(isIsoDate(text)).toBe(true);
  });

  test.each([
    '2027-02-29',
    '1900-02-29',
    '2027-04-31',
    '2027-06-31',
    '2027-13-01',
    '2027-00-10',
    '2027-06-00',
    '2027-6-30',
    '27-06-30',
    ' 2027-06-30',
    '2027-06-30 ',
    '2027-06-30T00:00:00Z',
    '30/06/2027',
    '',
    'today',
    '+2027-06-30',
  ])('%j is not a date', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
    expect(isIsoDate(text)).toBe(false);
  });

  test.each([undefined, null, 20270630, new Date(Date.UTC(2027, 5, 30)), ['2027-06-30']])('%p is not an ISO date string', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('day numbers', () => {
  test.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2027-06-30', 20999],
  ])('%s is day %d', (iso, n) => {
    expect(toDayNumber(iso)).toBe(n);
    expect(fromDayNumber(n)).toBe(iso);
  });

  test('agree with the JavaScript UTC calendar from year 1600 to 2400', () => {
    const msPerDay = 86_400_000;
    for (let n = toDayNumber('1600-01-01'); n <= toDayNumber('2400-12-31'); n += 97) {
      const iso = new Date(n * msPerDay).toISOString().slice(0, 10);
      expect(fromDayNumber(n)).toBe(iso);
      expect(toDayNumber(iso)).toBe(n);
    }
  });

  test('refuse what is not a date or not a whole day', () => {
    expect(() => toDayNumber('2027-02-30')).toThrow(RangeError);
    expect(() => fromDayNumber(1.5)).toThrow(RangeError);
    expect(() => fromDayNumber(toDayNumber('9999-12-31') + 1)).toThrow(RangeError);
  });
});

describe('addDays, addYears, daysBetween', () => {
  test.each([
    ['2027-06-30', 1, '2027-07-01'],
    ['2027-12-31', 1, '2028-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2027-03-01', -1, '2027-02-28'],
    ['2027-01-15', -365, '2026-01-15'],
    ['2027-01-01', 0, '2027-01-01'],
  ])('%s + %d days is %s', (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
    expect(daysBetween(iso, expected)).toBe(days);
  });

  test.each([
    ['2027-01-01', '2027-06-30', 180],
    ['2027-06-30', '2027-01-01', -180],
    ['2028-01-01', '2029-01-01', 366],
  ])('from %s to %s is %d days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  test.each([
    ['2027-01-15', 10, '2037-01-15'],
    ['2028-02-29', 1, '2029-02-28'],
    ['2028-02-29', 4, '2032-02-29'],
    ['2027-06-30', -1, '2026-06-30'],
  ])('%s + %d years is %s', (iso, years, expected) => {
    expect(addYears(iso, years)).toBe(expected);
  });

  test('earlier and later of two dates', () => {
    expect(earlierDate('2027-06-30', '2027-01-31')).toBe('2027-01-31');
    expect(laterDate('2027-06-30', '2027-01-31')).toBe('2027-06-30');
  });
});

describe('formatDate', () => {
  test.each([
    ['2027-06-30', 'fr', '30/06/2027'],
    ['2027-06-30', 'en', 'Jun 30, 2027'],
    ['2027-01-05', 'fr', '05/01/2027'],
    ['2027-01-05', 'en', 'Jan 5, 2027'],
    ['2026-12-31', 'en', 'Dec 31, 2026'],
  ] as const)('%s in %s is %s', (iso, lang, shown) => {
    expect(formatDate(iso, lang)).toBe(shown);
  });

  test('refuses a string that is not a date', () => {
    expect(() => formatDate('2027-02-30', 'en')).toThrow(RangeError);
  });
});
