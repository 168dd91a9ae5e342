/**
 * google.script.run inside the preview's sidebar: each call is sent to the preview server, which runs
 * the function in the real bundle and answers. What may cross, and how a call answers, is the fake's
 * (src/local/script-run): a Date or a function in the arguments fails the call, as it does in Sheets.
 */
import { fakeScriptRun, type ScriptRunTransport } from '../../script-run/fake';
import type { ScriptRunRequest, ScriptRunResponse } from '../protocol';

function notifyParent(type: string): void {
  if (window.parent !== window) window.parent.postMessage({ type }, window.location.origin);
}

const toPreviewServer: ScriptRunTransport = async (functionName, args) => {
  const request: ScriptRunRequest = { functionName, args };
  const response = await fetch('/api/run', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const result = (await response.json()) as ScriptRunResponse;
  notifyParent('script-run-done');
  if (result.ok) return result.value;
  throw Object.assign(new Error(result.error.message), { name: result.error.name });
};

(window as unknown as { google: unknown }).google = {
  script: {
    run: fakeScriptRun(toPreviewServer),
    host: {
      close: () => notifyParent('sidebar-close'),
      setHeight: () => undefined,
      setWidth: () => undefined,
      editor: { focus: () => notifyParent('editor-focus') },
    },
  },
};
