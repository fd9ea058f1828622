// ES384 through the asymmetric entry: P-384 JWK import (RFC 7518 §6.2.1), every Wycheproof
// secp384r1 P1363 vector with the key imported from the group's JWK, tokens from jose and
// node:crypto (a differential on random keys, messages and tampered signatures), signature
// lengths, and the separation of P-384 keys from P-256 ones and from other families.
import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { randomBytes, sign as cryptoSign, verify as cryptoVerify, type KeyObject } from 'node:crypto'
import { p384 } from '@noble/curves/nist.js'
import * as jose from 'jose'
import { generateKeyPairSync, joseKeyPair } from '../helpers/key-pair.js'
import { KeySet, JWTVerifier } from '../../src/asymmetric.js'
import { importJwk } from '../../src/pk/jwk.js'
import { PK_ALGORITHMS } from '../../src/pk/algorithms.js'
import { verifyMessage } from '../../src/wasm-pk/engine.js'
import { codeOf } from '../helpers/code-of.js'
import { thrownBy } from '../helpers/thrown.js'
import { b64, rsaKey, signToken } from './helpers.js'

const N = 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n
const P = 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n
const now = () => Math.floor(Date.now() / 1000)
const be48 = (v: bigint): Buffer => Buffer.from(v.toString(16).padStart(96, '0'), 'hex')
const big = (b: Uint8Array): bigint => BigInt(`0x${Buffer.from(b).toString('hex')}`)

interface EcKey { publicKey: KeyObject; privateKey: KeyObject; jwk: Record<string, string> }
function ecKey(kid?: string, namedCurve = 'P-384'): EcKey {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve })
  const jwk = publicKey.export({ format: 'jwk' }) as Record<string, string>
  if (kid) jwk.kid = kid
  return { publicKey, privateKey, jwk }
}

/** A compact token signed by node:crypto: ES384 is SHA-384 over P-384, r‖s (RFC 7518 §3.4). */
function esToken(alg: 'ES256' | 'ES384', key: KeyObject, header: Record<string, unknown>, payload: Record<string, unknown>, encoding: 'ieee-p1363' | 'der' = 'ieee-p1363'): string {
  const input = `${b64(JSON.stringify({ alg, ...header }))}.${b64(JSON.stringify(payload))}`
  return `${input}.${b64(cryptoSign(alg === 'ES256' ? 'sha256' : 'sha384', Buffer.from(input), { key, dsaEncoding: encoding }))}`
}
const withSignature = (token: string, sig: Uint8Array): string => `${token.slice(0, token.lastIndexOf('.'))}.${b64(sig)}`
const signatureOf = (token: string): Buffer => Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url')

describe('P-384 JWK import', () => {
  const { jwk } = ecKey('a')

  it('imports a P-384 key', () => {
    expect(KeySet.from({ keys: [jwk] }).size).toBe(1)
    expect(importJwk(jwk, 'k')!.crv).toBe('P-384')
  })

  it('refuses malformed P-384 keys with a TypeError naming the key, never its material', () => {
    const y = big(Buffer.from(jwk.y, 'base64url'))
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ ...jwk, x: b64(Buffer.from(jwk.x, 'base64url').subarray(1)) }, /x must be 48 bytes for P-384, not 47/],
      [{ ...jwk, y: b64(Buffer.concat([Buffer.alloc(1), Buffer.from(jwk.y, 'base64url')])) }, /y must be 48 bytes for P-384, not 49/],
      // A P-256-sized coordinate under crv P-384, and the reverse.
      [{ ...jwk, x: b64(Buffer.alloc(32, 1)), y: b64(Buffer.alloc(32, 2)) }, /x must be 48 bytes for P-384, not 32/],
      [{ ...jwk, crv: 'P-256' }, /x must be 32 bytes for P-256, not 48/],
      [{ ...jwk, x: `${jwk.x}=` }, /x is not base64url/],
      [{ ...jwk, y: 42 }, /y must be a base64url string/],
      [{ ...jwk, d: 'AAAA' }, /private key/],
      // The same x with y's low bit flipped: not on the curve (SEC 1 §3.2.2.1).
      [{ ...jwk, y: b64(be48(y ^ 1n)) }, /not on P-384/],
      // x = p, and y + p when it fits: coordinates that are not below p.
      [{ ...jwk, x: b64(be48(P)) }, /not on P-384/],
      [{ ...jwk, x: b64(be48(0n)), y: b64(be48(0n)) }, /not on P-384/],
    ]
    if (y + P < 2n ** 384n) bad.push([{ ...jwk, y: b64(be48(y + P)) }, /not on P-384/])
    for (const [key, message] of bad) {
      const error = thrownBy(() => KeySet.from({ keys: [key] }))
      expect(error).toBeInstanceOf(TypeError)
      expect((error as Error).message).toMatch(message)
      expect((error as Error).message).toMatch(/JWKS key 0 \(kid "a"\)/)
      for (const secret of [jwk.x, jwk.y]) expect((error as Error).message).not.toContain(secret)
    }
  })

  it('keeps leading zeros: a coordinate below 2^376 is 48 bytes, and its 47-byte spelling is refused (RFC 7518 §6.2.1.2)', () => {
    // A private key whose public x has a zero first byte (one in 256 do).
    let d = 1n, x = 0n, y = 0n
    for (let i = 2n; ; i++) {
      const q = p384.Point.BASE.multiply(i).toAffine()
      if (q.x < 1n << 376n) { d = i; x = q.x; y = q.y; break }
    }
    const full = { kty: 'EC', crv: 'P-384', kid: 'z', x: b64(be48(x)), y: b64(be48(y)) }
    expect(Buffer.from(full.x, 'base64url')[0]).toBe(0)
    const verifier = new JWTVerifier({ keys: KeySet.from({ keys: [full] }), algorithms: ['ES384'] })
    const input = `${b64(JSON.stringify({ alg: 'ES384', kid: 'z' }))}.${b64(JSON.stringify({ sub: 'zero', exp: now() + 60 }))}`
    const sig = p384.sign(Buffer.from(input), be48(d), { prehash: true, lowS: false, format: 'compact' } as never) as Uint8Array
    expect(verifier.verify(`${input}.${b64(sig)}`).sub).toBe('zero')
    const trimmed = { ...full, x: b64(be48(x).subarray(1)) }
    expect(() => KeySet.from({ keys: [trimmed] })).toThrow(/x must be 48 bytes for P-384, not 47/)
  })

  it('skips keys on curves it does not verify with, and keys not for signatures', () => {
    const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey.export({ format: 'jwk' })
    expect(KeySet.from({ keys: [k1, { ...jwk, crv: 'secp384k1' }, { ...jwk, use: 'enc' }, { ...jwk, key_ops: ['sign'] }] }).size).toBe(0)
  })
})

interface Vector { tcId: number; msg: string; sig: string; result: string }
interface Group { publicKey: { wx: string; wy: string }; publicKeyJwk?: Record<string, string>; tests: Vector[] }

describe('Wycheproof ecdsa_secp384r1_sha384_p1363_test.json through the JWK import', () => {
  it('gives every vector its verdict, with each group\'s key imported from its JWK', () => {
    const file = JSON.parse(readFileSync(new URL('../vectors/wycheproof/ecdsa_secp384r1_sha384_p1363_test.json', import.meta.url), 'utf8')) as { numberOfTests: number; testGroups: Group[] }
    let count = 0
    const wrong: number[] = []
    for (const group of file.testGroups) {
      // The groups written for the x = r + n cases (tcId 271 on) carry no JWK: one is made
      // from wx and wy, at the full 48 bytes.
      const jwk = group.publicKeyJwk ?? { kty: 'EC', crv: 'P-384', x: b64(be48(BigInt(`0x${group.publicKey.wx}`))), y: b64(be48(BigInt(`0x${group.publicKey.wy}`))) }
      const key = importJwk(jwk, `group of ${group.tests[0].tcId}`)
      expect(key?.crv).toBe('P-384')
      for (const t of group.tests) {
        count++
        // No "acceptable" verdicts in this file (test/vectors/README.md): valid or invalid only.
        expect(['valid', 'invalid']).toContain(t.result)
        const ok = verifyMessage(PK_ALGORITHMS.ES384.id, key!, Buffer.from(t.msg, 'hex'), Buffer.from(t.sig, 'hex'))
        if (ok !== (t.result === 'valid')) wrong.push(t.tcId)
      }
    }
    expect(count).toBe(file.numberOfTests)
    expect(wrong).toEqual([])
  })
})

describe('ES384 tokens', () => {
  const key = ecKey('ec384-1')
  const keys = KeySet.from({ keys: [key.jwk] })
  const verifier = new JWTVerifier({ keys, algorithms: ['ES384'] })
  const payload = () => ({ sub: 'user-1', exp: now() + 600 })

  it('verifies tokens that jose signs, and refuses them mutated; jose verifies ours', async () => {
    for (let i = 0; i < 6; i++) {
      const { publicKey, privateKey } = await joseKeyPair('ES384')
      const jwk = { ...(await jose.exportJWK(publicKey)), kid: `jose-${i}`, alg: 'ES384', use: 'sig' }
      const jwks = { keys: [jwk] }
      const v = new JWTVerifier({ keys: KeySet.from(jwks), algorithms: ['ES384'], issuer: 'https://idp.example/' })
      const token = await new jose.SignJWT({ n: 'x'.repeat(i * 50), name: 'Zoë' }).setProtectedHeader({ alg: 'ES384', kid: `jose-${i}`, typ: 'JWT' }).setSubject(`s${i}`).setIssuer('https://idp.example/').setIssuedAt().setExpirationTime('10m').sign(privateKey)
      const { payload: joseClaims } = await jose.jwtVerify(token, jose.createLocalJWKSet(jwks), { algorithms: ['ES384'] })
      expect(v.verify(token)).toEqual({ ...joseClaims, identity: `s${i}` })
      const [h, p, s] = token.split('.')
      const sig = Buffer.from(s, 'base64url')
      sig[i * 15] ^= 0x10
      expect(codeOf(() => v.verify(`${h}.${p}.${b64(sig)}`))).toBe('INVALID_SIGNATURE')
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString())
      expect(codeOf(() => v.verify(`${h}.${b64(JSON.stringify({ ...claims, sub: 'admin' }))}.${s}`))).toBe('INVALID_SIGNATURE')
      // The same bytes relabelled ES256: not an accepted algorithm here.
      expect(codeOf(() => v.verify(`${b64(JSON.stringify({ alg: 'ES256', kid: `jose-${i}`, typ: 'JWT' }))}.${p}.${s}`))).toBe('ALGORITHM_MISMATCH')
      // jose verifies ours too: the same bytes, the other way round.
      const ours = esToken('ES384', key.privateKey, { kid: 'ec384-1' }, payload())
      await expect(jose.jwtVerify(ours, await jose.importJWK(key.jwk, 'ES384'))).resolves.toBeTruthy()
    }
  })

  it('agrees with node:crypto on random keys, payloads, high-S twins and tampered signatures', () => {
    for (let k = 0; k < 6; k++) {
      const own = ecKey(`d-${k}`)
      const v = new JWTVerifier({ keys: KeySet.from({ keys: [own.jwk] }), algorithms: ['ES384'] })
      for (let m = 0; m < 6; m++) {
        const token = esToken('ES384', own.privateKey, { kid: `d-${k}` }, { sub: `u${k}`, exp: now() + 60, r: randomBytes((k * 37 + m * 101) % 500).toString('base64url') })
        const input = Buffer.from(token.slice(0, token.lastIndexOf('.')))
        const oracle = (sig: Uint8Array): boolean => cryptoVerify('sha384', input, { key: own.publicKey, dsaEncoding: 'ieee-p1363' }, sig)
        const sig = signatureOf(token)
        expect(v.verifyToken(token)).toBe(true)
        const twin = Buffer.concat([sig.subarray(0, 48), be48(N - big(sig.subarray(48)))])
        expect([v.verifyToken(withSignature(token, twin)), oracle(twin)]).toEqual([true, true])
        for (let t = 0; t < 4; t++) {
          const bad = Buffer.from(sig)
          bad[(m * 29 + t * 23 + k) % 96] ^= 1 << ((m + t) % 8)
          expect(v.verifyToken(withSignature(token, bad))).toBe(oracle(bad))
          expect(oracle(bad)).toBe(false)
        }
      }
    }
  })

  it('refuses signatures that are not exactly 96 bytes, DER and other curves\' sizes included (RFC 7518 §3.4)', () => {
    const token = esToken('ES384', key.privateKey, { kid: 'ec384-1' }, payload())
    const sig = signatureOf(token)
    expect(verifier.verify(token).sub).toBe('user-1')
    for (const bad of [Buffer.concat([sig, Buffer.alloc(1)]), Buffer.concat([Buffer.alloc(1), sig]), sig.subarray(0, 95), sig.subarray(1), sig.subarray(0, 64), Buffer.concat([sig, Buffer.alloc(36)])]) {
      expect(codeOf(() => verifier.verify(withSignature(token, bad))), String(bad.length)).toBe('INVALID_SIGNATURE')
    }
    expect(codeOf(() => verifier.verify(esToken('ES384', key.privateKey, { kid: 'ec384-1' }, payload(), 'der')))).toBe('INVALID_SIGNATURE')
    // r = s = 0 (CVE-2022-21449) as a token.
    expect(codeOf(() => verifier.verify(withSignature(token, Buffer.alloc(96))))).toBe('INVALID_SIGNATURE')
  })

  it('picks the key by the algorithm\'s curve: a P-256 and a P-384 key under one kid never stand in for each other', () => {
    const p256 = ecKey('same', 'P-256')
    const p384k = ecKey('same')
    const both = new JWTVerifier({ keys: KeySet.from({ keys: [p256.jwk, p384k.jwk] }), algorithms: ['ES256', 'ES384'] })
    expect(both.verify(esToken('ES384', p384k.privateKey, { kid: 'same' }, payload())).sub).toBe('user-1')
    expect(both.verify(esToken('ES256', p256.privateKey, { kid: 'same' }, payload())).sub).toBe('user-1')
    // A P-384 signature labelled ES256 is checked against the P-256 key (and fails); a
    // P-256 signature labelled ES384 against the P-384 key.
    const es384 = esToken('ES384', p384k.privateKey, { kid: 'same' }, payload())
    const es256 = esToken('ES256', p256.privateKey, { kid: 'same' }, payload())
    expect(codeOf(() => both.verify(`${b64(JSON.stringify({ alg: 'ES256', kid: 'same' }))}.${es384.split('.')[1]}.${es384.split('.')[2]}`))).toBe('INVALID_SIGNATURE')
    expect(codeOf(() => both.verify(`${b64(JSON.stringify({ alg: 'ES384', kid: 'same' }))}.${es256.split('.')[1]}.${es256.split('.')[2]}`))).toBe('INVALID_SIGNATURE')
    // Only a P-256 key: an ES384 token has none; only a P-384 key: an ES256 token has none.
    expect(codeOf(() => new JWTVerifier({ keys: KeySet.from({ keys: [p256.jwk] }), algorithms: ['ES256', 'ES384'] }).verify(es384))).toBe('UNKNOWN_KEY')
    expect(codeOf(() => new JWTVerifier({ keys: KeySet.from({ keys: [p384k.jwk] }), algorithms: ['ES256', 'ES384'] }).verify(es256))).toBe('UNKNOWN_KEY')
  })

  it('a key that declares its alg verifies only that algorithm; its kty and crv must fit too', () => {
    const declared = new JWTVerifier({ keys: KeySet.from({ keys: [{ ...key.jwk, alg: 'ES384' }] }), algorithms: ['ES384'] })
    expect(declared.verify(esToken('ES384', key.privateKey, { kid: 'ec384-1' }, payload())).sub).toBe('user-1')
    // A P-384 key that says ES256 (a wrong set): no ES384 token and no ES256 token finds it.
    const wrong = new JWTVerifier({ keys: KeySet.from({ keys: [{ ...key.jwk, alg: 'ES256' }] }), algorithms: ['ES256', 'ES384'] })
    expect(codeOf(() => wrong.verify(esToken('ES384', key.privateKey, { kid: 'ec384-1' }, payload())))).toBe('UNKNOWN_KEY')
    expect(codeOf(() => wrong.verify(esToken('ES256', ecKey(undefined, 'P-256').privateKey, { kid: 'ec384-1' }, payload())))).toBe('UNKNOWN_KEY')
    // An RSA key under the kid, with alg ES384: kty decides, the RSA key is not an EC one.
    const rsa = rsaKey(2048, 'es384-test')
    const rsaSays = new JWTVerifier({ keys: KeySet.from({ keys: [{ ...rsa.jwk, kid: 'ec384-1', alg: 'ES384' }] }), algorithms: ['ES384', 'RS256'] })
    expect(codeOf(() => rsaSays.verify(esToken('ES384', key.privateKey, { kid: 'ec384-1' }, payload())))).toBe('UNKNOWN_KEY')
  })

  it('checks the key kind inside the module: no layout of another kind verifies ES384, and a P-384 layout verifies nothing else', () => {
    const p256 = ecKey(undefined, 'P-256')
    const ec384 = importJwk(key.jwk, 'ec384')!
    const ec256 = importJwk(p256.jwk, 'ec256')!
    const rsa = importJwk(rsaKey(2048, 'es384-test').jwk, 'rsa')!
    const message = Buffer.from('a.b')
    const sig = cryptoSign('sha384', message, { key: key.privateKey, dsaEncoding: 'ieee-p1363' })
    expect(verifyMessage(PK_ALGORITHMS.ES384.id, ec384, message, sig)).toBe(true)
    expect(verifyMessage(PK_ALGORITHMS.ES384.id, ec256, message, sig)).toBe(false)
    expect(verifyMessage(PK_ALGORITHMS.ES384.id, rsa, message, sig)).toBe(false)
    const sig256 = cryptoSign('sha256', message, { key: p256.privateKey, dsaEncoding: 'ieee-p1363' })
    expect(verifyMessage(PK_ALGORITHMS.ES256.id, ec256, message, sig256)).toBe(true)
    expect(verifyMessage(PK_ALGORITHMS.ES256.id, ec384, message, sig256)).toBe(false)
    expect(verifyMessage(PK_ALGORITHMS.ES256.id, ec384, message, sig.subarray(0, 64))).toBe(false)
    const rsSig = cryptoSign('sha384', message, rsaKey(2048, 'es384-test').privateKey)
    expect(verifyMessage(PK_ALGORITHMS.RS384.id, ec384, message, rsSig)).toBe(false)
    expect(verifyMessage(PK_ALGORITHMS.EdDSA.id, ec384, message, sig.subarray(0, 64))).toBe(false)
  })

  it('an RSA-signed token under the P-384 key\'s kid finds no key, and ES256K is not an algorithm', () => {
    const rsa = rsaKey(2048, 'es384-test')
    const mixed = new JWTVerifier({ keys: KeySet.from({ keys: [key.jwk, { ...rsa.jwk, kid: 'rsa-1' }] }), algorithms: ['ES384', 'RS384'] })
    expect(mixed.verify(signToken('RS384', rsa.privateKey, { alg: 'RS384', kid: 'rsa-1' }, payload())).sub).toBe('user-1')
    expect(codeOf(() => mixed.verify(signToken('RS384', rsa.privateKey, { alg: 'RS384', kid: 'ec384-1' }, payload())))).toBe('UNKNOWN_KEY')
    expect(() => new JWTVerifier({ keys, algorithms: ['ES256K' as 'ES384'] })).toThrow(TypeError)
    const input = `${b64(JSON.stringify({ alg: 'ES256K', kid: 'ec384-1' }))}.${b64(JSON.stringify(payload()))}`
    expect(codeOf(() => verifier.verify(`${input}.${b64(Buffer.alloc(64, 1))}`))).toBe('ALGORITHM_MISMATCH')
    // ES512 exists but is not among this verifier's algorithms.
    const es512 = `${b64(JSON.stringify({ alg: 'ES512', kid: 'ec384-1' }))}.${b64(JSON.stringify(payload()))}`
    expect(codeOf(() => verifier.verify(`${es512}.${b64(Buffer.alloc(132, 1))}`))).toBe('ALGORITHM_MISMATCH')
  })
})
