/**
 * `"sideEffects": false` in package.json tells esbuild that importing a module does nothing but define
 * its exports, so a barrel (an index.ts that re-exports a folder) costs nothing: what is not used is
 * left out. Sheets loads the whole of build/Code.js on every custom-function call, so this matters.
 */
import { buildSync } from 'esbuild';

/** The server bundle's settings (tools/build.ts), for a one-line entry. */
function bundled(entry: string): string {
  const result = buildSync({
    stdin: { contents: entry, resolveDir: process.cwd(), sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'neutral',
    target: 'es2020',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

test('importing from a barrel bundles exactly what importing the module itself does', () => {
  const throughBarrel = bundled("import { validateGoal } from './src/core/goals'; export const use = validateGoal;");
  const direct = bundled("import { validateGoal } from './src/core/goals/validate'; export const use = validateGoal;");
  expect(throughBarrel).toContain('function validateGoal(');
  expect(throughBarrel.length).toBe(direct.length);
});
