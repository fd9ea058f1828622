// generateKeyPairSync for the tests, without a Node 20 deadlock. KeyObject.export({ format:
// 'jwk' }) holds the key's lock while it allocates; when that allocation starts a GC that
// runs the destructor of the finished generation job, the destructor waits for the same lock
// forever. A loop of node:crypto's generateKeyPairSync('ed25519') and export hangs within
// seconds under GC pressure, and `npm test` hung once in an asymmetric test file. Asked for
// JWKs, the generation exports them itself, while its job is alive; the KeyObjects imported
// from them belong to no job, so any later export is safe.
import { createPrivateKey, createPublicKey, generateKeyPairSync as generate, type JsonWebKey, type KeyObject } from 'node:crypto'
import { importJWK, type JWK } from 'jose'

/** A new key pair as JWKs, exported by the generation itself. */
function jwkPair(type: string, options: object): { publicKey: JsonWebKey; privateKey: JsonWebKey } {
  const jwk = { format: 'jwk' }
  return (generate as unknown as (type: string, options: object) => { publicKey: JsonWebKey; privateKey: JsonWebKey })(type, { ...options, publicKeyEncoding: jwk, privateKeyEncoding: jwk })
}

/** node:crypto's generateKeyPairSync(type, options) for a pair of KeyObjects. */
export function generateKeyPairSync(type: 'rsa' | 'ec' | 'ed25519' | 'ed448' | 'x25519', options: Record<string, unknown> = {}): { publicKey: KeyObject; privateKey: KeyObject } {
  const pair = jwkPair(type, options)
  return { publicKey: createPublicKey({ key: pair.publicKey, format: 'jwk' }), privateKey: createPrivateKey({ key: pair.privateKey, format: 'jwk' }) }
}

/**
 * jose's generateKeyPair(alg, { extractable: true }), for the same reason: WebCrypto's
 * generateKey runs the same generation job, and exportJWK the same export. The pair is made
 * as JWKs and imported, so nothing exported later belongs to a job.
 */
export async function joseKeyPair(alg: string, { modulusLength = 2048 }: { modulusLength?: number } = {}): Promise<{ publicKey: CryptoKey; privateKey: CryptoKey }> {
  const [type, options] = /^(RS|PS)/.test(alg) ? (['rsa', { modulusLength }] as const) : alg === 'ES256' ? (['ec', { namedCurve: 'P-256' }] as const) : alg === 'ES384' ? (['ec', { namedCurve: 'P-384' }] as const) : alg === 'ES512' ? (['ec', { namedCurve: 'P-521' }] as const) : (['ed25519', {}] as const)
  const pair = jwkPair(type, options)
  const importKey = (key: JsonWebKey) => importJWK(key as JWK, alg, { extractable: true }) as Promise<CryptoKey>
  return { publicKey: await importKey(pair.publicKey), privateKey: await importKey(pair.privateKey) }
}
