// Node, one process: RS256/PS256 verify+decode for jwt-wasm/asymmetric and its peers, each
// paired with crypto.verify on a KeyObject (OpenSSL) as the floor, at 2048, 3072 and 4096
// bits, plus the verified-token cache and refusing a bad signature.
// Run through bench/run.mjs (npm run bench); alone: node bench/asymmetric.bench.mjs [out.json]
import { constants, createPublicKey, verify as cryptoVerify } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { createVerifier } from 'fast-jwt'
import jsonwebtoken from 'jsonwebtoken'
import { importJWK, jwtVerify } from 'jose'
import { JWTVerifier, KeySet } from '../dist/asymmetric.js'
import { checkClaims } from './fixture.mjs'
import { PK_CASES, pkFixture } from './asymmetric-fixture.mjs'
import { benchSize, progressOn, runPaired } from './harness.mjs'

const { rounds: ROUNDS, cpuTime: CPU_TIME } = benchSize(7)

const fixtures = []
for (const [name, alg, bits] of PK_CASES) fixtures.push(await pkFixture(name, alg, bits))
// One JWKS with every key, as an identity provider publishes them; kid picks the key.
const keys = KeySet.from({ keys: fixtures.map((f) => f.jwk) })

const refused = (f) => () => {
  try {
    f()
  } catch {
    return true
  }
  throw new Error('accepted a bad signature')
}

async function casesFor(f) {
  const { alg, input, signature, token, badToken, payload } = f
  const keyObject = createPublicKey({ key: f.jwk, format: 'jwk' })
  const pem = keyObject.export({ type: 'spki', format: 'pem' })
  const hash = `sha${alg.slice(2)}`
  const pss = alg.startsWith('PS') ? { key: keyObject, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 } : keyObject
  const inputBytes = Buffer.from(input)
  const floor = () => cryptoVerify(hash, inputBytes, pss, signature)
  const ours = new JWTVerifier({ keys, algorithms: [alg] })
  const oursCached = new JWTVerifier({ keys, algorithms: [alg], cache: { size: 1000 } })
  const joseKey = await importJWK(f.jwk, alg)
  const fastVerify = createVerifier({ key: pem, algorithms: [alg] })
  const fastCached = createVerifier({ key: pem, algorithms: [alg], cache: 1000 })
  const list = [
    ['floor', 'crypto.verify', floor],
    ['verify+decode', 'jwt-wasm', () => ours.verify(token)],
    ['verify+decode', 'fast-jwt', () => fastVerify(token)],
    ['verify+decode', 'jsonwebtoken', () => jsonwebtoken.verify(token, keyObject, { algorithms: [alg] })],
    ['verify+decode', 'jose', () => jwtVerify(token, joseKey, { algorithms: [alg] }).then((r) => r.payload)],
    ['verify-only', 'jwt-wasm', () => ours.verifyToken(token)],
    ['cached verify', 'jwt-wasm', () => oursCached.verify(token)],
    ['cached verify', 'fast-jwt', () => fastCached(token)],
    ['reject', 'jwt-wasm', refused(() => ours.verify(badToken))],
    ['reject', 'jwt-wasm verifyToken', () => { if (ours.verifyToken(badToken)) throw new Error('accepted a bad signature'); return true }],
  ]
  for (const [op, lib, fn] of list) {
    const label = `${f.name} ${op} ${lib}`
    const out = await fn()
    if (op === 'floor' || op === 'verify-only' || op === 'reject') {
      if (out !== true) throw new Error(`${label}: ${out}`)
    } else checkClaims(out, payload, label)
  }
  return list.map(([op, lib, fn]) => ({ op, alg: f.name, lib, fn, floor }))
}

const cases = []
for (const f of fixtures) cases.push(...(await casesFor(f)))
const results = await runPaired(cases, {
  rounds: ROUNDS,
  cpuTime: CPU_TIME,
  progress: progressOn('asymmetric bench'),
})
const out = { rounds: ROUNDS, cpuTimeMs: CPU_TIME / 1e6, results }
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(out, null, 1))
else for (const r of results) console.log(`${r.alg} ${r.op.padEnd(14)} ${r.lib.padEnd(24)} ${(r.medianNs / 1000).toFixed(2).padStart(8)} us  x${r.ratio.toFixed(2)}`)
