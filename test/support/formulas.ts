import { FORMULA_REFERENCE } from '../../src/functions/reference';
import { toCustomFunction, CustomFunction } from '../../src/functions/adapter';
import type { FormulaDef } from '../../src/functions/types';

export function formula(name: string): FormulaDef {
  const def = FORMULA_REFERENCE.find((f) => f.name === name);
  if (!def) throw new Error(`no formula ${name}`);
  return def;
}

/** The custom function as Sheets would call it, in a spreadsheet of the given locale. */
export function customFunction(name: string, locale = 'en_US'): CustomFunction {
  return toCustomFunction(formula(name), () => locale);
}
