import { CANONICAL, tokenize } from '../../core/formula-syntax';

/**
 * Canonical formula text as HyperFormula takes it. Sheets reads TRUE and FALSE as literals; the engine
 * knows only the functions TRUE() and FALSE(). A sheet name (TRUE!A1) or a call is left alone. Sheets
 * reads an exponent written "E" or "e" (=1E+300); the engine's lexer only "e".
 */
export function engineFormula(formula: string): string {
  const tokens = tokenize(formula, CANONICAL.decimal);
  return tokens
    .map(({ kind, text }, index) => {
      if (kind === 'number') return text.replace('E', 'e');
      if (kind !== 'name' || !/^(true|false)$/i.test(text)) return text;
      const next = tokens.slice(index + 1).find((t) => t.text.trim() !== '');
      return next && (next.text === '(' || next.text === '!') ? text : `${text.toUpperCase()}()`;
    })
    .join('');
}
