// Cold start for RS256-2048: a fresh Node process imports the library, imports the JWKS
// (jwt-wasm compiles its asymmetric module here) and verifies its first token, then 999
// more; for jwt-wasm/asymmetric and for jose. RUNS fresh processes each; medians reported.
// Alone: node bench/asymmetric-cold.mjs [out.json]
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { median } from './fixture.mjs'
import { pkFixture } from './asymmetric-fixture.mjs'

const CHILD = fileURLToPath(new URL('./asymmetric-cold-child.mjs', import.meta.url))
const RUNS = Number(process.env.BENCH_COLD_RUNS ?? (process.env.BENCH_QUICK === '1' ? 3 : 9))

const f = await pkFixture('RS256-2048', 'RS256', 2048)
const results = []
for (const lib of ['jwt-wasm', 'jose']) {
  const runs = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    const child = spawnSync(process.execPath, [CHILD, lib, JSON.stringify({ keys: [f.jwk] }), f.token], { encoding: 'utf8' })
    const wall = performance.now() - t0
    if (child.status !== 0) throw new Error(`cold ${lib}: ${child.stderr}`)
    runs.push({ ...JSON.parse(child.stdout), wallMs: wall })
  }
  const pick = (k) => median(runs.map((r) => r[k]))
  results.push({ lib, runs: RUNS, importMs: pick('importMs'), firstMs: pick('firstMs'), first1000Ms: pick('first1000Ms'), startToFirstMs: pick('startToFirstMs'), wallMs: pick('wallMs') })
}
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify({ results }, null, 1))
else console.table(results)
