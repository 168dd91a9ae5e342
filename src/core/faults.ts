import type { ArgProblem } from './rules';

/** Where a range argument came from and how big it is, for shape messages. */
export interface ArgShape {
  arg: string;
  rows: number;
  cols: number;
}

/** Everything that can make a whole formula call fail. Rendered by core/formula-texts.ts. */
export type Fault =
  | { kind: 'arg'; problem: ArgProblem }
  | { kind: 'rowArg'; row: number; problem: ArgProblem }
  | { kind: 'shape'; first: ArgShape; other: ArgShape }
  | { kind: 'listHeight'; list: ArgShape; rows: number }
  | { kind: 'listWidth'; list: ArgShape }
  | { kind: 'arity'; usage: string }
  /** More arguments than the formula takes: `params` its arguments, the first `required` of them required. */
  | { kind: 'tooManyArgs'; params: readonly string[]; required: number; got: number }
  | { kind: 'unmatched'; keywords: string[] }
  | { kind: 'cpcConflict'; keyword: string; costs: [number, number] };

/** Thrown by a formula for a fault of the whole call; the custom-function adapter renders it. */
export class FormulaError extends Error {
  constructor(
    readonly formula: string,
    readonly fault: Fault,
  ) {
    super(`${formula}: ${fault.kind}`);
    this.name = 'FormulaError';
  }
}
