/** Timing helpers for the benchmark: medians over repeated runs, measured in the same process. */
import { performance } from 'node:perf_hooks';

/** Collects garbage before a sample when node runs with --expose-gc, so one sample's garbage is not charged to the next. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds one call of `work` takes, median of `runs` after `warmup` untimed runs. */
export function timeMs(work: () => unknown, runs: number, warmup = Math.min(5, runs)): number {
  for (let i = 0; i < warmup; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
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
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect();
    let start = performance.now();
    a();
    sa.push(performance.now() - start);
    collect();
    start = performance.now();
    b();
    sb.push(performance.now() - start);
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
