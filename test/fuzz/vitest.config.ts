// `npm run fuzz`: the fuzzers and the attack catalogue at JWT_FUZZ_SCALE times the
// bounded counts `npm test` uses (same properties, same fixed seed; JWT_FUZZ_SEED
// explores others). Takes minutes, not seconds.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/fuzz/**/*.test.ts', 'test/attacks/**/*.test.ts'],
    env: { JWT_FUZZ_SCALE: process.env.JWT_FUZZ_SCALE ?? '40' },
    testTimeout: 1_800_000,
  },
})
