/**
 * Array formulas whose spill is blocked. Sheets computes such a formula again as soon as the way
 * clears; HyperFormula does not, so the engine adapter (engine.ts) keeps track of them from the changes
 * each write reports, and enters them again after a write that blanked cells.
 */
import { DetailedCellError } from 'hyperformula';

export interface EngineAddress {
  sheet: number;
  row: number;
  col: number;
}

/** A change as HyperFormula reports it after a write; only cell changes carry an address. */
interface Change {
  address?: EngineAddress;
  newValue?: unknown;
}

export class BlockedSpills {
  private readonly blocked = new Map<string, EngineAddress>();

  /** Notes the formulas whose spill a write blocked, and forgets those it unblocked or overwrote. */
  track(changes: readonly unknown[]): void {
    for (const change of changes as readonly Change[]) {
      if (!change.address) continue;
      const id = `${change.address.sheet}:${change.address.row}:${change.address.col}`;
      if (change.newValue instanceof DetailedCellError && change.newValue.type === 'SPILL') this.blocked.set(id, change.address);
      else this.blocked.delete(id);
    }
  }

  clear(): void {
    this.blocked.clear();
  }

  /** Enters every blocked formula again (`reenter` returns the changes that made); those still blocked are tracked anew. */
  retry(reenter: (address: EngineAddress) => readonly unknown[] | undefined): void {
    for (const [id, address] of [...this.blocked]) {
      this.blocked.delete(id);
      const changes = reenter(address);
      if (changes) this.track(changes);
    }
  }
}
