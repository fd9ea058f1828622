// ES384 or ES512 verification on Node: jwt-wasm's JWTVerifier against node:crypto's verify of
// the same signing input (the floor each case is paired with) and jose, plus the key import.
// Not part of `npm run bench` (bench/RESULTS.md): run it alone, after `npm run build`:
//   node bench/ecdsa.bench.mjs ES384|ES512        (BENCH_QUICK=1 for a short run)
// It prints the machine, the date and the median ratios of one run; docs/ec.md quotes one.
import { createPublicKey, verify as cryptoVerify } from 'node:crypto'
import { cpus } from 'node:os'
import { jwtVerify } from 'jose'
import { KeySet, JWTVerifier } from '../dist/asymmetric.js'
import { b64url, b64urlText, checkClaims, fixturePayload, keyPair, median } from './fixture.mjs'
import { benchSize, runPaired } from './harness.mjs'

const CURVES = { ES384: ['P-384', 'SHA-384'], ES512: ['P-521', 'SHA-512'] }
const ALG = process.argv[2]
if (!Object.hasOwn(CURVES, ALG)) throw new Error('usage: node bench/ecdsa.bench.mjs ES384|ES512')
const [CURVE, HASH] = CURVES[ALG]
const ECDSA = { name: 'ECDSA', namedCurve: CURVE, hash: HASH }
const { quick, rounds, cpuTime } = benchSize(5)

// The fixture as bench/es256-fixture.mjs makes ES256's: a WebCrypto key, a kid, raw r‖s.
const { publicKey, privateKey, jwk: publicJwk } = await keyPair(ECDSA)
const jwk = { ...publicJwk, kid: 'bench', alg: ALG, use: 'sig' }
delete jwk.key_ops
delete jwk.ext
const payload = fixturePayload()
const input = `${b64urlText(JSON.stringify({ alg: ALG, typ: 'JWT', kid: 'bench' }))}.${b64urlText(JSON.stringify(payload))}`
const bytes = new TextEncoder().encode(input)
const signature = new Uint8Array(await crypto.subtle.sign(ECDSA, privateKey, bytes))
const token = `${input}.${b64url(signature)}`

const keyObject = createPublicKey({ key: jwk, format: 'jwk' })
const ours = new JWTVerifier({ keys: KeySet.from({ keys: [jwk] }), algorithms: [ALG] })
const floor = () => cryptoVerify(HASH.replace('-', '').toLowerCase(), bytes, { key: keyObject, dsaEncoding: 'ieee-p1363' }, signature)
const cases = [
  ['verify+decode', 'jwt-wasm', () => ours.verify(token)],
  ['verify+decode', 'jose', () => jwtVerify(token, publicKey, { algorithms: [ALG] }).then((r) => r.payload)],
]
if (floor() !== true) throw new Error('crypto.verify refused the fixture')
for (const [op, lib, fn] of cases) checkClaims(await fn(), payload, `${ALG} ${op} ${lib}`)
const results = await runPaired(cases.map(([op, lib, fn]) => ({ op, alg: ALG, lib, fn, floor })), { rounds, cpuTime })

const importUs = []
for (let r = 0; r < (quick ? 3 : 9); r++) {
  const t0 = performance.now()
  for (let i = 0; i < 50; i++) KeySet.from({ keys: [jwk] })
  importUs.push(((performance.now() - t0) / 50) * 1000)
}

console.log(`${ALG} on Node ${process.versions.node}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`)
for (const r of results) console.log(`${r.lib} ${r.op}: ${(r.medianNs / 1000).toFixed(0)} µs, ${r.ratio.toFixed(2)}x node:crypto verify of the same input`)
console.log(`node:crypto verify: ${(results[0].medianNs / results[0].ratio / 1000).toFixed(0)} µs; key import (KeySet.from of one ${CURVE} JWK): ${median(importUs).toFixed(0)} µs`)
