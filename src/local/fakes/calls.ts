/** Counts every call made to a fake Apps Script service, so tests and benchmarks can assert batching. */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  /** Called before each counted call: tests use it to interleave another execution at a chosen point. */
  onCall: ((key: string) => void) | undefined;

  record(service: string, method: string): void {
    const key = `${service}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.onCall?.(key);
  }

  /** Calls of one service ("Spreadsheet") or one method ("Range.setValues"); all calls with no argument. */
  count(prefix?: string): number {
    let total = 0;
    for (const [key, n] of this.counts) if (!prefix || key === prefix || key.startsWith(`${prefix}.`)) total += n;
    return total;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}

/** Thrown where Apps Script refuses a service (AuthMode.NONE, or a custom function writing). */
export class ServiceDenied extends Error {
  constructor(what: string) {
    super(`You do not have permission to call ${what}`);
    this.name = 'Exception';
  }
}

/**
 * Wraps a fake so that every public method call is counted as `service.method`.
 * Calls a fake makes on itself inside a method are not counted: only what the add-on asks for.
 */
export function counted<T extends object>(target: T, service: string, calls: CallCounter): T {
  const proxy: T = new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string' || property === 'constructor') return value;
      return (...args: unknown[]) => {
        calls.record(service, property);
        const result = value.apply(object, args);
        // A chained call (builder.withKey(…).find()) must stay counted.
        return result === object ? proxy : result;
      };
    },
  });
  return proxy;
}
