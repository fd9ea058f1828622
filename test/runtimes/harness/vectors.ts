// Tokens signed by jose in Node, handed to each runtime: the interop half of the smoke suite.
import { SignJWT, exportJWK, type JWTPayload } from 'jose'
import { joseKeyPair } from '../../helpers/key-pair.js'

export interface Vector {
  alg: 'HS256' | 'HS384' | 'HS512'
  secret: string
  token: string
  sub: string
}

/** A token jose signs for `sub`, issued now and valid for an hour. */
function joseToken(alg: Vector['alg'], secret: string, sub: string, claims: JWTPayload): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg, typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret))
}

/** RS256 and PS256 tokens jose signs with a key it generates, and the JWKS that verifies them (jwt-wasm/asymmetric). */
export interface PkVector {
  alg: 'RS256' | 'PS256' | 'EdDSA' | 'ES256' | 'ES384' | 'ES512'
  jwks: { keys: Record<string, unknown>[] }
  token: string
  sub: string
  /** A non-ASCII claim, for the paths that read ASCII and UTF-8 payloads differently. */
  name?: string
}

async function pkVectors(): Promise<PkVector[]> {
  const vectors: PkVector[] = []
  // Auth0's shape: a set with a key per signing key, told apart by kid (WebCrypto keeps an
  // RSA key to one scheme, so PS256 has its own).
  const pairs = { RS256: await joseKeyPair('RS256'), PS256: await joseKeyPair('PS256') }
  const jwks = { keys: [{ ...(await exportJWK(pairs.RS256.publicKey)), kid: 'rs-current', use: 'sig' }, { ...(await exportJWK(pairs.PS256.publicKey)), kid: 'ps-current', use: 'sig' }] }
  for (const alg of ['RS256', 'PS256'] as const) {
    const sub = `idp-user-${alg}`
    // RS256's payload is ASCII, PS256's UTF-8: the two ways a payload leaves the module.
    const name = alg === 'PS256' ? 'Zoë 東京 😀' : 'Zoe'
    const token = await new SignJWT({ scope: 'smoke', name })
      .setProtectedHeader({ alg, kid: alg === 'RS256' ? 'rs-current' : 'ps-current', typ: 'JWT' })
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(pairs[alg].privateKey)
    vectors.push({ alg, jwks, token, sub, name })
  }
  return vectors
}

/** An EdDSA (Ed25519), ES256 (P-256), ES384 (P-384) or ES512 (P-521) token jose signs, and a JWKS with its key beside an RSA one. */
async function besideRsaVector(alg: 'EdDSA' | 'ES256' | 'ES384' | 'ES512', kid: string): Promise<PkVector> {
  const own = await joseKeyPair(alg)
  const rsa = await joseKeyPair('RS256')
  const jwks = { keys: [{ ...(await exportJWK(rsa.publicKey)), kid: 'rs-current', use: 'sig' }, { ...(await exportJWK(own.publicKey)), kid, use: 'sig' }] }
  const sub = `idp-user-${alg}`
  const token = await new SignJWT({ scope: 'smoke' })
    .setProtectedHeader({ alg, kid, typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(own.privateKey)
  return { alg, jwks, token, sub }
}

export async function joseVectors(): Promise<(Vector | PkVector)[]> {
  const vectors: (Vector | PkVector)[] = [...(await pkVectors()), await besideRsaVector('EdDSA', 'ed-current'), await besideRsaVector('ES256', 'ec-current'), await besideRsaVector('ES384', 'ec384-current'), await besideRsaVector('ES512', 'ec521-current')]
  for (const alg of ['HS256', 'HS384', 'HS512'] as const) {
    const secret = `jose-${alg}-secret-${'x'.repeat(64)}`
    const sub = `jose-user-${alg}`
    vectors.push({ alg, secret, token: await joseToken(alg, secret, sub, { scope: 'smoke' }), sub })
  }
  return vectors
}

/** A token for the guarded route of suite/handler.mjs. */
export function guardedRouteToken(secret: string, sub: string): Promise<string> {
  return joseToken('HS256', secret, sub, {})
}
