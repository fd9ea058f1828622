// Node, one process: sign, verify+decode, verify-only and reject-bad-signature for HS256,
// HS384 and HS512, for jwt-wasm and every peer, each paired with the createHmac floor.
// Run through bench/run.mjs (npm run bench); alone: node bench/node.bench.mjs [out.json]
import { createHmac, createSecretKey } from 'node:crypto'
import { createRequire } from 'node:module'
import { writeFileSync } from 'node:fs'
import { createSigner, createVerifier } from 'fast-jwt'
import jsonwebtoken from 'jsonwebtoken'
import { SignJWT, jwtVerify } from 'jose'
import { sign as honoSign, verify as honoVerify } from 'hono/utils/jwt/jwt'
import { createHMAC, createSHA256, createSHA384, createSHA512 } from 'hash-wasm'
import { JWT } from '../dist/index.js'
import { ALGS, SECRET, badSignature, checkClaims, checkSigned, fixturePayload, fixtureToken, importHmacKey } from './fixture.mjs'
import { benchSize, progressOn, runPaired } from './harness.mjs'

// The Rust binding's platform package, loaded directly: the wrapper @node-rs/jsonwebtoken
// lists every platform's package as optional, and this registry lacks the others, so
// `npm ci` fails with the wrapper installed. The binary and its API are the same.
const nodeRs = createRequire(import.meta.url)('@node-rs/jsonwebtoken-linux-x64-gnu')

const NODE_HASH = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }
const WASM_HASH = { HS256: createSHA256, HS384: createSHA384, HS512: createSHA512 }
const secretBuffer = Buffer.from(SECRET)
const keyObject = createSecretKey(secretBuffer)

const { rounds: ROUNDS, cpuTime: CPU_TIME } = benchSize(7)

/** A boolean from a call that throws on a bad token: what a user writes for a yes/no check. */
const ok = (f) => () => {
  try {
    f()
    return true
  } catch {
    return false
  }
}
const okAsync = (f) => () => f().then(() => true, () => false)
const refused = (f) => () => {
  try {
    f()
  } catch {
    return true
  }
  throw new Error('accepted a bad signature')
}
const refusedAsync = (f) => () => f().then(() => { throw new Error('accepted a bad signature') }, () => true)

async function casesFor(alg) {
  const payload = fixturePayload()
  const { input, token } = await fixtureToken(alg, payload)
  const bad = badSignature(token)
  const cryptoKey = await importHmacKey(alg)
  const hashWasm = await createHMAC(WASM_HASH[alg](), SECRET)

  const floor = () => createHmac(NODE_HASH[alg], secretBuffer).update(input).digest()
  const ours = new JWT({ secretKey: SECRET, algorithm: alg })
  // A ring of three keys (issue 11) signing with the fixture secret. Its tokens carry a kid,
  // so their header is longer: each ring verification is paired with createHmac over that
  // token's own signing input. The other key's token is found by its header's id; the
  // two in turn are the traffic of a rotation under way (each switch loads the other key).
  const otherSecret = Buffer.alloc(64, 0x5a)
  const ring = new JWT({
    keys: [{ kid: 'k2025-10', secret: otherSecret }, { kid: 'k2025-11', secret: SECRET }, { kid: 'k2025-12', secret: Buffer.alloc(64, 0xa5) }],
    signingKey: 'k2025-11',
    algorithm: alg,
  })
  const ringSigned = await fixtureToken(alg, payload, { kid: 'k2025-11' })
  const ringOther = await fixtureToken(alg, payload, { kid: 'k2025-10', secret: otherSecret })
  const ringFloor = () => createHmac(NODE_HASH[alg], secretBuffer).update(ringSigned.input).digest()
  const ringOtherFloor = () => createHmac(NODE_HASH[alg], otherSecret).update(ringOther.input).digest()
  let turn = 0
  let floorTurn = 0
  const ringTurns = () => ring.decodeToken(++turn & 1 ? ringSigned.token : ringOther.token)
  const ringTurnsFloor = () => (++floorTurn & 1 ? ringFloor : ringOtherFloor)()
  const oursCached = new JWT({ secretKey: SECRET, algorithm: alg, cache: { size: 1000 } })
  const fastSign = createSigner({ key: secretBuffer, algorithm: alg })
  const fastVerify = createVerifier({ key: secretBuffer, algorithms: [alg] })
  const fastCached = createVerifier({ key: secretBuffer, algorithms: [alg], cache: 1000 })
  const rsValidation = { algorithms: [alg] }
  // A server gets a new string per request, whose hash V8 has not computed yet.
  const authorization = `Bearer ${token}`

  const list = [
    // floors
    ['floor', 'createHmac', floor],
    ['floor', 'hash-wasm HMAC', () => { hashWasm.init(); hashWasm.update(input); return hashWasm.digest('binary') }],
    // sign: ours makes a fresh jti and iat per token (createAccessToken); the others sign the fixture object
    ['sign', 'jwt-wasm', () => ours.createAccessToken('user-1234', { claims: { role: 'admin' } })],
    ['sign', 'jwt-wasm, ring of 3 keys', () => ring.createAccessToken('user-1234', { claims: { role: 'admin' } }), 'header with kid'],
    ['sign', 'fast-jwt', () => fastSign(payload)],
    ['sign', '@node-rs/jsonwebtoken', () => nodeRs.signSync(payload, secretBuffer, { algorithm: alg })],
    ['sign', 'jsonwebtoken', () => jsonwebtoken.sign(payload, keyObject, { algorithm: alg })],
    ['sign', 'jose', () => new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT' }).sign(cryptoKey)],
    ['sign', 'hono', () => honoSign(payload, cryptoKey, alg)],
    // verify + decode: the claims object back
    ['verify+decode', 'jwt-wasm', () => ours.decodeToken(token)],
    ['verify+decode', 'jwt-wasm, ring of 3 keys', () => ring.decodeToken(ringSigned.token), "the signing key's token; floor over its own input", ringFloor],
    ['verify+decode', 'jwt-wasm, ring of 3 keys, another key', () => ring.decodeToken(ringOther.token), 'found by its header; floor over its own input', ringOtherFloor],
    ['verify+decode', 'jwt-wasm, ring of 3 keys, both in turn', ringTurns, "the signing key's and another's tokens alternately; floors likewise", ringTurnsFloor],
    ['verify+decode', 'fast-jwt', () => fastVerify(token)],
    ['verify+decode', '@node-rs/jsonwebtoken', () => nodeRs.verifySync(token, secretBuffer, rsValidation)],
    ['verify+decode', 'jsonwebtoken', () => jsonwebtoken.verify(token, keyObject, { algorithms: [alg] })],
    ['verify+decode', 'jose', () => jwtVerify(token, cryptoKey, { algorithms: [alg] }).then((r) => r.payload)],
    ['verify+decode', 'hono', () => honoVerify(token, cryptoKey, alg)],
    // with a verified-token cache
    ['cached verify', 'jwt-wasm', () => oursCached.decodeToken(token)],
    ['cached verify', 'jwt-wasm, token sliced from a header per call', () => oursCached.decodeToken(authorization.slice(7))],
    ['cached verify', 'fast-jwt', () => fastCached(token)],
    ['cached verify', 'fast-jwt, token sliced from a header per call', () => fastCached(authorization.slice(7))],
    // verify only: a boolean
    ['verify-only', 'jwt-wasm', () => ours.verifyToken(token)],
    ['verify-only', 'fast-jwt', ok(() => fastVerify(token))],
    ['verify-only', '@node-rs/jsonwebtoken', ok(() => nodeRs.verifySync(token, secretBuffer, rsValidation))],
    ['verify-only', 'jsonwebtoken', ok(() => jsonwebtoken.verify(token, keyObject, { algorithms: [alg] }))],
    ['verify-only', 'jose', okAsync(() => jwtVerify(token, cryptoKey, { algorithms: [alg] }))],
    ['verify-only', 'hono', okAsync(() => honoVerify(token, cryptoKey, alg))],
    // reject a bad signature: the throwing API, caught (and ours' boolean API)
    ['reject', 'jwt-wasm', refused(() => ours.decodeToken(bad))],
    ['reject', 'jwt-wasm verifyToken', () => { if (ours.verifyToken(bad)) throw new Error('accepted a bad signature'); return false }, 'boolean, no throw'],
    ['reject', 'fast-jwt', refused(() => fastVerify(bad))],
    ['reject', '@node-rs/jsonwebtoken', refused(() => nodeRs.verifySync(bad, secretBuffer, rsValidation))],
    ['reject', 'jsonwebtoken', refused(() => jsonwebtoken.verify(bad, keyObject, { algorithms: [alg] }))],
    ['reject', 'jose', refusedAsync(() => jwtVerify(bad, cryptoKey, { algorithms: [alg] }))],
    ['reject', 'hono', refusedAsync(() => honoVerify(bad, cryptoKey, alg))],
  ]

  // Every output checked before anything is timed.
  const expected = { ...payload }
  const mac = createHmac(NODE_HASH[alg], secretBuffer).update(input).digest()
  for (const [op, lib, fn] of list) {
    const label = `${alg} ${op} ${lib}`
    const out = await fn()
    if (op === 'floor') {
      if (!Buffer.from(out).equals(mac)) throw new Error(`${label}: wrong MAC`)
    } else if (op === 'sign') {
      const { iat, jti, ...stable } = expected
      await checkSigned(alg, out, lib.startsWith('jwt-wasm') ? { sub: 'user-1234', type: 'access', fresh: true, role: 'admin' } : { ...stable, iat, jti }, label)
    } else if (op === 'verify+decode' || op === 'cached verify') {
      checkClaims(out, expected, label)
      checkClaims(await fn(), expected, `${label} (second call)`)
    } else if (op === 'verify-only') {
      if (out !== true) throw new Error(`${label}: refused the fixture`)
    } else if (op === 'reject') {
      if (out !== true && out !== false) throw new Error(`${label}: unexpected ${out}`)
    }
  }
  return list.map(([op, lib, fn, note, ownFloor]) => ({ op, alg, lib, fn, floor: ownFloor ?? floor, note }))
}

const cases = []
for (const alg of ALGS) cases.push(...(await casesFor(alg)))
const results = await runPaired(cases, {
  rounds: ROUNDS,
  cpuTime: CPU_TIME,
  progress: progressOn('node bench'),
})
const out = { rounds: ROUNDS, cpuTimeMs: CPU_TIME / 1e6, results }
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(out, null, 1))
else for (const r of results) console.log(`${r.alg} ${r.op.padEnd(14)} ${r.lib.padEnd(32)} ${(r.medianNs / 1000).toFixed(2).padStart(8)} us  x${r.ratio.toFixed(2)}`)
