// The loop bench/profile.mjs profiles: one jwt-wasm operation on the fixture, for a while.
import { JWT } from '../dist/index.js'
import { SECRET, badSignature, fixturePayload, fixtureToken } from './fixture.mjs'

const [op = 'decode', alg = 'HS256', seconds = '3'] = process.argv.slice(2)
const { token } = await fixtureToken(alg, fixturePayload())
const jwt = new JWT({ secretKey: SECRET, algorithm: alg, cache: op === 'cached' ? { size: 1000 } : undefined })
const bad = badSignature(token)
const run = {
  decode: () => jwt.decodeToken(token),
  verify: () => jwt.verifyToken(token),
  cached: () => jwt.decodeToken(token),
  sign: () => jwt.createAccessToken('user-1234', { claims: { role: 'admin' } }),
  reject: () => {
    try {
      jwt.decodeToken(bad)
    } catch (e) {
      return e
    }
  },
}[op]
const end = Date.now() + Number(seconds) * 1000
let n = 0
while (Date.now() < end) for (let i = 0; i < 1000; i++, n++) run()
console.log(`${op} ${alg}: ${n} calls`)
