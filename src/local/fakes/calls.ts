/** Counts every call made to a fake Apps Script service, so tests and benchmarks can assert batching. */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  record(service: string, method: string): void {
    const key = `${service}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
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
