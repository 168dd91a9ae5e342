import { CallCounter, counted } from './calls';

/**
 * LockService. One emulated document lock shared by every execution of the emulator; an execution
 * that cannot get it within its timeout fails as in Apps Script. The emulator runs one execution at
 * a time unless a test holds the lock on behalf of another one (LockTable.holdFor).
 */
export class LockTable {
  private owner: string | undefined;

  tryAcquire(execution: string): boolean {
    if (this.owner !== undefined && this.owner !== execution) return false;
    this.owner = execution;
    return true;
  }

  release(execution: string): void {
    if (this.owner === execution) this.owner = undefined;
  }

  isHeldBy(execution: string): boolean {
    return this.owner === execution;
  }

  /** Simulates another execution holding the lock until `release` is called with that name. */
  holdFor(otherExecution: string): void {
    if (!this.tryAcquire(otherExecution)) throw new Error('The lock is already held');
  }
}

export class FakeLock implements Pick<GoogleAppsScript.Lock.Lock, 'waitLock' | 'tryLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly table: LockTable,
    private readonly execution: string,
  ) {}

  waitLock(_timeoutInMillis: number): void {
    if (!this.table.tryAcquire(this.execution)) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
  }

  tryLock(_timeoutInMillis: number): boolean {
    return this.table.tryAcquire(this.execution);
  }

  releaseLock(): void {
    this.table.release(this.execution);
  }

  hasLock(): boolean {
    return this.table.isHeldBy(this.execution);
  }
}

export class FakeLockService implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> {
  constructor(
    private readonly table: LockTable,
    private readonly execution: () => string,
    private readonly calls: CallCounter,
  ) {}

  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    return counted(new FakeLock(this.table, this.execution()), 'Lock', this.calls) as unknown as GoogleAppsScript.Lock.Lock;
  }

  getScriptLock(): GoogleAppsScript.Lock.Lock {
    return this.getDocumentLock();
  }

  getUserLock(): GoogleAppsScript.Lock.Lock {
    return this.getDocumentLock();
  }
}
