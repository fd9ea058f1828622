// Attacks on ES256 tokens (jwt-wasm/asymmetric): each hostile token is built here with
// node:crypto or by hand, never by the engine under test, and must be refused with its code.
import { createHmac, sign as cryptoSign, type KeyObject } from 'node:crypto'
import { generateKeyPairSync } from '../helpers/key-pair.js'
import { describe, expect, test } from 'vitest'
import { JWTVerifier, KeySet } from '../../src/asymmetric.js'
import { importSet } from '../../src/pk/key-set.js'
import { codeOf as code } from '../helpers/code-of.js'
import { NOW, b64 } from '../pk/helpers.js'

const clock = () => NOW
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n
const P = 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n
const be = (x: bigint) => Buffer.from(x.toString(16).padStart(64, '0'), 'hex')
const big = (b: Uint8Array) => BigInt(`0x${Buffer.from(b).toString('hex')}`)
const claims = { sub: 'victim', exp: NOW + 600 }

function signed(privateKey: KeyObject, header: Record<string, unknown>, payload: unknown = claims, dsaEncoding: 'ieee-p1363' | 'der' = 'ieee-p1363'): string {
  const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`
  return `${input}.${b64(cryptoSign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding }))}`
}

/** The token with its signature replaced by r‖s. */
const withSignature = (token: string, r: bigint, s: bigint) => `${token.slice(0, token.lastIndexOf('.'))}.${b64(Buffer.concat([be(r), be(s)]))}`

const victim = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const attacker = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const victimJwk = victim.publicKey.export({ format: 'jwk' }) as Record<string, string>
const set = KeySet.from({ keys: [{ ...victimJwk, kid: 'victim' }] })
const verifier = new JWTVerifier({ keys: set, algorithms: ['ES256'], clock })

describe('ECDSA signature values', () => {
  test('psychic signatures (CVE-2022-21449): r = 0 or s = 0, r or s = n, all ones; refused, also after the real token was cached', () => {
    const cached = new JWTVerifier({ keys: set, algorithms: ['ES256'], clock, cache: { size: 100 } })
    const token = signed(victim.privateKey, { alg: 'ES256', kid: 'victim' })
    expect(code(() => cached.verify(token))).toBe('OK')
    expect(code(() => cached.verify(token))).toBe('OK') // a cache hit
    const sig = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url')
    const r = big(sig.subarray(0, 32)), s = big(sig.subarray(32))
    const max = 2n ** 256n - 1n
    for (const [fr, fs] of [[0n, 0n], [0n, s], [r, 0n], [N, N], [N, s], [r, N], [max, max], [r + N < 2n ** 256n ? r + N : max, s], [r, s + N < 2n ** 256n ? s + N : max]]) {
      expect(code(() => cached.verify(withSignature(token, fr, fs))), `${fr.toString(16)} ${fs.toString(16)}`).toBe('INVALID_SIGNATURE')
      expect(cached.verifyToken(withSignature(token, fr, fs))).toBe(false)
    }
  })

  test('DER signatures, and r‖s with a byte added or dropped: refused (RFC 7518 §3.4 wants exactly 64 bytes)', () => {
    expect(code(() => verifier.verify(signed(victim.privateKey, { alg: 'ES256', kid: 'victim' }, claims, 'der')))).toBe('INVALID_SIGNATURE')
    const token = signed(victim.privateKey, { alg: 'ES256', kid: 'victim' })
    const sig = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url')
    const head = token.slice(0, token.lastIndexOf('.'))
    for (const bad of [Buffer.concat([Buffer.alloc(1), sig]), Buffer.concat([sig, Buffer.alloc(1)]), sig.subarray(1), Buffer.alloc(0)]) {
      expect(code(() => verifier.verify(`${head}.${b64(bad)}`))).toBe(bad.length === 0 ? 'MALFORMED' : 'INVALID_SIGNATURE')
    }
  })

  test('the high-S twin is the same token to everything that remembers tokens', () => {
    // Accepted, as WebCrypto does (docs/ec.md); it carries the same jti, so a denylist
    // catches both, and the cache verifies it on its own.
    const cached = new JWTVerifier({ keys: set, algorithms: ['ES256'], clock, cache: { size: 100 } })
    const token = signed(victim.privateKey, { alg: 'ES256', kid: 'victim' }, { ...claims, jti: 'j-1' })
    const sig = Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url')
    const twin = withSignature(token, big(sig.subarray(0, 32)), N - big(sig.subarray(32)))
    expect(cached.verify(token).jti).toBe('j-1')
    expect(cached.verify(twin).jti).toBe('j-1')
    // A third spelling, r with n - s + 1, is no signature at all, twin cached or not.
    expect(code(() => cached.verify(withSignature(token, big(sig.subarray(0, 32)), N - big(sig.subarray(32)) + 1n)))).toBe('INVALID_SIGNATURE')
  })
})

describe('invalid keys', () => {
  test('a JWKS point off the curve (invalid-curve attacks), or with x or y >= p, is refused (KeySet.from) or dropped (remote sets)', () => {
    const x = big(Buffer.from(victimJwk.x, 'base64url')), y = big(Buffer.from(victimJwk.y, 'base64url'))
    const bad = [
      { x: be(x), y: be((y + 1n) % P) }, // off the curve: on y² = x³ - 3x + b' for another b'
      { x: be(0n), y: be(0n) }, // what some encoders write for the point at infinity
      { x: be(P), y: be(y) },
      ...(y + P < 2n ** 256n ? [{ x: be(x), y: be(y + P) }] : []), // the victim's point, y spelled + p
    ]
    for (const { x: bx, y: by } of bad) {
      const jwk = { kty: 'EC', crv: 'P-256', kid: 'victim', x: b64(bx), y: b64(by) }
      expect(() => KeySet.from({ keys: [jwk] })).toThrow(TypeError)
      const remoteStyle = importSet({ keys: [jwk] }, 'skip')
      expect(remoteStyle.size).toBe(0)
      const token = signed(attacker.privateKey, { alg: 'ES256', kid: 'victim' })
      expect(code(() => new JWTVerifier({ keys: remoteStyle, algorithms: ['ES256'], clock }).verify(token))).toBe('UNKNOWN_KEY')
    }
  })

  test('a key on another curve under the victim\'s kid is skipped (secp256k1) or kept to its own algorithm (P-384, P-521), never used for ES256', () => {
    const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' })
    const skipped = KeySet.from({ keys: [{ ...(k1.publicKey.export({ format: 'jwk' }) as object), kid: 'victim' }] })
    expect(skipped.size).toBe(0)
    const token = signed(victim.privateKey, { alg: 'ES256', kid: 'victim' })
    expect(code(() => new JWTVerifier({ keys: skipped, algorithms: ['ES256'], clock }).verify(token))).toBe('UNKNOWN_KEY')
    // P-384 and P-521 keys are imported, but each crv fits its own algorithm only (RFC 7518 §3.4).
    for (const namedCurve of ['P-384', 'P-521']) {
      const pair = generateKeyPairSync('ec', { namedCurve })
      const other = KeySet.from({ keys: [{ ...(pair.publicKey.export({ format: 'jwk' }) as object), kid: 'victim' }] })
      expect(other.size).toBe(1)
      expect(code(() => new JWTVerifier({ keys: other, algorithms: ['ES256', 'ES384', 'ES512'], clock }).verify(token)), namedCurve).toBe('UNKNOWN_KEY')
      expect(code(() => new JWTVerifier({ keys: other, algorithms: ['ES256', 'ES384', 'ES512'], clock }).verify(signed(pair.privateKey, { alg: 'ES256', kid: 'victim' }))), namedCurve).toBe('UNKNOWN_KEY')
    }
  })
})

describe('the header never supplies the key or the algorithm family', () => {
  test('a header jwk with the attacker\'s EC key is ignored (CVE-2018-0114)', () => {
    const attackerJwk = attacker.publicKey.export({ format: 'jwk' })
    expect(code(() => verifier.verify(signed(attacker.privateKey, { alg: 'ES256', kid: 'victim', jwk: attackerJwk })))).toBe('INVALID_SIGNATURE')
    expect(code(() => verifier.verify(signed(attacker.privateKey, { alg: 'ES256', jwk: attackerJwk })))).toBe('INVALID_SIGNATURE')
    expect(code(() => verifier.verify(signed(attacker.privateKey, { alg: 'ES256', kid: 'attacker', jwk: { ...attackerJwk, kid: 'attacker' } })))).toBe('UNKNOWN_KEY')
  })

  test('alg none, other spellings and other EC algorithms: ALGORITHM_MISMATCH', () => {
    const input = (alg: string) => `${b64(JSON.stringify({ alg, kid: 'victim' }))}.${b64(JSON.stringify(claims))}`
    expect(code(() => verifier.verify(`${input('none')}.${b64('x')}`))).toBe('ALGORITHM_MISMATCH')
    for (const alg of ['es256', 'ES256 ', 'ES256K', 'ES384', 'ES512', 'EdDSA', 'RS256']) {
      const token = `${input(alg)}.${b64(cryptoSign('sha256', Buffer.from(input(alg)), { key: victim.privateKey, dsaEncoding: 'ieee-p1363' }))}`
      expect(code(() => verifier.verify(token)), alg).toBe('ALGORITHM_MISMATCH')
    }
  })

  test('an HS256 token whose secret is the victim\'s public key bytes, JWK or PEM: ALGORITHM_MISMATCH', () => {
    const raw = Buffer.concat([Buffer.from([4]), Buffer.from(victimJwk.x, 'base64url'), Buffer.from(victimJwk.y, 'base64url')])
    const secrets = [raw, victimJwk.x, JSON.stringify(victimJwk), victim.publicKey.export({ format: 'pem', type: 'spki' }) as string]
    const all = new JWTVerifier({ keys: set, algorithms: ['ES256', 'RS256', 'EdDSA'], clock })
    for (const secret of secrets) {
      const input = `${b64(JSON.stringify({ alg: 'HS256', kid: 'victim' }))}.${b64(JSON.stringify(claims))}`
      expect(code(() => all.verify(`${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`))).toBe('ALGORITHM_MISMATCH')
    }
  })

  test('an ES256 signature relabelled RS256 or EdDSA with the same kid finds no key of that family', () => {
    const all = new JWTVerifier({ keys: set, algorithms: ['ES256', 'RS256', 'EdDSA'], clock })
    const token = signed(victim.privateKey, { alg: 'ES256', kid: 'victim' })
    const [, p, s] = token.split('.')
    for (const alg of ['RS256', 'EdDSA']) {
      expect(code(() => all.verify(`${b64(JSON.stringify({ alg, kid: 'victim' }))}.${p}.${s}`)), alg).toBe('UNKNOWN_KEY')
    }
    expect(code(() => all.verify(token))).toBe('OK')
  })
})
