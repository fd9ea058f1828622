// ES512 through the asymmetric entry: P-521 JWK import (RFC 7518 §6.2.1), every Wycheproof
// secp521r1 P1363 vector with the key imported from the group's JWK, tokens from jose and
// node:crypto (a differential on random keys, messages and tampered signatures), signature
// lengths, and the separation of P-521 keys from P-384 and P-256 ones and from other families.
import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { randomBytes, sign as cryptoSign, verify as cryptoVerify, type KeyObject } from 'node:crypto'
import { p521 } from '@noble/curves/nist.js'
import * as jose from 'jose'
import { generateKeyPairSync, joseKeyPair } from '../helpers/key-pair.js'
import { KeySet, JWTVerifier } from '../../src/asymmetric.js'
import { importJwk } from '../../src/pk/jwk.js'
import { PK_ALGORITHMS } from '../../src/pk/algorithms.js'
import { verifyMessage } from '../../src/wasm-pk/engine.js'
import { codeOf } from '../helpers/code-of.js'
import { thrownBy } from '../helpers/thrown.js'
import { b64, rsaKey, signToken } from './helpers.js'

const N = 0x01fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa51868783bf2f966b7fcc0148f709a5d03bb5c9b8899c47aebb6fb71e91386409n
const P = 2n ** 521n - 1n
const now = () => Math.floor(Date.now() / 1000)
const be66 = (v: bigint): Buffer => Buffer.from(v.toString(16).padStart(132, '0'), 'hex')
const big = (b: Uint8Array): bigint => BigInt(`0x${Buffer.from(b).toString('hex')}`)

interface EcKey { publicKey: KeyObject; privateKey: KeyObject; jwk: Record<string, string> }
function ecKey(kid?: string, namedCurve = 'P-521'): EcKey {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve })
  const jwk = publicKey.export({ format: 'jwk' }) as Record<string, string>
  if (kid) jwk.kid = kid
  return { publicKey, privateKey, jwk }
}

const HASH = { ES256: 'sha256', ES384: 'sha384', ES512: 'sha512' } as const
/** A compact token signed by node:crypto: ES512 is SHA-512 over P-521, r‖s (RFC 7518 §3.4). */
function esToken(alg: keyof typeof HASH, key: KeyObject, header: Record<string, unknown>, payload: Record<string, unknown>, encoding: 'ieee-p1363' | 'der' = 'ieee-p1363'): string {
  const input = `${b64(JSON.stringify({ alg, ...header }))}.${b64(JSON.stringify(payload))}`
  return `${input}.${b64(cryptoSign(HASH[alg], Buffer.from(input), { key, dsaEncoding: encoding }))}`
}
const withSignature = (token: string, sig: Uint8Array): string => `${token.slice(0, token.lastIndexOf('.'))}.${b64(sig)}`
const signatureOf = (token: string): Buffer => Buffer.from(token.slice(token.lastIndexOf('.') + 1), 'base64url')

describe('P-521 JWK import', () => {
  const { jwk } = ecKey('a')

  it('imports a P-521 key', () => {
    expect(KeySet.from({ keys: [jwk] }).size).toBe(1)
    expect(importJwk(jwk, 'k')!.crv).toBe('P-521')
  })

  it('refuses malformed P-521 keys with a TypeError naming the key, never its material', () => {
    const x = big(Buffer.from(jwk.x, 'base64url'))
    const y = big(Buffer.from(jwk.y, 'base64url'))
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ ...jwk, x: b64(Buffer.from(jwk.x, 'base64url').subarray(1)) }, /x must be 66 bytes for P-521, not 65/],
      [{ ...jwk, y: b64(Buffer.concat([Buffer.alloc(1), Buffer.from(jwk.y, 'base64url')])) }, /y must be 66 bytes for P-521, not 67/],
      // A P-384-sized coordinate under crv P-521, and the reverse.
      [{ ...jwk, x: b64(Buffer.alloc(48, 1)), y: b64(Buffer.alloc(48, 2)) }, /x must be 66 bytes for P-521, not 48/],
      [{ ...jwk, crv: 'P-384' }, /x must be 48 bytes for P-384, not 66/],
      [{ ...jwk, x: `${jwk.x}=` }, /x is not base64url/],
      [{ ...jwk, y: 42 }, /y must be a base64url string/],
      [{ ...jwk, d: 'AAAA' }, /private key/],
      // The same x with y's low bit flipped: not on the curve (SEC 1 §3.2.2.1).
      [{ ...jwk, y: b64(be66(y ^ 1n)) }, /not on P-521/],
      // x = p, and x + p, y + p (66 bytes hold them all): coordinates that are not below p.
      [{ ...jwk, x: b64(be66(P)) }, /not on P-521/],
      [{ ...jwk, x: b64(be66(x + P)) }, /not on P-521/],
      [{ ...jwk, y: b64(be66(y + P)) }, /not on P-521/],
      [{ ...jwk, x: b64(be66(0n)), y: b64(be66(0n)) }, /not on P-521/],
    ]
    for (const [key, message] of bad) {
      const error = thrownBy(() => KeySet.from({ keys: [key] }))
      expect(error).toBeInstanceOf(TypeError)
      expect((error as Error).message).toMatch(message)
      expect((error as Error).message).toMatch(/JWKS key 0 \(kid "a"\)/)
      for (const secret of [jwk.x, jwk.y]) expect((error as Error).message).not.toContain(secret)
    }
  })

  it('keeps leading zeros: a coordinate below 2^512 is 66 bytes, and its 65-byte spelling is refused (RFC 7518 §6.2.1.2)', () => {
    // The top byte of a 66-byte coordinate holds one bit, so half of all x start with a
    // zero byte; a private key whose x is below 2^512 has two (one in 512 do).
    let d = 1n, x = 0n, y = 0n
    for (let i = 2n, q = p521.Point.BASE.double(); ; i++, q = q.add(p521.Point.BASE)) {
      const a = q.toAffine()
      if (a.x < 1n << 512n) { d = i; x = a.x; y = a.y; break }
    }
    const full = { kty: 'EC', crv: 'P-521', kid: 'z', x: b64(be66(x)), y: b64(be66(y)) }
    expect([...Buffer.from(full.x, 'base64url').subarray(0, 2)]).toEqual([0, 0])
    const verifier = new JWTVerifier({ keys: KeySet.from({ keys: [full] }), algorithms: ['ES512'] })
    const input = `${b64(JSON.stringify({ alg: 'ES512', kid: 'z' }))}.${b64(JSON.stringify({ sub: 'zero', exp: now() + 60 }))}`
    const sig = p521.sign(Buffer.from(input), be66(d), { prehash: true, lowS: false, format: 'compact' } as never) as Uint8Array
    expect(sig.length).toBe(132)
    expect(verifier.verify(`${input}.${b64(sig)}`).sub).toBe('zero')
    for (const cut of [1, 2]) {
      const trimmed = { ...full, x: b64(be66(x).subarray(cut)) }
      expect(() => KeySet.from({ keys: [trimmed] })).toThrow(new RegExp(`x must be 66 bytes for P-521, not ${66 - cut}`))
    }
  })

  it('skips keys on curves it does not verify with, and keys not for signatures', () => {
    const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey.export({ format: 'jwk' })
    expect(k1.crv).toBe('secp256k1')
    expect(KeySet.from({ keys: [k1, { ...jwk, crv: 'P-512' }, { ...jwk, crv: 'secp521r1' }, { ...jwk, use: 'enc' }, { ...jwk, key_ops: ['sign'] }] }).size).toBe(0)
  })
})

interface Vector { tcId: number; msg: string; sig: string; result: string }
interface Group { publicKey: { wx: string; wy: string }; publicKeyJwk?: Record<string, string>; tests: Vector[] }

describe('Wycheproof ecdsa_secp521r1_sha512_p1363_test.json through the JWK import', () => {
  it('gives every vector its verdict, with each group\'s key imported from its JWK', () => {
    const file = JSON.parse(readFileSync(new URL('../vectors/wycheproof/ecdsa_secp521r1_sha512_p1363_test.json', import.meta.url), 'utf8')) as { numberOfTests: number; testGroups: Group[] }
    let count = 0
    const wrong: number[] = []
    for (const group of file.testGroups) {
      // A group without a JWK gets one made from wx and wy, at the full 66 bytes.
      const jwk = group.publicKeyJwk ?? { kty: 'EC', crv: 'P-521', x: b64(be66(BigInt(`0x${group.publicKey.wx}`))), y: b64(be66(BigInt(`0x${group.publicKey.wy}`))) }
      const key = importJwk(jwk, `group of ${group.tests[0].tcId}`)
      expect(key?.crv).toBe('P-521')
      for (const t of group.tests) {
        count++
        // No "acceptable" verdicts in this file (test/vectors/README.md): valid or invalid only.
        expect(['valid', 'invalid']).toContain(t.result)
        const ok = verifyMessage(PK_ALGORITHMS.ES512.id, key!, Buffer.from(t.msg, 'hex'), Buffer.from(t.sig, 'hex'))
        if (ok !== (t.result === 'valid')) wrong.push(t.tcId)
      }
    }
    expect(count).toBe(file.numberOfTests)
    expect(wrong).toEqual([])
  })
})

describe('ES512 tokens', () => {
  const key = ecKey('ec521-1')
  const keys = KeySet.from({ keys: [key.jwk] })
  const verifier = new JWTVerifier({ keys, algorithms: ['ES512'] })
  const payload = () => ({ sub: 'user-1', exp: now() + 600 })

  it('verifies tokens that jose signs, and refuses them mutated; jose verifies ours', async () => {
    for (let i = 0; i < 6; i++) {
      const { publicKey, privateKey } = await joseKeyPair('ES512')
      const jwk = { ...(await jose.exportJWK(publicKey)), kid: `jose-${i}`, alg: 'ES512', use: 'sig' }
      const jwks = { keys: [jwk] }
      const v = new JWTVerifier({ keys: KeySet.from(jwks), algorithms: ['ES512'], issuer: 'https://idp.example/' })
      const token = await new jose.SignJWT({ n: 'x'.repeat(i * 50), name: 'Zoë' }).setProtectedHeader({ alg: 'ES512', kid: `jose-${i}`, typ: 'JWT' }).setSubject(`s${i}`).setIssuer('https://idp.example/').setIssuedAt().setExpirationTime('10m').sign(privateKey)
      const { payload: joseClaims } = await jose.jwtVerify(token, jose.createLocalJWKSet(jwks), { algorithms: ['ES512'] })
      expect(v.verify(token)).toEqual({ ...joseClaims, identity: `s${i}` })
      const [h, p, s] = token.split('.')
      const sig = Buffer.from(s, 'base64url')
      sig[i * 15] ^= 0x10
      expect(codeOf(() => v.verify(`${h}.${p}.${b64(sig)}`))).toBe('INVALID_SIGNATURE')
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString())
      expect(codeOf(() => v.verify(`${h}.${b64(JSON.stringify({ ...claims, sub: 'admin' }))}.${s}`))).toBe('INVALID_SIGNATURE')
      // The same bytes relabelled ES384: not an accepted algorithm here.
      expect(codeOf(() => v.verify(`${b64(JSON.stringify({ alg: 'ES384', kid: `jose-${i}`, typ: 'JWT' }))}.${p}.${s}`))).toBe('ALGORITHM_MISMATCH')
      // jose verifies ours too: the same bytes, the other way round.
      const ours = esToken('ES512', key.privateKey, { kid: 'ec521-1' }, payload())
      await expect(jose.jwtVerify(ours, await jose.importJWK(key.jwk, 'ES512'))).resolves.toBeTruthy()
    }
  })

  it('agrees with node:crypto on random keys, payloads, high-S twins and tampered signatures', () => {
    for (let k = 0; k < 6; k++) {
      const own = ecKey(`d-${k}`)
      const v = new JWTVerifier({ keys: KeySet.from({ keys: [own.jwk] }), algorithms: ['ES512'] })
      for (let m = 0; m < 6; m++) {
        const token = esToken('ES512', own.privateKey, { kid: `d-${k}` }, { sub: `u${k}`, exp: now() + 60, r: randomBytes((k * 37 + m * 101) % 500).toString('base64url') })
        const input = Buffer.from(token.slice(0, token.lastIndexOf('.')))
        const oracle = (sig: Uint8Array): boolean => cryptoVerify('sha512', input, { key: own.publicKey, dsaEncoding: 'ieee-p1363' }, sig)
        const sig = signatureOf(token)
        expect(v.verifyToken(token)).toBe(true)
        const twin = Buffer.concat([sig.subarray(0, 66), be66(N - big(sig.subarray(66)))])
        expect([v.verifyToken(withSignature(token, twin)), oracle(twin)]).toEqual([true, true])
        for (let t = 0; t < 4; t++) {
          const bad = Buffer.from(sig)
          bad[(m * 29 + t * 23 + k) % 132] ^= 1 << ((m + t) % 8)
          expect(v.verifyToken(withSignature(token, bad))).toBe(oracle(bad))
          expect(oracle(bad)).toBe(false)
        }
      }
    }
  })

  it('refuses signatures that are not exactly 132 bytes, DER and other curves\' sizes included (RFC 7518 §3.4)', () => {
    const token = esToken('ES512', key.privateKey, { kid: 'ec521-1' }, payload())
    const sig = signatureOf(token)
    expect(verifier.verify(token).sub).toBe('user-1')
    // One byte more or less at either end, ES384's 96 and ES256's 64, and 130 + 2 (two
    // 65-byte values padded, the length P-521 signatures are sometimes wrongly given).
    for (const bad of [Buffer.concat([sig, Buffer.alloc(1)]), Buffer.concat([Buffer.alloc(1), sig]), sig.subarray(0, 131), sig.subarray(1), sig.subarray(0, 96), sig.subarray(0, 64), sig.subarray(0, 130), Buffer.concat([sig, Buffer.alloc(4)])]) {
      expect(codeOf(() => verifier.verify(withSignature(token, bad))), String(bad.length)).toBe('INVALID_SIGNATURE')
    }
    expect(codeOf(() => verifier.verify(esToken('ES512', key.privateKey, { kid: 'ec521-1' }, payload(), 'der')))).toBe('INVALID_SIGNATURE')
    // r = s = 0 (CVE-2022-21449) as a token.
    expect(codeOf(() => verifier.verify(withSignature(token, Buffer.alloc(132))))).toBe('INVALID_SIGNATURE')
  })

  it('picks the key by the algorithm\'s curve: P-256, P-384 and P-521 keys under one kid never stand in for each other', () => {
    const p256 = ecKey('same', 'P-256')
    const p384 = ecKey('same', 'P-384')
    const p521k = ecKey('same')
    const all = new JWTVerifier({ keys: KeySet.from({ keys: [p256.jwk, p384.jwk, p521k.jwk] }), algorithms: ['ES256', 'ES384', 'ES512'] })
    const tokens = { ES256: esToken('ES256', p256.privateKey, { kid: 'same' }, payload()), ES384: esToken('ES384', p384.privateKey, { kid: 'same' }, payload()), ES512: esToken('ES512', p521k.privateKey, { kid: 'same' }, payload()) }
    for (const token of Object.values(tokens)) expect(all.verify(token).sub).toBe('user-1')
    // Each token relabelled as each other ES algorithm is checked against that curve's key
    // (and fails): the header's alg picks the curve, never the key's material.
    for (const [from, token] of Object.entries(tokens)) {
      for (const to of ['ES256', 'ES384', 'ES512'].filter((a) => a !== from)) {
        const [, p, s] = token.split('.')
        expect(codeOf(() => all.verify(`${b64(JSON.stringify({ alg: to, kid: 'same' }))}.${p}.${s}`)), `${from} as ${to}`).toBe('INVALID_SIGNATURE')
      }
    }
    // Only a P-384 key: an ES512 token has none; only a P-521 key: ES384 and ES256 tokens have none.
    expect(codeOf(() => new JWTVerifier({ keys: KeySet.from({ keys: [p384.jwk] }), algorithms: ['ES384', 'ES512'] }).verify(tokens.ES512))).toBe('UNKNOWN_KEY')
    const only521 = new JWTVerifier({ keys: KeySet.from({ keys: [p521k.jwk] }), algorithms: ['ES256', 'ES384', 'ES512'] })
    expect(codeOf(() => only521.verify(tokens.ES384))).toBe('UNKNOWN_KEY')
    expect(codeOf(() => only521.verify(tokens.ES256))).toBe('UNKNOWN_KEY')
  })

  it('a key that declares its alg verifies only that algorithm; its kty and crv must fit too', () => {
    const declared = new JWTVerifier({ keys: KeySet.from({ keys: [{ ...key.jwk, alg: 'ES512' }] }), algorithms: ['ES512'] })
    expect(declared.verify(esToken('ES512', key.privateKey, { kid: 'ec521-1' }, payload())).sub).toBe('user-1')
    // A P-521 key that says ES384 (a wrong set): no ES512 token and no ES384 token finds it.
    const wrong = new JWTVerifier({ keys: KeySet.from({ keys: [{ ...key.jwk, alg: 'ES384' }] }), algorithms: ['ES384', 'ES512'] })
    expect(codeOf(() => wrong.verify(esToken('ES512', key.privateKey, { kid: 'ec521-1' }, payload())))).toBe('UNKNOWN_KEY')
    expect(codeOf(() => wrong.verify(esToken('ES384', ecKey(undefined, 'P-384').privateKey, { kid: 'ec521-1' }, payload())))).toBe('UNKNOWN_KEY')
    // A P-384 key that says ES512: its crv is not ES512's, so it is no ES512 key either.
    const p384 = ecKey('ec521-1', 'P-384')
    const says512 = new JWTVerifier({ keys: KeySet.from({ keys: [{ ...p384.jwk, alg: 'ES512' }] }), algorithms: ['ES384', 'ES512'] })
    expect(codeOf(() => says512.verify(esToken('ES512', p384.privateKey, { kid: 'ec521-1' }, payload())))).toBe('UNKNOWN_KEY')
    // An RSA key under the kid, with alg ES512: kty decides, the RSA key is not an EC one.
    const rsa = rsaKey(2048, 'es512-test')
    const rsaSays = new JWTVerifier({ keys: KeySet.from({ keys: [{ ...rsa.jwk, kid: 'ec521-1', alg: 'ES512' }] }), algorithms: ['ES512', 'RS512'] })
    expect(codeOf(() => rsaSays.verify(esToken('ES512', key.privateKey, { kid: 'ec521-1' }, payload())))).toBe('UNKNOWN_KEY')
  })

  it('checks the key kind inside the module: no layout of another kind verifies ES512, and a P-521 layout verifies nothing else', () => {
    const p384 = ecKey(undefined, 'P-384')
    const ec521 = importJwk(key.jwk, 'ec521')!
    const ec384 = importJwk(p384.jwk, 'ec384')!
    const ec256 = importJwk(ecKey(undefined, 'P-256').jwk, 'ec256')!
    const rsa = importJwk(rsaKey(2048, 'es512-test').jwk, 'rsa')!
    const message = Buffer.from('a.b')
    const sig = cryptoSign('sha512', message, { key: key.privateKey, dsaEncoding: 'ieee-p1363' })
    expect(verifyMessage(PK_ALGORITHMS.ES512.id, ec521, message, sig)).toBe(true)
    for (const other of [ec384, ec256, rsa]) expect(verifyMessage(PK_ALGORITHMS.ES512.id, other, message, sig)).toBe(false)
    const sig384 = cryptoSign('sha384', message, { key: p384.privateKey, dsaEncoding: 'ieee-p1363' })
    expect(verifyMessage(PK_ALGORITHMS.ES384.id, ec384, message, sig384)).toBe(true)
    expect(verifyMessage(PK_ALGORITHMS.ES384.id, ec521, message, sig384)).toBe(false)
    expect(verifyMessage(PK_ALGORITHMS.ES384.id, ec521, message, sig.subarray(0, 96))).toBe(false)
    expect(verifyMessage(PK_ALGORITHMS.ES256.id, ec521, message, sig.subarray(0, 64))).toBe(false)
    const rsSig = cryptoSign('sha512', message, rsaKey(2048, 'es512-test').privateKey)
    expect(verifyMessage(PK_ALGORITHMS.RS512.id, ec521, message, rsSig)).toBe(false)
    expect(verifyMessage(PK_ALGORITHMS.EdDSA.id, ec521, message, sig.subarray(0, 64))).toBe(false)
  })

  it('an RSA-signed token under the P-521 key\'s kid finds no key, and ES256K is not an algorithm', () => {
    const rsa = rsaKey(2048, 'es512-test')
    const mixed = new JWTVerifier({ keys: KeySet.from({ keys: [key.jwk, { ...rsa.jwk, kid: 'rsa-1' }] }), algorithms: ['ES512', 'RS512'] })
    expect(mixed.verify(signToken('RS512', rsa.privateKey, { alg: 'RS512', kid: 'rsa-1' }, payload())).sub).toBe('user-1')
    expect(codeOf(() => mixed.verify(signToken('RS512', rsa.privateKey, { alg: 'RS512', kid: 'ec521-1' }, payload())))).toBe('UNKNOWN_KEY')
    expect(() => new JWTVerifier({ keys, algorithms: ['ES256K' as 'ES512'] })).toThrow(TypeError)
    const input = `${b64(JSON.stringify({ alg: 'ES256K', kid: 'ec521-1' }))}.${b64(JSON.stringify(payload()))}`
    expect(codeOf(() => verifier.verify(`${input}.${b64(Buffer.alloc(64, 1))}`))).toBe('ALGORITHM_MISMATCH')
  })
})
