// The driver both cold-start benches share (bench/cold.mjs for HS256, bench/asymmetric-cold.mjs
// for RS256-2048): RUNS fresh Node processes of a child script per library, each printing its
// own timings as JSON, the medians per library written to out.json or printed.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { median } from './fixture.mjs'

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? (process.env.BENCH_QUICK === '1' ? 3 : 9))

/** Runs `node child lib ...args` RUNS times for jwt-wasm and for jose; writes process.argv[2] or prints a table. */
export function coldRuns(child, args) {
  const results = []
  for (const lib of ['jwt-wasm', 'jose']) {
    const runs = []
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now()
      const run = spawnSync(process.execPath, [child, lib, ...args], { encoding: 'utf8' })
      const wall = performance.now() - t0
      if (run.status !== 0) throw new Error(`cold ${lib}: ${run.stderr}`)
      runs.push({ ...JSON.parse(run.stdout), wallMs: wall })
    }
    const pick = (k) => median(runs.map((r) => r[k]))
    results.push({ lib, runs: RUNS, importMs: pick('importMs'), firstMs: pick('firstMs'), first1000Ms: pick('first1000Ms'), startToFirstMs: pick('startToFirstMs'), wallMs: pick('wallMs') })
  }
  if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify({ results }, null, 1))
  else console.table(results)
}
