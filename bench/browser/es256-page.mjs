// The Chromium side of bench/es256.bench.mjs, bundled by esbuild: jwt-wasm/asymmetric as
// shipped (dist/asymmetric.js) and jose, each paired with the crypto.subtle.verify floor
// on the same signing input. The key and token come from Node through window.runEs256.
import { KeySet, JWTVerifier } from '../../dist/asymmetric.js'
import { jwtVerify } from 'jose'
import { runPaired } from '../harness.mjs'

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }

window.runEs256 = async ({ jwk, token, rounds, cpuTime }) => {
  const [h, p, s] = token.split('.')
  const input = new TextEncoder().encode(`${h}.${p}`)
  const sig = Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))
  const key = await crypto.subtle.importKey('jwk', jwk, ECDSA, false, ['verify'])
  const ours = new JWTVerifier({ keys: KeySet.from({ keys: [jwk] }), algorithms: ['ES256'] })
  const floor = () => crypto.subtle.verify(ECDSA, key, sig, input)
  const cases = [
    ['verify+decode', 'jwt-wasm', () => ours.verify(token)],
    ['verify+decode', 'jose', () => jwtVerify(token, key, { algorithms: ['ES256'] }).then((r) => r.payload)],
    ['verify', 'crypto.subtle.verify', floor],
  ]
  for (const [, lib, fn] of cases) {
    const out = await fn()
    if (out !== true && out?.sub !== 'user-1234') throw new Error(`${lib} did not verify the fixture`)
  }
  return runPaired(cases.map(([op, lib, fn]) => ({ op, alg: 'ES256', lib, fn, floor })), { rounds, cpuTime, minCallNs: 5e5 })
}
window.es256Ready = true
