// How hard the fuzzers work. `npm test` runs them at scale 1 (bounded, a few seconds on a
// busy 2-core machine); `npm run fuzz` sets JWT_FUZZ_SCALE (see vitest.config.ts here)
// and runs the same properties far longer. The seed is fixed so a failure reproduces;
// JWT_FUZZ_SEED changes it for exploration.
export const SCALE = Math.max(1, Number(process.env.JWT_FUZZ_SCALE ?? 1) || 1)
export const SEED = Number(process.env.JWT_FUZZ_SEED ?? 0x6a777421) | 0

/** fast-check parameters for a property meant to run `runs` times at scale 1. */
export function params(runs: number): { seed: number; numRuns: number; endOnFailure: true } {
  return { seed: SEED, numRuns: Math.round(runs * SCALE), endOnFailure: true }
}
