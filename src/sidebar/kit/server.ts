/**
 * google.script.run as promises, typed by the Endpoints interface both sides share. A call resolves with
 * the server's Result (a refused goal is an answer, not an exception) and rejects only when the call
 * itself failed: no google.script.run, no such server function, the failure handler, or a malformed answer.
 */
import type { EndpointName, Endpoints } from '../../shared/endpoints';

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

type Answer<K extends EndpointName> = ReturnType<Endpoints[K]>;

export type Server = { [K in EndpointName]: (...args: Parameters<Endpoints[K]>) => Promise<Answer<K>> };

function scriptRunner(): ScriptRunner | undefined {
  const google = (window as unknown as { google?: { script?: { run?: ScriptRunner } } }).google;
  return google?.script?.run;
}

function isResult(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : error;
  return new Error(typeof message === 'string' && message !== '' ? message : String(error));
}

function call<K extends EndpointName>(name: K, args: Parameters<Endpoints[K]>): Promise<Answer<K>> {
  return new Promise((resolve, reject) => {
    const run = scriptRunner();
    if (!run) {
      reject(new Error('google.script.run is not available'));
      return;
    }
    const configured = run
      .withSuccessHandler((value) => (isResult(value) ? resolve(value as Answer<K>) : reject(new Error(`${name}: unexpected answer`))))
      .withFailureHandler((error) => reject(asError(error)));
    const endpoint = (configured as unknown as Record<string, unknown>)[name];
    if (typeof endpoint !== 'function') {
      reject(new Error(`${name} is not a server function`));
      return;
    }
    endpoint.apply(configured, args);
  });
}

/**
 * Every endpoint of the interface, by name: the names live in the Endpoints type alone, so an endpoint
 * added there is callable here with nothing to list.
 */
export const server = new Proxy({} as Server, {
  get:
    (_target, name) =>
    (...args: unknown[]) =>
      call(name as EndpointName, args as Parameters<Endpoints[EndpointName]>),
});
