// EdDSA (RFC 8037) through jwt-wasm/asymmetric: OKP JWK import, key selection, jose
// interop, the module's Ed25519 on the Wycheproof vectors, and tokens against node:crypto.
import { createPublicKey, randomBytes, sign as cryptoSign, verify as cryptoVerify, type KeyObject } from 'node:crypto'
import { generateKeyPairSync, joseKeyPair } from '../helpers/key-pair.js'
import { readFileSync } from 'node:fs'
import * as jose from 'jose'
import { ED25519_TORSION_SUBGROUP } from '@noble/curves/ed25519.js'
import { describe, expect, test } from 'vitest'
import { createServer } from 'node:http'
import { JWTVerifier, KeySet, RemoteKeySet } from '../../src/asymmetric.js'
import { verifyMessage } from '../../src/wasm-pk/engine.js'
import { PK_ALGORITHMS } from '../../src/pk/algorithms.js'
import { importJwk } from '../../src/pk/jwk.js'
import { checkToken } from '../../src/pk/verifier.js'
import { NOW, b64, rsaKey, signToken } from './helpers.js'
import { codeOf as code } from '../helpers/code-of.js'

interface OkpKey { publicKey: KeyObject; privateKey: KeyObject; jwk: Record<string, string> }

function okpKey(): OkpKey {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  return { publicKey, privateKey, jwk: publicKey.export({ format: 'jwk' }) as Record<string, string> }
}

/** A compact EdDSA token with exactly the header and payload given, signed by node:crypto. */
function edToken(privateKey: KeyObject, header: Record<string, unknown>, payload: Record<string, unknown> | string): string {
  const input = `${b64(JSON.stringify(header))}.${b64(typeof payload === 'string' ? payload : JSON.stringify(payload))}`
  return `${input}.${b64(cryptoSign(null, Buffer.from(input), privateKey))}`
}

const claims = (extra: Record<string, unknown> = {}) => ({ sub: 'user-1', iat: NOW - 10, exp: NOW + 600, ...extra })
const clock = () => NOW

describe('OKP JWK import (RFC 8037 §2)', () => {
  const key = okpKey()

  test('an Ed25519 public key imports, with kid, alg, use and key_ops kept', () => {
    const set = KeySet.from({ keys: [{ ...key.jwk, kid: 'ed', alg: 'EdDSA', use: 'sig', key_ops: ['verify'] }] })
    expect(set.size).toBe(1)
    expect(set.kids).toEqual(['ed'])
  })

  test('x must be 32 bytes of strict base64url', () => {
    const x = Buffer.from(key.jwk.x, 'base64url')
    const bad: [unknown, RegExp][] = [
      [undefined, /member x must be a base64url string/],
      [42, /member x must be a base64url string/],
      [b64(x.subarray(0, 31)), /must be 32 bytes, not 31/],
      [b64(Buffer.concat([x, Buffer.alloc(1)])), /must be 32 bytes, not 33/],
      ['', /must be 32 bytes, not 0/],
      [`${key.jwk.x}=`, /not base64url without padding/],
      [`+${key.jwk.x.slice(1)}`, /not base64url without padding/], // standard base64's alphabet
      [`${key.jwk.x.slice(0, 42)}B`, /not base64url without padding/], // non-zero trailing bits
    ]
    for (const [value, message] of bad) {
      expect(() => KeySet.from({ keys: [{ kty: 'OKP', crv: 'Ed25519', x: value }] }), String(value)).toThrow(message)
    }
  })

  test('a private key (with d) is refused: a public set that carries it has leaked a secret', () => {
    const { privateKey } = okpKey()
    const jwk = privateKey.export({ format: 'jwk' })
    expect(() => KeySet.from({ keys: [jwk] })).toThrow(/private key/)
    // The message names the key, never its material.
    try {
      KeySet.from({ keys: [{ ...jwk, kid: 'leaky' }] })
    } catch (error) {
      expect(String(error)).not.toContain(jwk.d as string)
      expect(String(error)).not.toContain(jwk.x as string)
      expect(String(error)).toContain('leaky')
    }
  })

  test('crv must be a string; other curves (Ed448, X25519) are skipped, as jose skips them for EdDSA', () => {
    expect(() => KeySet.from({ keys: [{ kty: 'OKP', x: key.jwk.x }] })).toThrow(/crv must be a string/)
    const ed448 = generateKeyPairSync('ed448').publicKey.export({ format: 'jwk' })
    const x25519 = generateKeyPairSync('x25519').publicKey.export({ format: 'jwk' })
    const set = KeySet.from({ keys: [ed448, x25519, { kty: 'OKP', crv: 'ed25519', x: key.jwk.x }, key.jwk] })
    expect(set.size).toBe(1)
  })

  test('the eight small-order points and non-canonical encodings are refused at import, naming why', () => {
    for (const hex of ED25519_TORSION_SUBGROUP) {
      expect(() => KeySet.from({ keys: [{ kty: 'OKP', crv: 'Ed25519', x: b64(Buffer.from(hex, 'hex')) }] }), hex).toThrow(/small order/)
    }
    const p = Buffer.from('edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', 'hex') // y = p
    expect(() => KeySet.from({ keys: [{ kty: 'OKP', crv: 'Ed25519', x: b64(p) }] })).toThrow(/not a canonical point encoding/)
    const two = Buffer.alloc(32)
    two[0] = 2 // y = 2 has no x
    expect(() => KeySet.from({ keys: [{ kty: 'OKP', crv: 'Ed25519', x: b64(two) }] })).toThrow(/not a point of the curve/)
  })

  test('a refused key in a remote-style import is skipped, the rest of the set kept', async () => {
    const { importSet } = await import('../../src/pk/key-set.js')
    const small = { kty: 'OKP', crv: 'Ed25519', x: b64(Buffer.from(ED25519_TORSION_SUBGROUP[0], 'hex')) }
    expect(importSet({ keys: [small, key.jwk] }, 'skip').size).toBe(1)
  })

  test('use other than sig, or key_ops without verify: never used', () => {
    expect(KeySet.from({ keys: [{ ...key.jwk, use: 'enc' }] }).size).toBe(0)
    expect(KeySet.from({ keys: [{ ...key.jwk, key_ops: ['sign'] }] }).size).toBe(0)
  })
})

describe('verification', () => {
  const key = okpKey()
  const set = KeySet.from({ keys: [{ ...key.jwk, kid: 'ed-1' }] })
  const verifier = new JWTVerifier({ keys: set, algorithms: ['EdDSA', 'Ed25519'], clock })

  test('EdDSA and Ed25519 tokens verify, with the claims and identity', () => {
    for (const alg of ['EdDSA', 'Ed25519']) {
      const token = edToken(key.privateKey, { alg, kid: 'ed-1', typ: 'JWT' }, claims())
      expect(verifier.verify(token)).toEqual({ ...claims(), identity: 'user-1' })
      expect(verifier.verifyToken(token)).toBe(true)
    }
  })

  test('only the configured names: EdDSA alone refuses an Ed25519 token, and the reverse', () => {
    const onlyEdDSA = new JWTVerifier({ keys: set, algorithms: ['EdDSA'], clock })
    const onlyEd25519 = new JWTVerifier({ keys: set, algorithms: ['Ed25519'], clock })
    const a = edToken(key.privateKey, { alg: 'EdDSA' }, claims())
    const b = edToken(key.privateKey, { alg: 'Ed25519' }, claims())
    expect(code(() => onlyEdDSA.verify(a))).toBe('OK')
    expect(code(() => onlyEdDSA.verify(b))).toBe('ALGORITHM_MISMATCH')
    expect(code(() => onlyEd25519.verify(b))).toBe('OK')
    expect(code(() => onlyEd25519.verify(a))).toBe('ALGORITHM_MISMATCH')
  })

  test('a key that declares alg is used for that exact name only (jose: alg === jwk.alg)', () => {
    const declared = KeySet.from({ keys: [{ ...key.jwk, alg: 'EdDSA' }] })
    const v = new JWTVerifier({ keys: declared, algorithms: ['EdDSA', 'Ed25519'], clock })
    expect(code(() => v.verify(edToken(key.privateKey, { alg: 'EdDSA' }, claims())))).toBe('OK')
    expect(code(() => v.verify(edToken(key.privateKey, { alg: 'Ed25519' }, claims())))).toBe('UNKNOWN_KEY')
  })

  test('kid selects; a missing kid or two matching OKP keys is UNKNOWN_KEY', () => {
    const other = okpKey()
    const two = KeySet.from({ keys: [{ ...key.jwk, kid: 'a' }, { ...other.jwk, kid: 'b' }] })
    const v = new JWTVerifier({ keys: two, algorithms: ['EdDSA'], clock })
    expect(code(() => v.verify(edToken(key.privateKey, { alg: 'EdDSA', kid: 'a' }, claims())))).toBe('OK')
    expect(code(() => v.verify(edToken(other.privateKey, { alg: 'EdDSA', kid: 'b' }, claims())))).toBe('OK')
    expect(code(() => v.verify(edToken(other.privateKey, { alg: 'EdDSA', kid: 'a' }, claims())))).toBe('INVALID_SIGNATURE')
    expect(code(() => v.verify(edToken(key.privateKey, { alg: 'EdDSA', kid: 'c' }, claims())))).toBe('UNKNOWN_KEY')
    expect(code(() => v.verify(edToken(key.privateKey, { alg: 'EdDSA' }, claims())))).toBe('UNKNOWN_KEY') // ambiguous
  })

  test('keys alternate in the module (each verification loads its own key)', () => {
    const keys = [okpKey(), okpKey(), okpKey()]
    const many = KeySet.from({ keys: keys.map((k, i) => ({ ...k.jwk, kid: `k${i}` })) })
    const v = new JWTVerifier({ keys: many, algorithms: ['EdDSA'], clock })
    for (let n = 0; n < 12; n++) {
      const i = n % 3
      expect(code(() => v.verify(edToken(keys[i].privateKey, { alg: 'EdDSA', kid: `k${i}` }, claims())))).toBe('OK')
      expect(code(() => v.verify(edToken(keys[(i + 1) % 3].privateKey, { alg: 'EdDSA', kid: `k${i}` }, claims())))).toBe('INVALID_SIGNATURE')
    }
  })

  test('importing a key between verifications does not disturb the loaded one', () => {
    const token = edToken(key.privateKey, { alg: 'EdDSA', kid: 'ed-1' }, claims())
    expect(code(() => verifier.verify(token))).toBe('OK')
    KeySet.from({ keys: [okpKey().jwk] })
    expect(code(() => verifier.verify(token))).toBe('OK')
    // A refused import (small order, then not on the curve) changes nothing either.
    const small = { kty: 'OKP', crv: 'Ed25519', x: b64(Buffer.from(ED25519_TORSION_SUBGROUP[2], 'hex')) }
    expect(() => KeySet.from({ keys: [small] })).toThrow(TypeError)
    expect(code(() => verifier.verify(token))).toBe('OK')
    expect(() => KeySet.from({ keys: [{ kty: 'OKP', crv: 'Ed25519', x: b64(Buffer.from([2, ...Buffer.alloc(31)])) }] })).toThrow(TypeError)
    expect(code(() => verifier.verify(token))).toBe('OK')
  })

  test('signature length: exactly 64 bytes', () => {
    const token = edToken(key.privateKey, { alg: 'EdDSA', kid: 'ed-1' }, claims())
    const [h, p, s] = token.split('.')
    const sig = Buffer.from(s, 'base64url')
    for (const bad of [sig.subarray(0, 63), Buffer.concat([sig, Buffer.alloc(1)]), Buffer.alloc(0), sig.subarray(0, 32)]) {
      expect(code(() => verifier.verify(`${h}.${p}.${b64(bad)}`))).toBe(bad.length === 0 ? 'MALFORMED' : 'INVALID_SIGNATURE')
    }
  })

  test('claims are checked after the signature, as on every path', () => {
    expect(code(() => verifier.verify(edToken(key.privateKey, { alg: 'EdDSA' }, claims({ exp: NOW - 1 }))))).toBe('EXPIRED')
    expect(code(() => verifier.verify(edToken(key.privateKey, { alg: 'EdDSA' }, claims({ nbf: NOW + 100 }))))).toBe('NOT_YET_VALID')
    const v = new JWTVerifier({ keys: set, algorithms: ['EdDSA'], clock, issuer: 'https://issuer.example', audience: 'api' })
    expect(code(() => v.verify(edToken(key.privateKey, { alg: 'EdDSA' }, claims({ iss: 'https://issuer.example', aud: 'api' }))))).toBe('OK')
    expect(code(() => v.verify(edToken(key.privateKey, { alg: 'EdDSA' }, claims({ iss: 'https://evil.example', aud: 'api' }))))).toBe('INVALID_ISSUER')
  })

  test('differential against node:crypto: random keys, payloads and one-bit mutations of the token', () => {
    for (let n = 0; n < 30; n++) {
      const k = okpKey()
      const v = new JWTVerifier({ keys: KeySet.from({ keys: [k.jwk] }), algorithms: ['EdDSA'], clock })
      const token = edToken(k.privateKey, { alg: 'EdDSA' }, claims({ n, pad: randomBytes(n * 7).toString('hex') }))
      expect(v.verifyToken(token)).toBe(true)
      const [h, p, s] = token.split('.')
      const sig = Buffer.from(s, 'base64url')
      for (let m = 0; m < 6; m++) {
        const bad = Buffer.from(sig)
        bad[Math.floor(Math.random() * 64)] ^= 1 << Math.floor(Math.random() * 8)
        expect(v.verifyToken(`${h}.${p}.${b64(bad)}`)).toBe(cryptoVerify(null, Buffer.from(`${h}.${p}`), k.publicKey, bad))
      }
    }
  })
})

describe('key types never cross', () => {
  const ed = okpKey()
  const rsa = rsaKey(2048, 'eddsa-cross')

  test('an OKP key never verifies an RS or PS token, an RSA key never an EdDSA token', () => {
    const mixed = KeySet.from({ keys: [{ ...ed.jwk, kid: 'same' }, { ...rsa.jwk, kid: 'same' }] })
    const v = new JWTVerifier({ keys: mixed, algorithms: ['EdDSA', 'RS256', 'PS256'], clock })
    // Same kid on both: the algorithm's key type decides, never the header's kid alone.
    expect(code(() => v.verify(edToken(ed.privateKey, { alg: 'EdDSA', kid: 'same' }, claims())))).toBe('OK')
    expect(code(() => v.verify(signToken('RS256', rsa.privateKey, { alg: 'RS256', kid: 'same' }, claims())))).toBe('OK')
    expect(code(() => v.verify(signToken('PS256', rsa.privateKey, { alg: 'PS256', kid: 'same' }, claims())))).toBe('OK')
    const okpOnly = new JWTVerifier({ keys: KeySet.from({ keys: [ed.jwk] }), algorithms: ['EdDSA', 'RS256'], clock })
    expect(code(() => okpOnly.verify(signToken('RS256', rsa.privateKey, { alg: 'RS256' }, claims())))).toBe('UNKNOWN_KEY')
    const rsaOnly = new JWTVerifier({ keys: KeySet.from({ keys: [rsa.jwk] }), algorithms: ['EdDSA', 'RS256'], clock })
    expect(code(() => rsaOnly.verify(edToken(ed.privateKey, { alg: 'EdDSA' }, claims())))).toBe('UNKNOWN_KEY')
  })

  test('the module refuses a key of the other family even if JS loaded it (the kind word)', () => {
    const okp = importJwk(ed.jwk, 'test')!
    const rsaKeyData = importJwk(rsa.jwk, 'test')!
    const msg = Buffer.from('message')
    const edSig = cryptoSign(null, msg, ed.privateKey)
    const rsSig = cryptoSign('sha256', msg, rsa.privateKey)
    expect(verifyMessage(PK_ALGORITHMS.EdDSA.id, okp, msg, edSig)).toBe(true)
    expect(verifyMessage(PK_ALGORITHMS.RS256.id, rsaKeyData, msg, rsSig)).toBe(true)
    // Each signature with the other family's key loaded at KEY: refused by the kind word.
    expect(verifyMessage(PK_ALGORITHMS.EdDSA.id, rsaKeyData, msg, edSig)).toBe(false)
    expect(verifyMessage(PK_ALGORITHMS.RS256.id, okp, msg, rsSig)).toBe(false)
  })

  test('HS tokens are refused outright, also one whose secret is the Ed25519 public key', async () => {
    const v = new JWTVerifier({ keys: KeySet.from({ keys: [ed.jwk] }), algorithms: ['EdDSA'], clock })
    const { createHmac } = await import('node:crypto')
    for (const secret of [Buffer.from(ed.jwk.x, 'base64url'), ed.jwk.x, JSON.stringify(ed.jwk), ed.publicKey.export({ format: 'pem', type: 'spki' }) as string]) {
      const input = `${b64(JSON.stringify({ alg: 'HS256' }))}.${b64(JSON.stringify(claims()))}`
      const token = `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`
      expect(code(() => v.verify(token))).toBe('ALGORITHM_MISMATCH')
    }
  })
})

describe('a remote set (RemoteKeySet) with Ed25519 keys', () => {
  test('fetched from a real server on 127.0.0.1: a small-order key in it is skipped, rotation finds the new key', async () => {
    const first = okpKey()
    const second = okpKey()
    const small = { kty: 'OKP', crv: 'Ed25519', kid: 'bad', x: b64(Buffer.from(ED25519_TORSION_SUBGROUP[3], 'hex')) }
    let keys: unknown[] = [{ ...first.jwk, kid: 'one' }, small]
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys })))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as { port: number }
      const remote = await RemoteKeySet.create(`http://127.0.0.1:${port}/jwks.json`, { cooldownMs: 0 })
      const v = new JWTVerifier({ keys: remote, algorithms: ['EdDSA'], clock })
      expect(v.verify(edToken(first.privateKey, { alg: 'EdDSA', kid: 'one' }, claims())).sub).toBe('user-1')
      expect(code(() => v.verify(edToken(first.privateKey, { alg: 'EdDSA', kid: 'bad' }, claims())))).toBe('UNKNOWN_KEY')
      keys = [{ ...first.jwk, kid: 'one' }, { ...second.jwk, kid: 'two' }]
      const token = edToken(second.privateKey, { alg: 'EdDSA', kid: 'two' }, claims())
      expect((await v.verifyAsync(token)).sub).toBe('user-1')
      expect(code(() => v.verify(token))).toBe('OK')
    } finally {
      server.close()
    }
  })
})

describe('three families in one set', () => {
  test('RS256, ES256 and EdDSA tokens interleaved: each loads its own key, every verdict right', () => {
    const ed = okpKey()
    const rsa = rsaKey(2048, 'eddsa-mix')
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const ecJwk = ec.publicKey.export({ format: 'jwk' })
    const set = KeySet.from({ keys: [{ ...ed.jwk, kid: 'ed' }, { ...rsa.jwk, kid: 'rsa' }, { ...ecJwk, kid: 'ec' }] })
    const v = new JWTVerifier({ keys: set, algorithms: ['RS256', 'ES256', 'EdDSA'], clock })
    const input = (alg: string, kid: string) => `${b64(JSON.stringify({ alg, kid }))}.${b64(JSON.stringify(claims({ alg })))}`
    const tokens = {
      ed: edToken(ed.privateKey, { alg: 'EdDSA', kid: 'ed' }, claims({ alg: 'EdDSA' })),
      rsa: signToken('RS256', rsa.privateKey, { alg: 'RS256', kid: 'rsa' }, claims({ alg: 'RS256' })),
      ec: `${input('ES256', 'ec')}.${b64(cryptoSign('sha256', Buffer.from(input('ES256', 'ec')), { key: ec.privateKey, dsaEncoding: 'ieee-p1363' }))}`,
    }
    const order = ['ed', 'rsa', 'ed', 'ec', 'ec', 'ed', 'rsa', 'rsa', 'ed', 'ec', 'ed'] as const
    for (const which of order) {
      expect(v.verify(tokens[which]).alg, which).toBe(which === 'ed' ? 'EdDSA' : which === 'rsa' ? 'RS256' : 'ES256')
      // The EdDSA signature under the RSA and EC kids (and the reverse): no key of that family.
      const [, p, s] = tokens.ed.split('.')
      expect(code(() => v.verify(`${b64(JSON.stringify({ alg: 'EdDSA', kid: which === 'ed' ? 'rsa' : which }))}.${p}.${s}`))).toBe('UNKNOWN_KEY')
    }
  })
})

describe('jose interop (jose 6 signs)', () => {
  test('tokens jose signs with EdDSA and Ed25519 verify; tampered ones fail with exact codes', async () => {
    const { publicKey, privateKey } = await joseKeyPair('Ed25519')
    const jwk = { ...(await jose.exportJWK(publicKey)), kid: 'jose-ed', use: 'sig' }
    const v = new JWTVerifier({ keys: KeySet.from({ keys: [jwk] }), algorithms: ['EdDSA', 'Ed25519'], clock })
    for (const alg of ['EdDSA', 'Ed25519']) {
      const token = await new jose.SignJWT({ sub: 'jose-user', scope: 'read' })
        .setProtectedHeader({ alg, kid: 'jose-ed', typ: 'JWT' })
        .setIssuedAt(NOW - 5).setExpirationTime(NOW + 300).sign(privateKey)
      expect(v.verify(token)).toMatchObject({ sub: 'jose-user', scope: 'read', identity: 'jose-user' })
      const [h, p, s] = token.split('.')
      const otherPayload = b64(JSON.stringify({ sub: 'admin', exp: NOW + 300 }))
      expect(code(() => v.verify(`${h}.${otherPayload}.${s}`))).toBe('INVALID_SIGNATURE')
      const sig = Buffer.from(s, 'base64url')
      sig[10] ^= 0x40
      expect(code(() => v.verify(`${h}.${p}.${b64(sig)}`))).toBe('INVALID_SIGNATURE')
      expect(code(() => v.verify(`${h}.${p}`))).toBe('MALFORMED')
      // And jose verifies what it signed, so both sides agree on the token.
      expect((await jose.jwtVerify(token, publicKey, { currentDate: new Date(NOW * 1000) })).payload.sub).toBe('jose-user')
    }
  })
})

describe('Wycheproof ed25519_test.json through the module', () => {
  const file = JSON.parse(readFileSync(new URL('../vectors/wycheproof/ed25519_test.json', import.meta.url), 'utf8'))

  test('every group imports from its JWK, and every verdict matches', () => {
    let count = 0
    for (const group of file.testGroups) {
      const { kid: _kid, ...jwk } = group.publicKeyJwk
      expect(Buffer.from(jwk.x, 'base64url').toString('hex')).toBe(group.publicKey.pk)
      const key = importJwk(jwk, 'wycheproof')!
      expect(key.crv).toBe('Ed25519')
      // node:crypto takes the same key from the same JWK.
      createPublicKey({ key: jwk, format: 'jwk' })
      for (const t of group.tests) {
        const ok = verifyMessage(PK_ALGORITHMS.EdDSA.id, key, Buffer.from(t.msg, 'hex'), Buffer.from(t.sig, 'hex'))
        expect(ok, `tcId ${t.tcId} ${t.comment}`).toBe(t.result === 'valid')
        count++
      }
    }
    expect(count).toBe(151)
  })

  test('the JWS and JWK files have no OKP key (so ed25519_test.json is the EdDSA coverage)', () => {
    for (const name of ['json_web_signature_test.json', 'json_web_key_test.json']) {
      const text = readFileSync(new URL(`../vectors/wycheproof/${name}`, import.meta.url), 'utf8')
      expect(JSON.parse(text).numberOfTests).toBeGreaterThan(0)
      expect(text).not.toMatch(/"kty"\s*:\s*"OKP"|"alg"\s*:\s*"(EdDSA|Ed25519)"/)
    }
  })
})

describe('RFC 8037 Appendix A', () => {
  // A.1's key pair (RFC 8032 §7.1 test 1); A.4's JWS of "Example of Ed25519 signing".
  const x = '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo'
  const jws = 'eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg'
  const set = KeySet.from({ keys: [{ kty: 'OKP', crv: 'Ed25519', x }] })

  test('A.4 verifies (A.5: the signature alone; its payload is text, not claims)', () => {
    expect(checkToken(jws, new Set(['EdDSA']), set, null)).toBe(null)
    // As a JWT it is refused for its payload, after the signature passed.
    expect(code(() => new JWTVerifier({ keys: set, algorithms: ['EdDSA'], clock }).verify(jws))).toBe('MALFORMED')
  })

  test('A.4 with any signature character changed, or the payload changed, fails', () => {
    const [h, p, s] = jws.split('.')
    for (let i = 0; i < s.length - 1; i += 7) {
      const c = s[i] === 'A' ? 'B' : 'A'
      expect(checkToken(`${h}.${p}.${s.slice(0, i)}${c}${s.slice(i + 1)}`, new Set(['EdDSA']), set, null), `char ${i}`).toBe('INVALID_SIGNATURE')
    }
    expect(checkToken(`${h}.${b64('Example of Ed25519 signing!')}.${s}`, new Set(['EdDSA']), set, null)).toBe('INVALID_SIGNATURE')
    expect(checkToken(jws, new Set(['Ed25519']), set, null)).toBe('ALGORITHM_MISMATCH')
  })
})
