/**
 * Turns a formula definition into the function Sheets calls. The spreadsheet's locale (for numbers
 * typed as text, and for the language of errors) is looked up only when a text has to be read or an
 * error shown, at most once per call: every custom function call is a cold start, and a column of
 * plain numbers makes no service call.
 */
import { FormulaError } from '../core/faults';
import { renderFault, renderShort } from '../core/formula-texts';
import { Lang, langFromLocale } from '../core/lang';
import { numberConvention } from '../core/numbers';
import type { Arg, Output } from '../core/values';
import type { FormulaSpec } from './types';

export type LocaleLookup = () => string | undefined;

export type CustomFunction = (...args: Arg[]) => Output;

/** A value computed on first use, then kept. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

export function toCustomFunction(def: FormulaSpec, lookupLocale: LocaleLookup): CustomFunction {
  return (...args) => {
    const locale = once(lookupLocale);
    const lang = once((): Lang => langFromLocale(locale()));
    try {
      return def.run(args, {
        shortMessage: (problem) => renderShort(lang(), problem),
        convention: once(() => numberConvention(locale())),
      });
    } catch (error) {
      if (error instanceof FormulaError) throw new Error(renderFault(lang(), error.formula, error.fault));
      throw error;
    }
  };
}
