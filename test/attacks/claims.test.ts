// What comes back out: no prototype pollution from __proto__ or constructor members,
// no inherited surprises, and identities and claims of every kind of text round-tripping
// exactly; and the token type, where a foreign token without one is an access token.
import { describe, expect, it } from 'vitest'
import { authenticate, type RequestParts } from '../../src/index.js'
import { craft, HEADER, makeJwt, NOW, outcome } from './helpers.js'

const jwt = makeJwt()
const exp = NOW + 600

function objectPrototypeSnapshot(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort()
}

describe('prototype pollution', () => {
  const payloads = [
    `{"sub":"alice","exp":${exp},"__proto__":{"admin":true,"polluted":1}}`,
    `{"sub":"alice","exp":${exp},"constructor":{"prototype":{"admin":true,"polluted":1}}}`,
    `{"sub":"alice","exp":${exp},"\\u005f_proto__":{"admin":true,"polluted":1}}`,
    `{"sub":"alice","exp":${exp},"a":{"__proto__":{"admin":true,"polluted":1}},"b":[{"__proto__":{"polluted":1}}]}`,
    `{"sub":"alice","exp":${exp},"__proto__":null,"constructor":null,"toString":"x","hasOwnProperty":1,"valueOf":[]}`,
  ]
  for (const payload of payloads) {
    it(`${payload.slice(30, 90)}: decodes, Object.prototype untouched, nothing inherited`, () => {
      const before = objectPrototypeSnapshot()
      const token = craft(HEADER, payload)
      expect(outcome(jwt, token)).toBe('OK')
      const claims = jwt.decodeToken(token)
      const parsed = JSON.parse(payload) as Record<string, unknown>
      // Every member is an own data property holding exactly what JSON.parse gives.
      for (const name of Object.keys(parsed)) {
        expect(Object.getOwnPropertyDescriptor(claims, name)?.value).toStrictEqual(parsed[name])
      }
      expect(Object.getPrototypeOf(claims)).toBe(Object.prototype)
      expect((claims as Record<string, unknown>).admin).toBeUndefined()
      expect('polluted' in claims).toBe(false)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(({} as Record<string, unknown>).admin).toBeUndefined()
      expect(objectPrototypeSnapshot()).toStrictEqual(before)
      // The same through the unverified paths.
      const { header, claims: unverified } = jwt.decodeUnverified(token)
      expect(Object.getPrototypeOf(unverified)).toBe(Object.prototype)
      expect(Object.getPrototypeOf(header)).toBe(Object.prototype)
      expect((unverified as Record<string, unknown>).admin).toBeUndefined()
      expect(jwt.getIdentity(token)).toBe('alice')
      expect(objectPrototypeSnapshot()).toStrictEqual(before)
    })
  }
  it('a header __proto__ or constructor member changes nothing', () => {
    const token = craft('{"alg":"HS256","typ":"JWT","__proto__":{"alg":"none"},"constructor":{"alg":"none"}}', `{"sub":"alice","exp":${exp}}`)
    expect(outcome(jwt, token)).toBe('OK')
    expect(({} as Record<string, unknown>).alg).toBeUndefined()
  })
  it('an identity member in the payload does not override sub', () => {
    const claims = jwt.decodeToken(craft(HEADER, `{"sub":"alice","identity":"admin","exp":${exp}}`))
    expect(claims.identity).toBe('alice')
    const anonymous = jwt.decodeToken(craft(HEADER, `{"identity":"admin","exp":${exp}}`))
    expect(anonymous.identity).toBeNull()
  })
  it('custom claims named __proto__ and constructor round-trip as plain data', () => {
    const custom = JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}') as Record<string, unknown>
    const token = jwt.createAccessToken('alice', { claims: custom })
    const claims = jwt.decodeToken(token)
    expect(Object.getOwnPropertyDescriptor(claims, '__proto__')?.value).toStrictEqual({ admin: true })
    expect(claims.constructor).toStrictEqual({ prototype: { admin: true } })
    expect(Object.getPrototypeOf(claims)).toBe(Object.prototype)
    expect((claims as Record<string, unknown>).admin).toBeUndefined()
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
  })
})

describe('identities and claims of every kind of text round-trip exactly', () => {
  const texts = [
    '',
    'alice',
    '"',
    '\\',
    '\\"',
    '"\\"\\\\"',
    "'; DROP TABLE users; --",
    '</script><script>alert(1)</script>',
    '\u0000',
    'a\u0000b',
    '\u0001\u001f\u007f',
    '\b\f\n\r\t',
    '\u2028\u2029',
    'é',
    'e\u0301',
    'Ω≈ç√∫',
    '日本語のユーザー',
    'مرحبا',
    '👩‍👩‍👧‍👦',
    '😀',
    '\ud800', // a lone high surrogate: JSON.stringify escapes it, JSON.parse restores it
    '\udfff',
    '\udfff\ud800',
    '\ufeff',
    '\ufffd',
    '\uffff',
    '\u{10ffff}',
    '\\u0065xp',
    'x'.repeat(500),
    '€'.repeat(150),
    '.'.repeat(50),
    'Bearer abc.def.ghi',
  ]
  for (const text of texts) {
    it(`${JSON.stringify(text).slice(0, 40)} as identity and claims`, () => {
      const custom = { name: text, [text || 'empty']: text, list: [text, { t: text }] }
      const access = jwt.createAccessToken(text, { claims: custom })
      const refresh = jwt.createRefreshToken(text, { claims: custom })
      for (const token of [access, refresh]) {
        expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
        const claims = jwt.decodeToken(token)
        expect(claims.sub).toBe(text)
        expect(claims.identity).toBe(text)
        expect(claims.name).toBe(text)
        expect(claims[text || 'empty']).toBe(text)
        expect(claims.list).toStrictEqual([text, { t: text }])
        expect(jwt.getIdentity(token)).toBe(text)
        expect(jwt.decodeUnverified(token).claims.sub).toBe(text)
      }
    })
  }
  it('numeric identities become their String form', () => {
    for (const [id, sub] of [[0, '0'], [-0, '0'], [42, '42'], [1.5, '1.5'], [1e21, '1e+21'], [Number.MAX_SAFE_INTEGER, '9007199254740991']] as const) {
      expect(jwt.decodeToken(jwt.createAccessToken(id)).sub).toBe(sub)
    }
  })
  it('claim values of every JSON kind round-trip', () => {
    const custom = { n: 0, neg: -1.5, big: 1e300, tiny: 5e-324, t: true, f: false, z: null, arr: [[], {}, [[1]]], obj: { a: { b: { c: 'd' } } } }
    const claims = jwt.decodeToken(jwt.createAccessToken('alice', { claims: custom }))
    for (const [k, v] of Object.entries(custom)) expect(claims[k]).toStrictEqual(v)
  })
})

describe('token type: only type "refresh" is a refresh token (issue 2)', () => {
  const bearer = (token: string): RequestParts => ({ method: 'GET', header: (name) => (name.toLowerCase() === 'authorization' ? `Bearer ${token}` : null) })
  const guard = async (kind: 'required' | 'fresh' | 'refresh', token: string) => {
    const result = await authenticate(jwt, kind, bearer(token))
    return result.ok ? 'OK' : result.error.code
  }
  // A foreign token (another issuer's, same secret) carries no type: it is an access token.
  const types: [string, string, string][] = [
    ['absent', '', 'OK'],
    ['"access"', ',"type":"access"', 'OK'],
    ['"refresh"', ',"type":"refresh"', 'ACCESS_REQUIRED'],
    ['"Refresh"', ',"type":"Refresh"', 'OK'],
    ['"refresh "', ',"type":"refresh "', 'OK'],
    ['escaped "refresh"', ',"type":"\\u0072efresh"', 'ACCESS_REQUIRED'],
    ['["refresh"]', ',"type":["refresh"]', 'OK'],
    ['null', ',"type":null', 'OK'],
  ]
  for (const [name, member, access] of types) {
    it(`type ${name}: the access guard says ${access}, the refresh guard ${access === 'OK' ? 'REFRESH_REQUIRED' : 'OK'}`, async () => {
      const token = craft(HEADER, `{"sub":"alice","exp":${exp},"fresh":true${member}}`)
      expect(outcome(jwt, token)).toBe('OK')
      expect(await guard('required', token)).toBe(access)
      expect(await guard('fresh', token)).toBe(access)
      expect(await guard('refresh', token)).toBe(access === 'OK' ? 'REFRESH_REQUIRED' : 'OK')
    })
  }
})
