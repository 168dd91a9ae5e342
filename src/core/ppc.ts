/**
 * PPC equivalent: what the organic traffic would have cost in pay-per-click.
 * Σ visits × cost per click, either over paired rows, or by joining analytics keywords to a CPC table.
 * An unmatched keyword is never dropped silently: it is an error that names it, unless the user asks.
 */
import { Arg, CellValue, Matrix, isBlank, isMatrix, isNoValue } from './values';
import { readersFor, type ConventionLookup, type Reader, type RuleName } from './rules';
import { FormulaError } from './faults';

const NAME = 'PPC_EQUIVALENT';
export const PPC_USAGE = 'PPC_EQUIVALENT(visits, cpc) | PPC_EQUIVALENT(keywords, visits, cpc_keywords, cpc, [skip_unmatched])';

/** Case-insensitive, trimmed, accents kept ("Café" matches "café " but not "cafe"). */
export function normaliseKeyword(value: CellValue): string {
  return String(value).normalize('NFC').trim().toLowerCase();
}

function asMatrix(arg: Arg): Matrix {
  return isMatrix(arg) ? arg : [[arg]];
}

/** Reads two same-shaped arguments cell by cell; a single value is paired with every cell of the other. */
function pairCells(nameA: string, a: Arg, nameB: string, b: Arg): Array<[CellValue, CellValue, number]> {
  const ma = asMatrix(a);
  const mb = asMatrix(b);
  const broadcastA = !isMatrix(a);
  const broadcastB = !isMatrix(b);
  const shapeA = { arg: nameA, rows: ma.length, cols: ma[0]?.length ?? 0 };
  const shapeB = { arg: nameB, rows: mb.length, cols: mb[0]?.length ?? 0 };
  if (!broadcastA && !broadcastB && (shapeA.rows !== shapeB.rows || shapeA.cols !== shapeB.cols)) {
    throw new FormulaError(NAME, { kind: 'shape', first: shapeA, other: shapeB });
  }
  const driver = broadcastA ? shapeB : shapeA;
  const pairs: Array<[CellValue, CellValue, number]> = [];
  for (let r = 0; r < driver.rows; r++) {
    for (let c = 0; c < driver.cols; c++) {
      pairs.push([broadcastA ? ma[0][0] : ma[r][c], broadcastB ? mb[0][0] : mb[r][c], r + 1]);
    }
  }
  return pairs;
}

/** A value read by `reader`; a refusal names its row of the range, or none for a single value (`row` undefined). */
function read(rule: RuleName, reader: Reader, arg: string, value: CellValue, row: number | undefined): number {
  const n = reader(value);
  if (typeof n === 'number') return n;
  const problem = { arg, rule, problem: n };
  throw new FormulaError(NAME, row === undefined ? { kind: 'arg', problem } : { kind: 'rowArg', row, problem });
}

/** Visits, costs per click and the flag, read in the spreadsheet's convention. */
interface PpcReaders {
  visits(value: CellValue, row: number, arg: string): number;
  cpc(value: CellValue, row: number): number;
  flag(value: CellValue): number;
}

function ppcReaders(convention: ConventionLookup): PpcReaders {
  const readers = readersFor(convention);
  return {
    visits: (value, row, arg) => read('nonNegative', readers.nonNegative, arg, value, row),
    cpc: (value, row) => read('nonNegative', readers.nonNegative, 'cpc', value, row),
    flag: (value) => read('boolean', readers.boolean, 'skip_unmatched', value, undefined),
  };
}

function finite(total: number): number {
  if (total - total !== 0) {
    throw new FormulaError(NAME, { kind: 'arg', problem: { arg: 'visits', rule: 'nonNegative', problem: { code: 'overflow' } } });
  }
  return total === 0 ? 0 : total;
}

/** PPC_EQUIVALENT(visits, cpc): Σ visits × cpc over paired rows. */
export function ppcByRows(visits: Arg, cpc: Arg, read: PpcReaders): number {
  let total = 0;
  for (const [v, c, row] of pairCells('visits', visits, 'cpc', cpc)) {
    if (isNoValue(v)) continue; // no visits on that row (blank, "-", "n/a"): nothing to price
    total += read.visits(v, row, 'visits') * read.cpc(c, row);
  }
  return finite(total);
}

function cpcTable(keywords: Arg, cpc: Arg, read: PpcReaders): Map<string, number> {
  const table = new Map<string, number>();
  for (const [k, c, row] of pairCells('cpc_keywords', keywords, 'cpc', cpc)) {
    if (isBlank(k) && isNoValue(c)) continue;
    if (isBlank(k)) {
      throw new FormulaError(NAME, { kind: 'rowArg', row, problem: { arg: 'cpc_keywords', rule: 'keyword', problem: { code: 'blank' } } });
    }
    const key = normaliseKeyword(k);
    const price = read.cpc(c, row);
    const known = table.get(key);
    if (known !== undefined && known !== price) {
      throw new FormulaError(NAME, { kind: 'cpcConflict', keyword: String(k).trim(), costs: [known, price] });
    }
    table.set(key, price);
  }
  return table;
}

/** PPC_EQUIVALENT(keywords, visits, cpc_keywords, cpc, [skip_unmatched]). */
export function ppcByKeywords(keywords: Arg, visits: Arg, cpcKeywords: Arg, cpc: Arg, skipUnmatched: Arg, read: PpcReaders): number {
  let skip = false;
  if (skipUnmatched !== undefined && !isNoValue(skipUnmatched as CellValue)) {
    if (isMatrix(skipUnmatched)) {
      throw new FormulaError(NAME, {
        kind: 'arg',
        problem: { arg: 'skip_unmatched', rule: 'boolean', problem: { code: 'notBoolean', got: 'range' } },
      });
    }
    skip = read.flag(skipUnmatched) === 1;
  }
  const table = cpcTable(cpcKeywords, cpc, read);
  const unmatched: string[] = [];
  const seenUnmatched = new Set<string>();
  let total = 0;
  for (const [k, v, row] of pairCells('keywords', keywords, 'visits', visits)) {
    if (isNoValue(v)) continue;
    const count = read.visits(v, row, 'visits');
    if (isBlank(k)) {
      throw new FormulaError(NAME, { kind: 'rowArg', row, problem: { arg: 'keywords', rule: 'keyword', problem: { code: 'blank' } } });
    }
    const price = table.get(normaliseKeyword(k));
    if (price === undefined) {
      const key = normaliseKeyword(k);
      if (!seenUnmatched.has(key)) {
        seenUnmatched.add(key);
        unmatched.push(String(k).trim());
      }
      continue;
    }
    total += count * price;
  }
  if (unmatched.length > 0 && !skip) throw new FormulaError(NAME, { kind: 'unmatched', keywords: unmatched });
  return finite(total);
}

/** Dispatches on the number of arguments given, as Sheets passes them (missing ones are undefined). */
export function ppcEquivalent(args: readonly Arg[], convention: ConventionLookup): number {
  const [a, b, c, d, e] = args;
  const given = args.filter((x) => x !== undefined).length;
  // A sixth argument is refused, never ignored: it fits neither signature.
  if (args.slice(5).some((x) => x !== undefined)) throw new FormulaError(NAME, { kind: 'arity', usage: PPC_USAGE });
  const read = ppcReaders(convention);
  if (a !== undefined && b !== undefined && c === undefined && d === undefined && e === undefined) {
    return ppcByRows(a, b, read);
  }
  if (given >= 4 && a !== undefined && b !== undefined && c !== undefined && d !== undefined) {
    return ppcByKeywords(a, b, c, d, e, read);
  }
  throw new FormulaError(NAME, { kind: 'arity', usage: PPC_USAGE });
}
