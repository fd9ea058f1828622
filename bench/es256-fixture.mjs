// The ES256 benchmark fixture, made with WebCrypto so that Node and the Chromium page build
// it the same way: a fresh P-256 key, the HS fixture's payload, a header with a kid, the
// raw r‖s signature (RFC 7518 §3.4) that crypto.subtle.sign returns.
import { b64url, b64urlText, fixturePayload, keyPair } from './fixture.mjs'

export const ECDSA = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }

export async function es256Fixture() {
  const { publicKey, privateKey, jwk: publicJwk } = await keyPair(ECDSA)
  const jwk = { ...publicJwk, kid: 'bench', alg: 'ES256', use: 'sig' }
  delete jwk.key_ops
  delete jwk.ext
  const payload = fixturePayload()
  const input = `${b64urlText(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid: 'bench' }))}.${b64urlText(JSON.stringify(payload))}`
  const bytes = new TextEncoder().encode(input)
  const signature = new Uint8Array(await crypto.subtle.sign(ECDSA, privateKey, bytes))
  return { publicKey, jwk, payload, input, bytes, signature, token: `${input}.${b64url(signature)}` }
}
