import type { Bilingual } from '../core/lang';
import type { FormulaEnv, ParamSpec, RowFormula } from '../core/args';
import type { RuleName } from '../core/rules';
import type { Arg, Output } from '../core/values';
import type { TextParamSpec } from '../core/text-rows';

/** One argument: its name (public API), the rule its values follow, and what a blank cell of it means. */
export interface FormulaParam extends Omit<ParamSpec, 'rule' | 'blank'> {
  rule: RuleName;
  optional?: boolean;
  blank?: ParamSpec['blank'] | TextParamSpec['blank'];
}

/** What the server bundle needs of a custom function: its name, arguments and the function itself. */
export interface FormulaSpec {
  name: string;
  params: readonly FormulaParam[];
  run(args: readonly Arg[], env: FormulaEnv): Output;
}

/** A worked example; the contract tests run every one of them through the built bundle. */
export interface FormulaExample {
  args: Arg[];
  /** A number, or a text for a formula that returns text (UTM_URL). */
  result: number | string;
}

export interface ParamText {
  doc: Bilingual;
  example: string;
}

/**
 * The words of one custom function. They feed the JSDoc stub in build/Code.js, the README reference
 * and the in-app help; they stay out of the server bundle, which Sheets loads on every formula call.
 */
export interface FormulaDoc {
  /** One line, shown by Sheets' autocomplete. */
  summary: Bilingual;
  /** The exact definition the formula computes (which base, which margin). */
  definition: Bilingual;
  /** What the formula gives, for the stub's @return; English, as the whole stub (build/Code.js). */
  returns: string;
  paramText: Record<string, ParamText>;
  /** A typical column call, e.g. "=ROI_PCT(B2:B13, C2:C13)". */
  usage: string;
  examples: readonly FormulaExample[];
}

/** A custom function's metadata table: the spec and its words, side by side in one file. */
export interface FormulaDef extends FormulaSpec, FormulaDoc {}

export type RowFormulaSpec = Omit<FormulaSpec, 'run' | 'params'> &
  Pick<RowFormula, 'compute'> & { params: ReadonlyArray<ParamSpec & { optional?: boolean }> };
