/**
 * What Sheets makes of a text typed into a cell, or written by Range.setValues, in a spreadsheet of a
 * locale. A text is a number only when it is written the locale's way: its decimal separator, its
 * thousands grouping (optional, groups of three), an optional sign, currency symbol, percent sign or
 * exponent ("1E+300", "1,5E3" in French). Anything else stays text: in a French spreadsheet "12.000",
 * "1.500" and "1234.5" are texts (the formulas then refuse them as ambiguous or as not numbers), as are
 * "1.234,56" and "1,5" in an English one. A date written the locale's way ("15/01/2026" in French,
 * "1/15/2026" in English, "2026-01-15" in both) is a date.
 *
 * Not core/numbers.ts: that reader is deliberately lenient (it reads "1234.5" in a French sheet, as a
 * pasted English figure), while Sheets' typing is not.
 */
import { numberConvention } from '../../core/numbers';
import { isoOf, toSheetSerial } from '../../core/dates';

export type TypedEntry =
  | { kind: 'number'; value: number }
  /** A calendar date, as the day serial Sheets stores. */
  | { kind: 'date'; serial: number }
  | { kind: 'boolean'; value: boolean }
  /** A time of day, or a date with a time: left to the engine's own reading (see Engine dateFormats). */
  | { kind: 'time' }
  | { kind: 'text' };

interface LocaleWriting {
  decimal: string;
  /** The characters that group thousands in this locale. */
  groups: string;
  /** Whether a date is written day first (15/01/2026) rather than month first (1/15/2026). */
  dayFirst: boolean;
  /** The locale's own names of TRUE and FALSE. */
  booleans: Record<string, boolean>;
}

const SPACES = ' \u00a0\u202f';

/** Whether the locale writes dates day first (15/01/2026), as every modelled locale but US English does. */
export function datesDayFirst(locale: string): boolean {
  return !/^en(_US)?$/i.test(locale.trim().replace('-', '_'));
}

/** The date format Sheets gives a cell where a date is typed or written without a format of its own. */
export function defaultDatePattern(locale: string): string {
  return datesDayFirst(locale) ? 'dd/mm/yyyy' : 'm/d/yyyy';
}

/** How a spreadsheet of this locale writes numbers and dates; English (US) when the locale is unknown. */
export function localeWriting(locale: string): LocaleWriting {
  const convention = numberConvention(locale) ?? { decimal: '.', otherGroups: true };
  const groups = convention.otherGroups ? (convention.decimal === '.' ? ',' : '.') : convention.decimal === ',' ? SPACES : "'\u2019";
  const french = /^fr/i.test(locale);
  return {
    decimal: convention.decimal,
    groups,
    dayFirst: datesDayFirst(locale),
    booleans: french ? { true: true, false: false, vrai: true, faux: false } : { true: true, false: false },
  };
}

const CURRENCIES = '€$£';

const escape = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');

/** The body of a number: digits, optionally grouped by threes, an optional fraction, or an exponent (no grouping). */
function numberBody(text: string, writing: LocaleWriting): number | undefined {
  const d = `[${escape(writing.decimal)}]`;
  const g = `[${escape(writing.groups)}]`;
  const plain = new RegExp(`^(?:(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d*))?|${d}(\\d+))$`);
  const scientific = new RegExp(`^(\\d+)(?:${d}(\\d*))?[eE]([+-]?\\d+)$`);
  let match = plain.exec(text);
  if (match) {
    const whole = (match[1] ?? '0').replace(new RegExp(g, 'g'), '');
    const fraction = match[2] ?? match[3] ?? '';
    return Number(`${whole}.${fraction || '0'}`);
  }
  match = scientific.exec(text);
  if (match) return Number(`${match[1]}.${match[2] || '0'}e${match[3]}`);
  return undefined;
}

/** A number as Sheets reads it typed in this locale: sign, currency, percent and body; undefined for any other text. */
export function readTypedNumberAsSheets(raw: string, writing: LocaleWriting): number | undefined {
  let text = raw.trim();
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1).trimEnd();
  }
  let sign = 1;
  let currency = false;
  const takeSign = () => {
    if (text.startsWith('-') || text.startsWith('+')) {
      if (sign === -1 || text.length === 1) return false;
      if (text[0] === '-') sign = -1;
      text = text.slice(1);
    }
    return true;
  };
  const takeCurrency = () => {
    if (percent || currency) return;
    if (CURRENCIES.includes(text[0] ?? '')) {
      currency = true;
      text = text.slice(1).trimStart();
    } else if (CURRENCIES.includes(text[text.length - 1] ?? '')) {
      currency = true;
      text = text.slice(0, -1).trimEnd();
    }
  };
  // "-$5", "$-5", "-5 €": one sign, one currency symbol.
  if (!takeSign()) return undefined;
  takeCurrency();
  if (!takeSign()) return undefined;
  const body = numberBody(text, writing);
  if (body === undefined || !Number.isFinite(body)) return undefined;
  const value = sign * body;
  return percent ? Number((value / 100).toPrecision(15)) : value;
}

/** A two-digit year as Sheets reads it: 00–29 is 2000–2029, 30–99 is 1930–1999. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

/** A calendar date written the locale's way, or in ISO order; the ISO date, undefined for any other text. */
export function readTypedDate(raw: string, writing: LocaleWriting): string | undefined {
  const text = raw.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text);
  const local = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[3]), Number(iso[4])];
  } else if (local) {
    const [first, second] = [Number(local[1]), Number(local[3])];
    [day, month] = writing.dayFirst ? [first, second] : [second, first];
    year = fullYear(local[4]);
  } else {
    return undefined;
  }
  return isoOf(year, month, day);
}

/** A time of day ("10:30", "9:05:10 pm"), alone or after a date. */
const TIME = /^(?:[\d/.-]+\s+)?\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[ap]m?)?$/i;

/** What a text typed in a spreadsheet of this locale is. Formulas and leading apostrophes are the caller's. */
export function readTypedEntry(text: string, locale: string): TypedEntry {
  const writing = localeWriting(locale);
  const lower = text.trim().toLowerCase();
  if (Object.hasOwn(writing.booleans, lower)) return { kind: 'boolean', value: writing.booleans[lower] };
  const number = readTypedNumberAsSheets(text, writing);
  if (number !== undefined) return { kind: 'number', value: number };
  const date = readTypedDate(text, writing);
  if (date !== undefined) return { kind: 'date', serial: toSheetSerial(date) };
  if (TIME.test(text.trim())) return { kind: 'time' };
  return { kind: 'text' };
}
