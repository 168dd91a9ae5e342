/**
 * Calendar dates as ISO "yyyy-mm-dd" strings. A date is a day on the calendar, never an instant:
 * no time zone, no Date object (dates cross google.script.run as text). Arithmetic goes through a day
 * number (days since 1970-01-01) computed with plain integer maths, so it runs the same in Apps Script
 * and in the browser. ISO strings with four-digit years sort and compare like the dates they hold.
 */
import type { Lang } from './lang';

export interface CalendarDate {
  year: number;
  /** 1 to 12. */
  month: number;
  /** 1 to 31. */
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Reads "2027-06-30"; undefined for anything else, including impossible days such as "2027-02-30". */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** The ISO date of a day on the calendar; undefined for an impossible one (month 13, 30 February). */
export function isoOf(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 0 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return undefined;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

function requireDate(iso: string): CalendarDate {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`not an ISO calendar date (yyyy-mm-dd): ${JSON.stringify(iso)}`);
  return date;
}

// Day numbers use the proleptic Gregorian calendar (Howard Hinnant's days_from_civil / civil_from_days).

/** Days since 1970-01-01 (negative before). Throws on a string that is not an ISO date. */
export function toDayNumber(iso: string): number {
  const { year, month, day } = requireDate(iso);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): string {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`not a whole day number: ${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) throw new RangeError(`date out of the four-digit year range: day ${dayNumber}`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2027-06-30" + 1 → "2027-07-01". Negative days go back. */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** The same day `years` later; 29 February becomes 28 February in a year that has none. */
export function addYears(iso: string, years: number): string {
  const { year, month, day } = requireDate(iso);
  const y = year + years;
  const d = Math.min(day, daysInMonth(y, month));
  const result = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  requireDate(result);
  return result;
}

/** Whole days from `from` to `to`: 0 for the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

export function earlierDate(a: string, b: string): string {
  return a <= b ? a : b;
}

export function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** French "30/06/2027" (day first, as French readers expect); English "Jun 30, 2027" (no day/month ambiguity). */
export function formatDate(iso: string, lang: Lang): string {
  const { year, month, day } = requireDate(iso);
  const yyyy = String(year).padStart(4, '0');
  if (lang === 'fr') return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${yyyy}`;
  return `${EN_MONTHS[month - 1]} ${day}, ${yyyy}`;
}

/** Days between Sheets' day 0 (1899-12-30) and 1970-01-01. */
const SHEETS_DAY_OF_1970 = 25569;

/** The day serial Sheets stores for an ISO date (shown as a date under a date format). */
export function toSheetSerial(iso: string): number {
  return toDayNumber(iso) + SHEETS_DAY_OF_1970;
}

/** The ISO date of a Sheets day serial (its time of day, if any, is dropped). */
export function fromSheetSerial(serial: number): string {
  return fromDayNumber(Math.floor(serial) - SHEETS_DAY_OF_1970);
}
