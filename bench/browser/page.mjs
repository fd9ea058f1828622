// The Chromium side of bench/browser.bench.mjs, bundled by esbuild: jwt-wasm as shipped
// (dist/index.js), jose and hono on their imported CryptoKeys, each paired with the
// crypto.subtle.sign floor. Results go back through window.runBench().
import { JWT } from '../../dist/index.js'
import { SignJWT, jwtVerify } from 'jose'
import { sign as honoSign, verify as honoVerify } from 'hono/utils/jwt/jwt'
import { createHMAC, createSHA256, createSHA384, createSHA512 } from 'hash-wasm'
import { ALGS, SECRET, badSignature, checkClaims, checkSigned, fixturePayload, fixtureToken, importHmacKey } from '../fixture.mjs'
import { runPaired } from '../harness.mjs'

const WASM_HASH = { HS256: createSHA256, HS384: createSHA384, HS512: createSHA512 }

async function casesFor(alg) {
  const payload = fixturePayload()
  const { input, token } = await fixtureToken(alg, payload)
  const bytes = new TextEncoder().encode(input)
  const bad = badSignature(token)
  const key = await importHmacKey(alg)
  const hashWasm = await createHMAC(WASM_HASH[alg](), SECRET)
  const ours = new JWT({ secretKey: SECRET, algorithm: alg })
  const floor = () => crypto.subtle.sign('HMAC', key, bytes)
  const refused = (f) => () => f().then(() => { throw new Error('accepted a bad signature') }, () => true)
  const list = [
    ['floor', 'crypto.subtle.sign', floor],
    ['floor', 'hash-wasm HMAC', () => { hashWasm.init(); hashWasm.update(input); return hashWasm.digest('binary') }],
    ['sign', 'jwt-wasm', () => ours.createAccessToken('user-1234', { claims: { role: 'admin' } })],
    ['sign', 'jose', () => new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT' }).sign(key)],
    ['sign', 'hono', () => honoSign(payload, key, alg)],
    ['verify+decode', 'jwt-wasm', () => ours.decodeToken(token)],
    ['verify+decode', 'jose', () => jwtVerify(token, key, { algorithms: [alg] }).then((r) => r.payload)],
    ['verify+decode', 'hono', () => honoVerify(token, key, alg)],
    ['reject', 'jwt-wasm verifyToken', () => { if (ours.verifyToken(bad)) throw new Error('accepted a bad signature'); return true }],
    ['reject', 'jose', refused(() => jwtVerify(bad, key, { algorithms: [alg] }))],
    ['reject', 'hono', refused(() => honoVerify(bad, key, alg))],
  ]
  for (const [op, lib, fn] of list) {
    const label = `${alg} ${op} ${lib}`
    const out = await fn()
    if (op === 'sign') {
      const { iat, jti, ...stable } = payload
      await checkSigned(alg, out, lib === 'jwt-wasm' ? { sub: 'user-1234', type: 'access', fresh: true, role: 'admin' } : { ...stable, iat, jti }, label)
    } else if (op === 'verify+decode') checkClaims(out, payload, label)
    else if (op === 'reject' && out !== true) throw new Error(`${label}: ${out}`)
  }
  return list.map(([op, lib, fn]) => ({ op, alg, lib, fn, floor }))
}

window.runBench = async ({ rounds, cpuTime }) => {
  const cases = []
  for (const alg of ALGS) cases.push(...(await casesFor(alg)))
  // performance.now() is coarse in a page (5 us even cross-origin isolated), so every
  // timed call runs the operation for at least 0.5 ms.
  return runPaired(cases, { rounds, cpuTime, minCallNs: 5e5 })
}
window.benchReady = true
