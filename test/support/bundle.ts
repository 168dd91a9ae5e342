/** Loads the real build/Code.js the way Apps Script does: one fresh global scope, no Node globals. */
import { existsSync, readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';

export const BUNDLE_PATH = 'build/Code.js';

export function bundleSource(): string {
  if (!existsSync(BUNDLE_PATH)) throw new Error(`${BUNDLE_PATH} is missing: run npm run build first (npm test does)`);
  return readFileSync(BUNDLE_PATH, 'utf8');
}

export type BundleScope = Record<string, unknown> & { run<T = unknown>(code: string): T };

/**
 * A fresh V8 context holding the bundle; `services` become its globals (fakes of Apps Script services).
 * `codeGeneration: { strings: false }` makes `new Function` throw, as a context that refuses it would.
 */
export function loadBundle(services: Record<string, unknown> = {}, options: { codeGeneration?: { strings: boolean } } = {}): BundleScope {
  const context = createContext({ ...services }, options);
  runInContext(bundleSource(), context, { filename: BUNDLE_PATH });
  const scope = context as BundleScope;
  Object.defineProperty(scope, 'run', { value: <T>(code: string) => runInContext(code, context) as T, enumerable: false });
  return scope;
}

/** Values crossing the vm boundary keep their realm's prototypes; compare plain copies. */
export function plain<T>(value: T): T {
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
