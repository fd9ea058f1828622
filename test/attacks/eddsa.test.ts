// Attacks on EdDSA tokens (jwt-wasm/asymmetric): each hostile token is built here with
// node:crypto or by hand, never by the engine under test, and must be refused with its code.
import { sign as cryptoSign, verify as cryptoVerify, createHash, createPublicKey, type KeyObject } from 'node:crypto'
import { generateKeyPairSync } from '../helpers/key-pair.js'
import { ED25519_TORSION_SUBGROUP, ed25519 } from '@noble/curves/ed25519.js'
import { describe, expect, test } from 'vitest'
import { JWTVerifier, KeySet } from '../../src/asymmetric.js'
import { importSet } from '../../src/pk/key-set.js'
import { codeOf as code } from '../helpers/code-of.js'
import { NOW, b64 } from '../pk/helpers.js'

const clock = () => NOW
const L = 2n ** 252n + 27742317777372353535851937790883648493n
const le = (x: bigint) => Buffer.from(x.toString(16).padStart(64, '0'), 'hex').reverse()
const fromLe = (b: Uint8Array) => BigInt(`0x${Buffer.from(b).reverse().toString('hex')}`)
const claims = { sub: 'victim', exp: NOW + 600 }

function signed(privateKey: KeyObject, header: Record<string, unknown>, payload: unknown = claims): string {
  const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`
  return `${input}.${b64(cryptoSign(null, Buffer.from(input), privateKey))}`
}

const victim = generateKeyPairSync('ed25519')
const attacker = generateKeyPairSync('ed25519')
const victimJwk = victim.publicKey.export({ format: 'jwk' }) as Record<string, string>
const set = KeySet.from({ keys: [{ ...victimJwk, kid: 'victim' }] })
const verifier = new JWTVerifier({ keys: set, algorithms: ['EdDSA', 'Ed25519'], clock })

describe('EdDSA signature malleability', () => {
  test('S + L (RFC 8032 §5.1.7 step 1; CVE-2024-42459): refused, also after the original was cached', () => {
    const cached = new JWTVerifier({ keys: set, algorithms: ['EdDSA'], clock, cache: { size: 100 } })
    const token = signed(victim.privateKey, { alg: 'EdDSA', kid: 'victim' })
    const [h, p, s] = token.split('.')
    const sig = Buffer.from(s, 'base64url')
    const twin = `${h}.${p}.${b64(Buffer.concat([sig.subarray(0, 32), le(fromLe(sig.subarray(32)) + L)]))}`
    expect(code(() => cached.verify(token))).toBe('OK')
    expect(code(() => cached.verify(token))).toBe('OK') // a cache hit
    expect(code(() => cached.verify(twin))).toBe('INVALID_SIGNATURE')
    expect(cached.verifyToken(twin)).toBe(false)
  })

  test('R replaced by a non-canonical encoding (y = p, y = p + 1), or by -R (sign bit flipped): refused', () => {
    // Canonical R is required (RFC 8032 §5.1.3 step 1): the module refuses y >= p before
    // hashing, and compares the canonical encoding of [S]B - [k]A with R's bytes.
    const token = signed(victim.privateKey, { alg: 'EdDSA', kid: 'victim' })
    const [h, p, s] = token.split('.')
    const sig = Buffer.from(s, 'base64url')
    const p25519 = 2n ** 255n - 19n
    for (const r of [le(p25519 + 1n), le(p25519), le(fromLe(sig.subarray(0, 32)) ^ (1n << 255n))]) {
      expect(code(() => verifier.verify(`${h}.${p}.${b64(Buffer.concat([r, sig.subarray(32)]))}`))).toBe('INVALID_SIGNATURE')
    }
  })
})

describe('small-order keys', () => {
  test('a JWKS carrying one is refused (KeySet.from) or loses that key (remote sets), and forgeries under it fail', () => {
    // R = [S]B - [k]T verifies cofactorlessly under a torsion key T whenever k = g mod its order.
    const t = ed25519.Point.fromBytes(Buffer.from(ED25519_TORSION_SUBGROUP[1], 'hex'))
    const tBytes = t.toBytes()
    const jwk = { kty: 'OKP', crv: 'Ed25519', kid: 'victim', x: b64(tBytes) }
    const sB = ed25519.Point.BASE.multiply(99n)
    let forged: string | undefined
    for (let n = 0; n < 400 && !forged; n++) {
      const input = `${b64(JSON.stringify({ alg: 'EdDSA', kid: 'victim' }))}.${b64(JSON.stringify({ ...claims, n }))}`
      const g = BigInt(n % 8)
      const r = sB.subtract(t.multiplyUnsafe(g)).toBytes()
      const k = fromLe(createHash('sha512').update(r).update(tBytes).update(input).digest()) % L
      if (t.multiplyUnsafe(k).equals(t.multiplyUnsafe(g))) forged = `${input}.${b64(Buffer.concat([r, le(99n)]))}`
    }
    expect(forged).toBeDefined()
    const [h, p, s] = forged!.split('.')
    // OpenSSL accepts it: this is the attack the import-time refusal stops.
    expect(cryptoVerify(null, Buffer.from(`${h}.${p}`), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(s, 'base64url'))).toBe(true)
    expect(() => KeySet.from({ keys: [jwk] })).toThrow(/small order/)
    const remoteStyle = importSet({ keys: [jwk] }, 'skip')
    expect(remoteStyle.size).toBe(0)
    expect(code(() => new JWTVerifier({ keys: remoteStyle, algorithms: ['EdDSA'], clock }).verify(forged!))).toBe('UNKNOWN_KEY')
  })
})

describe('the header never supplies the key or the algorithm family', () => {
  test('a header jwk with the attacker\'s OKP key is ignored (CVE-2018-0114)', () => {
    const attackerJwk = attacker.publicKey.export({ format: 'jwk' })
    expect(code(() => verifier.verify(signed(attacker.privateKey, { alg: 'EdDSA', kid: 'victim', jwk: attackerJwk })))).toBe('INVALID_SIGNATURE')
    expect(code(() => verifier.verify(signed(attacker.privateKey, { alg: 'EdDSA', jwk: attackerJwk })))).toBe('INVALID_SIGNATURE')
    expect(code(() => verifier.verify(signed(attacker.privateKey, { alg: 'EdDSA', kid: 'attacker', jwk: { ...attackerJwk, kid: 'attacker' } })))).toBe('UNKNOWN_KEY')
  })

  test('alg none, lower-case and unknown EdDSA spellings: ALGORITHM_MISMATCH', () => {
    const input = (alg: string) => `${b64(JSON.stringify({ alg, kid: 'victim' }))}.${b64(JSON.stringify(claims))}`
    expect(code(() => verifier.verify(`${input('none')}.`))).toBe('MALFORMED')
    expect(code(() => verifier.verify(`${input('none')}.${b64('x')}`))).toBe('ALGORITHM_MISMATCH')
    for (const alg of ['eddsa', 'EDDSA', 'ed25519', 'Ed448', 'EdDSA ', 'ES256']) {
      const token = `${input(alg)}.${b64(cryptoSign(null, Buffer.from(input(alg)), victim.privateKey))}`
      expect(code(() => verifier.verify(token)), alg).toBe('ALGORITHM_MISMATCH')
    }
  })

  test('an HS256 token whose secret is the victim\'s public key bytes, JWK or PEM: ALGORITHM_MISMATCH', async () => {
    const { createHmac } = await import('node:crypto')
    const secrets = [Buffer.from(victimJwk.x, 'base64url'), victimJwk.x, JSON.stringify(victimJwk), victim.publicKey.export({ format: 'pem', type: 'spki' }) as string]
    for (const secret of secrets) {
      const input = `${b64(JSON.stringify({ alg: 'HS256', kid: 'victim' }))}.${b64(JSON.stringify(claims))}`
      expect(code(() => verifier.verify(`${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`))).toBe('ALGORITHM_MISMATCH')
    }
  })

  test('an EdDSA signature relabelled RS256 (or the reverse) with the same kid finds no key of that family', () => {
    const token = signed(victim.privateKey, { alg: 'EdDSA', kid: 'victim' })
    const [, p, s] = token.split('.')
    const relabelled = `${b64(JSON.stringify({ alg: 'RS256', kid: 'victim' }))}.${p}.${s}`
    const both = new JWTVerifier({ keys: set, algorithms: ['EdDSA', 'RS256'], clock })
    expect(code(() => both.verify(relabelled))).toBe('UNKNOWN_KEY')
  })
})
