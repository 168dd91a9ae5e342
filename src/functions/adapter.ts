/**
 * Turns a formula definition into the function Sheets calls. The spreadsheet's locale (for numbers
 * typed as text, and for the language of errors) is looked up only when a text has to be read or an
 * error shown, and its time zone only when a date cell has to be read as a day, each at most once per
 * call: every custom function call is a cold start, and a column of plain numbers makes no service call.
 */
import { FormulaError } from '../core/faults';
import { renderFault, renderShort } from '../core/formula-texts';
import { Lang, langFromLocale } from '../core/lang';
import { numberConvention } from '../core/numbers';
import { utcDay, type Arg, type IsoDay, type Output } from '../core/values';
import type { FormulaSpec } from './types';

export type LocaleLookup = () => string | undefined;

/**
 * How the add-on tells a date cell's day: the spreadsheet's time zone (undefined when it cannot be
 * read), and the day of a date in a time zone (Utilities.formatDate in Apps Script).
 */
export interface DayLookup {
  timeZone(): string | undefined;
  day(date: Date, timeZone: string): string;
}

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

/** A date's day in the spreadsheet's time zone, the zone looked up on the first date only; its UTC day where no zone can be read. */
function dayReader(lookup: DayLookup | undefined): IsoDay {
  if (!lookup) return utcDay;
  const timeZone = once(() => {
    try {
      return lookup.timeZone();
    } catch {
      return undefined;
    }
  });
  return (date) => {
    const zone = timeZone();
    return zone ? lookup.day(date, zone) : utcDay(date);
  };
}

export function toCustomFunction(def: FormulaSpec, lookupLocale: LocaleLookup, lookupDay?: DayLookup): CustomFunction {
  return (...args) => {
    const locale = once(lookupLocale);
    const lang = once((): Lang => langFromLocale(locale()));
    const isoDay = dayReader(lookupDay);
    try {
      return def.run(args, {
        shortMessage: (problem) => renderShort(lang(), problem, isoDay),
        convention: once(() => numberConvention(locale())),
        isoDay,
      });
    } catch (error) {
      if (error instanceof FormulaError) throw new Error(renderFault(lang(), error.formula, error.fault, isoDay));
      throw error;
    }
  };
}
