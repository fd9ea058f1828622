// The opt-in verified-token cache must change nothing an attacker can see: a near-miss
// of a cached token is still refused, a cached token still expires, and what one caller
// does to returned claims never reaches the next.
import { describe, expect, it } from 'vitest'
import { JWT } from '../../src/index.js'
import { craft, goodClaims, HEADER, NOW, outcome, SECRET } from './helpers.js'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.='

describe('with cache: { size }', () => {
  it('every single-character substitution, insertion and deletion of a cached token is refused', () => {
    const jwt = new JWT({ secretKey: SECRET, clock: () => NOW, cache: { size: 100 } })
    const token = jwt.createAccessToken('alice')
    expect(outcome(jwt, token)).toBe('OK') // now cached
    let count = 0
    for (let i = 0; i <= token.length; i++) {
      for (const c of ALPHABET) {
        if (i < token.length && c !== token[i]) expect(jwt.verifyToken(token.slice(0, i) + c + token.slice(i + 1))).toBe(false)
        expect(jwt.verifyToken(token.slice(0, i) + c + token.slice(i))).toBe(false)
        count += 2
      }
      if (i < token.length) expect(outcome(jwt, token.slice(0, i) + token.slice(i + 1))).not.toBe('OK')
    }
    expect(count).toBeGreaterThan(20_000)
    expect(outcome(jwt, token)).toBe('OK')
  })
  it('a cached token expires exactly when an uncached one would (RFC 7519 §4.1.4)', () => {
    let now = NOW
    const cached = new JWT({ secretKey: SECRET, clock: () => now, cache: { size: 10 } })
    const plain = new JWT({ secretKey: SECRET, clock: () => now })
    const token = craft(HEADER, goodClaims({ exp: NOW + 5 }))
    expect(outcome(cached, token)).toBe('OK')
    for (now = NOW; now < NOW + 8; now += 0.5) expect(outcome(cached, token)).toBe(outcome(plain, token))
    expect(outcome(cached, token)).toBe('EXPIRED')
    now = NOW - 20 // a clock set back: the nbf and iat checks apply to hits too
    expect(outcome(cached, token)).toBe(outcome(plain, token))
  })
  it('claims changed by one caller do not reach the next', () => {
    const jwt = new JWT({ secretKey: SECRET, clock: () => NOW, cache: { size: 10 } })
    for (const extra of [{ role: 'user' }, { roles: ['user'], nested: { admin: false } }]) {
      const token = craft(HEADER, goodClaims(extra))
      const first = jwt.decodeToken(token)
      first.sub = 'admin'
      first.identity = 'admin'
      first.role = 'admin'
      if (Array.isArray(first.roles)) (first.roles as string[]).push('admin')
      if (first.nested) (first.nested as { admin: boolean }).admin = true
      const second = jwt.decodeToken(token)
      expect(second).toStrictEqual({ ...goodClaims(extra), identity: 'alice' })
    }
  })
  it('a token cached by one instance means nothing to another with a different secret', () => {
    const a = new JWT({ secretKey: SECRET, clock: () => NOW, cache: { size: 10 } })
    const b = new JWT({ secretKey: `${SECRET}-b`, clock: () => NOW, cache: { size: 10 } })
    const token = a.createAccessToken('alice')
    expect(outcome(a, token)).toBe('OK')
    expect(outcome(b, token)).toBe('INVALID_SIGNATURE')
  })
  it('refused tokens are never cached: the same bad token gets the same code every time', () => {
    const jwt = new JWT({ secretKey: SECRET, clock: () => NOW, cache: { size: 10 } })
    for (const token of [craft(HEADER, goodClaims({ aud: 'x' })), craft({ alg: 'none' }, goodClaims()), craft(HEADER, goodClaims({ exp: NOW }))]) {
      const code = outcome(jwt, token)
      expect(code).not.toBe('OK')
      for (let i = 0; i < 3; i++) expect(outcome(jwt, token)).toBe(code)
    }
  })
})
