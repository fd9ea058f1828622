// One cold process for bench/cold.mjs: import, first verification (key set-up included),
// then 999 more. performance.now() counts from process start.
import { SECRET } from './fixture.mjs'

const [lib, token] = process.argv.slice(2)
const t0 = performance.now()
let verify
if (lib === 'jwt-wasm') {
  const { JWT } = await import('../dist/index.js')
  var t1 = performance.now()
  const jwt = new JWT({ secretKey: SECRET })
  verify = () => jwt.decodeToken(token)
} else {
  const { jwtVerify } = await import('jose')
  var t1 = performance.now()
  const key = await crypto.subtle.importKey('raw', SECRET, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
  verify = () => jwtVerify(token, key, { algorithms: ['HS256'] }).then((r) => r.payload)
}
const first = await verify()
const t2 = performance.now()
if (first.sub !== 'user-1234') throw new Error('wrong claims')
for (let i = 1; i < 1000; i++) await verify()
const t3 = performance.now()
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, first1000Ms: t3 - t1, startToFirstMs: t2 }))
