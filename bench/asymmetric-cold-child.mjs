// One cold process for bench/asymmetric-cold.mjs: import, key set and first verification
// (module compile and key precomputation included), then 999 more.
const [lib, jwks, token] = process.argv.slice(2)
const t0 = performance.now()
let verify
if (lib === 'jwt-wasm') {
  const { JWTVerifier, KeySet } = await import('../dist/asymmetric.js')
  var t1 = performance.now()
  const verifier = new JWTVerifier({ keys: KeySet.from(jwks), algorithms: ['RS256'] })
  verify = () => verifier.verify(token)
} else {
  const { createLocalJWKSet, jwtVerify } = await import('jose')
  var t1 = performance.now()
  const set = createLocalJWKSet(JSON.parse(jwks))
  verify = () => jwtVerify(token, set, { algorithms: ['RS256'] }).then((r) => r.payload)
}
const first = await verify()
const t2 = performance.now()
if (first.sub !== 'user-1234') throw new Error('wrong claims')
for (let i = 1; i < 1000; i++) await verify()
const t3 = performance.now()
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, first1000Ms: t3 - t1, startToFirstMs: t2 }))
