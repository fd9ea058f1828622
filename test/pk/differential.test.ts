// The module against node:crypto (OpenSSL) on random keys and messages, and on mutated
// signatures, keys and tokens: the same verdict every time. Sizes interleave on purpose:
// a larger key's state must never leak into a smaller key's arithmetic.
import { constants, createPublicKey, randomBytes, verify as cryptoVerify, type KeyObject } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { NOW, b64, rsaKey, signInput, signToken, type TestKey } from './helpers.js'
import { importRsa } from '../../src/pk/rsa.js'
import { verifyMessage } from '../../src/wasm-pk/engine.js'
import { PK_ALGORITHMS, type AsymmetricAlgorithm } from '../../src/pk/algorithms.js'
import { JWTVerifier, KeySet } from '../../src/asymmetric.js'

// The RSA families only: the curve families have their own differentials (test/assembly/pk/).
const ALGS = (Object.keys(PK_ALGORITHMS) as AsymmetricAlgorithm[]).filter((alg) => PK_ALGORITHMS[alg].kty === 'RSA')
const HASH = (alg: string) => `sha${alg.slice(2)}`

function reference(alg: string, key: KeyObject, message: Uint8Array, signature: Uint8Array): boolean {
  const options = alg.startsWith('PS') ? { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 } : key
  try {
    return cryptoVerify(HASH(alg), message, options, signature)
  } catch {
    return false
  }
}

/** Deterministic pseudo-random integers, so a failure can be replayed. */
function rng(seed: number): (n: number) => number {
  let x = seed >>> 0 || 1
  return (n) => {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    return x % n
  }
}

function mutations(signature: Buffer, modulus: Buffer, pick: (n: number) => number): Buffer[] {
  const flipped = Buffer.from(signature)
  flipped[pick(flipped.length)] ^= 1 << pick(8)
  const zeroed = Buffer.alloc(signature.length)
  const one = Buffer.alloc(signature.length)
  one[one.length - 1] = 1
  const nPlus = Buffer.from(modulus)
  nPlus[nPlus.length - 1] ^= 2
  return [flipped, signature.subarray(1), Buffer.concat([Buffer.from([0]), signature]), Buffer.concat([signature, Buffer.from([0])]), zeroed, one, Buffer.from(modulus), nPlus, Buffer.alloc(signature.length, 0xff)]
}

const SIZES = [2048, 3072, 4096]

describe('the signature schemes against node:crypto', () => {
  const keys: TestKey[] = SIZES.flatMap((bits) => [rsaKey(bits), rsaKey(bits, 'second')])
  keys.push(rsaKey(2048, 'e3', 3), rsaKey(3072, 'e3', 3))
  // 2049 and 2055 bits: moduli whose bit length is 1 mod 8 (PSS's emLen = k - 1 case) and not.
  keys.push(rsaKey(2049), rsaKey(2055), rsaKey(3073))

  test('random messages, every algorithm, keys of every size interleaved', () => {
    const pick = rng(1)
    const imported = keys.map((k) => importRsa(k.jwk, 'test key'))
    let checked = 0
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < keys.length; i++) {
        const alg = ALGS[pick(ALGS.length)]
        const message = randomBytes(pick(600))
        const signature = signInput(alg, keys[i].privateKey, message)
        expect(verifyMessage(PK_ALGORITHMS[alg].id, imported[i], message, signature)).toBe(true)
        expect(reference(alg, keys[i].publicKey, message, signature)).toBe(true)
        // Every other key, whatever its size, refuses it.
        for (let j = 0; j < keys.length; j++) {
          if (j !== i) expect(verifyMessage(PK_ALGORITHMS[alg].id, imported[j], message, signature)).toBe(false)
        }
        const modulus = Buffer.from(keys[i].jwk.n, 'base64url')
        for (const bad of mutations(signature, modulus, pick)) {
          // A signature must be exactly k bytes (RFC 8017 §8.1.2 and §8.2.2, step 1); OpenSSL
          // accepts a PSS signature whose leading zero byte was dropped (see the test below).
          const want = bad.length === signature.length && reference(alg, keys[i].publicKey, message, bad)
          expect(verifyMessage(PK_ALGORITHMS[alg].id, imported[i], message, bad)).toBe(want)
          checked++
        }
        // A different message, and a different algorithm of the family.
        const other = Buffer.from(message)
        if (other.length > 0) other[pick(other.length)] ^= 0x80
        else other.writeUInt8(0)
        expect(verifyMessage(PK_ALGORITHMS[alg].id, imported[i], Buffer.concat([other, Buffer.from('!')]), signature)).toBe(false)
        const swapped = ALGS[(ALGS.indexOf(alg) + 1 + pick(ALGS.length - 1)) % ALGS.length]
        expect(verifyMessage(PK_ALGORITHMS[swapped].id, imported[i], message, signature)).toBe(reference(swapped, keys[i].publicKey, message, signature))
      }
    }
    expect(checked).toBeGreaterThan(300)
  })

  test('mutated keys: a changed modulus or exponent refuses what the true key accepts', () => {
    const pick = rng(2)
    for (const key of keys.slice(0, 6)) {
      const message = randomBytes(100)
      const signature = signInput('RS256', key.privateKey, message)
      const n = Buffer.from(key.jwk.n, 'base64url')
      n[n.length - 1 - pick(n.length - 1)] ^= 1 << pick(8)
      if ((n[n.length - 1] & 1) === 0) n[n.length - 1] |= 1
      const forged = { kty: 'RSA', n: n.toString('base64url'), e: key.jwk.e }
      const mutated = importRsa(forged, 'mutated key')
      const want = reference('RS256', createPublicKey({ key: forged, format: 'jwk' }), message, signature)
      expect(verifyMessage(0, mutated, message, signature)).toBe(want)
      expect(want).toBe(false)
      const e3 = importRsa({ ...forged, n: key.jwk.n, e: 'Aw' }, 'e = 3')
      expect(verifyMessage(0, e3, message, signature)).toBe(false)
    }
  })
})

test('stricter than OpenSSL: a PSS signature without its leading zero byte is refused', () => {
  const key = rsaKey(2048)
  const message = Buffer.from('leading zero')
  let signature = signInput('PS256', key.privateKey, message)
  // PSS signatures are randomised: sign until one starts with a zero byte (1 in 256).
  for (let n = 0; signature[0] !== 0 && n < 5000; n++) signature = signInput('PS256', key.privateKey, message)
  expect(signature[0]).toBe(0)
  const imported = importRsa(key.jwk, 'test key')
  expect(verifyMessage(PK_ALGORITHMS.PS256.id, imported, message, signature)).toBe(true)
  expect(reference('PS256', key.publicKey, message, signature.subarray(1))).toBe(true)
  expect(verifyMessage(PK_ALGORITHMS.PS256.id, imported, message, signature.subarray(1))).toBe(false)
})

describe('tokens against node:crypto', () => {
  test('mutated tokens: every single-character change is refused, and the untouched one passes', () => {
    const pick = rng(3)
    const key = rsaKey(2048)
    const verifier = new JWTVerifier({ keys: KeySet.from({ keys: [{ ...key.jwk, kid: 'k1' }] }), algorithms: ['RS256', 'PS256'], clock: () => NOW })
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.='
    for (const alg of ['RS256', 'PS256']) {
      const token = signToken(alg, key.privateKey, { alg, kid: 'k1', typ: 'JWT' }, { sub: 'user', exp: NOW + 60 })
      expect(verifier.verify(token).identity).toBe('user')
      for (let n = 0; n < 150; n++) {
        const at = pick(token.length)
        const c = alphabet[pick(alphabet.length)]
        if (c === token[at]) continue
        const mutated = token.slice(0, at) + c + token.slice(at + 1)
        expect(verifier.verifyToken(mutated)).toBe(false)
      }
    }
  })

  test('random claims sets verify with the same claims JSON.parse gives', () => {
    const pick = rng(4)
    const key = rsaKey(3072)
    const verifier = new JWTVerifier({ keys: KeySet.from({ keys: [key.jwk] }), algorithms: ['RS384', 'PS512'], clock: () => NOW })
    for (let n = 0; n < 20; n++) {
      const payload = { sub: `u${pick(1000)}`, exp: NOW + 1 + pick(1000), iat: NOW - pick(100), scope: b64(randomBytes(pick(40))), n: pick(1e9) / 7 }
      const alg = n % 2 ? 'RS384' : 'PS512'
      const token = signToken(alg, key.privateKey, { alg }, payload)
      expect(verifier.verify(token)).toEqual({ ...payload, identity: payload.sub })
    }
  })
})
