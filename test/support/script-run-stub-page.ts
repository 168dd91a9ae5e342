/**
 * The page side of the sidebar tests' google.script.run (script-run-stub.ts installs it before the
 * page's own script): the fake google.script.run of src/local/script-run, whose every call goes to the
 * stub in the test through the function the test exposed to the page.
 */
import { fakeScriptRun, type ScriptRunTransport } from '../../src/local/script-run/fake';
import { STUB_BINDING } from './script-run-stub-binding';

const toTheTest = (window as unknown as Record<typeof STUB_BINDING, ScriptRunTransport>)[STUB_BINDING];

(window as unknown as { google: unknown }).google = { script: { run: fakeScriptRun(toTheTest), host: { close: () => undefined } } };
