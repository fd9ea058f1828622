// Attacks on ES384 tokens (jwt-wasm/asymmetric), the ES256 file's cases at P-384's sizes: each
// hostile token is built here with node:crypto or by hand, never by the engine under test,
// and must be refused with its code.
import { createHmac, sign as cryptoSign, type KeyObject } from 'node:crypto'
import { generateKeyPairSync } from '../helpers/key-pair.js'
import { describe, expect, test } from 'vitest'
import { JWTVerifier, KeySet } from '../../src/asymmetric.js'
import { importSet } from '../../src/pk/key-set.js'
import { codeOf as code } from '../helpers/code-of.js'
import { NOW, b64 } from '../pk/helpers.js'

const clock = () => NOW
const N = 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n
const P = 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n
const MAX = 2n ** 384n - 1n
const be = (x: bigint) => Buffer.from(x.toString(16).padStart(96, '0'), 'hex')
const big = (b: Uint8Array) => BigInt(`0x${Buffer.from(b).toString('hex')}`)
const claims = { sub: 'victim', exp: NOW + 600 }

function signed(privateKey: KeyObject, header: Record<string, unknown>, payload: unknown = claims, dsaEncoding: 'ieee-p1363' | 'der' = 'ieee-p1363', hash = 'sha384'): string {
  const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`
  return `${input}.${b64(cryptoSign(hash, Buffer.from(input), { key: privateKey, dsaEncoding }))}`
}

/** The token with its signature replaced by r‖s. */
const withSignature = (token: string, r: bigint, s: bigint) => `${token.slice(0, token.lastIndexOf('.'))}.${b64(Buffer.concat([be(r), be(s)]))}`

const victim = generateKeyPairSync('ec', { namedCurve: 'P-384' })
const attacker = generateKeyPairSync('ec', { namedCurve: 'P-384' })
const victimJwk = victim.publicKey.export({ format: 'jwk' }) as Record<string, string>
const set = KeySet.from({ keys: [{ ...victimJwk, kid: 'victim' }] })
const verifier = new JWTVerifier({ keys: set, algorithms: ['ES384'], clock })

describe('ECDSA signature values', () => {
  test('psychic signatures (CVE-2022-21449): r = 0 or s = 0, r or s = n, r or s >= n, all ones; refused, also after the real token was cached', () => {
    const cached = new JWTVerifier({ keys: set, algorithms: ['ES384'], clock, cache: { size: 100 } })
    const token = signed(victim.privateKey, { alg: 'ES384', kid: 'victim' })
    expect(code(() => cached.verify(token))).toBe('OK')
    expect(code(() => cached.verify(token))).toBe('OK') // a cache hit
    const sig = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url')
    const r = big(sig.subarray(0, 48)), s = big(sig.subarray(48))
    // r + n and s + n fit in 384 bits only for r, s < 2^384 - n (about 2^190): rare, so
    // n + 1 and n + r mod 2^384 stand in for "at least n" as well.
    for (const [fr, fs] of [[0n, 0n], [0n, s], [r, 0n], [N, N], [N, s], [r, N], [N + 1n, s], [r, N + 1n], [MAX, MAX], [MAX, s], [r, MAX],
      [r + N <= MAX ? r + N : N + 2n, s], [r, s + N <= MAX ? s + N : N + 2n]]) {
      expect(code(() => cached.verify(withSignature(token, fr, fs))), `${fr.toString(16)} ${fs.toString(16)}`).toBe('INVALID_SIGNATURE')
      expect(cached.verifyToken(withSignature(token, fr, fs))).toBe(false)
    }
    expect(code(() => cached.verify(token))).toBe('OK')
  })

  test('DER signatures, and r‖s truncated, with a byte added or dropped, or cut to ES256\'s 64 bytes: refused (RFC 7518 §3.4 wants exactly 96 bytes)', () => {
    expect(code(() => verifier.verify(signed(victim.privateKey, { alg: 'ES384', kid: 'victim' }, claims, 'der')))).toBe('INVALID_SIGNATURE')
    const token = signed(victim.privateKey, { alg: 'ES384', kid: 'victim' })
    const sig = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url')
    const head = token.slice(0, token.lastIndexOf('.'))
    // r alone, s alone, the first 64 and last 64 bytes, one byte more or less, nothing.
    for (const bad of [sig.subarray(0, 48), sig.subarray(48), sig.subarray(0, 64), sig.subarray(32), Buffer.concat([Buffer.alloc(1), sig]), Buffer.concat([sig, Buffer.alloc(1)]), sig.subarray(1), sig.subarray(0, 95), Buffer.alloc(0)]) {
      expect(code(() => verifier.verify(`${head}.${b64(bad)}`)), String(bad.length)).toBe(bad.length === 0 ? 'MALFORMED' : 'INVALID_SIGNATURE')
    }
    expect(code(() => verifier.verify(token))).toBe('OK')
  })

  test('the high-S twin is the same token to everything that remembers tokens', () => {
    // Accepted, as WebCrypto and node:crypto do (docs/ec.md); it carries the same jti, so a
    // denylist catches both, and the cache verifies it on its own.
    const cached = new JWTVerifier({ keys: set, algorithms: ['ES384'], clock, cache: { size: 100 } })
    const token = signed(victim.privateKey, { alg: 'ES384', kid: 'victim' }, { ...claims, jti: 'j-1' })
    const sig = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url')
    const r = big(sig.subarray(0, 48)), s = big(sig.subarray(48))
    const twin = withSignature(token, r, N - s)
    expect(cached.verify(token).jti).toBe('j-1')
    expect(cached.verify(twin).jti).toBe('j-1')
    // A third spelling, r with n - s + 1, is no signature at all, twin cached or not.
    expect(code(() => cached.verify(withSignature(token, r, N - s + 1n)))).toBe('INVALID_SIGNATURE')
  })
})

describe('invalid keys', () => {
  test('a JWKS point off the curve (invalid-curve attacks), or with x or y >= p, is refused (KeySet.from) or dropped (remote sets)', () => {
    const x = big(Buffer.from(victimJwk.x, 'base64url')), y = big(Buffer.from(victimJwk.y, 'base64url'))
    const bad = [
      { x: be(x), y: be((y + 1n) % P) }, // off the curve: on y² = x³ - 3x + b' for another b'
      { x: be(0n), y: be(0n) }, // what some encoders write for the point at infinity
      { x: be(P), y: be(y) },
      { x: be(MAX), y: be(MAX) },
      ...(y + P <= MAX ? [{ x: be(x), y: be(y + P) }] : []), // the victim's point, y spelled + p
    ]
    for (const { x: bx, y: by } of bad) {
      const jwk = { kty: 'EC', crv: 'P-384', kid: 'victim', x: b64(bx), y: b64(by) }
      expect(() => KeySet.from({ keys: [jwk] })).toThrow(TypeError)
      const remoteStyle = importSet({ keys: [jwk] }, 'skip')
      expect(remoteStyle.size).toBe(0)
      const token = signed(attacker.privateKey, { alg: 'ES384', kid: 'victim' })
      expect(code(() => new JWTVerifier({ keys: remoteStyle, algorithms: ['ES384'], clock }).verify(token))).toBe('UNKNOWN_KEY')
    }
  })

  test('the victim\'s P-384 point declared as P-256 (wrong curve), and a P-256 key under the victim\'s kid: never used for ES384', () => {
    // The P-384 coordinates under crv P-256 are 48 bytes, not 32: a malformed key.
    expect(() => KeySet.from({ keys: [{ ...victimJwk, crv: 'P-256', kid: 'victim' }] })).toThrow(/must be 32 bytes for P-256/)
    expect(importSet({ keys: [{ ...victimJwk, crv: 'P-256', kid: 'victim' }] }, 'skip').size).toBe(0)
    // A real P-256 key with the victim's kid, and a token signed with it labelled ES384.
    const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const other = KeySet.from({ keys: [{ ...(p256.publicKey.export({ format: 'jwk' }) as object), kid: 'victim' }] })
    expect(other.size).toBe(1)
    const relabelled = signed(p256.privateKey, { alg: 'ES384', kid: 'victim' })
    expect(code(() => new JWTVerifier({ keys: other, algorithms: ['ES256', 'ES384'], clock }).verify(relabelled))).toBe('UNKNOWN_KEY')
    const sha256 = signed(p256.privateKey, { alg: 'ES384', kid: 'victim' }, claims, 'ieee-p1363', 'sha256')
    expect(code(() => new JWTVerifier({ keys: other, algorithms: ['ES256', 'ES384'], clock }).verify(sha256))).toBe('UNKNOWN_KEY')
    // A P-521 key under the victim's kid is imported, but for ES512 only (RFC 7518 §3.4).
    const p521 = generateKeyPairSync('ec', { namedCurve: 'P-521' })
    const p521Set = KeySet.from({ keys: [{ ...(p521.publicKey.export({ format: 'jwk' }) as object), kid: 'victim' }] })
    expect(p521Set.size).toBe(1)
    expect(code(() => new JWTVerifier({ keys: p521Set, algorithms: ['ES384', 'ES512'], clock }).verify(signed(p521.privateKey, { alg: 'ES384', kid: 'victim' })))).toBe('UNKNOWN_KEY')
    expect(code(() => new JWTVerifier({ keys: p521Set, algorithms: ['ES384', 'ES512'], clock }).verify(signed(p521.privateKey, { alg: 'ES384', kid: 'victim' }, claims, 'ieee-p1363', 'sha512')))).toBe('UNKNOWN_KEY')
    // A curve still not verified (secp256k1) is skipped altogether.
    const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
    expect(KeySet.from({ keys: [{ ...(k1.publicKey.export({ format: 'jwk' }) as object), kid: 'victim' }] }).size).toBe(0)
  })
})

describe('the header never supplies the key or the algorithm family', () => {
  test('a header jwk with the attacker\'s EC key is ignored (CVE-2018-0114)', () => {
    const attackerJwk = attacker.publicKey.export({ format: 'jwk' })
    expect(code(() => verifier.verify(signed(attacker.privateKey, { alg: 'ES384', kid: 'victim', jwk: attackerJwk })))).toBe('INVALID_SIGNATURE')
    expect(code(() => verifier.verify(signed(attacker.privateKey, { alg: 'ES384', jwk: attackerJwk })))).toBe('INVALID_SIGNATURE')
    expect(code(() => verifier.verify(signed(attacker.privateKey, { alg: 'ES384', kid: 'attacker', jwk: { ...attackerJwk, kid: 'attacker' } })))).toBe('UNKNOWN_KEY')
    expect(code(() => verifier.verify(signed(victim.privateKey, { alg: 'ES384', kid: 'victim', jwk: attackerJwk })))).toBe('OK')
  })

  test('alg none, other spellings and other EC algorithms: ALGORITHM_MISMATCH', () => {
    const input = (alg: string) => `${b64(JSON.stringify({ alg, kid: 'victim' }))}.${b64(JSON.stringify(claims))}`
    expect(code(() => verifier.verify(`${input('none')}.${b64('x')}`))).toBe('ALGORITHM_MISMATCH')
    for (const alg of ['es384', 'ES384 ', 'ES384K', 'ES256', 'ES512', 'EdDSA', 'RS384', 'PS384']) {
      const token = `${input(alg)}.${b64(cryptoSign('sha384', Buffer.from(input(alg)), { key: victim.privateKey, dsaEncoding: 'ieee-p1363' }))}`
      expect(code(() => verifier.verify(token)), alg).toBe('ALGORITHM_MISMATCH')
    }
  })

  test('an HS384 token whose secret is the victim\'s public key bytes, JWK or PEM: ALGORITHM_MISMATCH', () => {
    const raw = Buffer.concat([Buffer.from([4]), Buffer.from(victimJwk.x, 'base64url'), Buffer.from(victimJwk.y, 'base64url')])
    const secrets = [raw, victimJwk.x, JSON.stringify(victimJwk), victim.publicKey.export({ format: 'pem', type: 'spki' }) as string]
    const all = new JWTVerifier({ keys: set, algorithms: ['ES384', 'ES256', 'RS384', 'EdDSA'], clock })
    for (const secret of secrets) {
      for (const [alg, hash] of [['HS384', 'sha384'], ['HS256', 'sha256']]) {
        const input = `${b64(JSON.stringify({ alg, kid: 'victim' }))}.${b64(JSON.stringify(claims))}`
        expect(code(() => all.verify(`${input}.${createHmac(hash, secret).update(input).digest('base64url')}`))).toBe('ALGORITHM_MISMATCH')
      }
    }
  })

  test('an ES384 signature relabelled ES256, RS384 or EdDSA with the same kid finds no key of that algorithm', () => {
    const all = new JWTVerifier({ keys: set, algorithms: ['ES384', 'ES256', 'RS384', 'EdDSA'], clock })
    const token = signed(victim.privateKey, { alg: 'ES384', kid: 'victim' })
    const [, p, s] = token.split('.')
    for (const alg of ['ES256', 'RS384', 'EdDSA']) {
      expect(code(() => all.verify(`${b64(JSON.stringify({ alg, kid: 'victim' }))}.${p}.${s}`)), alg).toBe('UNKNOWN_KEY')
    }
    expect(code(() => all.verify(token))).toBe('OK')
  })
})
