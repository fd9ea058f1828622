// EdDSA in Chromium, run by bench/browser.bench.mjs (node bench/browser.bench.mjs out.json
// bench/browser/eddsa-page.mjs), bundled by esbuild: jwt-wasm/asymmetric as
// shipped (dist/asymmetric.js) and jose, paired with the crypto.subtle.verify floor
// (Chromium's WebCrypto has Ed25519). Results go back through window.runBench().
import { JWTVerifier, KeySet } from '../../dist/asymmetric.js'
import { jwtVerify } from 'jose'
import { checkCases, eddsaFixture, refused } from '../eddsa-fixture.mjs'
import { runPaired } from '../harness.mjs'

window.runBench = async ({ rounds, cpuTime }) => {
  const f = await eddsaFixture()
  const ours = new JWTVerifier({ keys: KeySet.from({ keys: [f.jwk] }), algorithms: ['EdDSA'] })
  const floor = () => crypto.subtle.verify('Ed25519', f.publicKey, f.signature, f.bytes)
  const list = [
    ['floor', 'crypto.subtle.verify', floor],
    ['verify+decode', 'jwt-wasm', () => ours.verify(f.token)],
    ['verify+decode', 'jose', () => jwtVerify(f.token, f.publicKey, { algorithms: ['EdDSA'] }).then((r) => r.payload)],
    ['reject', 'jwt-wasm verifyToken', () => !ours.verifyToken(f.bad)],
    ['reject', 'jose', refused(() => jwtVerify(f.bad, f.publicKey, { algorithms: ['EdDSA'] }))],
  ]
  await checkCases(list, f.payload)
  // performance.now() is coarse in a page, so every timed call lasts at least 0.5 ms.
  return runPaired(list.map(([op, lib, fn]) => ({ op, alg: 'EdDSA', lib, fn, floor })), { rounds, cpuTime, minCallNs: 5e5 })
}
window.benchReady = true
