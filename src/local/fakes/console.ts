/** console as Apps Script has it: what the add-on logs goes to the executions log, recorded here. */

export type LogLevel = 'log' | 'info' | 'warn' | 'error';

export interface LogEntry {
  level: LogLevel;
  /** The arguments as strings, joined by spaces, as the executions log shows them. */
  text: string;
}

export class FakeConsole implements Pick<Console, LogLevel> {
  readonly entries: LogEntry[] = [];

  private record(level: LogLevel, args: unknown[]): void {
    // An Error from the bundle's realm is not an `instanceof Error` here: read its stack by name.
    const text = (a: unknown) => (typeof a === 'object' && a !== null && 'stack' in a ? String(a.stack) : String(a));
    this.entries.push({ level, text: args.map(text).join(' ') });
  }

  log(...args: unknown[]): void {
    this.record('log', args);
  }

  info(...args: unknown[]): void {
    this.record('info', args);
  }

  warn(...args: unknown[]): void {
    this.record('warn', args);
  }

  error(...args: unknown[]): void {
    this.record('error', args);
  }
}
