import { CellValue, isAmbiguousThousands, isBlank, isSheetErrorText, parseNumberText } from './values';
import { parseRate } from './rates';

/** What one argument of a formula accepts. Each rule reads a raw cell value as a number or says why not. */
export type RuleName =
  | 'number'
  | 'nonNegative'
  | 'positive'
  | 'fraction'
  | 'rate'
  | 'boolean';

/** Why a value was refused. Rendered in the user's language only when it is shown. */
export type Problem =
  | { code: 'blank' }
  | { code: 'missing' }
  | { code: 'overflow' }
  | { code: 'sheetError'; got: string }
  | { code: 'notNumber'; got: CellValue }
  | { code: 'ambiguousNumber'; got: string }
  | { code: 'negative'; got: number }
  | { code: 'notPositive'; got: number }
  | { code: 'aboveOne'; got: number }
  | { code: 'notRate'; got: CellValue }
  | { code: 'notBoolean'; got: CellValue }
  | { code: 'zeroTotal' }
  | { code: 'targetIsBaseline' };

export function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'code' in value;
}

/** A refused argument: which one, under which rule, and why. */
export interface ArgProblem {
  arg: string;
  rule: RuleName;
  problem: Problem;
}

function readNumber(value: CellValue, allowPercentText: boolean): number | Problem {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : { code: 'notNumber', got: value };
  }
  if (isBlank(value)) return { code: 'blank' };
  if (isSheetErrorText(value)) return { code: 'sheetError', got: String(value) };
  if (typeof value === 'string') {
    const parsed = parseNumberText(value);
    if (parsed && (allowPercentText || !parsed.percent)) return parsed.value;
    if (isAmbiguousThousands(value)) return { code: 'ambiguousNumber', got: value.trim() };
  }
  return { code: 'notNumber', got: value };
}

export type Reader = (value: CellValue) => number | Problem;

/**
 * One reader per rule. The number branch comes first and does no allocation:
 * custom functions run these over whole columns.
 */
export const READERS: Record<RuleName, Reader> = {
  number: (v) => (typeof v === 'number' && v - v === 0 ? v : readNumber(v, false)),
  nonNegative: (v) => {
    const n = typeof v === 'number' && v - v === 0 ? v : readNumber(v, false);
    if (typeof n !== 'number') return n;
    return n >= 0 ? n : { code: 'negative', got: n };
  },
  positive: (v) => {
    const n = typeof v === 'number' && v - v === 0 ? v : readNumber(v, false);
    if (typeof n !== 'number') return n;
    return n > 0 ? n : { code: 'notPositive', got: n };
  },
  fraction: (v) => {
    const n = typeof v === 'number' && v - v === 0 ? v : readNumber(v, true);
    if (typeof n !== 'number') return n;
    if (n < 0) return { code: 'negative', got: n };
    return n <= 1 ? n : { code: 'aboveOne', got: n };
  },
  rate: (v) => {
    if (typeof v === 'number' && v - v === 0) {
      if (v < 0) return { code: 'negative', got: v };
      return v <= 1 ? v : { code: 'aboveOne', got: v };
    }
    if (isBlank(v)) return { code: 'blank' };
    if (isSheetErrorText(v)) return { code: 'sheetError', got: String(v) };
    if (typeof v !== 'string') return { code: 'notRate', got: v };
    const rate = parseRate(v);
    if (rate === undefined) return { code: 'notRate', got: v };
    if (rate < 0) return { code: 'negative', got: rate };
    return rate <= 1 ? rate : { code: 'aboveOne', got: rate };
  },
  boolean: (v) => {
    if (v === true || v === 1) return 1;
    if (v === false || v === 0) return 0;
    if (isBlank(v)) return { code: 'blank' };
    if (typeof v === 'string') {
      const t = v.trim().toUpperCase();
      if (t === 'TRUE' || t === 'VRAI') return 1;
      if (t === 'FALSE' || t === 'FAUX') return 0;
    }
    return { code: 'notBoolean', got: v };
  },
};

/**
 * The range of plain numbers each rule accepts as they are, for the column fast path of core/args.ts:
 * a finite number within these bounds needs no other reading. Booleans have no fast path.
 */
export interface NumericBounds {
  min: number;
  /** Whether min itself is accepted (0 is a valid nonNegative but not a valid positive). */
  minIncluded: boolean;
  max: number;
}

export const NUMERIC_BOUNDS: Record<RuleName, NumericBounds | undefined> = {
  number: { min: -Infinity, minIncluded: true, max: Infinity },
  nonNegative: { min: 0, minIncluded: true, max: Infinity },
  positive: { min: 0, minIncluded: false, max: Infinity },
  fraction: { min: 0, minIncluded: true, max: 1 },
  rate: { min: 0, minIncluded: true, max: 1 },
  boolean: undefined,
};
