import { evaluateRows } from '../core/args';
import type { FormulaDef, FormulaDoc, FormulaSpec, RowFormulaSpec } from './types';

/** A formula computed row by row under the shared argument rules of core/args.ts. */
export function rowFormula(spec: RowFormulaSpec): FormulaSpec {
  const params = spec.params.map((p) => ({ ...p, optional: p.optional ?? p.defaultValue !== undefined }));
  const row = { name: spec.name, params, compute: spec.compute };
  return { name: spec.name, params, run: (args, env) => evaluateRows(row, args, env) };
}

/** Joins a spec and its words; fails loudly if they do not describe the same arguments. */
export function withDoc(spec: FormulaSpec, doc: FormulaDoc): FormulaDef {
  const specNames = spec.params.map((p) => p.name).join(',');
  const docNames = Object.keys(doc.paramText).join(',');
  if (specNames !== docNames) throw new Error(`${spec.name}: documented params ${docNames} differ from ${specNames}`);
  return { ...spec, ...doc };
}
