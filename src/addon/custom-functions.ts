import { FORMULAS } from '../functions/registry';
import { CustomFunction, toCustomFunction } from '../functions/adapter';
import { spreadsheetLocale } from './locale';

/** The custom functions by name; build/Code.js declares a top-level stub with JSDoc for each. */
export const CUSTOM_FUNCTIONS: Record<string, CustomFunction> = Object.fromEntries(
  FORMULAS.map((def) => [def.name, toCustomFunction(def, spreadsheetLocale)]),
);
