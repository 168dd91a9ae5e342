/** Writes formula calls the way a user types them, for the README and the help. */
import type { Lang } from '../core/lang';
import { toLocaleSyntax } from '../core/formula-syntax';
import type { Arg, CellValue } from '../core/values';
import { formatNumber } from '../core/values';
import type { FormulaDef, FormulaExample, FormulaParam } from './types';

/** A value as a formula literal, in the canonical syntax. Booleans stay TRUE/FALSE: every locale takes them. */
function literal(value: CellValue): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value, false);
  return '';
}

/** Sheets array literal: columns separated by ",", rows by ";". */
function argText(arg: Arg): string {
  if (!Array.isArray(arg)) return literal(arg);
  return `{${arg.map((row) => row.map((v) => literal(v)).join(', ')).join('; ')}}`;
}

/** An example call as a person types it in a spreadsheet of `lang` (";" and decimal commas in French). */
export function exampleCall(def: FormulaDef, example: FormulaExample, lang: Lang): string {
  return toLocaleSyntax(`=${def.name}(${example.args.map(argText).join(', ')})`, lang);
}

/** The column call of the reference, in `lang`'s syntax. */
export function usageCall(def: FormulaDef, lang: Lang): string {
  return toLocaleSyntax(def.usage, lang);
}

export function resultText(value: number | string, lang: Lang): string {
  return typeof value === 'string' ? value : formatNumber(value, lang === 'fr');
}

/** What a blank cell of this argument does in a column (core/args.ts): the row is blank, it counts as 0, or the argument is left out. */
export function blankRule(param: FormulaParam): 'noData' | 'zero' | 'omit' {
  if (param.blank === 'omit') return 'omit';
  return param.blank === 'zero' || (param.list === true && param.defaultValue === 0) ? 'zero' : 'noData';
}

/**
 * "ROI_PCT(value, cost, [margin])", with the separator a spreadsheet of `lang` takes between arguments
 * ("ROI_PCT(value; cost; [margin])" in French). The names stay those Sheets' autocomplete shows.
 */
export function signature(def: FormulaDef, lang: Lang = 'en'): string {
  return `${def.name}(${def.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(lang === 'fr' ? '; ' : ', ')})`;
}
