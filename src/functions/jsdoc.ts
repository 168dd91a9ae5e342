/**
 * The top-level declaration Sheets needs for autocomplete: `function NAME(params)` preceded by a JSDoc
 * block with @customfunction. esbuild drops comments, so build/Code.js appends these after the bundle.
 */
import type { FormulaDef, FormulaParam } from './types';

const clean = (text: string) => text.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();

function paramType(p: FormulaParam): string {
  if (p.rule === 'boolean') return 'boolean';
  if (p.rule === 'rate') return 'number|string';
  if (p.rule === 'url' || p.rule === 'text') return 'string';
  if (p.name === 'keywords_or_visits') return 'string|number';
  return 'number';
}

/** The first clause of a parameter's description: autocomplete shows it; the help shows the rest. */
function firstClause(text: string): string {
  return text.split(/[:;]/)[0].trim();
}

function paramLine(def: FormulaDef, p: FormulaParam): string {
  const text = def.paramText[p.name];
  return ` * @param {${paramType(p)}} ${p.name} ${p.optional ? '(optional) ' : ''}${clean(firstClause(text.doc.en))}, e.g. ${clean(text.example)}`;
}

export const BUNDLE_GLOBAL = 'SocialROI';

/** What the formula gives, as its examples show: a text (UTM_URL's link) or a number. */
function returnType(def: FormulaDef): 'string' | 'number' {
  return def.examples.length > 0 && def.examples.every((ex) => typeof ex.result === 'string') ? 'string' : 'number';
}

export function customFunctionStub(def: FormulaDef): string {
  const names = def.params.map((p) => p.name).join(', ');
  return [
    '/**',
    // English only: Sheets' autocomplete shows one language; the French is in the in-app help and the README.
    ` * ${clean(def.summary.en)}`,
    ...def.params.map((p) => paramLine(def, p)),
    ` * @return {${returnType(def)}} ${clean(def.returns)}`,
    ' * @customfunction',
    ' */',
    // Every argument Sheets passes goes on, so that one too many is refused rather than dropped here.
    `function ${def.name}(${names}) { return ${BUNDLE_GLOBAL}.CUSTOM_FUNCTIONS.${def.name}.apply(null, arguments); }`,
  ].join('\n');
}

/** A plain global for a menu item, trigger or google.script.run endpoint, calling the bundle's function of that name. */
export function globalStub(name: string, holder = BUNDLE_GLOBAL): string {
  return `function ${name}(){return ${holder}.${name}.apply(null,arguments)}`;
}
