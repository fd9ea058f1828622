// The asymmetric fixture (issue 14), made with WebCrypto so that Node and the browser page
// build it the same way and no library under test signs it: RSA keys of 2048, 3072 and
// 4096 bits (e = 65537), their public JWKs in a JWKS with a kid each, and the HS fixture's
// payload signed as RS256 and PS256.
import { b64url, b64urlText, fixturePayload, keyPair } from './fixture.mjs'

/** [name, alg, modulus bits]: the cases the asymmetric benchmarks time. */
export const PK_CASES = [
  ['RS256-2048', 'RS256', 2048],
  ['PS256-2048', 'PS256', 2048],
  ['RS256-3072', 'RS256', 3072],
  ['RS256-4096', 'RS256', 4096],
]

const SCHEME = { RS: 'RSASSA-PKCS1-v1_5', PS: 'RSA-PSS' }

export function webCryptoParams(alg) {
  const name = SCHEME[alg.slice(0, 2)]
  return name === 'RSA-PSS' ? { name, saltLength: Number(alg.slice(2)) / 8 } : { name }
}

/** One case: the CryptoKey pair, the public JWK (with kid), the token, its signing input, and a token with a bad signature. */
export async function pkFixture(name, alg, bits, payload = fixturePayload()) {
  const { publicKey, privateKey, jwk: publicJwk } = await keyPair({ name: SCHEME[alg.slice(0, 2)], modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash: `SHA-${alg.slice(2)}` })
  const jwk = { ...publicJwk, kid: name, use: 'sig', alg }
  delete jwk.key_ops
  delete jwk.ext
  const input = `${b64urlText(JSON.stringify({ alg, typ: 'JWT', kid: name }))}.${b64urlText(JSON.stringify(payload))}`
  const signature = new Uint8Array(await crypto.subtle.sign(webCryptoParams(alg), privateKey, new TextEncoder().encode(input)))
  const token = `${input}.${b64url(signature)}`
  const bad = new Uint8Array(signature)
  bad[bad.length >> 1] ^= 1
  return { name, alg, bits, publicKey, jwk, input, signature, token, badToken: `${input}.${b64url(bad)}`, payload }
}
