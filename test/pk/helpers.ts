// Shared by the asymmetric tests: the module loaded as the jwt-wasm/asymmetric entry loads
// it, keys made by node:crypto, and tokens signed by node:crypto.
import { createSign, sign as cryptoSign, constants, type KeyObject } from 'node:crypto'
import { generateKeyPairSync } from '../helpers/key-pair.js'
import '../../src/asymmetric.js'

export const NOW = 1_700_000_000

export interface TestKey {
  readonly publicKey: KeyObject
  readonly privateKey: KeyObject
  readonly jwk: Record<string, string>
}

const made = new Map<string, TestKey>()

/** An RSA key pair (cached per size and label: generating 4096-bit keys is slow). */
export function rsaKey(bits = 2048, label = '', publicExponent = 65537): TestKey {
  const id = `${bits}/${label}/${publicExponent}`
  let key = made.get(id)
  if (!key) {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: bits, publicExponent })
    key = { publicKey, privateKey, jwk: publicKey.export({ format: 'jwk' }) as Record<string, string> }
    made.set(id, key)
  }
  return key
}

export const b64 = (data: string | Uint8Array): string => Buffer.from(data).toString('base64url')

const HASH: Record<string, string> = { '256': 'sha256', '384': 'sha384', '512': 'sha512' }

/** The JWS signature of `input` for alg (RS* or PS*) with node:crypto. */
export function signInput(alg: string, privateKey: KeyObject, input: string | Uint8Array): Buffer {
  const hash = HASH[alg.slice(2)]
  if (alg.startsWith('PS')) {
    return cryptoSign(hash, Buffer.from(input), { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(alg.slice(2)) / 8 })
  }
  return createSign(hash).update(input).sign(privateKey)
}

/** A compact token with exactly the header and payload given, signed for alg. */
export function signToken(alg: string, privateKey: KeyObject, header: Record<string, unknown>, payload: Record<string, unknown> | string): string {
  const input = `${b64(JSON.stringify(header))}.${b64(typeof payload === 'string' ? payload : JSON.stringify(payload))}`
  return `${input}.${b64(signInput(alg, privateKey, input))}`
}
