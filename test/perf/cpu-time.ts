/**
 * CPU time of synchronous work, in ms: the process's user + system time, not the wall clock. The
 * timing bounds of unit tests guard against runaway cost (quadratic reads, regex backtracking); vitest
 * runs test files in parallel and CI machines are shared, and wall-clock bounds failed on a busy machine
 * while the code under test was fine.
 */
export function cpuMs(run: () => void): number {
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/** The least CPU time of `runs` runs: one garbage collection or JIT tier-up must not fail a bound. */
export function bestCpuMs(run: () => void, runs = 2): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) best = Math.min(best, cpuMs(run));
  return best;
}
