// Interop with jose: our tokens verify there with the same secret bytes, and tokens jose
// signs decode here, for HS256, HS384 and HS512.
import { describe, expect, test } from 'vitest'
import { SignJWT, jwtVerify, decodeProtectedHeader, importJWK } from 'jose'
import { JWT } from '../../src/index.js'
import { expectFixedMemory } from './helpers.js'

expectFixedMemory()

const ALGORITHMS = ['HS256', 'HS384', 'HS512'] as const
const now = Math.floor(Date.now() / 1000)

describe.each(ALGORITHMS)('%s', (alg) => {
  const secretKey = JWT.generateSecret(alg)
  const secretBytes = new TextEncoder().encode(secretKey)
  const jwt = new JWT({ secretKey, algorithm: alg, issuer: 'https://issuer.example', audience: 'api' })

  test('our access and refresh tokens verify in jose', async () => {
    const access = jwt.createAccessToken('user123', { claims: { role: 'admin', n: [1, { x: 'é😀' }] } })
    const { payload, protectedHeader } = await jwtVerify(access, secretBytes, {
      algorithms: [alg],
      issuer: 'https://issuer.example',
      audience: 'api',
      typ: 'JWT',
    })
    expect(protectedHeader).toEqual({ alg, typ: 'JWT' })
    expect(payload).toMatchObject({ sub: 'user123', type: 'access', fresh: true, role: 'admin', n: [1, { x: 'é😀' }] })
    expect(payload.exp! - payload.iat!).toBe(900)

    const refresh = jwt.createRefreshToken(7)
    expect((await jwtVerify(refresh, secretBytes, { algorithms: [alg] })).payload).toMatchObject({ sub: '7', type: 'refresh' })
  })

  test('jose refuses our token under another secret', async () => {
    await expect(jwtVerify(jwt.createAccessToken('u'), new TextEncoder().encode(JWT.generateSecret(alg)))).rejects.toThrow()
  })

  test('tokens jose signs (sub and exp) decode here', async () => {
    const plain = new JWT({ secretKey: secretBytes, algorithm: alg })
    const token = await new SignJWT({ role: 'r' }).setProtectedHeader({ alg }).setSubject('user123').setExpirationTime(now + 300).sign(secretBytes)
    expect(decodeProtectedHeader(token)).toEqual({ alg })
    expect(plain.decodeToken(token)).toEqual({ role: 'r', sub: 'user123', exp: now + 300, identity: 'user123' })
    expect(plain.verifyToken(token)).toBe(true)
    expect(plain.getIdentity(token)).toBe('user123')
  })

  test('jose tokens with every registered claim, and typ JWT, decode here', async () => {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg, typ: 'JWT' })
      .setSubject('s')
      .setIssuer('https://issuer.example')
      .setAudience(['web', 'api'])
      .setIssuedAt(now - 10)
      .setNotBefore(now - 10)
      .setExpirationTime(now + 60)
      .setJti('id-1')
      .sign(secretBytes)
    expect(jwt.decodeToken(token)).toMatchObject({ sub: 's', iss: 'https://issuer.example', aud: ['web', 'api'], jti: 'id-1', identity: 's' })
  })

  test('an expired jose token is EXPIRED here, and a jose token for another algorithm is refused', async () => {
    const plain = new JWT({ secretKey: secretBytes, algorithm: alg })
    const expired = await new SignJWT({}).setProtectedHeader({ alg }).setSubject('u').setExpirationTime(now - 1).sign(secretBytes)
    expect(() => plain.decodeToken(expired)).toThrow(expect.objectContaining({ code: 'EXPIRED' }))
    const other = ALGORITHMS.find((a) => a !== alg)!
    const foreign = await new SignJWT({}).setProtectedHeader({ alg: other }).setSubject('u').setExpirationTime(now + 60).sign(secretBytes)
    expect(() => plain.decodeToken(foreign)).toThrow(expect.objectContaining({ code: 'ALGORITHM_MISMATCH' }))
  })
})

test('a Uint8Array secret is used as the same bytes on both sides', async () => {
  const key = crypto.getRandomValues(new Uint8Array(64))
  const jwt = new JWT({ secretKey: key, algorithm: 'HS512' })
  expect((await jwtVerify(jwt.createAccessToken('u'), key)).payload.sub).toBe('u')
  // A key longer than the hash block is hashed first (RFC 2104 §2), on both sides.
  const long = crypto.getRandomValues(new Uint8Array(300))
  const j2 = new JWT({ secretKey: long, algorithm: 'HS256' })
  expect((await jwtVerify(j2.createAccessToken('u'), long)).payload.sub).toBe('u')
  const joseToken = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('j').setExpirationTime(now + 60).sign(long)
  expect(j2.decodeToken(joseToken).identity).toBe('j')
})

describe.each(ALGORITHMS)('key ring, %s', (alg) => {
  // Two generated keys of this algorithm in a jwt-wasm ring, the same JWKs in jose.
  const current = JWT.generateKey({ algorithm: alg, kid: `current-${alg}` })
  const previous = JWT.generateKey({ algorithm: alg, kid: `previous-${alg}` })
  const ring = new JWT({ keys: [previous, current], signingKey: current.kid })

  test('jose verifies our ring tokens, choosing the key by kid', async () => {
    const token = ring.createAccessToken('user123', { claims: { role: 'admin' } })
    // jose's JWK sets take asymmetric keys only, so its key-resolver function picks the JWK.
    const byKid = new Map([previous, current].map((jwk) => [jwk.kid, jwk]))
    const resolve = (header: { kid?: string }) => importJWK(byKid.get(header.kid ?? '')!, alg)
    const { payload, protectedHeader } = await jwtVerify(token, resolve, { algorithms: [alg], typ: 'JWT' })
    expect(protectedHeader).toEqual({ alg, typ: 'JWT', kid: current.kid })
    expect(payload).toMatchObject({ sub: 'user123', role: 'admin' })
    // jose refuses it under the other key of the ring: the kid is what binds the key.
    await expect(jwtVerify(token, await importJWK(previous, alg))).rejects.toThrow()
  })

  test('tokens jose signs with a kid decode here, with that key only', async () => {
    const key = await importJWK(previous, alg)
    const token = await new SignJWT({ role: 'r' }).setProtectedHeader({ alg, kid: previous.kid }).setSubject('j').setExpirationTime(now + 60).sign(key)
    expect(ring.decodeToken(token)).toEqual({ role: 'r', sub: 'j', exp: now + 60, identity: 'j' })
    const relabelled = await new SignJWT({}).setProtectedHeader({ alg, kid: current.kid }).setSubject('j').setExpirationTime(now + 60).sign(key)
    expect(() => ring.decodeToken(relabelled)).toThrow(expect.objectContaining({ code: 'INVALID_SIGNATURE' }))
    const unknown = await new SignJWT({}).setProtectedHeader({ alg, kid: 'nobody' }).setSubject('j').setExpirationTime(now + 60).sign(key)
    expect(() => ring.decodeToken(unknown)).toThrow(expect.objectContaining({ code: 'UNKNOWN_KEY' }))
  })

  test('a JWK from JWT.generateKey imports into jose, which signs tokens the ring accepts', async () => {
    const fresh = JWT.generateKey({ algorithm: alg })
    const key = await importJWK(fresh, alg)
    ring.keys.add(fresh)
    const token = await new SignJWT({}).setProtectedHeader({ alg, typ: 'JWT', kid: fresh.kid }).setSubject('gen').setExpirationTime(now + 60).sign(key)
    expect(ring.decodeToken(token).identity).toBe('gen')
    // And the other way: the ring signs with it, jose verifies with the imported key.
    ring.keys.use(fresh.kid)
    expect((await jwtVerify(ring.createAccessToken('back'), key, { algorithms: [alg] })).payload.sub).toBe('back')
    ring.keys.use(current.kid)
    ring.keys.remove(fresh.kid)
    expect(() => ring.decodeToken(token)).toThrow(expect.objectContaining({ code: 'UNKNOWN_KEY' }))
  })
})
