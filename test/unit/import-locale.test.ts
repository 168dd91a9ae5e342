/** Locale-aware numbers and dates of platform exports. */
import fc from 'fast-check';
import {
  addEvidence,
  ScannedColumn,
  decideReading,
  noEvidence,
  parseLocaleNumber,
  readNumber,
  scanNumber,
  thousandsMark,
} from '../../src/core/numbers';
import { datesInSeries, dayOrderFromLocale, inferDayOrder, resolveDate, scanDate } from '../../src/core/import/dates';

describe('scanNumber: cells that prove their own reading', () => {
  test.each([
    ['1234', 1234],
    ['0', 0],
    ['1 234', 1234],
    ['1\u00a0234\u00a0567', 1234567],
    ['1\u202f234', 1234],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1 234,56', 1234.56],
    ['1\u202f234.5', 1234.5],
    ['12,5', 12.5],
    ['12.75', 12.75],
    ['1234,567', 1234.567],
    ['0,500', 0.5],
    ['.5', 0.5],
    ['3,5 %', 0.035],
    ['3.5%', 0.035],
    ['12 %', 0.12],
    ['-40', -40],
    ['\u22123', -3],
    ['€40', 40],
    ['40 €', 40],
    ['$1,234.50', 1234.5],
    ['40 EUR', 40],
    ["1'234", 1234],
  ])('%j reads %d', (text, value) => {
    const read = parseLocaleNumber(text);
    expect(typeof read).toBe('number');
    expect(read as number).toBeCloseTo(value, 10);
  });

  test.each(['', '  ', '-', '--', '—', 'n/a', 'N/A', 'undefined', 'nd', 'N.D.', 'n/d', 's.o.', 'NC', 'n.c.'])(
    '%j is no reading, not zero',
    (text) => {
      expect(parseLocaleNumber(text)).toBe('blank');
    },
  );

  test.each(['abc', '1.2.3,4,5', '1,23,456', '12 34', '1e3', '5.', '--1', 'Lifetime', '1 234.567,5', 'NaN'])(
    '%j is not a number',
    (text) => {
      expect(parseLocaleNumber(text)).toBe('bad');
    },
  );

  test('a percent and a currency are recorded, for the columns that cannot hold them (counts)', () => {
    expect(scanNumber('50%')).toEqual({ kind: 'number', value: 0.5, percent: true });
    expect(scanNumber('$100')).toEqual({ kind: 'number', value: 100, currency: true });
    expect(scanNumber('1 234,50 €')).toEqual({ kind: 'number', value: 1234.5, decimal: ',', currency: true });
    expect(scanNumber('£1,200')).toEqual({
      kind: 'ambiguous',
      separator: ',',
      asDecimal: 1.2,
      asThousands: 1200,
      currency: true,
      pointCurrency: true,
    });
    expect(scanNumber('-€40')).toEqual({ kind: 'number', value: -40, currency: true });
  });

  test('the separator a cell proves is recorded as evidence', () => {
    expect(scanNumber('2,75')).toEqual({ kind: 'number', value: 2.75, decimal: ',' });
    expect(scanNumber('1,234,567')).toEqual({ kind: 'number', value: 1234567, decimal: '.' });
    expect(scanNumber('1234')).toEqual({ kind: 'number', value: 1234 });
  });
});

describe('ambiguous numbers are resolved from the file, never per cell', () => {
  test('"1,500" alone is ambiguous', () => {
    expect(scanNumber('1,500')).toEqual({ kind: 'ambiguous', separator: ',', asDecimal: 1.5, asThousands: 1500 });
    expect(parseLocaleNumber('1,500')).toBe('ambiguous');
    expect(parseLocaleNumber('2.300')).toBe('ambiguous');
  });

  test('a column that writes 2,75 elsewhere reads 1,500 as 1.5', () => {
    const column = noEvidence();
    for (const text of ['1,500', '2,75', '3']) addEvidence(column, scanNumber(text));
    const reading = decideReading(column, noEvidence(), false);
    expect(reading).toBe(',');
    expect(readNumber(scanNumber('1,500'), reading)).toBe(1.5);
    expect(readNumber(scanNumber('1.500'), reading)).toBe(1500);
  });

  test('a column that writes 1,234,567 elsewhere reads 1,500 as 1500', () => {
    const column = noEvidence();
    for (const text of ['1,500', '1,234,567']) addEvidence(column, scanNumber(text));
    expect(readNumber(scanNumber('1,500'), decideReading(column, noEvidence(), false))).toBe(1500);
  });

  test('with no evidence in the column, the file decides', () => {
    const file = noEvidence();
    addEvidence(file, scanNumber('3.25'));
    expect(decideReading(noEvidence(), file, false)).toBe('.');
    expect(readNumber(scanNumber('1,500'), '.')).toBe(1500);
  });

  test('a count column holds whole numbers, so 1,500 there is 1500; a money column with no evidence refuses it', () => {
    expect(readNumber(scanNumber('1,500'), decideReading(noEvidence(), noEvidence(), true))).toBe(1500);
    expect(readNumber(scanNumber('1,500'), decideReading(noEvidence(), noEvidence(), false))).toBe('ambiguous');
  });

  test('an amount with no evidence takes the mark its locale groups thousands with, and only that one', () => {
    expect(thousandsMark('en_US')).toBe(',');
    expect(thousandsMark('de_DE')).toBe('.');
    expect(thousandsMark('fr_FR')).toBeUndefined(); // spaces
    expect(thousandsMark('de_CH')).toBeUndefined(); // apostrophes
    expect(thousandsMark(undefined)).toBeUndefined();
    const english = decideReading(noEvidence(), noEvidence(), false, ',');
    expect(english).toBe('groups,');
    expect(readNumber(scanNumber('1,234'), english)).toBe(1234);
    expect(readNumber(scanNumber('$1,234'), english)).toBe(1234);
    expect(readNumber(scanNumber('1.234'), english)).toBe('ambiguous');
    expect(readNumber(scanNumber('1,234.5'), english)).toBe(1234.5);
    expect(readNumber(scanNumber('1.234'), decideReading(noEvidence(), noEvidence(), false, '.'))).toBe(1234);
    // the file's evidence and the count rule come first
    const file = noEvidence();
    addEvidence(file, scanNumber('2,5'));
    expect(decideReading(noEvidence(), file, false, ',')).toBe(',');
    expect(decideReading(noEvidence(), noEvidence(), true, '.')).toBe('whole');
  });

  test('a column contradicting itself decides nothing: its ambiguous cells are refused', () => {
    const column = noEvidence();
    for (const text of ['1,5', '2.25']) addEvidence(column, scanNumber(text));
    const reading = decideReading(column, noEvidence(), true);
    expect(reading).toBe('unknown');
    expect(readNumber(scanNumber('1,500'), reading)).toBe('ambiguous');
    expect(readNumber(scanNumber('1,5'), reading)).toBe(1.5);
  });

  test('a cell contradicting the decided separator is refused, not re-read', () => {
    expect(readNumber(scanNumber('1.5'), ',')).toBe('bad');
  });

  test('a currency written with a decimal point ($, £, ¥, USD, GBP) must agree with the decided reading, or the cell is refused', () => {
    const decided = (...cells: string[]) => {
      const column = noEvidence();
      for (const text of cells) addEvidence(column, scanNumber(text));
      return decideReading(column, noEvidence(), false);
    };
    // A French column (2,75) reads "1,200" as 1.2, but "£1,200" is 1200 pounds as the pound writes it: refused.
    expect(decided('£1,200', '2,75')).toBe(',');
    for (const text of ['£1,200', 'USD 1,200', '1,200 USD', '$1,200', '¥1,200', 'GBP1,200', 'US$ 1,200'])
      expect([text, readNumber(scanNumber(text), ',')]).toEqual([text, 'ambiguous']);
    expect(readNumber(scanNumber('1,200'), ',')).toBe(1.2);
    // An English column (3.5) agrees with the pound: 1200.
    expect(readNumber(scanNumber('£1,200'), decided('£1,200', '3.5'))).toBe(1200);
    expect(readNumber(scanNumber('$1.500'), '.')).toBe(1.5);
    // A count column reads 1,500 as 1500, which "$1.500" (1.5 dollars) contradicts.
    expect(readNumber(scanNumber('$1.500'), 'whole')).toBe('ambiguous');
    expect(readNumber(scanNumber('$1,500'), 'whole')).toBe(1500);
    // The euro and the Swiss franc are written both ways: they leave the reading to the file, but for a
    // euro sign before the amount, the English way, which a comma-decimal file contradicts.
    expect(readNumber(scanNumber('1,500 €'), ',')).toBe(1.5);
    expect(readNumber(scanNumber('€1,500'), ',')).toBe('ambiguous');
    expect(readNumber(scanNumber('€1,500'), 'whole')).toBe(1500);
    expect(readNumber(scanNumber('1,500 CHF'), '.')).toBe(1500);
    // An amount that proves its own reading is read as written, whatever the currency.
    expect(readNumber(scanNumber('$1,234.56'), 'unknown')).toBe(1234.56);
    expect(parseLocaleNumber('£1,200')).toBe('ambiguous');
  });
});

describe('ScannedColumn (the compact store of the second pass)', () => {
  const numberLike = fc
    .array(fc.constantFrom('0', '1', '5', '9', ',', '.', ' ', '\u00a0', '%', '-', '€', '$', '£', 'USD', 'x', ''), { maxLength: 9 })
    .map((chars) => chars.join(''));

  test('reads every cell exactly as readNumber(scanNumber(cell)) does, for every reading', () => {
    fc.assert(
      fc.property(fc.array(numberLike, { maxLength: 30 }), (cells) => {
        const column = new ScannedColumn(cells);
        const evidence = noEvidence();
        cells.forEach((cell) => addEvidence(evidence, scanNumber(cell)));
        expect(column.evidence).toEqual(evidence);
        for (const reading of [',', '.', 'whole', 'groups,', 'groups.', 'unknown'] as const) {
          cells.forEach((cell, i) => expect(column.read(i, reading)).toEqual(readNumber(scanNumber(cell), reading)));
        }
        cells.forEach((cell, i) => {
          const scan = scanNumber(cell);
          const marked = scan.kind === 'number' || scan.kind === 'ambiguous';
          expect(column.unitMark(i)).toBe(marked && scan.percent ? 'percent' : marked && scan.currency ? 'currency' : undefined);
        });
      }),
    );
  });
});

describe('dates', () => {
  const iso = (text: string, order?: 'dmy' | 'mdy', today?: string) => resolveDate(scanDate(text), order, today);

  test.each([
    ['2026-01-05', '2026-01-05'],
    ['2026-01-05T00:00:00', '2026-01-05'],
    ['2026-01-05 23:59:59', '2026-01-05'],
    ['2026/05/10', '2026-05-10'],
    ['20260105', '2026-01-05'],
    ['Jan 5, 2026', '2026-01-05'],
    ['January 5, 2026', '2026-01-05'],
    ['Tue, Mar 10, 2026', '2026-03-10'],
    ['5 Jan 2026', '2026-01-05'],
    ['5 janv. 2026', '2026-01-05'],
    ['5 janvier 2026', '2026-01-05'],
    ['1er février 2026', '2026-02-01'],
    ['lundi 5 janvier 2026 à 10:30', '2026-01-05'],
    ['mar. 10 mars 2026', '2026-03-10'],
    ['15 août 2026', '2026-08-15'],
    ['05.01.2026', '2026-01-05'],
    ['13/01/2026', '2026-01-13'],
    ['01/13/2026 08:31', '2026-01-13'],
  ])('%j is %s', (text, expected) => {
    expect(iso(text)).toEqual({ iso: expected });
  });

  test('day and month order comes from the data first', () => {
    const column = ['03/04/2026', '13/04/2026'].map(scanDate);
    expect(inferDayOrder(column, 'mdy')).toBe('dmy');
    expect(inferDayOrder(['03/04/2026', '04/13/2026'].map(scanDate), 'dmy')).toBe('mdy');
  });

  test('then from the days of a series: the order in which more steps are one day wins over the hint', () => {
    expect(inferDayOrder(['01/11/2026', '02/11/2026', '03/11/2026'].map(scanDate), 'mdy')).toBe('dmy');
    expect(inferDayOrder(['11/01/2026', '11/02/2026', '11/03/2026'].map(scanDate), 'dmy')).toBe('mdy');
    // several lines a day (a per-post export), latest first: still one day a step
    expect(inferDayOrder(['03/11/2026', '03/11/2026', '02/11/2026', '01/11/2026', '01/11/2026'].map(scanDate), 'mdy')).toBe('dmy');
    // across a month's end: 31/10 would be day first anyway; 10/31 month first
    expect(inferDayOrder(['10/30/2026', '10/31/2026', '11/01/2026'].map(scanDate), 'dmy')).toBe('mdy');
    // no step of one day either way: the hint
    expect(inferDayOrder(['01/11/2026', '05/03/2026'].map(scanDate), 'mdy')).toBe('mdy');
    expect(inferDayOrder(['01/11/2026', '05/03/2026'].map(scanDate))).toBeUndefined();
  });

  test('then from the locale; with neither, 03/04/2026 is refused as ambiguous', () => {
    const column = ['03/04/2026', '05/04/2026'].map(scanDate);
    expect(inferDayOrder(column, dayOrderFromLocale('fr_FR'))).toBe('dmy');
    expect(inferDayOrder(column, dayOrderFromLocale('en_US'))).toBe('mdy');
    expect(inferDayOrder(column, dayOrderFromLocale(undefined))).toBeUndefined();
    expect(iso('03/04/2026', 'dmy')).toEqual({ iso: '2026-04-03' });
    expect(iso('03/04/2026', 'mdy')).toEqual({ iso: '2026-03-04' });
    expect(iso('03/04/2026')).toEqual({ error: 'ambiguousDate' });
    expect(iso('04/04/2026')).toEqual({ iso: '2026-04-04' });
  });

  test('locales', () => {
    expect(dayOrderFromLocale('en_GB')).toBe('dmy');
    expect(dayOrderFromLocale('fr')).toBe('dmy');
    expect(dayOrderFromLocale('en-US')).toBe('mdy');
    expect(dayOrderFromLocale('en')).toBeUndefined();
  });

  test('a year-less date takes the latest year in which it is at most two days after today', () => {
    expect(iso('January 2', undefined, '2026-01-10')).toEqual({ iso: '2026-01-02' });
    expect(iso('December 30', undefined, '2026-01-10')).toEqual({ iso: '2025-12-30' });
    expect(iso('30 December', undefined, '2026-12-30')).toEqual({ iso: '2026-12-30' });
    expect(iso('January 2', undefined, '2025-12-31')).toEqual({ iso: '2026-01-02' });
    expect(iso('January 3', undefined, '2025-12-31')).toEqual({ iso: '2025-01-03' });
    expect(iso('February 29', undefined, '2026-03-01')).toEqual({ error: 'badDate' });
    expect(iso('January 2')).toEqual({ error: 'dateWithoutYear' });
  });

  test('a series of year-less dates is dated by its own order across New Year', () => {
    const series = (cells: string[], today: string) =>
      datesInSeries(cells.map(scanDate), today).map((scan) => resolveDate(scan, undefined, today));
    expect(series(['December 30', 'December 31', 'January 1', 'January 2'], '2026-01-01')).toEqual(
      ['2025-12-30', '2025-12-31', '2026-01-01', '2026-01-02'].map((d) => ({ iso: d })),
    );
    expect(series(['January 2', 'January 1', 'January 1', 'December 31'], '2026-01-05')).toEqual(
      ['2026-01-02', '2026-01-01', '2026-01-01', '2025-12-31'].map((d) => ({ iso: d })),
    );
    // February 29 exists in the leap year the series lands on
    expect(series(['February 28', 'February 29', 'March 1'], '2028-03-10')).toEqual(
      ['2028-02-28', '2028-02-29', '2028-03-01'].map((d) => ({ iso: d })),
    );
    expect(series(['January 2'], '')).toEqual([{ error: 'dateWithoutYear' }]);
  });

  test.each(['Lifetime', '31/02/2026', '2026-13-01', '00/01/2026', 'Jan 2026', 'hello', '2026'])('%j is not a date', (text) => {
    expect(iso(text, 'dmy', '2026-06-01')).toEqual({ error: 'badDate' });
  });

  test('an empty cell is no date', () => {
    expect(iso('  ')).toEqual({ error: 'noDate' });
  });
});
