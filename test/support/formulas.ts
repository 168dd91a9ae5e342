import { FORMULA_REFERENCE } from '../../src/functions/reference';
import { toCustomFunction, CustomFunction, type DayLookup } from '../../src/functions/adapter';
import type { FormulaDef } from '../../src/functions/types';
import { formatZoned } from '../../src/local/emulator/zones';

export function formula(name: string): FormulaDef {
  const def = FORMULA_REFERENCE.find((f) => f.name === name);
  if (!def) throw new Error(`no formula ${name}`);
  return def;
}

/** The days of a spreadsheet in `timeZone`, as the add-on reads them (Utilities.formatDate's pattern); counts its lookups. */
export function spreadsheetDays(timeZone: string): DayLookup & { lookups: number } {
  const lookup = {
    lookups: 0,
    timeZone: () => {
      lookup.lookups++;
      return timeZone;
    },
    day: (date: Date, zone: string) => formatZoned(date, zone, 'yyyy-MM-dd'),
  };
  return lookup;
}

/** The custom function as Sheets would call it, in a spreadsheet of the given locale (and time zone, for date cells). */
export function customFunction(name: string, locale = 'en_US', days?: DayLookup): CustomFunction {
  return toCustomFunction(formula(name), () => locale, days);
}
