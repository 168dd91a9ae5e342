/**
 * A fake google.script.run over a transport: the preview sends each call to its server, the sidebar
 * tests answer from fixtures. The rest is Google's, written once here: the chain withSuccessHandler,
 * withFailureHandler and withUserObject, every call asynchronous, and what may cross (rules.ts).
 */
import { returnedValue, sentArguments } from './rules';

/** Runs a server function: resolves with what it returned, rejects with why the call failed. */
export type ScriptRunTransport = (functionName: string, args: unknown[]) => Promise<unknown>;

type Handler = (value: unknown, userObject?: unknown) => void;

interface Chain {
  withSuccessHandler(handler: Handler): ScriptRun;
  withFailureHandler(handler: Handler): ScriptRun;
  withUserObject(userObject: unknown): ScriptRun;
}

/** google.script.run: the chain, and any other name is a server function. */
export type ScriptRun = Chain & Record<string, (...args: unknown[]) => void>;

interface Handlers {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

export function fakeScriptRun(transport: ScriptRunTransport): ScriptRun {
  return runner(transport, {});
}

function runner(transport: ScriptRunTransport, handlers: Handlers): ScriptRun {
  const chain: Chain = {
    withSuccessHandler: (success) => runner(transport, { ...handlers, success }),
    withFailureHandler: (failure) => runner(transport, { ...handlers, failure }),
    withUserObject: (userObject) => runner(transport, { ...handlers, userObject }),
  };
  return new Proxy(chain as ScriptRun, {
    get: (target, name) => {
      if (typeof name !== 'string') return undefined;
      if (Object.prototype.hasOwnProperty.call(target, name)) return target[name as keyof Chain];
      return (...args: unknown[]) => call(transport, handlers, name, args);
    },
  });
}

function call(transport: ScriptRunTransport, { success, failure, userObject }: Handlers, name: string, args: unknown[]): void {
  const sent = sentArguments(args);
  const answer = sent.ok ? transport(name, sent.value).then(received) : Promise.reject(new Error(sent.error));
  answer.then(
    (value) => success?.(value, userObject),
    (error: unknown) => (failure ? failure(error, userObject) : console.error(error)),
  );
}

function received(value: unknown): unknown {
  const back = returnedValue(value);
  if (!back.ok) throw new Error(back.error);
  return back.value;
}
