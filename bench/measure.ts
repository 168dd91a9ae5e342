/** Timing helpers for the benchmark: medians over repeated runs, measured in the same process. */
import { performance } from 'node:perf_hooks';

/** V8's collector, when node runs with --expose-gc (npm run bench does). */
const gc = (globalThis as { gc?: (options?: { type: 'major' | 'minor' }) => void }).gc;

/** Before a series: a full collection (about 20 ms here), so the garbage of the work before is not charged to it. */
const collectAll = () => gc?.();

/**
 * Before each sample: the young generation only (about 0.1 ms), so a scavenge of the previous sample's
 * garbage does not land inside this one. A full collection per sample made the bench take minutes.
 */
const collectYoung = () => gc?.({ type: 'minor' });

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds one call of `work` takes, after a young-generation collection. */
function sample(work: () => unknown): number {
  collectYoung();
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Milliseconds one call of `work` takes, median of `runs` after `warmup` untimed runs. */
export function timeMs(work: () => unknown, runs: number, warmup = Math.min(5, runs)): number {
  for (let i = 0; i < warmup; i++) work();
  collectAll();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(sample(work));
  return median(samples);
}

/**
 * Times two pieces of work alternately, so that whatever the machine is doing weighs on both alike,
 * and returns both medians in milliseconds.
 */
export function timePair(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  for (let i = 0; i < 3; i++) {
    a();
    b();
  }
  collectAll();
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < runs; i++) {
    sa.push(sample(a));
    sb.push(sample(b));
  }
  return [median(sa), median(sb)];
}

export interface Budget {
  name: string;
  limit: number;
  actual: number;
  unit: string;
  ok: boolean;
}

export function budget(name: string, actual: number, limit: number, unit: string): Budget {
  return { name, limit, actual, unit, ok: actual <= limit };
}
