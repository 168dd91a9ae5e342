/**
 * The preview's side of google.script.run: the server runs the call in the emulator and answers as Apps
 * Script does, with the rules of what may cross (src/local/script-run/rules.ts) applied to the value
 * returned, before it is written as JSON (where a Date would silently become a string).
 */
import { runScriptFunction } from '../../src/local/preview/server';
import { emulate } from '../support/emulator';

/** An emulator whose bundle holds these functions. */
function bundleOf(functions: Record<string, (...args: unknown[]) => unknown>) {
  return { hasGlobal: (name: string) => name in functions, run: (name: string, args: unknown[] = []) => functions[name](...args) };
}

const illegal = (path: string) => ({
  ok: false,
  error: { name: 'ScriptError', message: `Failed due to illegal value in property: ${path}` },
});

test('the returned value is answered as a copy; nothing returned answers null', () => {
  const answer = { ok: true, value: { rows: [[1, undefined]], note: undefined } };
  const emulator = bundleOf({ load: () => answer, nothing: () => undefined, echo: (...args) => args });
  expect(runScriptFunction(emulator, { functionName: 'load', args: [] })).toEqual({
    ok: true,
    value: { ok: true, value: { rows: [[1, null]] } },
  });
  expect(runScriptFunction(emulator, { functionName: 'nothing', args: [] })).toEqual({ ok: true, value: null });
  expect(runScriptFunction(emulator, { functionName: 'echo', args: ['fr', 2] })).toEqual({ ok: true, value: ['fr', 2] });
});

test.each<[string, unknown, string]>([
  ['a Date', new Date(0), 'return value'],
  ['a Date inside the Result', { ok: true, value: { today: new Date(0) } }, 'return value.value.today'],
  ['a function inside an array', [() => 1], 'return value.0'],
])('returning %s fails the call', (_name, returned, path) => {
  expect(runScriptFunction(bundleOf({ load: () => returned }), { functionName: 'load', args: [] })).toEqual(illegal(path));
});

test('a function the bundle lacks, or a private one (name_), is not found; what a function throws is the failure', () => {
  const emulator = bundleOf({
    secret_: () => 1,
    broken: () => {
      throw Object.assign(new Error('Service Spreadsheets failed'), { name: 'Exception' });
    },
  });
  expect(runScriptFunction(emulator, { functionName: 'missing', args: [] })).toEqual({
    ok: false,
    error: { name: 'ScriptError', message: 'Script function not found: missing' },
  });
  expect(runScriptFunction(emulator, { functionName: 'secret_', args: [] })).toEqual({
    ok: false,
    error: { name: 'ScriptError', message: 'Script function not found: secret_' },
  });
  expect(runScriptFunction(emulator, { functionName: 'broken', args: [] })).toEqual({
    ok: false,
    error: { name: 'Exception', message: 'Service Spreadsheets failed' },
  });
});

test('the real bundle in the emulator answers through the same rules, its objects copied out of the vm', () => {
  const { emulator } = emulate('fr_FR', 'fr_FR');
  const answer = runScriptFunction(emulator, { functionName: 'loadWizard', args: [] }) as {
    ok: true;
    value: { ok: boolean; value: { lang: string } };
  };
  expect(answer).toMatchObject({ ok: true, value: { ok: true, value: { lang: 'fr' } } });
  expect(Object.getPrototypeOf(answer.value)).toBe(Object.prototype);
});
