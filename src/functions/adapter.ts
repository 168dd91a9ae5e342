/**
 * Turns a formula definition into the function Sheets calls. Errors are rendered in the
 * spreadsheet's language, which is looked up only when there is an error to show: every custom
 * function call is a cold start, and the normal path makes no service call.
 */
import { FormulaError } from '../core/faults';
import { renderFault, renderShort } from '../core/i18n/formulas';
import { Lang, langFromLocale } from '../core/i18n/lang';
import type { Arg, Output } from '../core/values';
import type { FormulaSpec } from './types';

export type LocaleLookup = () => string | undefined;

export type CustomFunction = (...args: Arg[]) => Output;

export function toCustomFunction(def: FormulaSpec, lookupLocale: LocaleLookup): CustomFunction {
  return (...args) => {
    let lang: Lang | undefined;
    const currentLang = (): Lang => (lang ??= langFromLocale(lookupLocale()));
    try {
      return def.run(args, (problem) => renderShort(currentLang(), problem));
    } catch (error) {
      if (error instanceof FormulaError) throw new Error(renderFault(currentLang(), error.formula, error.fault));
      throw error;
    }
  };
}
