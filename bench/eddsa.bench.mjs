// EdDSA (Ed25519) verify+decode on Node: jwt-wasm/asymmetric against node:crypto, jose and
// fast-jwt, each paired with crypto.verify on a KeyObject; also the key import (decode,
// checks, table) and what Ed25519 adds to the module. The Chromium half is
// bench/browser.bench.mjs with bench/browser/eddsa-page.mjs. Run through bench/run.mjs
// (npm run bench); alone: node bench/eddsa.bench.mjs [out.json]
import { createPublicKey, verify as cryptoVerify } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { createVerifier } from 'fast-jwt'
import { jwtVerify } from 'jose'
import { JWTVerifier, KeySet } from '../dist/asymmetric.js'
import { checkCases, eddsaFixture, refused } from './eddsa-fixture.mjs'
import { benchSize, progressOn, runPaired } from './harness.mjs'
import { moduleSizes } from './eddsa-size.mjs'

const { rounds: ROUNDS, cpuTime: CPU_TIME } = benchSize(7)

async function nodeCases() {
  const f = await eddsaFixture()
  const keyObject = createPublicKey({ key: f.jwk, format: 'jwk' })
  const pem = keyObject.export({ format: 'pem', type: 'spki' })
  const set = KeySet.from({ keys: [f.jwk] })
  const ours = new JWTVerifier({ keys: set, algorithms: ['EdDSA'] })
  const oursCached = new JWTVerifier({ keys: set, algorithms: ['EdDSA'], cache: { size: 1000 } })
  const fast = createVerifier({ key: pem, algorithms: ['EdDSA'] })
  const input = Buffer.from(f.input)
  const signature = Buffer.from(f.signature)
  const floor = () => cryptoVerify(null, input, keyObject, signature)
  const list = [
    ['floor', 'node:crypto verify (KeyObject)', floor],
    ['verify+decode', 'jwt-wasm', () => ours.verify(f.token)],
    ['verify+decode', 'fast-jwt', () => fast(f.token)],
    ['verify+decode', 'jose', () => jwtVerify(f.token, f.publicKey, { algorithms: ['EdDSA'] }).then((r) => r.payload)],
    ['cached verify', 'jwt-wasm', () => oursCached.verify(f.token)],
    ['reject', 'jwt-wasm verifyToken', () => !ours.verifyToken(f.bad)],
    ['reject', 'node:crypto verify', () => !cryptoVerify(null, input, keyObject, Buffer.from(f.bad.split('.')[2], 'base64url'))],
    ['reject', 'fast-jwt', refused(() => fast(f.bad))],
    ['reject', 'jose', refused(() => jwtVerify(f.bad, f.publicKey, { algorithms: ['EdDSA'] }))],
    // Per key, once: decoding and checking the point and building its table.
    ['key import', 'jwt-wasm KeySet.from', () => KeySet.from({ keys: [f.jwk] }).size === 1],
    ['key import', 'node:crypto createPublicKey', () => createPublicKey({ key: f.jwk, format: 'jwk' }).type === 'public'],
  ]
  await checkCases(list.filter(([op]) => op !== 'key import'), f.payload)
  return list.map(([op, lib, fn]) => ({ op, alg: 'EdDSA', lib, fn, floor }))
}

const node = await runPaired(await nodeCases(), {
  rounds: ROUNDS,
  cpuTime: CPU_TIME,
  // mitata batches calls under 65 us (a verification here is about 40) into one sample; a
  // sample of 128 lasts 5 ms, long enough on a shared machine to be preempted more often
  // than the floor's single 100 us call, which inflates the median against the floor.
  // Four calls per sample keep samples near the floor's length.
  batchSamples: 4,
  progress: progressOn('eddsa bench (node)'),
})
const sizes = await moduleSizes()
const out = { rounds: ROUNDS, cpuTimeMs: CPU_TIME / 1e6, sizes, node }
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(out, null, 1))
else {
  for (const r of node) console.log(`${r.op.padEnd(14)} ${r.lib.padEnd(32)} ${(r.medianNs / 1000).toFixed(2).padStart(8)} us  x${r.ratio.toFixed(2)}`)
  console.log(`build/jwt-pk.wasm: ${sizes.full.bytes} bytes, ${sizes.without.bytes} without Ed25519`)
}
