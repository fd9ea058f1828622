// Interop with jose: our tokens verify there with the same secret bytes, and tokens jose
// signs decode here, for HS256, HS384 and HS512.
import { describe, expect, test } from 'vitest'
import { SignJWT, jwtVerify, decodeProtectedHeader } from 'jose'
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
