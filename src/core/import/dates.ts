/**
 * Dates as platforms export them: ISO (with or without a time), GA4's 20260105, dd/mm/yyyy and
 * mm/dd/yyyy, "Jan 5, 2026", "Tue, Mar 10, 2026", "5 janv. 2026", "lundi 5 janvier 2026 à 10:00",
 * TikTok's year-less "January 5". Only the calendar date is kept. Whether 03/04/2026 is the 3rd of April
 * or the 4th of March is decided for the whole column: a first number above 12 anywhere means
 * day first, a second number above 12 means month first; else the order that makes the column a series
 * of consecutive days; only if the data cannot tell does the platform's habit, then the locale.
 */
import { addDays, daysBetween, isIsoDate, isoOf } from '../dates';

export type DayOrder = 'dmy' | 'mdy';

export type DateScan =
  | { kind: 'blank' }
  | { kind: 'invalid' }
  | { kind: 'date'; iso: string }
  /** n1/n2/year: which of n1 and n2 is the day depends on the column's day order. */
  | { kind: 'numeric'; n1: number; n2: number; year: number }
  | { kind: 'noYear'; month: number; day: number };

export type DateRead = { iso: string } | { error: 'badDate' | 'ambiguousDate' | 'dateWithoutYear' | 'noDate' };

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_MONTH = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:$|[T\s,])/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const TOKEN_SPLIT = /[\s,]+/;
const HAS_LETTER = /[a-zA-Z\u00c0-\u017f]/;
const ORDINAL = /^(\d{1,2})(?:er|st|nd|rd|th|e)$/;
const DIGITS = /^\d+$/;

const MONTHS: ReadonlyMap<string, number> = new Map([
  ...[
    ['jan', 'january', 'janv', 'janvier'],
    ['feb', 'february', 'fev', 'fevr', 'fevrier'],
    ['mar', 'march', 'mars'],
    ['apr', 'april', 'avr', 'avril'],
    ['may', 'mai'],
    ['jun', 'june', 'juin'],
    ['jul', 'july', 'juil', 'juillet'],
    ['aug', 'august', 'aout'],
    ['sep', 'sept', 'september', 'septembre'],
    ['oct', 'october', 'octobre'],
    ['nov', 'november', 'novembre'],
    ['dec', 'december', 'decembre'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1] as [string, number])),
]);

/** Words that may stand around a date and mean nothing for it: weekdays, "at", "à", "le", am/pm, time zones. */
const FILLERS = new Set([
  'mon',
  'monday',
  'tue',
  'tues',
  'tuesday',
  'wed',
  'wednesday',
  'thu',
  'thur',
  'thurs',
  'thursday',
  'fri',
  'friday',
  'sat',
  'saturday',
  'sun',
  'sunday',
  'lun',
  'lundi',
  'mardi',
  'mer',
  'mercredi',
  'jeu',
  'jeudi',
  'ven',
  'vendredi',
  'sam',
  'samedi',
  'dim',
  'dimanche',
  'at',
  'a',
  'le',
  'de',
  'du',
  'am',
  'pm',
  'utc',
  'gmt',
  'h',
]);

const BLANK: DateScan = { kind: 'blank' };
const INVALID: DateScan = { kind: 'invalid' };

export function scanDate(raw: string): DateScan {
  const s = raw.trim();
  if (s === '') return BLANK;
  let m = YEAR_FIRST.exec(s);
  if (m) return calendar(+m[1], +m[2], +m[3]);
  m = COMPACT.exec(s);
  if (m) return calendar(+m[1], +m[2], +m[3]);
  m = DAY_MONTH.exec(s);
  if (m) {
    const year = m[4].length === 2 ? 2000 + +m[4] : +m[4];
    // Nobody writes month.day.year with dots: 05.01.2026 is the 5th of January.
    if (m[2] === '.') return calendar(year, +m[3], +m[1]);
    return { kind: 'numeric', n1: +m[1], n2: +m[3], year };
  }
  return HAS_LETTER.test(s) ? scanWords(s) : INVALID;
}

/** "Jan 5, 2026", "5 janvier 2026", "mar. 10 mars 2026 à 10:00", "January 5". */
function scanWords(s: string): DateScan {
  const tokens = s.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().split(TOKEN_SPLIT);
  const months: string[] = [];
  let day: number | undefined;
  let year: number | undefined;
  for (let token of tokens) {
    if (token.endsWith('.')) token = token.slice(0, -1);
    if (token === '' || token.includes(':') || token.startsWith('+')) continue;
    if (DIGITS.test(token)) {
      if (token.length === 4 && year === undefined) year = +token;
      else if (token.length <= 2 && day === undefined) day = +token;
      else return INVALID;
      continue;
    }
    const ordinal = ORDINAL.exec(token);
    if (ordinal && day === undefined) {
      day = +ordinal[1];
      continue;
    }
    if (MONTHS.has(token)) months.push(token);
    else if (!FILLERS.has(token)) return INVALID;
  }
  // "mar." is Tuesday in French and March in English: with another month word present, it is the weekday.
  const month =
    months.length === 2 && months.includes('mar') ? months.find((t) => t !== 'mar') : months.length === 1 ? months[0] : undefined;
  if (month === undefined || day === undefined) return INVALID;
  const monthNumber = MONTHS.get(month)!;
  if (year === undefined) return day >= 1 && day <= 31 ? { kind: 'noYear', month: monthNumber, day } : INVALID;
  return calendar(year, monthNumber, day);
}

function calendar(year: number, month: number, day: number): DateScan {
  const iso = isoDate(year, month, day);
  return iso ? { kind: 'date', iso } : INVALID;
}

/** A day of an export: a calendar day of 1900 to 2200 (anything else is a misread, not a reading). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  return year < 1900 || year > 2200 ? undefined : isoOf(year, month, day);
}

/**
 * Day order for a whole column: from the data (a number above 12), else from the data's own series (the
 * order in which more of its steps from one date to the next are one day: 01/11, 02/11, 03/11 are
 * consecutive days day first, the same day of three months month first), else from the hint (the
 * platform's habit, then the locale); undefined if none tells (or the data contradicts itself).
 */
export function inferDayOrder(scans: Iterable<DateScan>, hint?: DayOrder): DayOrder | undefined {
  let dayFirst = false;
  let monthFirst = false;
  let dailyDayFirst = 0;
  let dailyMonthFirst = 0;
  let previous: Extract<DateScan, { kind: 'numeric' }> | undefined;
  for (const scan of scans) {
    if (scan.kind !== 'numeric') continue;
    if (scan.n1 > 12) dayFirst = true;
    if (scan.n2 > 12) monthFirst = true;
    if (
      previous !== undefined &&
      scan !== previous &&
      (scan.n1 !== previous.n1 || scan.n2 !== previous.n2 || scan.year !== previous.year)
    ) {
      if (oneDayApart(previous.year, previous.n2, previous.n1, scan.year, scan.n2, scan.n1)) dailyDayFirst++;
      if (oneDayApart(previous.year, previous.n1, previous.n2, scan.year, scan.n1, scan.n2)) dailyMonthFirst++;
    }
    previous = scan;
  }
  if (dayFirst && monthFirst) return undefined;
  if (dayFirst) return 'dmy';
  if (monthFirst) return 'mdy';
  if (dailyDayFirst !== dailyMonthFirst) return dailyDayFirst > dailyMonthFirst ? 'dmy' : 'mdy';
  return hint;
}

/** Whether two dates (year, month, day) are valid and one day apart, either way. */
function oneDayApart(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): boolean {
  const a = isoDate(y1, m1, d1);
  const b = isoDate(y2, m2, d2);
  return a !== undefined && b !== undefined && Math.abs(daysBetween(a, b)) === 1;
}

const MONTH_FIRST_LOCALES = /^en[-_](us|ph)\b/i;
const FRENCH_LOCALE = /^fr\b/i;
const REGIONAL_LOCALE = /^[a-z]{2,3}[-_][a-z]{2}\b/i;

/** en_US, en_PH: month first. fr_FR, en_GB, de_DE…: day first. A bare "en" tells nothing. */
export function dayOrderFromLocale(locale: string | undefined): DayOrder | undefined {
  if (!locale) return undefined;
  if (MONTH_FIRST_LOCALES.test(locale)) return 'mdy';
  if (FRENCH_LOCALE.test(locale) || REGIONAL_LOCALE.test(locale)) return 'dmy';
  return undefined;
}

/**
 * How many days after the sheet's today a reading may be dated: a platform's day can run ahead of the
 * sheet's (TikTok counts in UTC, GA4 in its property's time zone). Later than that is the future.
 */
export const DAYS_AHEAD = 2;

/** The latest date a reading may have, today being `today`; undefined without a valid today. */
export function latestDay(today: string | undefined): string | undefined {
  return today !== undefined && isIsoDate(today) ? addDays(today, DAYS_AHEAD) : undefined;
}

/** The latest year in which month/day is not after `limit` (ISO). */
function yearUpTo(month: number, day: number, limit: string): number {
  const [year, limitMonth, limitDay] = [+limit.slice(0, 4), +limit.slice(5, 7), +limit.slice(8, 10)];
  return month > limitMonth || (month === limitMonth && day > limitDay) ? year - 1 : year;
}

/** Year-less dates more than this many days apart are no series: each is dated on its own. */
const SERIES_STEP = 31;
/** Days before each month in a leap year: a year-less "February 29" has its place. */
const DAYS_BEFORE = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];

/**
 * The year-less dates of a column ("December 30", "December 31", "January 1") dated by their own
 * series: each step from one date to the next is the shorter way round the calendar, and a step across
 * New Year moves the year on (or back, in a file of latest first); the series' latest date then takes
 * the latest year in which it is at most DAYS_AHEAD after today. A 365-day export ending on 30 December
 * thus reads its "January 1" as this year's, not next year's. A column whose dates jump more than a month
 * is no series: each date is left to resolveDate alone. Other scans are returned as they are.
 */
export function datesInSeries(scans: readonly DateScan[], today: string | undefined): readonly DateScan[] {
  const limit = latestDay(today);
  if (limit === undefined) return scans;
  const offsets = new Int32Array(scans.length);
  let previous: { month: number; day: number } | undefined;
  let offset = 0;
  let latest: { offset: number; month: number; day: number } | undefined;
  for (let i = 0; i < scans.length; i++) {
    const scan = scans[i];
    if (scan.kind !== 'noYear') continue;
    if (previous !== undefined && scan !== previous) {
      const from = DAYS_BEFORE[previous.month - 1] + previous.day;
      const to = DAYS_BEFORE[scan.month - 1] + scan.day;
      let step = to - from;
      if (step > 183) step -= 366;
      else if (step < -183) step += 366;
      if (Math.abs(step) > SERIES_STEP) return scans;
      if (step > 0 && to < from) offset++;
      else if (step < 0 && to > from) offset--;
    }
    previous = scan;
    offsets[i] = offset;
    if (
      latest === undefined ||
      offset > latest.offset ||
      (offset === latest.offset && (scan.month - latest.month || scan.day - latest.day) > 0)
    ) {
      latest = { offset, month: scan.month, day: scan.day };
    }
  }
  if (latest === undefined) return scans;
  const latestYear = yearUpTo(latest.month, latest.day, limit);
  const dated: DateScan[] = new Array(scans.length);
  let last: { scan: DateScan; offset: number; dated: DateScan } | undefined;
  for (let i = 0; i < scans.length; i++) {
    const scan = scans[i];
    if (scan.kind !== 'noYear') {
      dated[i] = scan;
    } else if (last !== undefined && last.scan === scan && last.offset === offsets[i]) {
      dated[i] = last.dated;
    } else {
      dated[i] = calendar(latestYear - (latest.offset - offsets[i]), scan.month, scan.day);
      last = { scan, offset: offsets[i], dated: dated[i] };
    }
  }
  return dated;
}

/**
 * The calendar date of a scanned cell. `today` (ISO) gives a year-less date the latest year in which
 * it is at most DAYS_AHEAD days after today: exports cover the past, and a platform's day may run ahead
 * of the sheet's (datesInSeries does better for a column of them).
 */
export function resolveDate(scan: DateScan, order: DayOrder | undefined, today?: string): DateRead {
  switch (scan.kind) {
    case 'blank':
      return { error: 'noDate' };
    case 'invalid':
      return { error: 'badDate' };
    case 'date':
      return { iso: scan.iso };
    case 'numeric': {
      let effective = order;
      if (scan.n1 > 12) effective = 'dmy';
      else if (scan.n2 > 12) effective = 'mdy';
      else if (scan.n1 === scan.n2) effective = 'dmy';
      if (!effective) return { error: 'ambiguousDate' };
      const iso = effective === 'dmy' ? isoDate(scan.year, scan.n2, scan.n1) : isoDate(scan.year, scan.n1, scan.n2);
      return iso ? { iso } : { error: 'badDate' };
    }
    case 'noYear': {
      const limit = latestDay(today);
      if (limit === undefined) return { error: 'dateWithoutYear' };
      const iso = isoDate(yearUpTo(scan.month, scan.day, limit), scan.month, scan.day);
      return iso ? { iso } : { error: 'badDate' };
    }
  }
}
