// Tokens signed by jose in Node, handed to each runtime: the interop half of the smoke suite.
import { SignJWT, type JWTPayload } from 'jose'

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

export async function joseVectors(): Promise<Vector[]> {
  const vectors: Vector[] = []
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
