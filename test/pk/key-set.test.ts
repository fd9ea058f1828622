// KeySet.from: what a JWKS may hold, what is skipped, what is refused (with a TypeError that
// names the key but never its material), and the key-selection rule.
import { describe, expect, test } from 'vitest'
import { NOW, b64, rsaKey, signInput, signToken } from './helpers.js'
import { JWTVerifier, KeySet } from '../../src/asymmetric.js'
import { codeOf } from '../helpers/code-of.js'

const a = rsaKey(2048)
const b = rsaKey(2048, 'second')
const claims = { sub: 'user', exp: NOW + 60 }

function verifierFor(keys: unknown[], algorithms: ('RS256' | 'PS256' | 'RS384')[] = ['RS256']) {
  return new JWTVerifier({ keys: KeySet.from({ keys }), algorithms, clock: () => NOW })
}

describe('KeySet.from', () => {
  test('takes a JWKS object or its JSON text', () => {
    expect(KeySet.from({ keys: [a.jwk] }).size).toBe(1)
    expect(KeySet.from(JSON.stringify({ keys: [a.jwk, { ...b.jwk, kid: 'b' }] })).kids).toEqual([undefined, 'b'])
  })

  test('refuses what is not a JWKS', () => {
    for (const bad of [null, 1, 'not json', '[]', {}, { keys: {} }, [a.jwk]]) expect(() => KeySet.from(bad)).toThrow(TypeError)
    expect(() => KeySet.from({ keys: [1] })).toThrow('JWKS key 0 must be a JSON object')
  })

  test('skips unknown key types and keys that may not verify', () => {
    const set = KeySet.from({
      keys: [
        { kty: 'oct', k: 'c2VjcmV0' },
        { kty: 'OKP-future', x: 'AA' },
        { ...a.jwk, kid: 'enc', use: 'enc' },
        { ...a.jwk, kid: 'ops', key_ops: ['encrypt'] },
        { ...a.jwk, kid: 'good', use: 'sig', key_ops: ['verify'] },
      ],
    })
    expect(set.kids).toEqual(['good'])
  })

  test.each([
    ['a private key', { d: 'AQAB' }, /private key/],
    ['n missing', { n: undefined }, /member n must be a base64url string/],
    ['n padded', { n: `${a.jwk.n}=` }, /member n is not base64url/],
    ['n with a leading zero byte', { n: Buffer.concat([Buffer.from([0]), Buffer.from(a.jwk.n, 'base64url')]).toString('base64url') }, /leading zero/],
    ['e with a leading zero byte', { e: 'AAEAAQ' }, /leading zero/],
    ['e = 1', { e: 'AQ' }, /odd and at least 3/],
    ['e even', { e: 'AQAA' }, /odd and at least 3/],
    ['e above 2^32 - 1', { e: 'AQAAAAAB' }, /above 2\^32/],
    ['a 1024-bit modulus', { n: rsaKey(1024).jwk.n }, /1024 bits; 2048 to 8192/],
    ['an even modulus', { n: Buffer.from(a.jwk.n, 'base64url').map((x, i, all) => (i === all.length - 1 ? x & 0xfe : x)).toString('base64url') }, /even/],
    ['kid not a string', { kid: 7 }, /member kid must be a string/],
    ['key_ops not an array of strings', { key_ops: 'verify' }, /key_ops must be an array/],
  ])('refuses %s with a TypeError naming the key', (_name, change, message) => {
    const jwk = { ...a.jwk, kid: 'k', ...change }
    expect(() => KeySet.from({ keys: [b.jwk, jwk] })).toThrow(message)
    try {
      KeySet.from({ keys: [b.jwk, jwk] })
    } catch (error) {
      expect((error as Error).message).toMatch(/^JWKS key 1/)
      expect((error as Error).message).not.toContain(a.jwk.n.slice(0, 16))
    }
  })

  test('an 8192-bit modulus is the largest', () => {
    const n = Buffer.alloc(1025, 0xff)
    n[0] = 1
    expect(() => KeySet.from({ keys: [{ kty: 'RSA', n: n.toString('base64url'), e: 'AQAB' }] })).toThrow(/8193 bits/)
  })
})

describe('key selection (jose createLocalJWKSet, with ambiguity refused)', () => {
  const token = (alg: string, key = a, kid?: string) => signToken(alg, key.privateKey, kid === undefined ? { alg } : { alg, kid }, claims)

  test('with a kid in the token, the key with that kid', () => {
    const v = verifierFor([{ ...b.jwk, kid: 'b' }, { ...a.jwk, kid: 'a' }])
    expect(v.verify(token('RS256', a, 'a')).sub).toBe('user')
    expect(codeOf(() => v.verify(token('RS256', a, 'c')))).toBe('UNKNOWN_KEY')
    // The kid picks the key; the wrong key's verdict is the signature's.
    expect(codeOf(() => v.verify(token('RS256', a, 'b')))).toBe('INVALID_SIGNATURE')
    // Back to the first kid (one of the same length as the last: engine.ts keeps the last kid).
    expect(v.verify(token('RS256', a, 'a')).sub).toBe('user')
  })

  test('without a kid, the one key that fits; two that fit are ambiguous: UNKNOWN_KEY', () => {
    expect(verifierFor([a.jwk]).verify(token('RS256')).sub).toBe('user')
    expect(codeOf(() => verifierFor([a.jwk, b.jwk]).verify(token('RS256')))).toBe('UNKNOWN_KEY')
    // A key's declared alg can settle it.
    expect(verifierFor([{ ...a.jwk, alg: 'RS256' }, { ...b.jwk, alg: 'PS256' }], ['RS256', 'PS256']).verify(token('RS256')).sub).toBe('user')
  })

  test('two keys with one kid are ambiguous too', () => {
    expect(codeOf(() => verifierFor([{ ...a.jwk, kid: 'x' }, { ...b.jwk, kid: 'x' }]).verify(token('RS256', a, 'x')))).toBe('UNKNOWN_KEY')
  })

  test('a key that declares alg verifies only that alg', () => {
    const v = verifierFor([{ ...a.jwk, alg: 'PS256' }], ['RS256', 'PS256'])
    expect(codeOf(() => v.verify(token('RS256')))).toBe('UNKNOWN_KEY')
    expect(v.verify(token('PS256')).sub).toBe('user')
  })

  test('keys whose use or key_ops forbid verifying are never used', () => {
    expect(codeOf(() => verifierFor([{ ...a.jwk, use: 'enc' }]).verify(token('RS256')))).toBe('UNKNOWN_KEY')
    expect(codeOf(() => verifierFor([{ ...a.jwk, key_ops: ['sign'] }]).verify(token('RS256')))).toBe('UNKNOWN_KEY')
  })

  test('a kid with escapes is compared decoded', () => {
    const input = `${b64('{"alg":"RS256","kid":"k\\u0031"}')}.${b64(JSON.stringify(claims))}`
    const signed = `${input}.${b64(signInput('RS256', a.privateKey, input))}`
    expect(verifierFor([{ ...a.jwk, kid: 'k1' }]).verify(signed).sub).toBe('user')
  })
})
