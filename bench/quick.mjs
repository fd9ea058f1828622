// A quick check while working on the engine: sign, verify+decode and verify-only,
// each paired with the createHmac floor in the same round (bench/harness.mjs). Given a
// second dist directory (a copy of an earlier build), both are timed in the same run,
// so a change is judged against its baseline under the same load:
//   node bench/quick.mjs [baseline-dist-dir|-] [rounds] [HS256|HS384|HS512]
import { createHmac } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { resolve } from 'node:path'
import { SECRET, fixturePayload, fixtureToken } from './fixture.mjs'
import { runPaired } from './harness.mjs'

const [baseDir = '-', roundsArg = '7', alg = 'HS256'] = process.argv.slice(2)
const builds = [['new', new URL('../dist/index.js', import.meta.url).href]]
if (baseDir !== '-') builds.unshift(['base', pathToFileURL(resolve(baseDir, 'index.js')).href])

const { input, token } = await fixtureToken(alg, fixturePayload())
const secret = Buffer.from(SECRET)
const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg]
const floor = () => createHmac(hash, secret).update(input).digest()

const cases = []
for (const [name, url] of builds) {
  const { JWT } = await import(url)
  const jwt = new JWT({ secretKey: SECRET, algorithm: alg })
  if (jwt.decodeToken(token).role !== 'admin' || !jwt.verifyToken(token)) throw new Error(`${name}: fixture not accepted`)
  if (jwt.decodeToken(jwt.createAccessToken('user-1234', { claims: { role: 'admin' } })).role !== 'admin') throw new Error(`${name}: sign`)
  cases.push(
    { op: 'sign', alg, lib: name, fn: () => jwt.createAccessToken('user-1234', { claims: { role: 'admin' } }), floor },
    { op: 'verify+decode', alg, lib: name, fn: () => jwt.decodeToken(token), floor },
    { op: 'verify-only', alg, lib: name, fn: () => jwt.verifyToken(token), floor },
  )
}

// The key ring (issue 11) of each build: three keys; its tokens carry a kid, so each
// verification is paired with createHmac over its own token's signing input. "other" is a
// token of a key that does not sign; "mixed" alternates it with the signing key's, as
// traffic does while a rotation is under way.
const other = new Uint8Array(64).fill(1)
const keyed = await fixtureToken(alg, fixturePayload(), { kid: 'k2025-11' })
const otherKeyed = await fixtureToken(alg, fixturePayload(), { kid: 'k2025-10', secret: other })
const ringFloor = () => createHmac(hash, secret).update(keyed.input).digest()
const otherFloor = () => createHmac(hash, other).update(otherKeyed.input).digest()
for (const [name, url] of builds) {
  const { JWT } = await import(url)
  const ring = new JWT({ keys: [{ kid: 'k2025-10', secret: other }, { kid: 'k2025-11', secret: SECRET }, { kid: 'k2025-12', secret: new Uint8Array(64).fill(2) }], signingKey: 'k2025-11', algorithm: alg })
  if (ring.decodeToken(keyed.token).role !== 'admin' || ring.decodeToken(otherKeyed.token).role !== 'admin') throw new Error(`${name} ring: fixture not accepted`)
  let n = 0
  let m = 0
  cases.push(
    { op: 'ring sign', alg, lib: name, fn: () => ring.createAccessToken('user-1234', { claims: { role: 'admin' } }), floor },
    { op: 'ring verify', alg, lib: name, fn: () => ring.decodeToken(keyed.token), floor: ringFloor },
    { op: 'ring other', alg, lib: name, fn: () => ring.decodeToken(otherKeyed.token), floor: otherFloor },
    { op: 'ring mixed', alg, lib: name, fn: () => ring.decodeToken(++n & 1 ? keyed.token : otherKeyed.token), floor: () => (++m & 1 ? ringFloor : otherFloor)() },
  )
}

const results = await runPaired(cases, { rounds: Number(roundsArg), cpuTime: 25e6 })
console.log(`load ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}`)
for (const r of results) {
  console.log(`${r.op.padEnd(14)} ${r.lib.padEnd(5)} ${(r.medianNs / 1000).toFixed(2).padStart(6)} us  ${r.ratio.toFixed(3)}x  [${r.ratios.map((x) => x.toFixed(2)).join(' ')}]`)
}
