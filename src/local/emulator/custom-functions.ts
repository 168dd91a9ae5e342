/**
 * Hosts the custom functions of the built bundle in HyperFormula, with Sheets' calling convention:
 * a single cell arrives as its value and a range as a 2D array (blank = ""), a cell that shows a date
 * or a time as a Date (midnight, plus its time, in the spreadsheet's time zone), an array result spills
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
import { isDateTimePattern } from './format';

export type CustomFunctionCall = (name: string, args: unknown[]) => unknown;

/** What the engine adapter gives the plugin for an evaluation: the add-on, and how the sheet shows its cells. */
export interface CustomFunctionHost {
  call: CustomFunctionCall;
  /** The number format set on a cell (the engine's sheet id, 0-based row and column), if any. */
  formatAt(sheet: number, row: number, col: number): string | undefined;
  /** The Date Sheets hands a custom function for a date serial: in the spreadsheet's time zone. */
  dateOf(serial: number): Date;
  /** The serial Sheets stores for a Date a custom function returns, read in the spreadsheet's time zone. */
  serialOf(date: Date): number;
  /** How many rows and columns a sheet has (the engine's sheet id): an array result must fit. */
  sheetSize(sheet: number): { rows: number; columns: number } | undefined;
}

/** Thrown by a CustomFunctionCall that does not know the function: the cell shows #NAME?, as in Sheets. */
export class UnknownFunction extends Error {
  constructor(name: string) {
    super(`Unknown function: '${name}'.`);
  }
}

let current: CustomFunctionHost | undefined;

/** Runs `work` (any HyperFormula call that may evaluate formulas) with `host` serving custom functions. */
export function evaluatingWith<T>(host: CustomFunctionHost, work: () => T): T {
  const previous = current;
  current = host;
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

interface EngineAddress {
  sheet: number;
  row: number;
  col: number;
}

/** The engine's types of a number that a date or time format shows (typed as one, or DATE's result). */
const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

function isNumeric(value: unknown): value is number | { val: number; getDetailedType(): string } {
  return typeof value === 'number' || (typeof value === 'object' && value !== null && 'val' in value && 'getDetailedType' in value);
}

/**
 * One value as Sheets hands it to a custom function. A number is a Date when its cell shows a date or
 * a time: by the cell's own number format if it has one, else by the engine's type of the value (a date
 * typed as text, DATE()'s result), which Sheets would have given a date format.
 */
function toSheetsValue(host: CustomFunctionHost, value: unknown, address: EngineAddress | undefined): unknown {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (value instanceof CellError) return sheetsErrorText(value.type);
  if (isNumeric(value)) {
    const number = typeof value === 'number' ? value : value.val;
    const pattern = address ? host.formatAt(address.sheet, address.row, address.col) : undefined;
    const isDate =
      pattern !== undefined ? isDateTimePattern(pattern) : typeof value !== 'number' && DATE_TYPES.has(value.getDetailedType());
    return isDate ? host.dateOf(number) : number;
  }
  return value;
}

/** Sheets' convention: a range is a 2D array, but a single cell (or a 1×1 range) is its value. */
function toSheetsArgument(host: CustomFunctionHost, ast: Ast, value: unknown, state: State): unknown {
  if (value instanceof SimpleRangeValue) {
    const data = value.rawData();
    const corner = value.range?.start;
    const at = (row: number, col: number) => (corner ? { sheet: corner.sheet, row: corner.row + row, col: corner.col + col } : undefined);
    if (data.length === 1 && data[0].length === 1) return toSheetsValue(host, data[0][0], at(0, 0));
    return data.map((row, r) => row.map((cell, c) => toSheetsValue(host, cell, at(r, c))));
  }
  const reference = (ast as { type?: string; reference?: { toSimpleCellAddress(base: EngineAddress): EngineAddress } }).reference;
  const address =
    (ast as { type?: string }).type === 'CELL_REFERENCE' && reference
      ? reference.toSimpleCellAddress((state as unknown as { formulaAddress: EngineAddress }).formulaAddress)
      : undefined;
  return toSheetsValue(host, value, address);
}

function toEngineValue(host: CustomFunctionHost, value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Object.prototype.toString.call(value) === '[object Date]') return host.serialOf(value as Date);
  if (typeof value === 'number' && !Number.isFinite(value)) return new CellError(ErrorType.NUM, 'NaN or Infinity returned');
  return value;
}

function toEngineResult(host: CustomFunctionHost, result: unknown): unknown {
  if (!Array.isArray(result)) return toEngineValue(host, result);
  if (result.length === 1 && Array.isArray(result[0]) && result[0].length === 1) return toEngineValue(host, result[0][0]);
  return SimpleRangeValue.onlyValues(result.map((row: unknown[]) => row.map((v) => toEngineValue(host, v))) as never);
}

/** The calls HyperFormula sized as a formula's result (the top of a formula): they spill. */
const spilling = new WeakSet<object>();

/**
 * Sheets' error for an array result that does not fit below or right of its cell in the sheet: it does
 * not add rows or columns by itself. Undefined when the result fits.
 */
function overflow(host: CustomFunctionHost, state: State, size: { width: number; height: number }): CellError | undefined {
  const at = (state as unknown as { formulaAddress: EngineAddress }).formulaAddress;
  const sheet = host.sheetSize(at.sheet);
  if (!sheet) return undefined;
  const rows = at.row + size.height - sheet.rows;
  const columns = at.col + size.width - sheet.columns;
  if (rows > 0) return new CellError(ErrorType.REF, `Result was not automatically expanded, please insert more rows (${rows}).`);
  if (columns > 0) return new CellError(ErrorType.REF, `Result was not automatically expanded, please insert more columns (${columns}).`);
  return undefined;
}

class BundleFunctionsPlugin extends FunctionPlugin {
  callBundle(ast: ProcedureAst, state: State): unknown {
    const host = current;
    if (!host) return new CellError(ErrorType.NAME, `No add-on loaded for ${ast.procedureName}`);
    const args = ast.args.map((arg) => toSheetsArgument(host, arg, this.evaluateAst(arg as never, state), state));
    try {
      const result = host.call(ast.procedureName, args);
      if (spilling.has(ast) && Array.isArray(result)) {
        const tooBig = overflow(host, state, { width: (result[0] as unknown[] | undefined)?.length ?? 1, height: result.length });
        if (tooBig) return tooBig;
      }
      return toEngineResult(host, result);
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
    spilling.add(ast);
    const blanks = ast.args.map((arg) => {
      const size = this.arraySizeForAst(arg as never, state);
      return size.width * size.height > 1 ? Array.from({ length: size.height }, () => Array(size.width).fill('')) : '';
    });
    try {
      const result = current.call(ast.procedureName, blanks);
      if (Array.isArray(result) && (result.length > 1 || (result[0]?.length ?? 0) > 1)) {
        const size = new ArraySize(result[0].length, result.length);
        // Too big for the sheet: one cell, which shows Sheets' #REF! (see callBundle).
        return overflow(current, state, size) ? ArraySize.scalar() : size;
      }
    } catch {
      // A call that fails on blank arguments fails as a single #ERROR! cell.
    }
    return ArraySize.scalar();
  }
}

const registered = new Set<string>();
let registrations = 0;

/** Whether a function name (any case) is a custom function of an add-on loaded in this process. */
export function isCustomFunction(name: string): boolean {
  return registered.has(name.toUpperCase()) || registered.has(name);
}

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
