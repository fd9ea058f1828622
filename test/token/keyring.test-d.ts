// Type tests for the key ring's public types, checked by `tsc --noEmit` (test/http/types.test.ts
// runs it over the files test/http/tsconfig.json lists). An unused expect-error directive is
// itself an error, so each proves a refusal.
import { expectTypeOf } from 'vitest'
import { JWT, type GeneratedKey, type KeyInfo, type Keys, type RingKey } from '../../src/index.js'
import { JWT as CoreJWT } from '../../src/core.js'

// A generated JWK goes straight into the options and into keys.add, in both entries.
const generated = JWT.generateKey({ algorithm: 'HS512', kid: 'k1' })
expectTypeOf(generated).toEqualTypeOf<GeneratedKey>()
const jwt = new JWT({ keys: [generated, { kid: 'k2', secret: new Uint8Array(64), algorithm: 'HS512' }], signingKey: 'k1', keylessKey: 'k2' })
new CoreJWT({ keys: [CoreJWT.generateKey()] })
jwt.keys.add(JWT.generateKey())
jwt.keys.add({ kty: 'oct', kid: 'k3', k: generated.k, alg: 'HS512', use: 'sig', key_ops: ['sign', 'verify'] })
expectTypeOf(jwt.keys).toEqualTypeOf<Keys>()
expectTypeOf(jwt.keys.list()).toEqualTypeOf<KeyInfo[]>()
expectTypeOf<GeneratedKey>().toMatchTypeOf<RingKey>()

// @ts-expect-error a ring key needs a kid
jwt.keys.add({ secret: 'x'.repeat(32) })
// @ts-expect-error a JWK's alg is an HMAC name, in upper case
jwt.keys.add({ kty: 'oct', kid: 'k4', k: generated.k, alg: 'hs512' })
// @ts-expect-error signingKey names a kid
new JWT({ keys: [generated], signingKey: 1 })
