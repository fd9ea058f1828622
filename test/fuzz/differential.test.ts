// Differential against jose: for random claims, what we decode from our token is what
// jose verifies and decodes from it; and tokens jose signs are accepted here exactly when
// their claims are valid (the reference verdict), agreeing with jose itself wherever the
// two define validity the same way.
import fc from 'fast-check'
import { jwtVerify, SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { JWTError } from '../../src/index.js'
import { expectMemoryUnchanged, makeJwt, memorySnapshot, NOW, SECRET, type HS } from '../attacks/helpers.js'
import { referenceVerdict } from './reference.js'
import { params } from './scale.js'

const key = new TextEncoder().encode(SECRET)
const RESERVED = new Set(['sub', 'iat', 'nbf', 'exp', 'jti', 'type', 'fresh', 'iss', 'aud', 'identity', 'csrf'])
const ALGS: HS[] = ['HS256', 'HS384', 'HS512']
const jwts = Object.fromEntries(ALGS.map((algorithm) => [algorithm, makeJwt({ algorithm })])) as Record<HS, ReturnType<typeof makeJwt>>

const CLAIMS = fc.dictionary(
  fc.string({ maxLength: 12 }).filter((name) => !RESERVED.has(name)),
  fc.jsonValue({ maxDepth: 3 }),
  { maxKeys: 6 },
)
const IDENTITY = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))

describe('our tokens decode in jose to the same claims', () => {
  it('random identities and claims, three algorithms', async () => {
    const before = memorySnapshot()
    await fc.assert(
      fc.asyncProperty(IDENTITY, CLAIMS, fc.constantFrom(...ALGS), fc.boolean(), async (identity, claims, algorithm, refresh) => {
        const jwt = jwts[algorithm]
        const token = refresh ? jwt.createRefreshToken(identity, { claims }) : jwt.createAccessToken(identity, { claims })
        const ours = jwt.decodeToken(token)
        const { payload, protectedHeader } = await jwtVerify(token, key, { algorithms: [algorithm], currentDate: new Date(NOW * 1000) })
        expect(protectedHeader).toStrictEqual({ alg: algorithm, typ: 'JWT' })
        const { identity: id, ...rest } = ours
        expect(id).toBe(String(identity))
        expect(rest).toStrictEqual(payload)
        // And the claims are what was put in, as JSON carries them.
        for (const [name, value] of Object.entries(claims)) expect(ours[name]).toStrictEqual(JSON.parse(JSON.stringify(value)))
      }),
      params(400),
    )
    expectMemoryUnchanged(before)
  })
})

const TIME = fc.oneof(
  fc.integer({ min: NOW - 1000, max: NOW + 1000 }),
  fc.double({ min: NOW - 1000, max: NOW + 1000, noNaN: true }),
  fc.constantFrom(NOW, NOW + 1, NOW - 1, 0, -0, 1e308),
)

describe('tokens jose signs are accepted exactly when their claims are valid', () => {
  it('random exp, nbf, iat and sub, three algorithms', async () => {
    const before = memorySnapshot()
    const seen = new Set<string>()
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ALGS),
        fc.option(TIME, { nil: undefined, freq: 8 }),
        fc.option(TIME, { nil: undefined }),
        fc.option(TIME, { nil: undefined }),
        fc.option(fc.oneof(fc.string({ maxLength: 10 }), fc.integer()), { nil: undefined, freq: 8 }),
        CLAIMS,
        fc.boolean(),
        async (algorithm, exp, nbf, iat, sub, extra, typ) => {
          const payload: Record<string, unknown> = { ...extra }
          if (exp !== undefined) payload.exp = exp
          if (nbf !== undefined) payload.nbf = nbf
          if (iat !== undefined) payload.iat = iat
          if (sub !== undefined) payload.sub = sub
          const token = await new SignJWT(payload).setProtectedHeader(typ ? { alg: algorithm, typ: 'JWT' } : { alg: algorithm }).sign(key)
          const [h, p] = token.split('.').map((s) => Buffer.from(s, 'base64url').toString())
          const expected = referenceVerdict(h, p, true, algorithm, NOW)
          let ours: string
          try {
            jwts[algorithm].decodeToken(token)
            ours = 'OK'
          } catch (error) {
            if (!(error instanceof JWTError)) throw error
            ours = error.code
          }
          seen.add(ours)
          expect(ours).toBe(expected)
          // jose with exp required agrees wherever our rules coincide: sub a string if
          // present, iat not in the future (jose does not check that), integer clock.
          if ((sub === undefined || typeof sub === 'string') && !(iat !== undefined && iat > NOW)) {
            let theirs = 'OK'
            await jwtVerify(token, key, { algorithms: [algorithm], currentDate: new Date(NOW * 1000), requiredClaims: ['exp'] }).catch(() => {
              theirs = 'refused'
            })
            expect(theirs).toBe(ours === 'OK' ? 'OK' : 'refused')
          }
        },
      ),
      params(600),
    )
    for (const code of ['OK', 'EXPIRED', 'NOT_YET_VALID', 'INVALID_CLAIMS']) expect(seen).toContain(code)
    expectMemoryUnchanged(before)
  })
  it('a jose token for another algorithm, or signed with another key, is refused', async () => {
    const token = await new SignJWT({ sub: 'alice', exp: NOW + 60 }).setProtectedHeader({ alg: 'HS384' }).sign(key)
    expect(() => jwts.HS256.decodeToken(token)).toThrow(expect.objectContaining({ code: 'ALGORITHM_MISMATCH' }))
    const other = await new SignJWT({ sub: 'alice', exp: NOW + 60 }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('x'.repeat(32)))
    expect(() => jwts.HS256.decodeToken(other)).toThrow(expect.objectContaining({ code: 'INVALID_SIGNATURE' }))
  })
})
