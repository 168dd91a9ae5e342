import { FORMULAS } from '../functions/registry';
import { CustomFunction, DayLookup, toCustomFunction } from '../functions/adapter';
import { spreadsheetLocale, spreadsheetTimeZone } from './locale';

/** A date cell's day in the spreadsheet's time zone: Sheets hands it over as midnight there. */
const SPREADSHEET_DAY: DayLookup = {
  timeZone: spreadsheetTimeZone,
  day: (date, timeZone) => Utilities.formatDate(date, timeZone, 'yyyy-MM-dd'),
};

/** The custom functions by name; build/Code.js declares a top-level stub with JSDoc for each. */
export const CUSTOM_FUNCTIONS: Record<string, CustomFunction> = Object.fromEntries(
  FORMULAS.map((def) => [def.name, toCustomFunction(def, spreadsheetLocale, SPREADSHEET_DAY)]),
);
