// The timing loop of bench/asymmetric-ab.mjs, the same in Node and in the Chromium page:
// verify+decode of the asymmetric fixture by several builds of jwt-wasm/asymmetric, each
// against the platform's floor (and any peers), interleaved at a few milliseconds' grain.
//
// Why not bench/harness.mjs (mitata's measure, tens of milliseconds per sample): on a shared
// 2-core machine the load drifts over seconds, and a case and its floor timed a second apart
// disagree by up to 2x. Here each batch of a build is timed right next to a batch of the
// floor, and what is reported is the median of the ratios of neighbouring batches.
import { checkClaims, median } from './fixture.mjs'
import { PK_CASES, pkFixture } from './asymmetric-fixture.mjs'

const CALLS = 40

async function timeBatch(fn, isAsync) {
  const t0 = performance.now()
  if (isAsync) for (let k = 0; k < CALLS; k++) await fn()
  else for (let k = 0; k < CALLS; k++) fn()
  return ((performance.now() - t0) * 1e6) / CALLS
}

const quantile = (values, p) => [...values].sort((x, y) => x - y)[Math.floor(p * (values.length - 1))]

/**
 * builds: [{ name, JWTVerifier, KeySet }]; floorsFor(fixture): [{ name, fn }] (the first is
 * the floor every ratio is taken to; others, such as jose, are timed like a build).
 * Returns one line per build and peer.
 */
export async function runAb({ builds, floorsFor, cases = ['RS256-2048'], batches = 300 }) {
  const lines = []
  for (const [name, alg, bits] of PK_CASES) {
    if (!cases.includes(name)) continue
    const f = await pkFixture(name, alg, bits)
    const [floor, ...peers] = await floorsFor(f)
    const runs = []
    for (const b of builds) {
      const verifier = new b.JWTVerifier({ keys: b.KeySet.from({ keys: [f.jwk] }), algorithms: [alg] })
      checkClaims(verifier.verify(f.token), f.payload, `${b.name} ${name}`)
      runs.push({ name: b.name, fn: () => verifier.verify(f.token) })
    }
    for (const p of peers) runs.push({ ...p })
    for (const r of [floor, ...runs]) {
      const first = r.fn()
      r.isAsync = first instanceof Promise
      if (r === floor && (await first) !== true) throw new Error(`${name}: the floor refused the fixture`)
      Object.assign(r, { times: [], toFloor: [], toFirst: [] })
    }
    // Warm-up: wasm starts in V8's baseline tier (Liftoff) and is tiered up once hot.
    for (let b = 0; b < 30; b++) for (const r of [floor, ...runs]) await timeBatch(r.fn, r.isAsync)
    for (let b = 0; b < batches; b++) {
      const floorTime = await timeBatch(floor.fn, floor.isAsync)
      // Alternate the order, so that no build always runs right after the floor.
      for (const r of b & 1 ? [...runs].reverse() : runs) r.times.push(await timeBatch(r.fn, r.isAsync))
      for (const r of runs) {
        r.toFloor.push(r.times.at(-1) / floorTime)
        r.toFirst.push(r.times.at(-1) / runs[0].times.at(-1))
      }
    }
    for (const r of runs) {
      const vsFirst = r === runs[0] ? '' : `, x${median(r.toFirst).toFixed(3)} ${runs[0].name}`
      lines.push(`${name} ${r.name}: x${median(r.toFloor).toFixed(3)} ${floor.name} (quartiles ${quantile(r.toFloor, 0.25).toFixed(3)}..${quantile(r.toFloor, 0.75).toFixed(3)})${vsFirst}; median ${(median(r.times) / 1000).toFixed(1)} us`)
    }
  }
  return lines
}
