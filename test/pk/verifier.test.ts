// JWTVerifier: configuration errors at construction, the HS path's strict token profile and
// claim rules on RS/PS tokens, the error codes, verifyToken's never-throw promise, and the cache.
import { describe, expect, test } from 'vitest'
import { NOW, b64, rsaKey, signInput, signToken } from './helpers.js'
import { JWTError, JWTVerifier, KeySet } from '../../src/asymmetric.js'
import { JWTError as MainJWTError } from '../../src/index.js'
import { codeOf } from '../helpers/code-of.js'

const key = rsaKey(2048)
const keys = KeySet.from({ keys: [{ ...key.jwk, kid: 'k' }] })
const base = { keys, algorithms: ['RS256', 'PS256'] as ('RS256' | 'PS256')[], clock: () => NOW }
const verifier = new JWTVerifier(base)
const sign = (payload: Record<string, unknown> | string, header: Record<string, unknown> = { alg: 'RS256', kid: 'k' }) => signToken(String(header.alg ?? 'RS256'), key.privateKey, header, payload)

/** A token with exactly this header and payload text. */
function signRaw(headerJson: string, payloadJson: string): string {
  const input = `${b64(headerJson)}.${b64(payloadJson)}`
  return `${input}.${b64(signInput('RS256', key.privateKey, input))}`
}

describe('construction', () => {
  test.each([
    [{}, /option keys must be/],
    [{ keys: {} , algorithms: ['RS256'] }, /option keys must be/],
    [{ keys }, /option algorithms must be a non-empty array/],
    [{ keys, algorithms: [] }, /option algorithms/],
    [{ keys, algorithms: ['rs256'] }, /exact names/],
    [{ keys, algorithms: ['HS256'] }, /option algorithms/],
    [{ keys, algorithms: ['none'] }, /option algorithms/],
    [{ keys, algorithms: 'RS256' }, /option algorithms/],
    [{ ...base, issuer: '' }, /option issuer/],
    [{ ...base, audience: [] }, /option audience/],
    [{ ...base, leeway: -1 }, /option leeway/],
    [{ ...base, leeway: 1.5 }, /option leeway/],
    [{ ...base, clock: () => Number.NaN }, /option clock/],
    [{ ...base, maxTokenLength: 70000 }, /option maxTokenLength/],
    [{ ...base, cache: { size: 0 } }, /option cache/],
    [{ ...base, secretKey: 'x' }, /Unknown JWTVerifier option: secretKey/],
  ])('refuses %o with a TypeError naming the option', (options, message) => {
    expect(() => new JWTVerifier(options as never)).toThrow(TypeError)
    expect(() => new JWTVerifier(options as never)).toThrow(message)
  })

  test('refuses options that are not a plain object', () => {
    expect(() => new JWTVerifier(undefined as never)).toThrow(TypeError)
  })
})

describe('verify', () => {
  test('returns every claim plus identity (= sub, or null)', () => {
    expect(verifier.verify(sign({ sub: 'u', exp: NOW + 1, roles: ['a'] }))).toEqual({ sub: 'u', exp: NOW + 1, roles: ['a'], identity: 'u' })
    expect(verifier.verify(sign({ exp: NOW + 1 })).identity).toBe(null)
    expect(verifier.decodeToken(sign({ sub: 'd', exp: NOW + 1 })).identity).toBe('d')
  })

  test('JWTError is the main entry\'s class', () => {
    expect(JWTError).toBe(MainJWTError)
    try {
      verifier.verify('x')
    } catch (error) {
      expect(error).toBeInstanceOf(MainJWTError)
    }
  })

  test.each([
    ['not a string', () => verifier.verify(42 as never), 'MALFORMED'],
    ['two segments', () => verifier.verify('a.b'), 'MALFORMED'],
    ['four segments', () => verifier.verify(`${sign({ exp: NOW + 1 })}.x`), 'MALFORMED'],
    ['padded base64url', () => verifier.verify(`${sign({ exp: NOW + 1 })}=`), 'MALFORMED'],
    ['non-ASCII', () => verifier.verify(`${sign({ exp: NOW + 1 })}é`), 'MALFORMED'],
    ['too long', () => verifier.verify('a'.repeat(8193)), 'TOKEN_TOO_LARGE'],
    ['crit', () => verifier.verify(sign({ exp: NOW + 1 }, { alg: 'RS256', kid: 'k', crit: ['exp'] })), 'MALFORMED'],
    ['b64', () => verifier.verify(sign({ exp: NOW + 1 }, { alg: 'RS256', kid: 'k', b64: false })), 'MALFORMED'],
    ['typ not a JWT type', () => verifier.verify(sign({ exp: NOW + 1 }, { alg: 'RS256', kid: 'k', typ: 'JOSE' })), 'MALFORMED'],
    ['kid not a string', () => verifier.verify(sign({ exp: NOW + 1 }, { alg: 'RS256', kid: 1 })), 'MALFORMED'],
    ['a duplicate header member', () => verifier.verify(signRaw('{"alg":"RS256","alg":"RS256","kid":"k"}', `{"exp":${NOW + 1}}`)), 'MALFORMED'],
    ['a duplicate claim', () => verifier.verify(signRaw('{"alg":"RS256","kid":"k"}', `{"exp":${NOW + 1},"sub":"a","sub":"b"}`)), 'MALFORMED'],
    ['a payload that is not an object', () => verifier.verify(sign('[1]')), 'MALFORMED'],
    ['alg in another case', () => verifier.verify(sign({ exp: NOW + 1 }, { alg: 'rs256', kid: 'k' })), 'ALGORITHM_MISMATCH'],
    ['an algorithm not allowed', () => verifier.verify(sign({ exp: NOW + 1 }, { alg: 'RS384', kid: 'k' })), 'ALGORITHM_MISMATCH'],
    ['alg none', () => verifier.verify(`${b64('{"alg":"none"}')}.${b64(`{"exp":${NOW + 1}}`)}.AA`), 'ALGORITHM_MISMATCH'],
    ['an unknown kid', () => verifier.verify(sign({ exp: NOW + 1 }, { alg: 'RS256', kid: 'other' })), 'UNKNOWN_KEY'],
    ['a bad signature', () => verifier.verify(sign({ exp: NOW + 1 }).replace(/.$/, (c) => (c === 'A' ? 'Q' : 'A'))), 'INVALID_SIGNATURE'],
    ['no exp', () => verifier.verify(sign({ sub: 'u' })), 'INVALID_CLAIMS'],
    ['exp a string', () => verifier.verify(sign({ exp: String(NOW + 1) })), 'INVALID_CLAIMS'],
    ['sub a number', () => verifier.verify(sign({ exp: NOW + 1, sub: 1 })), 'INVALID_CLAIMS'],
    ['expired (exp == now)', () => verifier.verify(sign({ exp: NOW })), 'EXPIRED'],
    ['not yet valid', () => verifier.verify(sign({ exp: NOW + 10, nbf: NOW + 5 })), 'NOT_YET_VALID'],
    ['issued in the future', () => verifier.verify(sign({ exp: NOW + 10, iat: NOW + 5 })), 'INVALID_CLAIMS'],
    ['an aud when no audience is configured', () => verifier.verify(sign({ exp: NOW + 10, aud: 'api' })), 'INVALID_AUDIENCE'],
  ])('%s: %s', (_name, f, code) => {
    expect(codeOf(f)).toBe(code)
  })

  test('accepts JWT types, including RFC 9068 access tokens', () => {
    for (const typ of ['JWT', 'jwt', 'application/jwt', 'at+jwt', 'application/AT+JWT']) expect(verifier.verify(sign({ exp: NOW + 1 }, { alg: 'RS256', kid: 'k', typ })).exp).toBe(NOW + 1)
  })

  test('ignores jku, x5u, x5c and jwk in the header (never fetched or trusted)', () => {
    const attacker = rsaKey(2048, 'attacker')
    const header = { alg: 'RS256', kid: 'k', jku: 'https://evil.example/jwks', x5u: 'https://evil.example/c', x5c: ['AA'], jwk: { ...attacker.jwk, kid: 'k' } }
    expect(codeOf(() => verifier.verify(signToken('RS256', attacker.privateKey, header, { exp: NOW + 1 })))).toBe('INVALID_SIGNATURE')
    expect(verifier.verify(sign({ exp: NOW + 1 }, header)).exp).toBe(NOW + 1)
  })

  test('leeway, issuer and audience', () => {
    const v = new JWTVerifier({ ...base, leeway: 30, issuer: 'https://idp.example/', audience: ['api', 'other'] })
    const claims = { exp: NOW - 10, iss: 'https://idp.example/', aud: ['x', 'api'] }
    expect(v.verify(sign(claims)).exp).toBe(NOW - 10)
    expect(codeOf(() => v.verify(sign({ ...claims, iss: 'https://evil.example/' })))).toBe('INVALID_ISSUER')
    expect(codeOf(() => v.verify(sign({ ...claims, aud: 'x' })))).toBe('INVALID_AUDIENCE')
    expect(codeOf(() => v.verify(sign({ exp: NOW + 1, iss: claims.iss })))).toBe('INVALID_AUDIENCE')
  })

  test('error messages never contain the token', () => {
    const token = sign({ sub: 'secret-user', exp: NOW - 100 })
    try {
      verifier.verify(token)
    } catch (error) {
      expect((error as Error).message).not.toContain('secret-user')
      expect((error as Error).message).not.toContain(token.slice(0, 20))
    }
  })
})

describe('verifyToken', () => {
  test('true exactly when verify would succeed', () => {
    expect(verifier.verifyToken(sign({ exp: NOW + 1 }))).toBe(true)
    expect(verifier.verifyToken(sign({ exp: NOW }))).toBe(false)
    expect(verifier.verifyToken(sign({ exp: NOW + 1, aud: 'api' }))).toBe(false)
  })

  test('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 1, {}, [], 'a.b.c', '', '.'.repeat(5), '\u0000', 'é.é.é', 'a'.repeat(100000)]) expect(verifier.verifyToken(input)).toBe(false)
    const throwing = new JWTVerifier({ ...base, clock: (() => { let n = 0; return () => (n++ === 0 ? NOW : Number.NaN) })() })
    expect(throwing.verifyToken(sign({ exp: NOW + 1 }))).toBe(false)
  })
})

describe('the verified-token cache', () => {
  test('a hit returns the same claims as a fresh object; exp is checked on every hit', () => {
    let now = NOW
    const v = new JWTVerifier({ ...base, clock: () => now, cache: { size: 2 } })
    const token = sign({ sub: 'c', exp: NOW + 10 })
    const first = v.verify(token)
    const second = v.verify(token)
    expect(second).toEqual(first)
    expect(second).not.toBe(first)
    expect(v.verifyToken(token)).toBe(true)
    now = NOW + 10
    expect(codeOf(() => v.verify(token))).toBe('EXPIRED')
    expect(v.verifyToken(token)).toBe(false)
  })

  test('a tampered token never hits', () => {
    const v = new JWTVerifier({ ...base, cache: { size: 10 } })
    const token = sign({ sub: 'c', exp: NOW + 10 })
    v.verify(token)
    const [h, p, s] = token.split('.')
    const forged = `${h}.${b64(JSON.stringify({ sub: 'admin', exp: NOW + 10 }))}.${s}`
    expect(codeOf(() => v.verify(forged))).toBe('INVALID_SIGNATURE')
    expect(p).not.toBe(forged.split('.')[1])
  })
})
