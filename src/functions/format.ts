/** Writes formula calls the way a user types them, for the README and the help. */
import type { Lang } from '../core/i18n/lang';
import type { Arg, CellValue } from '../core/values';
import { formatNumber } from '../core/values';
import type { FormulaDef, FormulaExample } from './types';

function literal(value: CellValue, lang: Lang): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'boolean') return lang === 'fr' ? (value ? 'VRAI' : 'FAUX') : value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value, lang === 'fr');
  return '';
}

function argText(arg: Arg, lang: Lang): string {
  if (!Array.isArray(arg)) return literal(arg, lang);
  // Sheets array literal: columns separated by "," (or "\" in French locales), rows by ";".
  const colSep = lang === 'fr' ? '\\' : ', ';
  return `{${arg.map((row) => row.map((v) => literal(v, lang)).join(colSep)).join('; ')}}`;
}

export function exampleCall(def: FormulaDef, example: FormulaExample, lang: Lang): string {
  const sep = lang === 'fr' ? '; ' : ', ';
  return `=${def.name}(${example.args.map((a) => argText(a, lang)).join(sep)})`;
}

export function resultText(value: number, lang: Lang): string {
  return formatNumber(value, lang === 'fr');
}

/** "ROI_PCT(value, cost, [margin])" */
export function signature(def: FormulaDef): string {
  return `${def.name}(${def.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;
}
