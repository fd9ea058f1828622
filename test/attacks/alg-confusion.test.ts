// The algorithm-confusion family against the asymmetric verifier: the header never chooses
// the key material or the algorithm family (CVE-2015-9235, CVE-2022-23541, fast-jwt
// CVE-2023-48223), and a key in the header is never trusted (node-jose CVE-2018-0114).
// Signatures come from node:crypto, so each forged token is what an attacker could make.
import { createHmac } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { NOW, b64, rsaKey, signToken } from '../pk/helpers.js'
import { JWTVerifier, KeySet } from '../../src/asymmetric.js'
import { JWT as HSJWT } from '../../src/index.js'
import { codeOf } from '../helpers/code-of.js'

const victim = rsaKey(2048)
const attacker = rsaKey(2048, 'attacker')
const jwks = { keys: [{ ...victim.jwk, kid: 'v', use: 'sig' }] }
const claims = { sub: 'admin', exp: NOW + 600 }
const both = new JWTVerifier({ keys: KeySet.from(jwks), algorithms: ['RS256', 'PS256'], clock: () => NOW })
const rsOnly = new JWTVerifier({ keys: KeySet.from(jwks), algorithms: ['RS256'], clock: () => NOW })

function hs256(header: Record<string, unknown>, secret: string | Uint8Array): string {
  const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(claims))}`
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`
}

describe('HS tokens made with the public key as the HMAC secret', () => {
  const secrets: [string, string | Uint8Array][] = [
    ['the modulus bytes', Buffer.from(victim.jwk.n, 'base64url')],
    ['the modulus in base64url', victim.jwk.n],
    ['the SPKI PEM', victim.publicKey.export({ format: 'pem', type: 'spki' }) as string],
    ['the PKCS#1 PEM', victim.publicKey.export({ format: 'pem', type: 'pkcs1' }) as string],
    ['the JWK text', JSON.stringify(victim.jwk)],
  ]
  test.each(secrets)('with %s: ALGORITHM_MISMATCH, before any key is touched', (_name, secret) => {
    for (const kid of ['v', undefined]) {
      const token = hs256(kid ? { alg: 'HS256', kid } : { alg: 'HS256' }, secret)
      expect(codeOf(() => both.verify(token))).toBe('ALGORITHM_MISMATCH')
      expect(both.verifyToken(token)).toBe(false)
    }
  })

  test('an oct key with the same kid in the set changes nothing: oct keys are skipped', () => {
    const set = KeySet.from({ keys: [...jwks.keys, { kty: 'oct', kid: 'v', k: b64('shared-secret-0123456789') }] })
    expect(set.size).toBe(1)
    const v = new JWTVerifier({ keys: set, algorithms: ['RS256'], clock: () => NOW })
    expect(codeOf(() => v.verify(hs256({ alg: 'HS256', kid: 'v' }, 'shared-secret-0123456789')))).toBe('ALGORITHM_MISMATCH')
  })

  test('and the HS class refuses RS tokens the same way', () => {
    const hs = new HSJWT({ secretKey: victim.jwk.n })
    expect(codeOf(() => hs.decodeToken(signToken('RS256', victim.privateKey, { alg: 'RS256' }, claims)))).toBe('ALGORITHM_MISMATCH')
  })
})

describe('alg none', () => {
  test.each(['none', 'None', 'NONE', 'nOnE', ''])('%j is refused, with or without a signature', (alg) => {
    const input = `${b64(JSON.stringify({ alg, kid: 'v' }))}.${b64(JSON.stringify(claims))}`
    expect(codeOf(() => both.verify(`${input}.`))).toBe('MALFORMED')
    expect(codeOf(() => both.verify(`${input}.${b64('x')}`))).toBe('ALGORITHM_MISMATCH')
  })
})

describe('alg switched between RS and PS', () => {
  test('a token whose header says PS256 but whose signature is RS256 fails the signature', () => {
    const rs = signToken('RS256', victim.privateKey, { alg: 'RS256', kid: 'v' }, claims)
    const [, p, s] = rs.split('.')
    const relabelled = `${b64(JSON.stringify({ alg: 'PS256', kid: 'v' }))}.${p}.${s}`
    expect(codeOf(() => both.verify(relabelled))).toBe('INVALID_SIGNATURE')
    expect(codeOf(() => rsOnly.verify(relabelled))).toBe('ALGORITHM_MISMATCH')
  })

  test('a correctly made PS256 token is refused where only RS256 is configured', () => {
    expect(codeOf(() => rsOnly.verify(signToken('PS256', victim.privateKey, { alg: 'PS256', kid: 'v' }, claims)))).toBe('ALGORITHM_MISMATCH')
  })

  test('RS384 relabelled RS256 fails: the hash is the header\'s and the key is fixed', () => {
    const v = new JWTVerifier({ keys: KeySet.from(jwks), algorithms: ['RS256', 'RS384'], clock: () => NOW })
    const [, p, s] = signToken('RS384', victim.privateKey, { alg: 'RS384', kid: 'v' }, claims).split('.')
    expect(codeOf(() => v.verify(`${b64(JSON.stringify({ alg: 'RS256', kid: 'v' }))}.${p}.${s}`))).toBe('INVALID_SIGNATURE')
  })
})

describe('a key carried in the header', () => {
  test.each([
    ['jwk', { jwk: { ...attacker.jwk, kid: 'v' } }],
    ['jku', { jku: 'https://attacker.example/jwks.json' }],
    ['x5u', { x5u: 'https://attacker.example/cert.pem' }],
    ['x5c', { x5c: [Buffer.from('not a certificate').toString('base64')] }],
  ])('%s is ignored: the attacker\'s signature fails against the set\'s key', (_name, extra) => {
    const forged = signToken('RS256', attacker.privateKey, { alg: 'RS256', kid: 'v', ...extra }, claims)
    expect(codeOf(() => both.verify(forged))).toBe('INVALID_SIGNATURE')
    const noKid = signToken('RS256', attacker.privateKey, { alg: 'RS256', ...extra }, claims)
    expect(codeOf(() => both.verify(noKid))).toBe('INVALID_SIGNATURE')
    const unknownKid = signToken('RS256', attacker.privateKey, { alg: 'RS256', kid: 'attacker', ...extra }, claims)
    expect(codeOf(() => both.verify(unknownKid))).toBe('UNKNOWN_KEY')
  })
})

describe('signature edge values (RFC 8017 §5.2.2: 0 < s < n, exactly k bytes)', () => {
  const n = Buffer.from(victim.jwk.n, 'base64url')
  const input = `${b64(JSON.stringify({ alg: 'RS256', kid: 'v' }))}.${b64(JSON.stringify(claims))}`
  const one = Buffer.alloc(n.length)
  one[n.length - 1] = 1
  test.each([
    ['s = 0', Buffer.alloc(n.length)],
    ['s = 1', one],
    ['s = n', n],
    ['s = n - 1', Buffer.from(n).map((x, i) => (i === n.length - 1 ? x - 1 : x))],
    ['s > n', Buffer.alloc(n.length, 0xff)],
    ['s one byte short', n.subarray(1)],
    ['s one byte long', Buffer.concat([Buffer.from([0]), n.subarray(0, n.length - 1).map(() => 1), Buffer.from([1])])],
    ['s empty-ish', Buffer.from([1])],
  ])('%s is INVALID_SIGNATURE', (_name, s) => {
    expect(codeOf(() => both.verify(`${input}.${Buffer.from(s).toString('base64url')}`))).toBe('INVALID_SIGNATURE')
  })
})
