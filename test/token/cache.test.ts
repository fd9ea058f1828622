// src/token/cache.ts through the JWT class: the opt-in verified-token cache. A tampered
// token never hits, a cached token still expires, the cache is bounded, and what it
// returns cannot change what it holds. No timing here: the speed is bench/'s business.
import { describe, expect, test } from 'vitest'
import { JWT, JWTError } from '../../src/index.js'
import { payloadJson } from '../../src/wasm/engine.js'
import { NOW, SECRET, b64url, codeOf, signRaw } from './helpers.js'

/** A JWT whose clock the test moves, with the cache on. */
function cachedJwt(size = 16, options: Record<string, unknown> = {}): { jwt: JWT; clock: { now: number } } {
  const clock = { now: NOW }
  return { jwt: new JWT({ secretKey: SECRET, clock: () => clock.now, cache: { size }, ...options }), clock }
}

function payload(extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ sub: 'alice', iat: NOW, nbf: NOW, exp: NOW + 60, ...extra })
}

describe('the cache option', () => {
  test('takes { size } with a positive whole size', () => {
    expect(() => new JWT({ secretKey: SECRET, cache: { size: 1 } })).not.toThrow()
    expect(() => new JWT({ secretKey: SECRET, cache: { size: 16777216 } })).not.toThrow()
  })

  test.each([
    ['zero', { size: 0 }],
    ['negative', { size: -1 }],
    ['fractional', { size: 1.5 }],
    ['a string', { size: '10' }],
    ['NaN', { size: Number.NaN }],
    ['larger than a Map holds', { size: 2 ** 24 + 1 }],
    ['missing size', {}],
    ['an unknown member', { size: 10, ttl: 5 }],
    ['a number', 10],
    ['true', true],
    ['null', null],
    ['an array', [10]],
  ])('refuses %s, naming the option', (_, cache) => {
    expect(() => new JWT({ secretKey: SECRET, cache: cache as { size: number } })).toThrow(/JWT option cache must be/)
  })
})

describe('a hit', () => {
  test('gives the same claims as an uncached decode', () => {
    const { jwt } = cachedJwt()
    const token = signRaw(payload({ role: 'admin' }))
    const plain = new JWT({ secretKey: SECRET, clock: () => NOW })
    const first = jwt.decodeToken(token)
    const second = jwt.decodeToken(token)
    expect(first).toEqual(plain.decodeToken(token))
    expect(second).toEqual(first)
    expect(second).not.toBe(first)
    expect(jwt.verifyToken(token)).toBe(true)
  })

  test('nested claims come back equal and unshared', () => {
    const { jwt } = cachedJwt()
    const token = signRaw(payload({ roles: ['a', 'b'], profile: { name: 'Alice' } }))
    const first = jwt.decodeToken(token)
    const second = jwt.decodeToken(token)
    expect(second).toEqual(first)
    expect(second.roles).not.toBe(first.roles)
  })
})

describe('returned claims cannot change the cache', () => {
  test('flat claims: changing, adding and deleting members', () => {
    const { jwt } = cachedJwt()
    const token = signRaw(payload({ role: 'user' }))
    const first = jwt.decodeToken(token)
    first.role = 'admin'
    first.exp = NOW + 1_000_000
    first.extra = true
    delete (first as Record<string, unknown>).sub
    const second = jwt.decodeToken(token)
    expect(second.role).toBe('user')
    expect(second.exp).toBe(NOW + 60)
    expect(second.sub).toBe('alice')
    expect('extra' in second).toBe(false)
    second.role = 'root'
    expect(jwt.decodeToken(token).role).toBe('user')
  })

  test('nested claims: changing an array or object inside', () => {
    const { jwt } = cachedJwt()
    const token = signRaw(payload({ roles: ['user'], profile: { admin: false } }))
    const first = jwt.decodeToken(token)
    ;(first.roles as string[]).push('admin')
    ;(first.profile as Record<string, unknown>).admin = true
    const second = jwt.decodeToken(token)
    expect(second.roles).toEqual(['user'])
    expect(second.profile).toEqual({ admin: false })
  })
})

describe('a tampered token never hits', () => {
  // Each variant is a different string from the cached one, so it can only miss and go
  // through the engine, which refuses it.
  const token = signRaw(payload())
  const [header, body, signature] = token.split('.')
  const forged = signRaw(payload({ sub: 'mallory' }), undefined, undefined, 'another-secret-of-32-characters!')

  test.each([
    ['a changed payload under the old signature', `${header}.${forged.split('.')[1]}.${signature}`, 'INVALID_SIGNATURE'],
    ['a token signed with another key', forged, 'INVALID_SIGNATURE'],
    ['a flipped signature character', `${header}.${body}.${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`, 'INVALID_SIGNATURE'],
    ['a non-canonical last signature character (same bits)', `${header}.${body}.${signature.slice(0, -1)}${String.fromCharCode(signature.charCodeAt(signature.length - 1) + 1)}`, 'MALFORMED'],
    ['a truncated signature', `${header}.${body}.${signature.slice(0, -1)}`, 'MALFORMED'],
    ['an added character', `${token}A`, 'INVALID_SIGNATURE'],
    ['surrounding whitespace', ` ${token}`, 'MALFORMED'],
    ['padding', `${token}=`, 'MALFORMED'],
    ['another header', `${b64url('{"alg":"HS256"}')}.${body}.${signature}`, 'INVALID_SIGNATURE'],
  ])('%s', (_, variant, code) => {
    const { jwt } = cachedJwt()
    expect(jwt.decodeToken(token).sub).toBe('alice') // now cached
    expect(variant).not.toBe(token)
    expect(codeOf(jwt, variant)).toBe(code)
    expect(codeOf(new JWT({ secretKey: SECRET, clock: () => NOW }), variant)).toBe(code) // as without the cache
    expect(jwt.verifyToken(variant)).toBe(false)
    expect(jwt.decodeToken(token).sub).toBe('alice') // still cached, still fine
  })

  test('a token that failed is never cached: the same string fails again', () => {
    const { jwt } = cachedJwt()
    const bad = `${header}.${body}.${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`
    for (let i = 0; i < 3; i++) expect(codeOf(jwt, bad)).toBe('INVALID_SIGNATURE')
  })

  test('a cache belongs to one instance: another secret does not see its entries', () => {
    const { jwt } = cachedJwt()
    const token = signRaw(payload())
    jwt.decodeToken(token)
    const other = new JWT({ secretKey: 'a-different-secret-of-32-chars!!', clock: () => NOW, cache: { size: 16 } })
    expect(codeOf(other, token)).toBe('INVALID_SIGNATURE')
  })
})

describe('time is checked on every hit', () => {
  test('an expired cached token is refused, from the second exp names', () => {
    const { jwt, clock } = cachedJwt()
    const token = signRaw(payload())
    jwt.decodeToken(token)
    clock.now = NOW + 59
    expect(jwt.decodeToken(token).sub).toBe('alice')
    clock.now = NOW + 60
    expect(codeOf(jwt, token)).toBe('EXPIRED')
    expect(jwt.verifyToken(token)).toBe(false)
    const error = (() => {
      try {
        jwt.decodeToken(token)
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(JWTError)
    expect((error as JWTError).message).toBe('Token has expired')
  })

  test('leeway applies to a hit as to a miss', () => {
    const { jwt, clock } = cachedJwt(16, { leeway: 10 })
    const token = signRaw(payload())
    jwt.decodeToken(token)
    clock.now = NOW + 69
    expect(jwt.decodeToken(token).sub).toBe('alice')
    clock.now = NOW + 70
    expect(codeOf(jwt, token)).toBe('EXPIRED')
  })

  test('a clock moved back before nbf refuses the cached token', () => {
    const { jwt, clock } = cachedJwt()
    const token = signRaw(payload({ nbf: NOW, iat: NOW - 5 }))
    jwt.decodeToken(token)
    clock.now = NOW - 1
    expect(codeOf(jwt, token)).toBe('NOT_YET_VALID')
  })

  test('a clock moved back before iat refuses the cached token', () => {
    const { jwt, clock } = cachedJwt()
    const token = signRaw(JSON.stringify({ sub: 'alice', iat: NOW, exp: NOW + 60 }))
    jwt.decodeToken(token)
    clock.now = NOW - 1
    expect(codeOf(jwt, token)).toBe('INVALID_CLAIMS')
  })

  test('a hit gives the same answer as a miss at every second around the window', () => {
    const token = signRaw(payload({ nbf: NOW + 10, iat: NOW + 5, exp: NOW + 20 }))
    for (let t = NOW - 2; t <= NOW + 25; t++) {
      const { jwt, clock } = cachedJwt()
      clock.now = NOW + 12
      jwt.decodeToken(token) // cached while valid
      clock.now = t
      const plain = new JWT({ secretKey: SECRET, clock: () => t })
      expect(codeOf(jwt, token), `at ${t - NOW}`).toBe(codeOf(plain, token))
      expect(jwt.verifyToken(token), `at ${t - NOW}`).toBe(plain.verifyToken(token))
    }
  })
})

describe('the bound', () => {
  function tokens(n: number): string[] {
    return Array.from({ length: n }, (_, i) => signRaw(payload({ n: i })))
  }

  test('holds at most size tokens, dropping the least recently used', () => {
    const { jwt, clock } = cachedJwt(3)
    const [a, b, c, d] = tokens(4)
    jwt.decodeToken(a)
    jwt.decodeToken(b)
    jwt.decodeToken(c)
    jwt.decodeToken(a) // a is now the most recently used; b the least
    jwt.decodeToken(d) // drops b
    expect(cachedAmong(jwt, clock, [a, b, c, d])).toEqual([a, c, d])
  })

  test('never grows past size', () => {
    const { jwt, clock } = cachedJwt(5)
    const all = tokens(50)
    for (const t of all) jwt.decodeToken(t)
    expect(cachedAmong(jwt, clock, all)).toEqual(all.slice(45))
  })

  test('an expired entry is dropped when it is found', () => {
    const { jwt, clock } = cachedJwt()
    const [a] = tokens(1)
    jwt.decodeToken(a)
    clock.now = NOW + 60
    expect(codeOf(jwt, a)).toBe('EXPIRED')
    clock.now = NOW
    expect(cachedAmong(jwt, clock, [a])).toEqual([])
  })
})

describe('what the cache never skips', () => {
  test('a guard runs isRevoked on every request, cache hit or not, and a revoked cached token is refused', async () => {
    const revoked = new Set<string>()
    const asked: string[] = []
    const { jwt, clock } = cachedJwt(16, {
      isRevoked: (claims: Record<string, unknown>) => {
        asked.push(claims.jti as string)
        return revoked.has(claims.jti as string)
      },
    })
    const token = signRaw(payload({ jti: 'j-1', type: 'access' }))
    const guarded = jwt.required((request) => ({ user: request.jwtIdentity }))
    const call = (): Promise<Response> => Promise.resolve(guarded(new Request('http://test.local/', { headers: { authorization: `Bearer ${token}` } })))
    expect((await call()).status).toBe(200) // a miss: verified, then cached
    expect(cachedAmong(jwt, clock, [token])).toEqual([token])
    expect((await call()).status).toBe(200) // a hit
    expect(asked).toEqual(['j-1', 'j-1'])
    revoked.add('j-1')
    const refused = await call() // still a hit, and still refused
    expect(refused.status).toBe(401)
    expect(((await refused.json()) as { code: string }).code).toBe('REVOKED')
    expect(asked).toEqual(['j-1', 'j-1', 'j-1'])
  })

  test('the options and the secret cannot change under a cache: options are frozen, the secret is private', () => {
    const { jwt } = cachedJwt(16, { leeway: 0 })
    expect(Object.isFrozen(jwt.options)).toBe(true)
    expect(() => {
      ;(jwt.options as { leeway: number }).leeway = 1_000_000
    }).toThrow(TypeError)
    expect(jwt.options.leeway).toBe(0)
    expect(JSON.stringify(jwt.options)).not.toContain(SECRET)
    // Its own properties are the bound guards only; secret, key schedule and cache are #private.
    expect(Object.values(jwt).every((value) => typeof value === 'function')).toBe(true)
  })
})

let markers = 0

/**
 * Which of the tokens are cached, seen from outside and without changing which are:
 * verifyToken never adds to the cache. Before each token, a marker token that is never
 * cached goes through the engine; the engine's last accepted payload is then still the
 * marker's after a hit (the engine did not run), and the token's own after a miss.
 */
function cachedAmong(jwt: JWT, _clock: unknown, list: string[]): string[] {
  return list.filter((token) => {
    const marker = payload({ marker: ++markers })
    expect(jwt.verifyToken(signRaw(marker))).toBe(true)
    expect(payloadJson()).toBe(marker)
    expect(jwt.verifyToken(token)).toBe(true)
    return payloadJson() === marker
  })
}
