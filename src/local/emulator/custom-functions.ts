/**
 * Hosts the custom functions of the built bundle in HyperFormula, with Sheets' calling convention:
 * a single cell arrives as its value and a range as a 2D array (blank = ""), an array result spills
 * (a blocked spill is #SPILL!), and a thrown Error shows as #ERROR! with its message.
 *
 * HyperFormula registers plugins globally, for every engine at once; each engine evaluates
 * synchronously, so the workbook being evaluated tells the plugin which bundle to call
 * (see `evaluatingWith`).
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';

export type CustomFunctionCall = (name: string, args: unknown[]) => unknown;

/** Thrown by a CustomFunctionCall that does not know the function: the cell shows #NAME?, as in Sheets. */
export class UnknownFunction extends Error {
  constructor(name: string) {
    super(`Unknown function: '${name}'.`);
  }
}

let current: CustomFunctionCall | undefined;

/** Runs `work` (any HyperFormula call that may evaluate formulas) with `call` serving custom functions. */
export function evaluatingWith<T>(call: CustomFunctionCall, work: () => T): T {
  const previous = current;
  current = call;
  try {
    return work();
  } finally {
    current = previous;
  }
}

type Ast = Parameters<FunctionPlugin['runFunction']>[0][number] & { procedureName?: string; args?: unknown[] };
type State = Parameters<FunctionPlugin['runFunction']>[1];
interface ProcedureAst {
  procedureName: string;
  args: Ast[];
}

/** The error text Sheets shows; Sheets has no #CYCLE! or #SPILL!: both are #REF! there. */
export function sheetsErrorText(type: string): string {
  const texts: Record<string, string> = {
    DIV_BY_ZERO: '#DIV/0!',
    NA: '#N/A',
    NAME: '#NAME?',
    NUM: '#NUM!',
    REF: '#REF!',
    VALUE: '#VALUE!',
    CYCLE: '#REF!',
    ERROR: '#ERROR!',
    SPILL: '#REF!',
    LIC: '#N/A',
  };
  return texts[type] ?? '#ERROR!';
}

function toSheetsValue(value: unknown): unknown {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (value instanceof CellError) return sheetsErrorText(value.type);
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: number }).val;
  return value;
}

/** Sheets' convention: a range is a 2D array, but a single cell (or a 1×1 range) is its value. */
function toSheetsArgument(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) {
    const data = value.rawData();
    if (data.length === 1 && data[0].length === 1) return toSheetsValue(data[0][0]);
    return data.map((row) => row.map(toSheetsValue));
  }
  return toSheetsValue(value);
}

function toEngineValue(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Object.prototype.toString.call(value) === '[object Date]') return (value as Date).getTime() / 86400000 + 25569;
  if (typeof value === 'number' && !Number.isFinite(value)) return new CellError(ErrorType.NUM, 'NaN or Infinity returned');
  return value;
}

function toEngineResult(result: unknown): unknown {
  if (!Array.isArray(result)) return toEngineValue(result);
  if (result.length === 1 && Array.isArray(result[0]) && result[0].length === 1) return toEngineValue(result[0][0]);
  return SimpleRangeValue.onlyValues(result.map((row: unknown[]) => row.map(toEngineValue)) as never);
}

class BundleFunctionsPlugin extends FunctionPlugin {
  callBundle(ast: ProcedureAst, state: State): unknown {
    if (!current) return new CellError(ErrorType.NAME, `No add-on loaded for ${ast.procedureName}`);
    const args = ast.args.map((arg) => toSheetsArgument(this.evaluateAst(arg as never, state)));
    try {
      return toEngineResult(current(ast.procedureName, args));
    } catch (error) {
      if (error instanceof UnknownFunction) return new CellError(ErrorType.NAME, error.message);
      // The error comes from the bundle's own realm: not an `instanceof Error` here.
      const message =
        typeof (error as { message?: unknown })?.message === 'string' ? (error as { message: string }).message : String(error);
      return new CellError(ErrorType.ERROR, message);
    }
  }

  /**
   * HyperFormula sizes an array result before evaluating it. A custom function's result shape follows
   * from its arguments' shapes only, so call it once on blank arguments of those shapes.
   */
  sizeOfBundleResult(ast: ProcedureAst, state: State): ArraySize {
    if (!current) return ArraySize.scalar();
    const blanks = ast.args.map((arg) => {
      const size = this.arraySizeForAst(arg as never, state);
      return size.width * size.height > 1 ? Array.from({ length: size.height }, () => Array(size.width).fill('')) : '';
    });
    try {
      const result = current(ast.procedureName, blanks);
      if (Array.isArray(result) && (result.length > 1 || (result[0]?.length ?? 0) > 1))
        return new ArraySize(result[0].length, result.length);
    } catch {
      // A call that fails on blank arguments fails as a single #ERROR! cell.
    }
    return ArraySize.scalar();
  }
}

const registered = new Set<string>();
let registrations = 0;

/**
 * How many times new names were registered: an engine built when this was lower does not know them all
 * (HyperFormula reads the registered functions when an engine is built).
 */
export function registrationCount(): number {
  return registrations;
}

/**
 * Makes these function names callable from HyperFormula engines of this process.
 * Returns true when it registered new names: engines built before must be rebuilt to see them.
 */
export function registerCustomFunctions(names: readonly string[]): boolean {
  const missing = names.filter((n) => !registered.has(n));
  if (missing.length === 0) return false;
  const anyArgument = { argumentType: FunctionArgumentType.ANY, optionalArg: true };
  class Plugin extends BundleFunctionsPlugin {}
  // HyperFormula looks the methods up as own properties of the plugin's prototype.
  Object.assign(Plugin.prototype, {
    callBundle: BundleFunctionsPlugin.prototype.callBundle,
    sizeOfBundleResult: BundleFunctionsPlugin.prototype.sizeOfBundleResult,
  });
  (Plugin as unknown as { implementedFunctions: object }).implementedFunctions = Object.fromEntries(
    missing.map((name) => [
      name,
      {
        method: 'callBundle',
        sizeOfResultArrayMethod: 'sizeOfBundleResult',
        parameters: [anyArgument],
        repeatLastArgs: 1,
        vectorizationForbidden: true,
      },
    ]),
  );
  const translations = Object.fromEntries(missing.map((n) => [n, n]));
  HyperFormula.registerFunctionPlugin(Plugin as never, { enGB: translations, enUS: translations });
  missing.forEach((n) => registered.add(n));
  registrations++;
  return true;
}
