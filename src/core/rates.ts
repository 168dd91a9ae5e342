import { parseNumberText } from './values';

const ONE_IN_N = /^(\d+(?:[.,]\d+)?)\s*(?:in|out of|on|sur|pour|\/|:)\s*(\d+(?:[.,]\d+)?)$/i;

/**
 * Reads a rate written as people say it: "1 in 50", "1 out of 50", "1 sur 50", "1/50", "1:50",
 * "2%", "2,5 %", "0.02". Returns the fraction (1 in 50 → 0.02), or undefined when the text is not a rate.
 * Range checks (a rate above 1) are left to the caller so it can explain them.
 */
export function parseRate(text: string): number | undefined {
  const s = text.trim();
  const ratio = ONE_IN_N.exec(s);
  if (ratio) {
    const part = Number(ratio[1].replace(',', '.'));
    const whole = Number(ratio[2].replace(',', '.'));
    if (!(whole > 0)) return undefined;
    return part / whole;
  }
  const parsed = parseNumberText(s);
  return parsed ? parsed.value : undefined;
}
