/**
 * google.script.run inside the preview's sidebar: each call is sent to the preview server, which runs
 * the function in the real bundle and answers. Apps Script's argument rules apply: no Date, no
 * function, no symbol in arguments (such a call fails, as it does in Sheets).
 */
type Handler = (value: unknown, userObject?: unknown) => void;

function illegalPath(value: unknown, path: string): string | undefined {
  if (value instanceof Date || typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') return path;
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = illegalPath(inner, path === '' ? key : `${path}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function notifyParent(type: string): void {
  if (window.parent !== window) window.parent.postMessage({ type }, window.location.origin);
}

function runner(success?: Handler, failure?: Handler, userObject?: unknown): unknown {
  const fail = (error: Error) => {
    if (failure) failure(error, userObject);
    else console.error(error);
  };
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (property === 'withSuccessHandler') return (handler: Handler) => runner(handler, failure, userObject);
        if (property === 'withFailureHandler') return (handler: Handler) => runner(success, handler, userObject);
        if (property === 'withUserObject') return (object: unknown) => runner(success, failure, object);
        if (typeof property !== 'string') return undefined;
        return (...args: unknown[]) => {
          const illegal = illegalPath(args, '');
          if (illegal !== undefined) {
            setTimeout(() => fail(new Error(`Failed due to illegal value in property: ${illegal}`)), 0);
            return;
          }
          fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ functionName: property, args }) })
            .then((response) => response.json())
            .then((result: { ok: boolean; value?: unknown; error?: { name: string; message: string } }) => {
              notifyParent('script-run-done');
              if (result.ok) success?.(result.value, userObject);
              else fail(Object.assign(new Error(result.error?.message ?? 'Error'), { name: result.error?.name ?? 'Error' }));
            })
            .catch((error: Error) => fail(error));
        };
      },
    },
  );
}

(window as unknown as { google: unknown }).google = {
  script: {
    run: runner(),
    host: {
      close: () => notifyParent('sidebar-close'),
      setHeight: () => undefined,
      setWidth: () => undefined,
      editor: { focus: () => notifyParent('editor-focus') },
    },
  },
};
