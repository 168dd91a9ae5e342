/**
 * Formula text in Sheets' syntaxes. Apps Script's setFormula and setValues take the canonical en_US
 * syntax whatever the spreadsheet locale ("," between arguments, "." for decimals); what a person types
 * in the formula bar follows the locale: a French spreadsheet takes ";" between arguments, a decimal
 * comma, and "\" between the columns of an array literal ({1\2;3\4}). A small tokenizer translates
 * between the two, leaving string literals and quoted sheet names alone.
 */
import type { Lang } from './lang';

export interface FormulaSyntax {
  argument: string;
  decimal: string;
  arrayColumn: string;
  arrayRow: string;
  /** The locale's own names of the TRUE and FALSE literals, taken as well as the English ones. */
  booleans?: Record<string, 'TRUE' | 'FALSE'>;
}

/** What Apps Script takes and gives, and what the emulator stores. */
export const CANONICAL: FormulaSyntax = { argument: ',', decimal: '.', arrayColumn: ',', arrayRow: ';' };

const FRENCH: FormulaSyntax = { argument: ';', decimal: ',', arrayColumn: '\\', arrayRow: ';', booleans: { VRAI: 'TRUE', FAUX: 'FALSE' } };

/** The syntax a person types in a spreadsheet of this locale (English and French are modelled). */
export function formulaSyntax(locale: string): FormulaSyntax {
  return /^fr/i.test(locale) ? FRENCH : CANONICAL;
}

export type TokenKind = 'string' | 'sheet' | 'number' | 'name' | 'other';

export interface Token {
  kind: TokenKind;
  text: string;
}

/** Splits a formula; numbers are read with `decimal` as their decimal separator. */
export function tokenize(formula: string, decimal: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const quoted = (quote: string): string => {
    let j = i + 1;
    while (j < formula.length) {
      if (formula[j] === quote && formula[j + 1] === quote) j += 2;
      else if (formula[j] === quote) return formula.slice(i, j + 1);
      else j++;
    }
    return formula.slice(i); // unterminated: the rest, untouched
  };
  const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
  while (i < formula.length) {
    const ch = formula[i];
    let token: Token;
    if (ch === '"') token = { kind: 'string', text: quoted('"') };
    else if (ch === "'") token = { kind: 'sheet', text: quoted("'") };
    else if (/[A-Za-z_$]/.test(ch)) token = { kind: 'name', text: /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(formula.slice(i))![0] };
    else if (isDigit(ch) || (ch === decimal && isDigit(formula[i + 1]))) {
      let j = i;
      while (isDigit(formula[j])) j++;
      if (formula[j] === decimal && isDigit(formula[j + 1])) {
        j++;
        while (isDigit(formula[j])) j++;
      }
      const exponent = /^[eE][+-]?\d+/.exec(formula.slice(j));
      if (exponent) j += exponent[0].length;
      token = { kind: 'number', text: formula.slice(i, j) };
    } else token = { kind: 'other', text: ch };
    tokens.push(token);
    i += token.text.length;
  }
  return tokens;
}

/**
 * Translates formula text from one syntax to another. A separator means what its bracket says: inside
 * {…} it separates array columns or rows, elsewhere function arguments. Sheets also takes ";" between
 * arguments in English locales, so ";" outside an array literal is always an argument separator.
 * Function names stay English both ways (Sheets' "always use English function names"); only VRAI and
 * FAUX typed in French are read as TRUE and FALSE.
 */
export function translateFormula(formula: string, from: FormulaSyntax, to: FormulaSyntax): string {
  if (!formula.startsWith('=')) return formula;
  const brackets: string[] = [];
  return tokenize(formula, from.decimal)
    .map(({ kind, text }) => {
      if (kind === 'number') return text.replace(from.decimal, to.decimal);
      if (kind === 'name') return (to === CANONICAL && from.booleans?.[text.toUpperCase()]) || text;
      if (kind !== 'other') return text;
      if (text === '(' || text === '{') brackets.push(text);
      else if (text === ')' || text === '}') brackets.pop();
      else if (brackets[brackets.length - 1] === '{') {
        if (text === from.arrayColumn) return to.arrayColumn;
        if (text === from.arrayRow) return to.arrayRow;
      } else if (text === from.argument || text === ';') return to.argument;
      return text;
    })
    .join('');
}

/** A canonical formula as a person types it in a spreadsheet of `lang` (the help and the README show both). */
export function toLocaleSyntax(formula: string, lang: Lang): string {
  return translateFormula(formula, CANONICAL, formulaSyntax(lang));
}

/** What a person typed in a spreadsheet of `lang`, in the canonical syntax. */
export function fromLocaleSyntax(formula: string, lang: Lang): string {
  return translateFormula(formula, formulaSyntax(lang), CANONICAL);
}
