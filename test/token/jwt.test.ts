// The JWT class (src/token/jwt.ts, options.ts, claims.ts): construction and its errors,
// generateSecret, the tokens it writes, and the methods that never throw.
import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { JWT, JWTError, decodeUnverified } from '../../src/index.js'
import { NOW, SECRET, b64url, codeOf, makeJwt, signRaw, expectFixedMemory } from './helpers.js'

expectFixedMemory()

const NO_SECRET = 'JWT requires a secret key. Set app.secretKey or pass secretKey'
const SHORT_SECRET = 'Secret key must be at least 16 characters'
const BAD_ALGORITHM = 'Unsupported algorithm. Use HS256, HS384, or HS512'

function payloadText(token: string): string {
  return Buffer.from(token.split('.')[1], 'base64url').toString()
}
function headerText(token: string): string {
  return Buffer.from(token.split('.')[0], 'base64url').toString()
}

describe('construction', () => {
  class App {
    secretKey = SECRET
  }

  test('new JWT(app) reads app.secretKey from a class instance', () => {
    const jwt = new JWT(new App())
    expect(jwt.verifyToken(jwt.createAccessToken('u'))).toBe(true)
    expect(new JWT({ secretKey: SECRET }).verifyToken(jwt.createAccessToken('u'))).toBe(true) // same secret
  })

  test('new JWT(app) accepts a function app (Express apps are functions)', () => {
    const app = Object.assign(() => undefined, { secretKey: SECRET })
    const jwt = new JWT(app as never)
    expect(new JWT({ secretKey: SECRET }).verifyToken(jwt.createAccessToken('u'))).toBe(true)
  })

  test('new JWT(options) takes a plain object as the options', () => {
    const jwt = new JWT({ secretKey: SECRET, algorithm: 'HS384' })
    expect(jwt.algorithm).toBe('HS384')
    expect(Object.create(null) instanceof Object).toBe(false)
    const bare = Object.assign(Object.create(null), { secretKey: SECRET })
    expect(new JWT(bare).algorithm).toBe('HS256')
  })

  test('new JWT(app, options): options.secretKey wins over app.secretKey', () => {
    const other = 'an-override-secret-of-32-chars!!'
    const jwt = new JWT(new App(), { secretKey: other, algorithm: 'hs512' })
    expect(jwt.algorithm).toBe('HS512')
    const token = jwt.createAccessToken('u')
    expect(new JWT({ secretKey: other, algorithm: 'HS512' }).verifyToken(token)).toBe(true)
    expect(new JWT({ secretKey: SECRET, algorithm: 'HS512' }).verifyToken(token)).toBe(false)
  })

  test('new JWT(plainApp, options): with two arguments the first is the app, even a plain object', () => {
    const jwt = new JWT({ secretKey: SECRET }, { algorithm: 'HS384' })
    expect(jwt.algorithm).toBe('HS384')
  })

  test('a Uint8Array secret', () => {
    const key = new Uint8Array(32).fill(7)
    const jwt = new JWT({ secretKey: key })
    const token = jwt.createAccessToken('u')
    expect(new JWT({ secretKey: Buffer.from(key) }).verifyToken(token)).toBe(true)
  })

  test('defaults', () => {
    const { options } = new JWT({ secretKey: SECRET })
    expect(options).toMatchObject({
      algorithm: 'HS256',
      accessExpires: 900,
      refreshExpires: 2592000,
      tokenLocation: ['headers'],
      accessCookieName: 'access_token_cookie',
      refreshCookieName: 'refresh_token_cookie',
      cookieSecure: false,
      cookieHttpOnly: true,
      cookieSameSite: 'Lax',
      leeway: 0,
      issuer: undefined,
      audience: undefined,
      maxTokenLength: 8192,
    })
    expect(Math.abs(options.clock() - Date.now() / 1000)).toBeLessThan(5)
    expect(JSON.stringify(new JWT({ secretKey: SECRET }))).not.toContain(SECRET)
  })

  test('algorithm in any case', () => {
    for (const [given, resolved] of [['hs256', 'HS256'], ['Hs384', 'HS384'], ['hS512', 'HS512'], ['HS512', 'HS512']]) {
      expect(new JWT({ secretKey: SECRET, algorithm: given }).algorithm).toBe(resolved)
    }
  })
})

describe('configuration errors, all thrown by the constructor', () => {
  test.each([
    ['nothing', () => new JWT()],
    ['empty options', () => new JWT({})],
    ['an app without secretKey', () => new JWT(new (class {})())],
    ['an app with secretKey undefined', () => new JWT(new (class { secretKey = undefined })())],
    ['null secretKey', () => new JWT({ secretKey: null as never })],
    ['null app', () => new JWT(null as never)],
  ])('no secret (%s): "%s"', (_, make) => {
    expect(make).toThrow(TypeError)
    expect(make).toThrow(NO_SECRET)
  })

  test('a secret under 16 bytes', () => {
    for (const secret of ['', 'x', '123456789012345', new Uint8Array(15), new Uint8Array(0)]) {
      expect(() => new JWT({ secretKey: secret })).toThrow(SHORT_SECRET)
    }
    expect(() => new JWT({ secretKey: '1234567890123456' })).not.toThrow()
    expect(() => new JWT({ secretKey: new Uint8Array(16) })).not.toThrow()
    expect(() => new JWT({ secretKey: 'é'.repeat(8) })).not.toThrow() // 16 bytes of UTF-8
  })

  test('a secret of another type names the option', () => {
    for (const secret of [12345678901234567890, ['a'], {}, new ArrayBuffer(32), true]) {
      expect(() => new JWT({ secretKey: secret as never })).toThrow(/secretKey/)
    }
  })

  test('another algorithm', () => {
    for (const algorithm of ['RS256', 'none', 'HS1', 'ES256', '', 'HS 256', 256, null]) {
      expect(() => new JWT({ secretKey: SECRET, algorithm: algorithm as never }), String(algorithm)).toThrow(BAD_ALGORITHM)
    }
  })

  test('an unknown option (likely a typo) names it', () => {
    for (const name of ['secret_key', 'algorithms', 'accessExpire', 'expiresDelta', 'audiences']) {
      expect(() => new JWT({ secretKey: SECRET, [name]: 1 } as never)).toThrow(new RegExp(`\\b${name}\\b`))
    }
  })

  test.each(['accessExpires', 'refreshExpires', 'leeway'])('%s must be non-negative whole seconds', (name) => {
    for (const bad of ['900', -1, 1.5, NaN, Infinity, null, 2 ** 53]) {
      expect(() => new JWT({ secretKey: SECRET, [name]: bad }), String(bad)).toThrow(new RegExp(`JWT option ${name} must be`))
    }
    expect(() => new JWT({ secretKey: SECRET, [name]: 0 })).not.toThrow()
    expect(() => new JWT({ secretKey: SECRET, [name]: 86400 })).not.toThrow()
  })

  test('the other options name themselves', () => {
    const cases: [string, unknown][] = [
      ['tokenLocation', 'header'],
      ['tokenLocation', []],
      ['tokenLocation', ['headers', 'headers']],
      ['accessCookieName', ''],
      ['refreshCookieName', 42],
      ['cookieSecure', 'yes'],
      ['cookieHttpOnly', 1],
      ['cookieSameSite', 'strictest'],
      ['issuer', ''],
      ['issuer', 5],
      ['audience', []],
      ['audience', ['api', '']],
      ['audience', 7],
      ['maxTokenLength', 0],
      ['maxTokenLength', 65537],
      ['maxTokenLength', '8192'],
      ['clock', 'now'],
      ['clock', 1700000000],
    ]
    for (const [name, value] of cases) {
      expect(() => new JWT({ secretKey: SECRET, [name]: value }), `${name}: ${JSON.stringify(value)}`).toThrow(new RegExp(`JWT option ${name} must be`))
    }
  })

  test('maxTokenLength says it is a length', () => {
    for (const bad of [0, 15, 65537, 100.5, '8192', null]) {
      expect(() => new JWT({ secretKey: SECRET, maxTokenLength: bad as never })).toThrow('JWT option maxTokenLength must be a whole number from 16 to 65536')
    }
    expect(new JWT({ secretKey: SECRET, maxTokenLength: 16 }).options.maxTokenLength).toBe(16)
    expect(new JWT({ secretKey: SECRET, maxTokenLength: 65536 }).options.maxTokenLength).toBe(65536)
  })

  test('options must be a plain object when an app is given', () => {
    expect(() => new JWT({ secretKey: SECRET }, 'HS256' as never)).toThrow(TypeError)
  })
})

describe('JWT.generateSecret', () => {
  test.each([
    [undefined, 43],
    ['HS256', 43],
    ['HS384', 64],
    ['HS512', 86],
    ['hs512', 86],
  ])('%s: %i base64url characters of 32/48/64 random bytes', (alg, length) => {
    const secret = JWT.generateSecret(alg)
    expect(secret).toHaveLength(length)
    expect(secret).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(Buffer.from(secret, 'base64url').toString('base64url')).toBe(secret)
    expect(JWT.generateSecret(alg)).not.toBe(secret)
  })

  test('refuses another algorithm', () => {
    expect(() => JWT.generateSecret('RS256')).toThrow(BAD_ALGORITHM)
  })

  test('works as-is as the secret', () => {
    for (const algorithm of ['HS256', 'HS384', 'HS512']) {
      const secretKey = JWT.generateSecret(algorithm)
      const jwt = new JWT({ secretKey, algorithm, clock: () => NOW })
      expect(jwt.decodeToken(jwt.createAccessToken('u')).identity).toBe('u')
    }
  })
})

describe('createAccessToken and createRefreshToken', () => {
  const jwt = makeJwt()

  test('the header is exactly {"alg":"HS256","typ":"JWT"}, per algorithm', () => {
    for (const alg of ['HS256', 'HS384', 'HS512']) {
      const j = makeJwt({ algorithm: alg })
      expect(headerText(j.createAccessToken('u'))).toBe(`{"alg":"${alg}","typ":"JWT"}`)
      expect(headerText(j.createRefreshToken('u'))).toBe(`{"alg":"${alg}","typ":"JWT"}`)
    }
  })

  test('access payload: members and their order', () => {
    const token = jwt.createAccessToken('user123')
    const payload = JSON.parse(payloadText(token))
    expect(Object.keys(payload)).toEqual(['sub', 'iat', 'nbf', 'exp', 'jti', 'type', 'fresh'])
    expect(payload).toMatchObject({ sub: 'user123', iat: NOW, nbf: NOW, exp: NOW + 900, type: 'access', fresh: true })
    expect(payload.jti).toMatch(/^[0-9a-f]{32}$/)
  })

  test('refresh payload: no fresh, 30 days', () => {
    const payload = JSON.parse(payloadText(jwt.createRefreshToken('user123')))
    expect(Object.keys(payload)).toEqual(['sub', 'iat', 'nbf', 'exp', 'jti', 'type'])
    expect(payload).toMatchObject({ sub: 'user123', exp: NOW + 2592000, type: 'refresh' })
  })

  test('iss, aud, then the custom claims, in that order', () => {
    const j = makeJwt({ issuer: 'https://issuer.example', audience: ['api', 'web'] })
    const payload = JSON.parse(payloadText(j.createAccessToken('u', { fresh: false, claims: { role: 'admin', z: 1, a: [1] } })))
    expect(Object.keys(payload)).toEqual(['sub', 'iat', 'nbf', 'exp', 'jti', 'type', 'fresh', 'iss', 'aud', 'role', 'z', 'a'])
    expect(payload).toMatchObject({ fresh: false, iss: 'https://issuer.example', aud: ['api', 'web'], role: 'admin', z: 1, a: [1] })
    expect(JSON.parse(payloadText(makeJwt({ audience: 'api' }).createAccessToken('u'))).aud).toBe('api')
  })

  test('identity: a string, or a number written as a string', () => {
    expect(jwt.decodeToken(jwt.createAccessToken(42)).sub).toBe('42')
    expect(jwt.decodeToken(jwt.createAccessToken(42)).identity).toBe('42')
    expect(jwt.decodeToken(jwt.createRefreshToken('')).identity).toBe('')
    for (const bad of [NaN, Infinity, null, undefined, {}, ['u'], 10n]) {
      expect(() => jwt.createAccessToken(bad as never), String(bad)).toThrow(TypeError)
    }
  })

  test('iat and nbf are the clock floored; exp adds expiresDelta or the default', () => {
    const j = makeJwt({ clock: () => NOW + 0.999, accessExpires: 60, refreshExpires: 120 })
    const access = JSON.parse(payloadText(j.createAccessToken('u')))
    expect([access.iat, access.nbf, access.exp]).toEqual([NOW, NOW, NOW + 60])
    expect(JSON.parse(payloadText(j.createRefreshToken('u'))).exp).toBe(NOW + 120)
    expect(JSON.parse(payloadText(j.createAccessToken('u', { expiresDelta: 3600 }))).exp).toBe(NOW + 3600)
    expect(JSON.parse(payloadText(j.createRefreshToken('u', { expiresDelta: 0 }))).exp).toBe(NOW)
  })

  test('expiresDelta must be non-negative whole seconds', () => {
    for (const bad of ['60', -1, 0.5, NaN, null]) {
      expect(() => jwt.createAccessToken('u', { expiresDelta: bad as never })).toThrow(/expiresDelta/)
      expect(() => jwt.createRefreshToken('u', { expiresDelta: bad as never })).toThrow(/expiresDelta/)
    }
  })

  test('jti is fresh every time', () => {
    const ids = new Set(Array.from({ length: 200 }, () => JSON.parse(payloadText(jwt.createAccessToken('u'))).jti))
    expect(ids.size).toBe(200)
  })

  test.each(['sub', 'iat', 'nbf', 'exp', 'jti', 'type', 'fresh', 'iss', 'aud', 'identity', 'csrf'])('reserved claim name %s throws a TypeError naming it', (name) => {
    expect(() => jwt.createAccessToken('u', { claims: { [name]: 'x' } })).toThrow(TypeError)
    expect(() => jwt.createAccessToken('u', { claims: { [name]: 'x' } })).toThrow(new RegExp(`\\b${name}\\b`))
    expect(() => jwt.createRefreshToken('u', { claims: { [name]: 'x' } })).toThrow(TypeError)
  })

  test('values JSON cannot carry throw a TypeError', () => {
    const cycle: Record<string, unknown> = { a: 1 }
    cycle.self = cycle
    const arrayCycle: unknown[] = []
    arrayCycle.push(arrayCycle)
    for (const [label, value] of [
      ['undefined', undefined],
      ['function', () => 1],
      ['BigInt', 10n],
      ['Symbol', Symbol('s')],
      ['NaN', NaN],
      ['Infinity', -Infinity],
      ['cycle', cycle],
      ['array cycle', arrayCycle],
      ['nested undefined', { a: { b: undefined } }],
      ['nested BigInt in an array', [1, [2n]]],
      ['nested function', { f: [() => 1] }],
      ['Map (would be written as {})', new Map([['a', 1]])],
      ['Set', new Set([1])],
      ['typed array', new Uint8Array([1, 2])],
      ['class instance', new (class Point { x = 1 })()],
    ] as const) {
      expect(() => jwt.createAccessToken('u', { claims: { v: value } }), label).toThrow(TypeError)
    }
  })

  test('shared (non-cyclic) references and toJSON values are fine', () => {
    const shared = { x: 1 }
    const decoded = jwt.decodeToken(jwt.createAccessToken('u', { claims: { a: shared, b: [shared, shared], when: new Date(0) } }))
    expect(decoded).toMatchObject({ a: { x: 1 }, b: [{ x: 1 }, { x: 1 }], when: '1970-01-01T00:00:00.000Z' })
  })

  test('an unknown token option (a likely typo) throws instead of being ignored', () => {
    const jwt = makeJwt()
    expect(() => jwt.createAccessToken('u', { expires_delta: 60 } as never)).toThrow(new TypeError('Unknown token option: expires_delta'))
    expect(() => jwt.createRefreshToken('u', { fresh: false } as never)).toThrow(new TypeError('Unknown token option: fresh'))
  })

  test('a secret with a lone surrogate is refused (it would collide with U+FFFD)', () => {
    expect(() => new JWT({ secretKey: 'a-long-enough-secret-\ud800' })).toThrow(/secretKey must be well-formed/)
    expect(() => new JWT({ secretKey: 'a-long-enough-secret-\ufffd' })).not.toThrow()
  })

  test('claims must be an object', () => {
    for (const bad of ['x', 1, null, [1]]) expect(() => jwt.createAccessToken('u', { claims: bad as never })).toThrow(TypeError)
    expect(() => jwt.createAccessToken('u', { fresh: 'yes' as never })).toThrow(TypeError)
  })

  test('a token longer than maxTokenLength is not created', () => {
    const small = makeJwt({ maxTokenLength: 300 })
    expect(() => small.createAccessToken('u', { claims: { pad: 'x'.repeat(300) } })).toThrow(RangeError)
    expect(() => small.createAccessToken('u', { claims: { pad: 'x'.repeat(300) } })).toThrow(/maxTokenLength/)
    const huge = makeJwt({ maxTokenLength: 65536 })
    expect(() => huge.createAccessToken('u', { claims: { pad: 'x'.repeat(60000) } })).toThrow(RangeError)
  })

  test('decodeToken returns every payload member plus identity', () => {
    const token = jwt.createAccessToken('user123', { claims: { role: 'admin' } })
    const claims = jwt.decodeToken(token)
    expect(claims).toEqual({ ...JSON.parse(payloadText(token)), identity: 'user123' })
  })

  test('tokens of two instances with different keys, interleaved', () => {
    const a = makeJwt()
    const b = makeJwt({ secretKey: 'a-different-secret-32-characters' })
    const c = makeJwt({ algorithm: 'HS512' })
    for (let i = 0; i < 5; i++) {
      const [ta, tb, tc] = [a.createAccessToken('a'), b.createAccessToken('b'), c.createAccessToken('c')]
      expect([a.verifyToken(ta), b.verifyToken(tb), c.verifyToken(tc)]).toEqual([true, true, true])
      expect(codeOf(a, tb)).toBe('INVALID_SIGNATURE')
      expect(codeOf(b, ta)).toBe('INVALID_SIGNATURE')
      expect(codeOf(a, tc)).toBe('ALGORITHM_MISMATCH')
      expect(codeOf(c, ta)).toBe('ALGORITHM_MISMATCH')
    }
  })
})

describe('verifyToken never throws', () => {
  const jwt = makeJwt()
  const throwing = new Proxy({}, { get: () => { throw new Error('trap') }, getPrototypeOf: () => { throw new Error('trap') } })

  test('for any value at all', () => {
    const odd = [undefined, null, 0, -0, NaN, 1n, true, Symbol('t'), () => 'x', [], {}, throwing, new String('a.b.c'), 'a'.repeat(100_000), '\ud800', '..', '...', 'a.b.c', Object.create(null)]
    for (const value of odd) expect(jwt.verifyToken(value)).toBe(false)
    fc.assert(fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true }), (value) => jwt.verifyToken(value) === false), { numRuns: 300, seed: 1 })
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (value) => jwt.verifyToken(value) === false), { numRuns: 300, seed: 2 })
  })

  test('with issuer and audience configured too', () => {
    const strict = makeJwt({ issuer: 'i', audience: 'a' })
    for (const payload of ['{"exp":1e16,"iss":"i","aud":{}}', '{"exp":1e16,"iss":{},"aud":"a"}', '{"exp":1e16,"iss":"i","aud":[null]}']) {
      expect(strict.verifyToken(signRaw(payload))).toBe(false)
    }
    expect(strict.verifyToken(signRaw('{"exp":1e16,"iss":"i","aud":["x","a"]}'))).toBe(true)
  })

  test('verifyToken is true exactly when decodeToken succeeds', () => {
    const strict = makeJwt({ issuer: 'i', audience: 'a' })
    for (const j of [jwt, strict]) {
      for (const payload of ['{"exp":1e16}', '{"exp":1e16,"aud":"a"}', '{"exp":1e16,"aud":"x"}', '{"exp":1e16,"iss":"i"}', '{"exp":1e16,"iss":"i","aud":"a"}', '{"exp":1}']) {
        const token = signRaw(payload)
        expect(j.verifyToken(token), payload).toBe(codeOf(j, token) === 'OK')
      }
    }
  })
})

describe('issuer and audience (RFC 7519 §4.1.1, §4.1.3)', () => {
  const exp = NOW + 60

  test('a token with aud is refused by a verifier with no audience configured', () => {
    const token = signRaw(`{"exp":${exp},"aud":"api"}`)
    expect(codeOf(makeJwt(), token)).toBe('INVALID_AUDIENCE')
    expect(makeJwt().verifyToken(token)).toBe(false)
    expect(codeOf(makeJwt(), signRaw(`{"exp":${exp},"\\u0061ud":[]}`))).toBe('INVALID_AUDIENCE')
  })

  test('aud as a string or an array; one match is enough', () => {
    const jwt = makeJwt({ audience: ['api', 'web'] })
    expect(codeOf(jwt, signRaw(`{"exp":${exp},"aud":"web"}`))).toBe('OK')
    expect(codeOf(jwt, signRaw(`{"exp":${exp},"aud":["x","api"]}`))).toBe('OK')
    for (const aud of ['"mobile"', '[]', '["mobile"]', 'null', '1', '["api",1]', '{"0":"api"}', '"API"']) {
      expect(codeOf(jwt, signRaw(`{"exp":${exp},"aud":${aud}}`)), aud).toBe('INVALID_AUDIENCE')
    }
    expect(codeOf(jwt, signRaw(`{"exp":${exp}}`))).toBe('INVALID_AUDIENCE')
  })

  test('with issuer configured, iss must be present and equal', () => {
    const jwt = makeJwt({ issuer: 'https://a.example' })
    expect(codeOf(jwt, signRaw(`{"exp":${exp},"iss":"https://a.example"}`))).toBe('OK')
    for (const iss of ['"https://a.example/"', '"https://A.example"', 'null', '["https://a.example"]']) {
      expect(codeOf(jwt, signRaw(`{"exp":${exp},"iss":${iss}}`)), iss).toBe('INVALID_ISSUER')
    }
    expect(codeOf(jwt, signRaw(`{"exp":${exp}}`))).toBe('INVALID_ISSUER')
    // With no issuer configured, any iss is accepted.
    expect(codeOf(makeJwt(), signRaw(`{"exp":${exp},"iss":"anyone"}`))).toBe('OK')
  })

  test('tokens a configured instance writes pass its own checks', () => {
    const jwt = makeJwt({ issuer: 'i', audience: ['a', 'b'] })
    expect(jwt.decodeToken(jwt.createAccessToken('u'))).toMatchObject({ iss: 'i', aud: ['a', 'b'] })
    expect(codeOf(makeJwt({ issuer: 'other', audience: 'a' }), jwt.createAccessToken('u'))).toBe('INVALID_ISSUER')
  })
})

describe('maxTokenLength', () => {
  test('a token of exactly maxTokenLength is verified; one character more is TOKEN_TOO_LARGE', () => {
    const base = makeJwt().createAccessToken('u')
    expect(codeOf(makeJwt({ maxTokenLength: base.length }), base)).toBe('OK')
    expect(codeOf(makeJwt({ maxTokenLength: base.length - 1 }), base)).toBe('TOKEN_TOO_LARGE')
  })

  test('the default is 8192', () => {
    const jwt = makeJwt({ maxTokenLength: 65536 })
    const long = jwt.createAccessToken('u', { claims: { pad: 'x'.repeat(6000) } })
    expect(long.length).toBeGreaterThan(8192)
    expect(codeOf(jwt, long)).toBe('OK')
    expect(codeOf(makeJwt(), long)).toBe('TOKEN_TOO_LARGE')
  })
})

describe('getIdentity and decodeUnverified: no checks, never for access decisions', () => {
  const jwt = makeJwt()

  test('getIdentity reads sub from expired, wrongly signed and foreign-algorithm tokens', () => {
    expect(jwt.getIdentity(signRaw('{"sub":"old","exp":1}'))).toBe('old')
    expect(jwt.getIdentity(signRaw('{"sub":"forged","exp":1e16}', undefined, undefined, 'not-the-secret-of-this-instance'))).toBe('forged')
    expect(jwt.getIdentity(signRaw('{"sub":"other"}', '{"alg":"HS512"}', 'HS512'))).toBe('other')
    expect(jwt.getIdentity(jwt.createRefreshToken('me'))).toBe('me')
  })

  test('getIdentity is null when there is no string sub, and never throws', () => {
    for (const value of [signRaw('{"exp":1}'), signRaw('{"sub":5}'), signRaw('[1]'), 'a.b.c', 'x', '', null, 42, {}, Symbol('s'), signRaw('{"sub":"x"')]) {
      expect(jwt.getIdentity(value)).toBeNull()
    }
    fc.assert(fc.property(fc.anything(), (value) => jwt.getIdentity(value) === null), { numRuns: 200, seed: 3 })
  })

  test('decodeUnverified returns header and claims as JSON.parse gives them', () => {
    const token = jwt.createAccessToken('u', { claims: { role: 'r' } })
    const { header, claims } = decodeUnverified(token)
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(claims).toEqual(JSON.parse(payloadText(token)))
    expect(jwt.decodeUnverified(signRaw('{"sub":"x","exp":1}'))).toEqual({ header: { alg: 'HS256', typ: 'JWT' }, claims: { sub: 'x', exp: 1 } })
  })

  test('decodeUnverified throws MALFORMED for anything that is not three JSON-object segments', () => {
    const good = b64url('{}')
    for (const bad of ['', 'a.b', `${good}.${good}`, `${good}.${good}.x.y`, `${b64url('[]')}.${good}.x`, `${good}.${b64url('1')}.x`, `${good}.${good}=.x`, `${good}.${b64url('{')}.x`, 5 as never]) {
      expect(() => decodeUnverified(bad)).toThrow(JWTError)
      try {
        decodeUnverified(bad)
      } catch (e) {
        expect((e as JWTError).code).toBe('MALFORMED')
      }
    }
  })
})
