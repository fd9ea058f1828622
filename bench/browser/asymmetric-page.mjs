// The Chromium side of the asymmetric benchmark (bench/browser.bench.mjs with this page):
// jwt-wasm/asymmetric as shipped (dist/asymmetric.js) and jose, each paired with
// crypto.subtle.verify on an imported CryptoKey as the floor.
import { JWTVerifier, KeySet } from '../../dist/asymmetric.js'
import { importJWK, jwtVerify } from 'jose'
import { checkClaims } from '../fixture.mjs'
import { PK_CASES, pkFixture, webCryptoParams } from '../asymmetric-fixture.mjs'
import { runPaired } from '../harness.mjs'

window.runBench = async ({ rounds, cpuTime }) => {
  const fixtures = []
  for (const [name, alg, bits] of PK_CASES) fixtures.push(await pkFixture(name, alg, bits))
  const keys = KeySet.from({ keys: fixtures.map((f) => f.jwk) })
  const cases = []
  for (const f of fixtures) {
    const bytes = new TextEncoder().encode(f.input)
    const floor = () => crypto.subtle.verify(webCryptoParams(f.alg), f.publicKey, f.signature, bytes)
    const ours = new JWTVerifier({ keys, algorithms: [f.alg] })
    const oursCached = new JWTVerifier({ keys, algorithms: [f.alg], cache: { size: 1000 } })
    const joseKey = await importJWK(f.jwk, f.alg)
    const list = [
      ['floor', 'crypto.subtle.verify', floor],
      ['verify+decode', 'jwt-wasm', () => ours.verify(f.token)],
      ['verify+decode', 'jose', () => jwtVerify(f.token, joseKey, { algorithms: [f.alg] }).then((r) => r.payload)],
      ['cached verify', 'jwt-wasm', () => oursCached.verify(f.token)],
    ]
    for (const [op, lib, fn] of list) {
      const out = await fn()
      if (op === 'floor') {
        if (out !== true) throw new Error(`${f.name} floor refused the fixture`)
      } else checkClaims(out, f.payload, `${f.name} ${op} ${lib}`)
    }
    cases.push(...list.map(([op, lib, fn]) => ({ op, alg: f.name, lib, fn, floor })))
  }
  return runPaired(cases, { rounds, cpuTime, minCallNs: 5e5 })
}
window.benchReady = true
