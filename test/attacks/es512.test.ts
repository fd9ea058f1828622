// Attacks on ES512 tokens (jwt-wasm/asymmetric), the ES384 file's cases at P-521's sizes: each
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
const N = 0x01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409n
const P = 2n ** 521n - 1n
/** The largest 66-byte value: 7 bits above any P-521 number (RFC 7518 §6.2.1.2's 66 bytes). */
const MAX = 2n ** 528n - 1n
const be = (x: bigint) => Buffer.from(x.toString(16).padStart(132, '0'), 'hex')
const big = (b: Uint8Array) => BigInt(`0x${Buffer.from(b).toString('hex')}`)
const claims = { sub: 'victim', exp: NOW + 600 }

function signed(privateKey: KeyObject, header: Record<string, unknown>, payload: unknown = claims, dsaEncoding: 'ieee-p1363' | 'der' = 'ieee-p1363', hash = 'sha512'): string {
  const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`
  return `${input}.${b64(cryptoSign(hash, Buffer.from(input), { key: privateKey, dsaEncoding }))}`
}

/** The token with its signature replaced by r‖s. */
const withSignature = (token: string, r: bigint, s: bigint) => `${token.slice(0, token.lastIndexOf('.'))}.${b64(Buffer.concat([be(r), be(s)]))}`

const victim = generateKeyPairSync('ec', { namedCurve: 'P-521' })
const attacker = generateKeyPairSync('ec', { namedCurve: 'P-521' })
const victimJwk = victim.publicKey.export({ format: 'jwk' }) as Record<string, string>
const set = KeySet.from({ keys: [{ ...victimJwk, kid: 'victim' }] })
const verifier = new JWTVerifier({ keys: set, algorithms: ['ES512'], clock })

describe('ECDSA signature values', () => {
  test('psychic signatures (CVE-2022-21449): r = 0 or s = 0, r or s = n, r or s >= n, all ones; refused, also after the real token was cached', () => {
    const cached = new JWTVerifier({ keys: set, algorithms: ['ES512'], clock, cache: { size: 100 } })
    const token = signed(victim.privateKey, { alg: 'ES512', kid: 'victim' })
    expect(code(() => cached.verify(token))).toBe('OK')
    expect(code(() => cached.verify(token))).toBe('OK') // a cache hit
    const sig = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url')
    const r = big(sig.subarray(0, 66)), s = big(sig.subarray(66))
    // r + n and s + n always fit in 66 bytes (below 2^522): the same values mod n. So do
    // r + 2^521 (the one bit a 521-bit value cannot have) and values above p.
    for (const [fr, fs] of [[0n, 0n], [0n, s], [r, 0n], [N, N], [N, s], [r, N], [N + 1n, s], [r, N + 1n], [MAX, MAX], [MAX, s], [r, MAX],
      [r + N, s], [r, s + N], [r + N, s + N], [r + 2n ** 521n, s], [r, s + 2n ** 521n], [P, s], [r, P]]) {
      expect(code(() => cached.verify(withSignature(token, fr, fs))), `${fr.toString(16)} ${fs.toString(16)}`).toBe('INVALID_SIGNATURE')
      expect(cached.verifyToken(withSignature(token, fr, fs))).toBe(false)
    }
    expect(code(() => cached.verify(token))).toBe('OK')
  })

  test('DER signatures, and r‖s truncated, with a byte added or dropped, or cut to ES384\'s 96 or ES256\'s 64 bytes: refused (RFC 7518 §3.4 wants exactly 132 bytes)', () => {
    expect(code(() => verifier.verify(signed(victim.privateKey, { alg: 'ES512', kid: 'victim' }, claims, 'der')))).toBe('INVALID_SIGNATURE')
    const token = signed(victim.privateKey, { alg: 'ES512', kid: 'victim' })
    const sig = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url')
    const head = token.slice(0, token.lastIndexOf('.'))
    // r alone, s alone, the first 96 or 64 bytes, the last 96, one byte more or less, nothing.
    for (const bad of [sig.subarray(0, 66), sig.subarray(66), sig.subarray(0, 96), sig.subarray(0, 64), sig.subarray(36), Buffer.concat([Buffer.alloc(1), sig]), Buffer.concat([sig, Buffer.alloc(1)]), sig.subarray(1), sig.subarray(0, 131), Buffer.alloc(0)]) {
      expect(code(() => verifier.verify(`${head}.${b64(bad)}`)), String(bad.length)).toBe(bad.length === 0 ? 'MALFORMED' : 'INVALID_SIGNATURE')
    }
    expect(code(() => verifier.verify(token))).toBe('OK')
  })

  test('the high-S twin is the same token to everything that remembers tokens', () => {
    // Accepted, as WebCrypto and node:crypto do (docs/ec.md); it carries the same jti, so a
    // denylist catches both, and the cache verifies it on its own.
    const cached = new JWTVerifier({ keys: set, algorithms: ['ES512'], clock, cache: { size: 100 } })
    const token = signed(victim.privateKey, { alg: 'ES512', kid: 'victim' }, { ...claims, jti: 'j-1' })
    const sig = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url')
    const r = big(sig.subarray(0, 66)), s = big(sig.subarray(66))
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
      { x: be(x), y: be(y + P) }, // the victim's point, y spelled + p (always fits in 66 bytes)
      { x: be(x + P), y: be(y) }, // and x spelled + p
      { x: be(2n ** 521n), y: be(y) }, // the bit above 521
    ]
    for (const { x: bx, y: by } of bad) {
      const jwk = { kty: 'EC', crv: 'P-521', kid: 'victim', x: b64(bx), y: b64(by) }
      expect(() => KeySet.from({ keys: [jwk] })).toThrow(TypeError)
      const remoteStyle = importSet({ keys: [jwk] }, 'skip')
      expect(remoteStyle.size).toBe(0)
      const token = signed(attacker.privateKey, { alg: 'ES512', kid: 'victim' })
      expect(code(() => new JWTVerifier({ keys: remoteStyle, algorithms: ['ES512'], clock }).verify(token))).toBe('UNKNOWN_KEY')
    }
  })

  test('the victim\'s P-521 point declared as P-384, and P-384 or P-256 keys under the victim\'s kid: never used for ES512', () => {
    // The P-521 coordinates under crv P-384 are 66 bytes, not 48: a malformed key.
    expect(() => KeySet.from({ keys: [{ ...victimJwk, crv: 'P-384', kid: 'victim' }] })).toThrow(/must be 48 bytes for P-384/)
    expect(importSet({ keys: [{ ...victimJwk, crv: 'P-384', kid: 'victim' }] }, 'skip').size).toBe(0)
    // Real P-384 and P-256 keys with the victim's kid, and tokens signed with them labelled
    // ES512, with SHA-512 or with their own hash.
    for (const [namedCurve, hash] of [['P-384', 'sha384'], ['P-256', 'sha256']]) {
      const pair = generateKeyPairSync('ec', { namedCurve })
      const other = KeySet.from({ keys: [{ ...(pair.publicKey.export({ format: 'jwk' }) as object), kid: 'victim' }] })
      expect(other.size).toBe(1)
      const all = new JWTVerifier({ keys: other, algorithms: ['ES256', 'ES384', 'ES512'], clock })
      expect(code(() => all.verify(signed(pair.privateKey, { alg: 'ES512', kid: 'victim' })))).toBe('UNKNOWN_KEY')
      expect(code(() => all.verify(signed(pair.privateKey, { alg: 'ES512', kid: 'victim' }, claims, 'ieee-p1363', hash)))).toBe('UNKNOWN_KEY')
    }
    // A curve still not verified (secp256k1, ES256K of RFC 8812) is skipped altogether.
    const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
    expect(KeySet.from({ keys: [{ ...(k1.publicKey.export({ format: 'jwk' }) as object), kid: 'victim' }] }).size).toBe(0)
  })
})

describe('the header never supplies the key or the algorithm family', () => {
  test('a header jwk with the attacker\'s EC key is ignored (CVE-2018-0114)', () => {
    const attackerJwk = attacker.publicKey.export({ format: 'jwk' })
    expect(code(() => verifier.verify(signed(attacker.privateKey, { alg: 'ES512', kid: 'victim', jwk: attackerJwk })))).toBe('INVALID_SIGNATURE')
    expect(code(() => verifier.verify(signed(attacker.privateKey, { alg: 'ES512', jwk: attackerJwk })))).toBe('INVALID_SIGNATURE')
    expect(code(() => verifier.verify(signed(attacker.privateKey, { alg: 'ES512', kid: 'attacker', jwk: { ...attackerJwk, kid: 'attacker' } })))).toBe('UNKNOWN_KEY')
    expect(code(() => verifier.verify(signed(victim.privateKey, { alg: 'ES512', kid: 'victim', jwk: attackerJwk })))).toBe('OK')
  })

  test('alg none, other spellings and other EC algorithms: ALGORITHM_MISMATCH', () => {
    const input = (alg: string) => `${b64(JSON.stringify({ alg, kid: 'victim' }))}.${b64(JSON.stringify(claims))}`
    expect(code(() => verifier.verify(`${input('none')}.${b64('x')}`))).toBe('ALGORITHM_MISMATCH')
    for (const alg of ['es512', 'ES512 ', 'ES521', 'ES256K', 'ES256', 'ES384', 'EdDSA', 'RS512', 'PS512']) {
      const token = `${input(alg)}.${b64(cryptoSign('sha512', Buffer.from(input(alg)), { key: victim.privateKey, dsaEncoding: 'ieee-p1363' }))}`
      expect(code(() => verifier.verify(token)), alg).toBe('ALGORITHM_MISMATCH')
    }
  })

  test('an HS512 token whose secret is the victim\'s public key bytes, JWK or PEM: ALGORITHM_MISMATCH', () => {
    const raw = Buffer.concat([Buffer.from([4]), Buffer.from(victimJwk.x, 'base64url'), Buffer.from(victimJwk.y, 'base64url')])
    const secrets = [raw, victimJwk.x, JSON.stringify(victimJwk), victim.publicKey.export({ format: 'pem', type: 'spki' }) as string]
    const all = new JWTVerifier({ keys: set, algorithms: ['ES512', 'ES384', 'ES256', 'RS512', 'EdDSA'], clock })
    for (const secret of secrets) {
      for (const [alg, hash] of [['HS512', 'sha512'], ['HS256', 'sha256']]) {
        const input = `${b64(JSON.stringify({ alg, kid: 'victim' }))}.${b64(JSON.stringify(claims))}`
        expect(code(() => all.verify(`${input}.${createHmac(hash, secret).update(input).digest('base64url')}`))).toBe('ALGORITHM_MISMATCH')
      }
    }
  })

  test('an ES512 signature relabelled ES384, ES256, RS512 or EdDSA with the same kid finds no key of that algorithm', () => {
    const all = new JWTVerifier({ keys: set, algorithms: ['ES512', 'ES384', 'ES256', 'RS512', 'EdDSA'], clock })
    const token = signed(victim.privateKey, { alg: 'ES512', kid: 'victim' })
    const [, p, s] = token.split('.')
    for (const alg of ['ES384', 'ES256', 'RS512', 'EdDSA']) {
      expect(code(() => all.verify(`${b64(JSON.stringify({ alg, kid: 'victim' }))}.${p}.${s}`)), alg).toBe('UNKNOWN_KEY')
    }
    expect(code(() => all.verify(token))).toBe('OK')
  })
})
