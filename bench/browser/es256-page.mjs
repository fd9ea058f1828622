// The Chromium side of the ES256 benchmark (bench/browser.bench.mjs with this page):
// jwt-wasm/asymmetric as shipped (dist/asymmetric.js) and jose, each paired with
// crypto.subtle.verify of the same signing input on an imported CryptoKey as the floor.
import { KeySet, JWTVerifier } from '../../dist/asymmetric.js'
import { jwtVerify } from 'jose'
import { checkClaims } from '../fixture.mjs'
import { ECDSA, es256Fixture } from '../es256-fixture.mjs'
import { runPaired } from '../harness.mjs'

window.runBench = async ({ rounds, cpuTime }) => {
  const f = await es256Fixture()
  const ours = new JWTVerifier({ keys: KeySet.from({ keys: [f.jwk] }), algorithms: ['ES256'] })
  const floor = () => crypto.subtle.verify(ECDSA, f.publicKey, f.signature, f.bytes)
  const cases = [
    ['verify', 'crypto.subtle.verify', floor],
    ['verify+decode', 'jwt-wasm', () => ours.verify(f.token)],
    ['verify+decode', 'jose', () => jwtVerify(f.token, f.publicKey, { algorithms: ['ES256'] }).then((r) => r.payload)],
  ]
  for (const [op, lib, fn] of cases) {
    const out = await fn()
    if (op === 'verify') {
      if (out !== true) throw new Error('crypto.subtle.verify refused the fixture')
    } else checkClaims(out, f.payload, `ES256 ${op} ${lib}`)
  }
  return runPaired(cases.map(([op, lib, fn]) => ({ op, alg: 'ES256', lib, fn, floor })), { rounds, cpuTime, minCallNs: 5e5 })
}
window.benchReady = true
