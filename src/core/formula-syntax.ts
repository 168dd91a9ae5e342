/**
 * Formulas as a person types them in a spreadsheet of a given language. Sheets stores (and Apps Script's
 * setFormula takes) formulas in one canonical syntax: "," between arguments, "." in decimals, and in
 * array literals "," between columns and ";" between rows. A French spreadsheet shows and takes them
 * with ";" between arguments, "," in decimals and "\" between the columns of an array literal.
 * Text inside "double quotes" and sheet names inside 'single quotes' are never touched.
 */
import type { Lang } from './i18n/lang';

type Rewrite = (char: string, context: { inArray: boolean; before: string; after: string }) => string;

/** Copies a formula, rewriting each character outside quotes with `rewrite`. */
function rewriteOutsideQuotes(formula: string, rewrite: Rewrite): string {
  let out = '';
  let depth = 0;
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"' || char === "'") {
      // A quoted run ends at the next lone quote of the same kind; a doubled quote is an escaped one.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === char) {
          if (formula[j + 1] === char) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (char === '{') depth++;
    if (char === '}') depth = Math.max(0, depth - 1);
    out += rewrite(char, { inArray: depth > 0, before: formula[i - 1] ?? '', after: formula[i + 1] ?? '' });
    i++;
  }
  return out;
}

const isDigit = (c: string) => c >= '0' && c <= '9';
const isNameChar = (c: string) => /[A-Za-z_]/.test(c);

/** A canonical formula as a person types it in a spreadsheet of `lang`. */
export function toLocaleSyntax(formula: string, lang: Lang): string {
  if (lang === 'en') return formula;
  return rewriteOutsideQuotes(formula, (char, { inArray, before, after }) => {
    if (char === ',') return inArray ? '\\' : ';';
    // A decimal point: a digit follows and no function name ends just before (ERROR.TYPE keeps its dot).
    if (char === '.' && isDigit(after) && !isNameChar(before)) return ',';
    return char;
  });
}

/** What a person typed in a spreadsheet of `lang`, in the canonical syntax. */
export function fromLocaleSyntax(formula: string, lang: Lang): string {
  if (lang === 'en') return formula;
  return rewriteOutsideQuotes(formula, (char, { inArray }) => {
    if (char === ',') return '.';
    if (char === ';' && !inArray) return ',';
    if (char === '\\' && inArray) return ',';
    return char;
  });
}
