// Cold start: a fresh Node process imports the library and verifies its first token,
// then 999 more (V8 runs wasm in its baseline tier, Liftoff, until it tiers up), for
// jwt-wasm and for jose. Each measured in RUNS fresh processes; medians reported.
// Alone: node bench/cold.mjs [out.json]
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { fixturePayload, fixtureToken, median } from './fixture.mjs'

const CHILD = fileURLToPath(new URL('./cold-child.mjs', import.meta.url))
const RUNS = Number(process.env.BENCH_COLD_RUNS ?? (process.env.BENCH_QUICK === '1' ? 3 : 9))

const { token } = await fixtureToken('HS256', fixturePayload())
const results = []
for (const lib of ['jwt-wasm', 'jose']) {
  const runs = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    const child = spawnSync(process.execPath, [CHILD, lib, token], { encoding: 'utf8' })
    const wall = performance.now() - t0
    if (child.status !== 0) throw new Error(`cold ${lib}: ${child.stderr}`)
    runs.push({ ...JSON.parse(child.stdout), wallMs: wall })
  }
  const pick = (k) => median(runs.map((r) => r[k]))
  results.push({ lib, runs: RUNS, importMs: pick('importMs'), firstMs: pick('firstMs'), first1000Ms: pick('first1000Ms'), startToFirstMs: pick('startToFirstMs'), wallMs: pick('wallMs') })
}
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify({ results }, null, 1))
else console.table(results)
