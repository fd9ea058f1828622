// A/B of jwt-wasm/asymmetric builds on Node, for work on assembly/pk/ and src/pk/: RS256 or
// PS256 verify+decode (JWTVerifier.verify) of the asymmetric fixture by several builds of
// dist/asymmetric.js in one process, against crypto.verify on a KeyObject. dist/asymmetric.js
// embeds its wasm, so a copy of it is a whole build (JS and wasm):
//   cp dist/asymmetric.js /tmp/before.js; (change, npm run build)
//   node bench/asymmetric-ab.mjs /tmp/before.js dist/asymmetric.js
// Env: AB_CASES picks fixture cases (default RS256-2048; e.g. RS256-2048,PS256-2048,RS256-4096),
// AB_BATCHES the number of timed batches per case (300).
//
// Why not mitata's measure, as bench/harness.mjs does: on this shared 2-core machine the load
// drifts over seconds, and a case and its floor timed a second apart disagree by up to 2x.
// Here every case and the floor are timed in batches of a few milliseconds, one right after
// the other, and what is reported is the median of the ratios of neighbouring batches.
import { constants, createPublicKey, verify as cryptoVerify } from 'node:crypto'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { checkClaims, median } from './fixture.mjs'
import { PK_CASES, pkFixture } from './asymmetric-fixture.mjs'

const files = process.argv.slice(2)
if (files.length === 0) throw new Error('usage: node bench/asymmetric-ab.mjs a/asymmetric.js [b/asymmetric.js ...]')
const wanted = (process.env.AB_CASES ?? 'RS256-2048').split(',')
const BATCHES = Number(process.env.AB_BATCHES ?? 300)
const CALLS = 40

// Each file is its own module instance, with its own wasm instance and loaded key.
const builds = []
for (const file of files) builds.push(await import(pathToFileURL(resolve(file)).href))

function timeBatch(fn) {
  const t0 = process.hrtime.bigint()
  for (let k = 0; k < CALLS; k++) fn()
  return Number(process.hrtime.bigint() - t0) / CALLS
}

const q = (values, p) => [...values].sort((x, y) => x - y)[Math.floor(p * (values.length - 1))]

for (const [name, alg, bits] of PK_CASES) {
  if (!wanted.includes(name)) continue
  const f = await pkFixture(name, alg, bits)
  const keyObject = createPublicKey({ key: f.jwk, format: 'jwk' })
  const key = alg.startsWith('PS') ? { key: keyObject, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 } : keyObject
  const input = Buffer.from(f.input)
  const floor = () => cryptoVerify(`sha${alg.slice(2)}`, input, key, f.signature)
  if (floor() !== true) throw new Error(`${name}: crypto.verify refused the fixture`)
  const runs = builds.map(({ JWTVerifier, KeySet }, i) => {
    const verifier = new JWTVerifier({ keys: KeySet.from({ keys: [f.jwk] }), algorithms: [alg] })
    checkClaims(verifier.verify(f.token), f.payload, `${files[i]} ${name}`)
    return { file: files[i], fn: () => verifier.verify(f.token), times: [], toFloor: [], toFirst: [] }
  })
  // Warm-up: wasm starts in V8's baseline tier (Liftoff) and is tiered up once hot.
  for (let b = 0; b < 30; b++) for (const r of runs) timeBatch(r.fn), timeBatch(floor)
  for (let b = 0; b < BATCHES; b++) {
    const floorTime = timeBatch(floor)
    // Alternate the order, so that no build always runs right after the floor.
    for (const r of b & 1 ? [...runs].reverse() : runs) r.times.push(timeBatch(r.fn))
    for (const r of runs) {
      r.toFloor.push(r.times.at(-1) / floorTime)
      r.toFirst.push(r.times.at(-1) / runs[0].times.at(-1))
    }
  }
  for (const r of runs) {
    const vsFirst = r === runs[0] ? '' : `, x${median(r.toFirst).toFixed(3)} the first build`
    console.log(`${name} ${r.file}: x${median(r.toFloor).toFixed(3)} crypto.verify (quartiles ${q(r.toFloor, 0.25).toFixed(3)}..${q(r.toFloor, 0.75).toFixed(3)})${vsFirst}; median ${(median(r.times) / 1000).toFixed(1)} us`)
  }
}
