/**
 * The one reader of numbers that people type or paste, in any locale: "1 234,5", "1,234.5", "1.234,5",
 * "12 %", "€40". Every reader of the project uses it: formula arguments and close rates (read in the
 * spreadsheet's locale), the wizard's baseline and target (in the user's language) and the import (in
 * the file's own notation). The table of what it accepts, refuses as ambiguous or refuses is
 * shared/data/number-cases.csv, which the tests run against every reader.
 *
 * A text is first scanned on its own (scanNumber): it is blank ("", "-", "n/a"), invalid, a number
 * with only one reading, or ambiguous ("1,500", "1.500": one separator then exactly three digits).
 * What an ambiguous text means is decided from outside it, never guessed: from the locale's convention
 * (readTypedNumber) or, for an import, from the rest of its column or file (decideReading): "1,500" is
 * 1.5 in a file that elsewhere writes "2,75", 1500 in one that writes "1,234,567" or "3.5", and refused
 * when nothing tells. A currency that is written with a decimal point ("$", "£", "USD": "£1,200") tells
 * its own notation too, and the two must agree: "£1,200" is 1200 in an English sheet, and refused with
 * both readings in a French one, where "1,200" alone is 1.2; never 1.2 pounds by the locale's convention.
 */

export type DecimalSeparator = ',' | '.';

export type NumberScan =
  | { kind: 'blank' }
  | { kind: 'invalid' }
  /**
   * `decimal`: the separator this text proves to be the decimal one ("1,5" proves ","; "1,234,567"
   * proves "."). `percent`: the text ended in "%", so the value is already divided by 100.
   * `currency`: a currency sign or code stood before or after it ("€40", "1 234,50 EUR").
   */
  | { kind: 'number'; value: number; decimal?: DecimalSeparator; percent?: true; currency?: true }
  /**
   * One "," or "." followed by exactly three digits, and 1 to 3 digits before: 1.5 or 1500?
   * `pointCurrency`: marked with a currency written with a decimal point and comma groups ("$", "£",
   * "¥", "USD", "GBP"), whose own reading must agree with the one decided from outside.
   */
  | {
      kind: 'ambiguous';
      separator: DecimalSeparator;
      asDecimal: number;
      asThousands: number;
      percent?: true;
      currency?: true;
      pointCurrency?: true;
    };

/**
 * How a column's separators are read: a known decimal separator; 'whole' for a column of counts,
 * which cannot hold fractions, so a separator before three digits groups thousands; 'groups,' or
 * 'groups.' for an amount nothing in its file tells about, where the spreadsheet's locale groups
 * thousands with that mark ("," in English, "." in German): "1,234" is 1234 in an English sheet, and
 * the other mark ("1.234") is still refused; 'unknown' when nothing tells (or the column contradicts
 * itself), so ambiguous cells are refused.
 */
export type NumberReading = DecimalSeparator | 'whole' | 'groups,' | 'groups.' | 'unknown';

export interface SeparatorEvidence {
  comma: number;
  dot: number;
}

/**
 * Cells that mean "no reading", not zero, compared in lower case: dashes, "n/a", and the French "nd"
 * (non disponible), "s.o." (sans objet) and "nc" (non communiqué). The formulas read them as blank
 * cells (core/values.ts isNoValue), the import leaves them empty.
 */
const NO_READING = new Set([
  '',
  '-',
  '--',
  '---',
  '\u2013',
  '\u2014',
  'n/a',
  'na',
  'n/d',
  'nd',
  'n.d.',
  's.o.',
  'nc',
  'n.c.',
  'undefined',
  'null',
]);

/** Whether a text means "no value" (blank, "-", "—", "n/a", "nd", "s.o."…): a blank cell, never 0. */
export function meansNoValue(text: string): boolean {
  const s = text.trim();
  return s.length <= 9 && NO_READING.has(s.toLowerCase());
}
const CURRENCY_PREFIX = /^(US\$|[€$£¥]|EUR|USD|GBP|CHF)\s*/;
const CURRENCY_SUFFIX = /\s*([€$£¥]|EUR|USD|GBP|CHF)$/;
/**
 * Currencies written with a decimal point and comma groups wherever they are used ("$1,234.50",
 * "£1,200", "¥1,200", "1,200 USD"). The euro and the Swiss franc are written both ways ("1 234,50 €",
 * "€1,234.50"; "CHF 1'234.50"), but a euro sign BEFORE the amount is the English (or Irish, Dutch)
 * habit, never the French one: "€2,500" in a French sheet is not surely 2,5 (see POINT_PREFIXES).
 */
const POINT_CURRENCIES = new Set(['$', 'US$', '£', '¥', 'USD', 'GBP']);
/** Prefixes that are not the comma-decimal locales' way: with the locale's reading, an ambiguous amount has two. */
const POINT_PREFIXES = new Set([...POINT_CURRENCIES, '€', 'EUR']);
const NON_DIGITS = /\D/g;

const BLANK: NumberScan = { kind: 'blank' };
const INVALID: NumberScan = { kind: 'invalid' };

const ZERO = 48;
const NINE = 57;
const COMMA = 44;
const DOT = 46;

/** The grouping marks besides "," and ".": spaces (plain, no-break, narrow no-break, thin) and apostrophes. */
function isSpaceMark(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 39 || c === 0x2019;
}

export function scanNumber(raw: string): NumberScan {
  let s = raw.trim();
  if (s === '') return BLANK;
  if (s.length > 40) return INVALID;
  const first = s.charCodeAt(0);
  if (!(first >= ZERO && first <= NINE) && s.length <= 9 && NO_READING.has(s.toLowerCase())) return BLANK;
  let percent = false;
  if (s.charCodeAt(s.length - 1) === 37) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  let sign = 1;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 || c0 === 0x2212) {
    sign = -1;
    s = s.slice(1);
  } else if (c0 === 43) {
    s = s.slice(1);
  }
  const head = s.charCodeAt(0);
  const tail = s.charCodeAt(s.length - 1);
  let pointCurrency = false;
  let currency = false;
  if (!(head >= ZERO && head <= NINE) || !(tail >= ZERO && tail <= NINE)) {
    const prefix = CURRENCY_PREFIX.exec(s);
    if (prefix) s = s.slice(prefix[0].length);
    const suffix = CURRENCY_SUFFIX.exec(s);
    if (suffix) s = s.slice(0, suffix.index);
    s = s.trim();
    currency = prefix !== null || suffix !== null;
    pointCurrency = (prefix !== null && POINT_PREFIXES.has(prefix[1])) || (suffix !== null && POINT_CURRENCIES.has(suffix[1]));
  }
  let scan = scanUnsigned(s);
  if (currency && (scan.kind === 'number' || scan.kind === 'ambiguous')) scan = { ...scan, currency: true };
  if (pointCurrency && scan.kind === 'ambiguous') scan = { ...scan, pointCurrency: true };
  if ((sign === 1 && !percent) || (scan.kind !== 'number' && scan.kind !== 'ambiguous')) return scan;
  const adjust = (value: number) => {
    const signed = sign * value;
    return percent ? Number((signed / 100).toPrecision(15)) : signed;
  };
  const marked = percent ? { percent: true as const } : {};
  if (scan.kind === 'number') return { ...scan, ...marked, value: adjust(scan.value) };
  return { ...scan, ...marked, asDecimal: adjust(scan.asDecimal), asThousands: adjust(scan.asThousands) };
}

type Mark = ',' | '.' | ' ';

function scanUnsigned(s: string): NumberScan {
  const groups: number[] = [];
  const marks: Mark[] = [];
  let lastMarkAt = -1;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      run++;
      continue;
    }
    let mark: Mark;
    if (c === COMMA) mark = ',';
    else if (c === DOT) mark = '.';
    else if (isSpaceMark(c)) mark = ' ';
    else return INVALID;
    groups.push(run);
    marks.push(mark);
    lastMarkAt = i;
    run = 0;
  }
  groups.push(run);
  const k = marks.length;
  if (k === 0) return s === '' ? INVALID : { kind: 'number', value: Number(s) };
  for (let i = 0; i <= k; i++) {
    const leadingFraction = i === 0 && k === 1 && marks[0] !== ' ';
    if (groups[i] === 0 && !leadingFraction) return INVALID;
  }

  const commas = count(marks, ',');
  const dots = count(marks, '.');
  const lastMark = marks[k - 1];
  const whole = (): number => Number(s.replace(NON_DIGITS, ''));
  const withDecimal = (): number => Number(`${s.slice(0, lastMarkAt).replace(NON_DIGITS, '')}.${s.slice(lastMarkAt + 1)}`);

  if (commas > 0 && dots > 0) {
    // "1,234.5" or "1.234,5": the last mark is the decimal one, used once; the others group thousands.
    if (lastMark === ' ' || count(marks, lastMark) !== 1) return INVALID;
    if (!groupsThousands(groups, marks, k - 1)) return INVALID;
    return { kind: 'number', value: withDecimal(), decimal: lastMark };
  }
  if (commas === 0 && dots === 0) {
    return groupsThousands(groups, marks, k) ? { kind: 'number', value: whole() } : INVALID;
  }
  const punct: DecimalSeparator = commas > 0 ? ',' : '.';
  const other: DecimalSeparator = punct === ',' ? '.' : ',';
  if (count(marks, punct) >= 2) {
    // "1,234,567": a mark used twice groups thousands, so the decimal separator is the other one.
    return groupsThousands(groups, marks, k) ? { kind: 'number', value: whole(), decimal: other } : INVALID;
  }
  if (lastMark !== punct) return INVALID;
  if (k > 1) {
    // "1 234,5": spaces group thousands, so the comma is the decimal separator.
    return groupsThousands(groups, marks, k - 1) ? { kind: 'number', value: withDecimal(), decimal: punct } : INVALID;
  }
  const before = groups[0];
  const after = groups[1];
  const leadingZero = before === 1 && s.charCodeAt(0) === ZERO;
  if (after !== 3 || before === 0 || before > 3 || leadingZero) {
    return { kind: 'number', value: withDecimal(), decimal: punct };
  }
  return { kind: 'ambiguous', separator: punct, asDecimal: withDecimal(), asThousands: whole() };
}

/** groups[0..upTo] split by marks[0..upTo-1], all one kind of mark, read as thousands: 1-3 digits then groups of 3. */
function groupsThousands(groups: readonly number[], marks: readonly Mark[], upTo: number): boolean {
  if (upTo === 0) return true;
  if (groups[0] < 1 || groups[0] > 3) return false;
  for (let i = 1; i <= upTo; i++) {
    if (groups[i] !== 3 || marks[i - 1] !== marks[0]) return false;
  }
  return true;
}

function count(marks: readonly Mark[], mark: Mark): number {
  let n = 0;
  for (const m of marks) if (m === mark) n++;
  return n;
}

export function noEvidence(): SeparatorEvidence {
  return { comma: 0, dot: 0 };
}

export function addEvidence(evidence: SeparatorEvidence, scan: NumberScan): void {
  if (scan.kind !== 'number' || scan.decimal === undefined) return;
  if (scan.decimal === ',') evidence.comma++;
  else evidence.dot++;
}

function verdict(evidence: SeparatorEvidence): DecimalSeparator | 'conflict' | undefined {
  if (evidence.comma > 0 && evidence.dot > 0) return 'conflict';
  if (evidence.comma > 0) return ',';
  if (evidence.dot > 0) return '.';
  return undefined;
}

/**
 * The column's own evidence first, whatever the other columns say; if it has none, the file's; then,
 * for counts, whole numbers; then, where the caller gives it (amounts), the mark the spreadsheet's
 * locale groups thousands with.
 */
export function decideReading(
  column: SeparatorEvidence,
  file: SeparatorEvidence,
  countsOnly: boolean,
  localeGroups?: DecimalSeparator,
): NumberReading {
  const own = verdict(column);
  if (own === 'conflict') return 'unknown';
  if (own) return own;
  const fromFile = verdict(file);
  if (fromFile && fromFile !== 'conflict') return fromFile;
  if (countsOnly) return 'whole';
  return localeGroups === undefined ? 'unknown' : localeGroups === ',' ? 'groups,' : 'groups.';
}

/** "groups,": only "," is known, as a thousands mark. */
function groupingMark(reading: NumberReading): DecimalSeparator | undefined {
  return reading === 'groups,' ? ',' : reading === 'groups.' ? '.' : undefined;
}

export type NumberRead = number | 'blank' | 'bad' | 'ambiguous';

/**
 * An ambiguous text's number once its separator is known to be a decimal point or not: the reading
 * decided from outside, unless a point currency on it ("£1,200") reads it the other way: then both
 * readings stand, and it is refused.
 */
function ambiguousValue(
  separator: DecimalSeparator,
  asDecimal: number,
  asThousands: number,
  separatorIsDecimal: boolean,
  pointCurrency: boolean,
): number | 'ambiguous' {
  if (pointCurrency && separatorIsDecimal !== (separator === '.')) return 'ambiguous';
  return separatorIsDecimal ? asDecimal : asThousands;
}

export function readNumber(scan: NumberScan, reading: NumberReading): NumberRead {
  switch (scan.kind) {
    case 'blank':
      return 'blank';
    case 'invalid':
      return 'bad';
    case 'number':
      if (scan.decimal && (reading === ',' || reading === '.') && scan.decimal !== reading) return 'bad';
      return scan.value;
    case 'ambiguous': {
      if (reading === 'unknown') return 'ambiguous';
      const groups = groupingMark(reading);
      if (groups !== undefined && groups !== scan.separator) return 'ambiguous';
      return ambiguousValue(scan.separator, scan.asDecimal, scan.asThousands, reading === scan.separator, scan.pointCurrency === true);
    }
  }
}

/** One cell read with no file around it: unambiguous text only. */
export function parseLocaleNumber(text: string, reading: NumberReading = 'unknown'): NumberRead {
  return readNumber(scanNumber(text), reading);
}

const BLANK_CELL = 0;
const INVALID_CELL = 1;
const PLAIN = 2;
const PROVES_COMMA = 3;
const PROVES_DOT = 4;
const AMBIGUOUS_COMMA = 5;
const AMBIGUOUS_DOT = 6;
/** Ambiguous, and marked with a point currency ("£1,200"; see NumberScan). */
const AMBIGUOUS_COMMA_POINT_CURRENCY = 7;
const AMBIGUOUS_DOT_POINT_CURRENCY = 8;

/** What a cell was written with besides its number: "%", a currency. */
const PERCENT_MARK = 1;
const CURRENCY_MARK = 2;

/** How a cell's text is marked: a percent ("50%", "12 %"), an amount ("$100", "40 €"), or neither. */
export type UnitMark = 'percent' | 'currency' | undefined;

/**
 * A column's cells scanned once and kept in typed arrays until the file's reading is decided: the
 * second pass then needs no re-scan and no long-lived object per cell (50,000-line files stay fast).
 */
export class ScannedColumn {
  readonly evidence: SeparatorEvidence = noEvidence();
  private readonly kinds: Uint8Array;
  private readonly marks: Uint8Array;
  private readonly values: Float64Array;
  private readonly thousands: Float64Array;

  constructor(cells: readonly string[]) {
    const n = cells.length;
    this.kinds = new Uint8Array(n);
    this.marks = new Uint8Array(n);
    this.values = new Float64Array(n);
    this.thousands = new Float64Array(n);
    let previous: string | undefined;
    let scan: NumberScan = BLANK;
    for (let i = 0; i < n; i++) {
      if (cells[i] !== previous) {
        previous = cells[i];
        scan = scanNumber(previous);
      }
      addEvidence(this.evidence, scan);
      if (scan.kind === 'number' || scan.kind === 'ambiguous') {
        this.marks[i] = (scan.percent ? PERCENT_MARK : 0) | (scan.currency ? CURRENCY_MARK : 0);
      }
      switch (scan.kind) {
        case 'blank':
          this.kinds[i] = BLANK_CELL;
          break;
        case 'invalid':
          this.kinds[i] = INVALID_CELL;
          break;
        case 'number':
          this.kinds[i] = scan.decimal === ',' ? PROVES_COMMA : scan.decimal === '.' ? PROVES_DOT : PLAIN;
          this.values[i] = scan.value;
          break;
        case 'ambiguous':
          if (scan.pointCurrency) this.kinds[i] = scan.separator === ',' ? AMBIGUOUS_COMMA_POINT_CURRENCY : AMBIGUOUS_DOT_POINT_CURRENCY;
          else this.kinds[i] = scan.separator === ',' ? AMBIGUOUS_COMMA : AMBIGUOUS_DOT;
          this.values[i] = scan.asDecimal;
          this.thousands[i] = scan.asThousands;
          break;
      }
    }
  }

  /** The same answer as readNumber(scanNumber(cell), reading). */
  read(i: number, reading: NumberReading): NumberRead {
    const kind = this.kinds[i];
    if (kind === BLANK_CELL) return 'blank';
    if (kind === INVALID_CELL) return 'bad';
    const decided = reading === ',' || reading === '.' ? reading : undefined;
    if (kind === PLAIN) return this.values[i];
    if (kind === PROVES_COMMA || kind === PROVES_DOT) {
      return decided && decided !== (kind === PROVES_COMMA ? ',' : '.') ? 'bad' : this.values[i];
    }
    if (reading === 'unknown') return 'ambiguous';
    const separator = kind === AMBIGUOUS_COMMA || kind === AMBIGUOUS_COMMA_POINT_CURRENCY ? ',' : '.';
    const groups = groupingMark(reading);
    if (groups !== undefined && groups !== separator) return 'ambiguous';
    const pointCurrency = kind === AMBIGUOUS_COMMA_POINT_CURRENCY || kind === AMBIGUOUS_DOT_POINT_CURRENCY;
    return ambiguousValue(separator, this.values[i], this.thousands[i], reading === separator, pointCurrency);
  }

  /** Whether cell i was written as a percent or with a currency (a percent first if both). */
  unitMark(i: number): UnitMark {
    const mark = this.marks[i];
    return mark & PERCENT_MARK ? 'percent' : mark & CURRENCY_MARK ? 'currency' : undefined;
  }
}

// Reading in a locale ---------------------------------------------------------------------------------

/**
 * How a locale writes numbers: its decimal mark, and whether the other mark ("," in English, "." in
 * German) groups thousands there. Where it does not (French groups with spaces), a text such as
 * "1.500" has two readings and is refused.
 */
export interface NumberConvention {
  decimal: DecimalSeparator;
  otherGroups: boolean;
}

const DOT_DECIMAL: NumberConvention = { decimal: '.', otherGroups: true };
const COMMA_DECIMAL_SPACE_GROUPS: NumberConvention = { decimal: ',', otherGroups: false };
const COMMA_DECIMAL_DOT_GROUPS: NumberConvention = { decimal: ',', otherGroups: true };
/** Swiss French, German and Italian: "1'234.50"; a comma is not theirs. */
const SWISS: NumberConvention = { decimal: '.', otherGroups: false };

const DOT_GROUPING_LANGUAGES = new Set(['de', 'es', 'it', 'pt', 'nl', 'tr', 'da', 'id', 'el', 'ro', 'hr', 'sl', 'sr', 'vi', 'ca']);
const SPACE_GROUPING_LANGUAGES = new Set(['fr', 'ru', 'pl', 'cs', 'sk', 'sv', 'fi', 'nb', 'no', 'nn', 'uk', 'hu', 'bg', 'lt', 'lv', 'et']);
const DOT_DECIMAL_LANGUAGES = new Set(['en', 'ja', 'zh', 'ko', 'he', 'th', 'hi', 'ms', 'fil', 'ga', 'cy']);

/** Regions that write numbers unlike their language's default. */
const REGION_CONVENTIONS: ReadonlyArray<[RegExp, NumberConvention]> = [
  [/^(de|fr|it)_(CH|LI)$/i, SWISS],
  [/^es_(MX|US|GT|HN|NI|PA|PR|SV|DO)$/i, DOT_DECIMAL],
  [/^pt_PT$/i, COMMA_DECIMAL_SPACE_GROUPS],
];

/** The convention of a spreadsheet or user locale ("fr_FR", "en_US", "de-CH"); undefined when unknown. */
export function numberConvention(locale: string | null | undefined): NumberConvention | undefined {
  if (typeof locale !== 'string' || locale.trim() === '') return undefined;
  const tag = locale.trim().replace('-', '_');
  for (const [region, convention] of REGION_CONVENTIONS) if (region.test(tag)) return convention;
  const language = tag.split('_')[0].toLowerCase();
  if (DOT_DECIMAL_LANGUAGES.has(language)) return DOT_DECIMAL;
  if (DOT_GROUPING_LANGUAGES.has(language)) return COMMA_DECIMAL_DOT_GROUPS;
  if (SPACE_GROUPING_LANGUAGES.has(language)) return COMMA_DECIMAL_SPACE_GROUPS;
  return undefined;
}

/**
 * The mark a locale groups thousands with besides spaces: "," in English, "." in German; undefined
 * where the other mark groups nothing (French groups with spaces, Swiss with apostrophes) or the
 * locale is unknown.
 */
export function thousandsMark(locale: string | null | undefined): DecimalSeparator | undefined {
  const convention = numberConvention(locale);
  if (!convention?.otherGroups) return undefined;
  return convention.decimal === '.' ? ',' : '.';
}

/** A typed text read in a locale: a number (and whether it was written as a percent), no value, or why not. */
export type TypedNumber =
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'blank' }
  | { kind: 'invalid' }
  /** Both readings, for a message that offers them: "1.500" is 1 500 or 1,5 in a French sheet. */
  | { kind: 'ambiguous'; asDecimal: number; asThousands: number; percent: boolean };

/**
 * One text as a person typed it, read in their locale's convention: a separator that is the locale's
 * decimal mark is a decimal point, one that groups thousands there groups thousands, and anything
 * else that has two readings is refused with both (an unknown locale refuses every ambiguous text), as
 * is one whose point currency reads it otherwise ("£1,200" in a French sheet: 1200 or 1,2?).
 */
export function readTypedNumber(text: string, convention: NumberConvention | undefined): TypedNumber {
  const scan = scanNumber(text);
  switch (scan.kind) {
    case 'blank':
    case 'invalid':
      return scan;
    case 'number':
      return { kind: 'number', value: scan.value, percent: scan.percent === true };
    case 'ambiguous': {
      const percent = scan.percent === true;
      const separatorIsDecimal = convention && scan.separator === convention.decimal ? true : convention?.otherGroups ? false : undefined;
      const value =
        separatorIsDecimal === undefined
          ? 'ambiguous'
          : ambiguousValue(scan.separator, scan.asDecimal, scan.asThousands, separatorIsDecimal, scan.pointCurrency === true);
      if (value !== 'ambiguous') return { kind: 'number', value, percent };
      return { kind: 'ambiguous', asDecimal: scan.asDecimal, asThousands: scan.asThousands, percent };
    }
  }
}
