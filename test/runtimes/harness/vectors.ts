// Tokens signed by jose in Node, handed to each runtime: the interop half of the smoke suite.
import { SignJWT } from 'jose'

export interface Vector {
  alg: 'HS256' | 'HS384' | 'HS512'
  secret: string
  token: string
  sub: string
}

export async function joseVectors(): Promise<Vector[]> {
  const vectors: Vector[] = []
  for (const alg of ['HS256', 'HS384', 'HS512'] as const) {
    const secret = `jose-${alg}-secret-${'x'.repeat(64)}`
    const sub = `jose-user-${alg}`
    const token = await new SignJWT({ scope: 'smoke' })
      .setProtectedHeader({ alg, typ: 'JWT' })
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(secret))
    vectors.push({ alg, secret, token, sub })
  }
  return vectors
}

/** A token for the guarded route of suite/handler.mjs. */
export async function guardedRouteToken(secret: string, sub: string): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret))
}
