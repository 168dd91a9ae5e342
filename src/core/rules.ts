import { CellValue, isBlank, isNoValue, isSheetErrorText } from './values';
import { readTypedNumber, type NumberConvention } from './numbers';
import { readRateText } from './rates';

/** What one argument of a formula accepts. Each rule reads a raw cell value as a number or says why not. */
export type RuleName =
  /** Any number; a percent text is a fraction ("12%" is 0.12): a goal's KPI may be a rate. */
  | 'number'
  /** An amount or a count of 0 or more; a percent text ("10%") is refused with "did you mean 10?". */
  | 'nonNegative'
  /** An amount or a count above 0; a percent text is refused likewise. */
  | 'positive'
  /** A share from 0 to 1, such as the time elapsed: 40 % is 0.4, a bare 40 asks "did you mean 40 %?". */
  | 'fraction'
  /**
   * A gross margin: a share as `fraction` reads it, where above 100 % ("150%", or a bare 1.5, which a
   * cell formatted as a percent shows as 150 %) is most likely a markup, and asks which margin it means.
   */
  | 'margin'
  /** A close rate: a fraction, a percent or "1 in 50"; a bare 1 or 2 asks "did you mean 1 %?". */
  | 'rate'
  | 'boolean'
  /** A keyword (text): no reader, PPC_EQUIVALENT matches keywords itself; named in its messages. */
  | 'keyword'
  /** A web page address (UTM_URL): read by core/utm.ts. */
  | 'url'
  /** A short text such as a UTM tag (UTM_URL): read by core/text-rows.ts. */
  | 'text';

/** The rules that read a number. */
export type NumberRule = Exclude<RuleName, 'keyword' | 'url' | 'text'>;

/** Why a value was refused. Rendered in the user's language only when it is shown. */
export type Problem =
  /** No value: a blank cell, or `got`, a text that means "no value" ("n/a", "-"), named in the message. */
  | { code: 'blank'; got?: string }
  /** A single blank cell (or "no value" text, `got`) given for an argument that has a default: leave it out, or fill the cell. */
  | { code: 'blankWithDefault'; fallback: number; got?: string }
  | { code: 'missing' }
  | { code: 'overflow' }
  | { code: 'sheetError'; got: string }
  | { code: 'notNumber'; got: CellValue }
  /** "1.500" in a French sheet: 1 500 or 1,5? Both readings are offered. */
  | { code: 'ambiguousNumber'; got: string; asDecimal: number; asThousands: number }
  /**
   * A percent typed where an amount or a count is expected ("10%" as a cost): read as 0.1 it would be a
   * silent wrong number. `meant` is the number without its "%" (10).
   */
  | { code: 'percentAmount'; got: string; meant: number }
  | { code: 'negative'; got: number }
  | { code: 'notPositive'; got: number }
  /** A bare number from 1 to 100 where a share is expected: most likely a percent (40 → 40 %). */
  | { code: 'likelyPercent'; got: number }
  /** A bare number above 100 where a share is expected. */
  | { code: 'aboveOne'; got: number }
  /** A percent above 100 % where a share is expected ("150%"); `got` is the percent (150). */
  | { code: 'overHundredPercent'; got: number }
  /** A bare number between 1 and 2 where a margin is expected (1.5): most likely a markup, as "150%" is. */
  | { code: 'likelyMarkup'; got: number }
  | { code: 'notRate'; got: CellValue }
  /** "50 in 1": did you mean 1 in 50? */
  | { code: 'invertedRatio'; part: number; whole: number }
  /** "1 in 0". */
  | { code: 'zeroWhole' }
  | { code: 'notBoolean'; got: CellValue }
  | { code: 'zeroTotal' }
  | { code: 'targetIsBaseline' }
  /** Not a web page address: another scheme ("mailto:"), a space inside, or no site name. */
  | { code: 'notUrl'; got: string; reason: 'scheme' | 'space' | 'host' }
  /** TRUE, FALSE or another value that is no text, where a text is expected. */
  | { code: 'notText'; got: CellValue };

/** A refused argument: which one, under which rule, and why. */
export interface ArgProblem {
  arg: string;
  rule: RuleName;
  problem: Problem;
}

export type Reader = (value: CellValue) => number | Problem;

/** The locale's way of writing numbers, looked up only when a text has to be read. */
export type ConventionLookup = () => NumberConvention | undefined;

/** No value: a blank cell, or a text that means none ("n/a"), which the message names. */
export function noValue(value: CellValue): Extract<Problem, { code: 'blank' }> {
  const text = typeof value === 'string' ? value.trim() : '';
  return text === '' ? { code: 'blank' } : { code: 'blank', got: text };
}

/** A number read from a text in the locale: a percent text keeps its mark, for the share rules' messages. */
function readText(text: string, convention: ConventionLookup): { value: number; percent: boolean } | Problem {
  if (isSheetErrorText(text)) return { code: 'sheetError', got: text };
  const typed = readTypedNumber(text, convention());
  switch (typed.kind) {
    case 'number':
      return typed;
    case 'blank':
      return noValue(text);
    case 'invalid':
      return { code: 'notNumber', got: text };
    case 'ambiguous':
      return { code: 'ambiguousNumber', got: text.trim(), asDecimal: typed.asDecimal, asThousands: typed.asThousands };
  }
}

/**
 * Any number, from a cell or a text in the locale. A percent text is a fraction ("12%" is 0.12) where
 * `percent` is 'fraction', as for a KPI that may be a rate (GOAL_PROGRESS); where an amount or a count
 * is expected ('refused') it is refused with the number without its "%": "10%" is no cost of 0.1.
 */
function readAnyNumber(value: CellValue, convention: ConventionLookup, percent: 'fraction' | 'refused'): number | Problem {
  if (typeof value === 'number') return Number.isFinite(value) ? value : { code: 'notNumber', got: value };
  if (isBlank(value)) return { code: 'blank' };
  if (typeof value !== 'string') return { code: 'notNumber', got: value };
  const read = readText(value, convention);
  if ('code' in read) return read;
  if (read.percent && percent === 'refused') {
    // "-10%" as a cost: offering -10 back would offer a refused value; below 0 is what is wrong with it.
    if (read.value < 0) return { code: 'negative', got: Number((read.value * 100).toPrecision(12)) };
    return { code: 'percentAmount', got: value.trim(), meant: Number((read.value * 100).toPrecision(12)) };
  }
  return read.value;
}

/** Above 1 and up to this, a bare number where a share is expected is most likely a percent (40 → 40 %). */
export const LIKELY_PERCENT_MAX = 100;

/**
 * Above 1 and below this, a bare number where a margin is expected is most likely a markup (1.5: a
 * percent cell showing 150 %, or a price of 1.5 × the cost), not a percent typed without its sign:
 * nobody means a margin of 1.5 %.
 */
export const LIKELY_MARKUP_BELOW = 2;

/** A share at most this far above 1 is 1: floating-point noise (0.7 + 0.3000001), read as 1 by the formulas and the ROI sheet. */
export const SHARE_NOISE = 1e-6;

/** How a share is read: whether a bare 1 is a forgotten "%", and whether a bare 1.5 is a markup. */
interface ShareReading {
  /** A close rate of 100 % is no plausible reading of a bare 1, while a margin of 1 (the value is already net) is. */
  wholeIsPercent: boolean;
  /** A margin: a bare number above 1 and below 2 is most likely a markup (see LIKELY_MARKUP_BELOW). */
  markup: boolean;
}

const CLOSE_RATE: ShareReading = { wholeIsPercent: true, markup: false };
const SHARE: ShareReading = { wholeIsPercent: false, markup: false };
const MARGIN: ShareReading = { wholeIsPercent: false, markup: true };

/** A share from 0 to 1. A bare number from 1 to 100 is most likely a percent typed without its sign (40 → "did you mean 40 %?"). */
function checkShare(typed: number, percentText: boolean, reading: ShareReading): number | Problem {
  // Just above 1 (1.0000001) is 1 and floating-point noise, not a markup of 100 % or a share of 1 %.
  // Only above: a share just below 1 is within bounds, read as it is by the column loops too.
  const value = typed > 1 && typed - 1 < SHARE_NOISE ? 1 : typed;
  if (value < 0) return { code: 'negative', got: value };
  if (percentText) return value <= 1 ? value : { code: 'overHundredPercent', got: Number((value * 100).toPrecision(12)) };
  if (value < 1 || (value === 1 && !reading.wholeIsPercent)) return value;
  if (reading.markup && value < LIKELY_MARKUP_BELOW) return { code: 'likelyMarkup', got: value };
  return value <= LIKELY_PERCENT_MAX ? { code: 'likelyPercent', got: value } : { code: 'aboveOne', got: value };
}

function readShare(value: CellValue, convention: ConventionLookup, reading: ShareReading): number | Problem {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? checkShare(value, false, reading) : { code: 'notNumber', got: value };
  }
  if (isBlank(value)) return { code: 'blank' };
  if (typeof value !== 'string') return { code: 'notNumber', got: value };
  const read = readText(value, convention);
  return 'code' in read ? read : checkShare(read.value, read.percent, reading);
}

function readRate(value: CellValue, convention: ConventionLookup): number | Problem {
  if (typeof value !== 'string' || isBlank(value) || isSheetErrorText(value)) {
    const share = readShare(value, convention, CLOSE_RATE);
    return typeof share !== 'number' && share.code === 'notNumber' ? { code: 'notRate', got: share.got } : share;
  }
  const rate = readRateText(value, convention());
  switch (rate.kind) {
    case 'rate':
      // "1 in 1" is explicit: every conversion buys. Only a bare 1 is taken for a forgotten "%".
      return rate.ratio ? rate.value : checkShare(rate.value, rate.percent, CLOSE_RATE);
    case 'blank':
      return noValue(value);
    case 'invalid':
      return { code: 'notRate', got: value };
    case 'ambiguous':
      return { code: 'ambiguousNumber', got: value.trim(), asDecimal: rate.asDecimal, asThousands: rate.asThousands };
    case 'zeroWhole':
      return { code: 'zeroWhole' };
    case 'inverted':
      return { code: 'invertedRatio', part: rate.part, whole: rate.whole };
  }
}

function readBoolean(v: CellValue): number | Problem {
  if (v === true || v === 1) return 1;
  if (v === false || v === 0) return 0;
  if (isNoValue(v)) return noValue(v);
  if (typeof v === 'string') {
    const t = v.trim().toUpperCase();
    if (t === 'TRUE' || t === 'VRAI') return 1;
    if (t === 'FALSE' || t === 'FAUX') return 0;
  }
  return { code: 'notBoolean', got: v };
}

const isPlainNumber = (v: CellValue): v is number => typeof v === 'number' && v - v === 0;

/**
 * One reader per rule, reading text in the spreadsheet's convention (looked up only when a text has
 * to be read). The number branch comes first and does no allocation: custom functions run these over
 * whole columns.
 */
export function readersFor(convention: ConventionLookup): Record<NumberRule, Reader> {
  return {
    number: (v) => (isPlainNumber(v) ? v : readAnyNumber(v, convention, 'fraction')),
    // Amounts and counts: a percent text is refused (see readAnyNumber).
    nonNegative: (v) => {
      const n = isPlainNumber(v) ? v : readAnyNumber(v, convention, 'refused');
      if (typeof n !== 'number') return n;
      return n >= 0 ? n : { code: 'negative', got: n };
    },
    positive: (v) => {
      const n = isPlainNumber(v) ? v : readAnyNumber(v, convention, 'refused');
      if (typeof n !== 'number') return n;
      return n > 0 ? n : { code: 'notPositive', got: n };
    },
    fraction: (v) => (isPlainNumber(v) && v >= 0 && v <= 1 ? v : readShare(v, convention, SHARE)),
    margin: (v) => (isPlainNumber(v) && v >= 0 && v <= 1 ? v : readShare(v, convention, MARGIN)),
    rate: (v) => (isPlainNumber(v) && v >= 0 && v < 1 ? v : readRate(v, convention)),
    boolean: readBoolean,
  };
}

/**
 * The range of plain numbers each rule accepts as they are, for the column fast path of core/args.ts:
 * a finite number within these bounds needs no other reading. Booleans have no fast path.
 */
export interface NumericBounds {
  min: number;
  /** Whether min itself is accepted (0 is a valid nonNegative but not a valid positive). */
  minIncluded: boolean;
  max: number;
  /** Whether max itself is accepted (a rate of exactly 1 asks "did you mean 1 %?"). */
  maxIncluded: boolean;
}

export const NUMERIC_BOUNDS: Record<NumberRule, NumericBounds | undefined> = {
  number: { min: -Infinity, minIncluded: true, max: Infinity, maxIncluded: true },
  nonNegative: { min: 0, minIncluded: true, max: Infinity, maxIncluded: true },
  positive: { min: 0, minIncluded: false, max: Infinity, maxIncluded: true },
  fraction: { min: 0, minIncluded: true, max: 1, maxIncluded: true },
  margin: { min: 0, minIncluded: true, max: 1, maxIncluded: true },
  rate: { min: 0, minIncluded: true, max: 1, maxIncluded: false },
  boolean: undefined,
};
