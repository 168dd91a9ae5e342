import { readTypedNumber, scanNumber, type NumberConvention } from './numbers';

/** "1 in 50", "1 out of 50", "1 on 50", "1 sur 50", "1 pour 50", "1/50", "1:50". */
const ONE_IN_N = /^(.+?)\s*(?:\bin\b|\bout of\b|\bon\b|\bsur\b|\bpour\b|\/|:)\s*(.+)$/i;

/** A close rate as typed, read in the locale's convention. */
export type RateText =
  /** `percent`: written "2 %"; `ratio`: written "1 in 50" (the user said how many out of how many). */
  | { kind: 'rate'; value: number; percent: boolean; ratio: boolean }
  | { kind: 'blank' }
  | { kind: 'invalid' }
  /** A plain number with two readings ("1,500" where a comma may be a decimal point). */
  | { kind: 'ambiguous'; asDecimal: number; asThousands: number; percent: boolean }
  /** "1 in 0". */
  | { kind: 'zeroWhole' }
  /** "50 in 1": the numbers are the wrong way round. */
  | { kind: 'inverted'; part: number; whole: number };

/**
 * One of the two numbers of "1 in 1,000": a count of people, so a separator followed by exactly three
 * digits groups thousands whatever the locale's decimal mark (nobody writes one thousandth of a person),
 * as the import reads count columns. Undefined when it is not a count.
 */
function count(text: string): number | undefined {
  const scan = scanNumber(text);
  if (scan.kind === 'ambiguous') return !scan.percent && scan.asThousands >= 0 ? scan.asThousands : undefined;
  return scan.kind === 'number' && !scan.percent && scan.value >= 0 ? scan.value : undefined;
}

/**
 * Reads a rate written as people say it: "1 in 50", "1 sur 1 000", "1/50", "1:2,500", "2%", "2,5 %",
 * "0.02". Each number is read with the locale's rules, and the two numbers of a ratio as counts, so
 * "1 in 1,000" and "1 sur 1.000" are one in a thousand, never one in one. Range checks (a rate above 1)
 * are left to the caller, which explains them.
 */
export function readRateText(text: string, convention: NumberConvention | undefined): RateText {
  const s = text.trim();
  const ratio = ONE_IN_N.exec(s);
  if (ratio) {
    const part = count(ratio[1]);
    const whole = count(ratio[2]);
    if (part === undefined || whole === undefined) return { kind: 'invalid' };
    if (whole === 0) return { kind: 'zeroWhole' };
    if (part > whole) return { kind: 'inverted', part, whole };
    return { kind: 'rate', value: part / whole, percent: false, ratio: true };
  }
  const typed = readTypedNumber(s, convention);
  if (typed.kind === 'number') return { kind: 'rate', value: typed.value, percent: typed.percent, ratio: false };
  return typed;
}
