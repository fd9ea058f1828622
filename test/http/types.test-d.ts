// Type tests for the fetch guards, checked by `tsc --noEmit` (types.test.ts runs it, with
// guards.decorators.test.ts and examples/fetch.ts): the identity fields are typed, both
// forms compile as standard (TC39) decorators under TypeScript 5, and further arguments
// keep their types. An unused expect-error directive is itself an error, so each proves a refusal.
import { expectTypeOf } from 'vitest'
import {
  freshJwtRequired,
  jwtOptional,
  jwtRefreshTokenRequired,
  jwtRequired,
  makeResponse,
  type Claims,
  type JWT,
  type JwtRequest,
  type OptionalJwtRequest,
  type TokenLocation,
} from '../../src/index.js'

declare const jwt: JWT

// Around a handler: a fetch handler taking a Request and the same further arguments.
const handler = jwtRequired((request: JwtRequest, env: { db: string }, n: number) => {
  expectTypeOf(request.jwtIdentity).toEqualTypeOf<string>()
  expectTypeOf(request.jwtClaims).toEqualTypeOf<Claims>()
  return { user: request.jwtIdentity, db: env.db, n }
})
expectTypeOf(handler).parameters.toEqualTypeOf<[Request, { db: string }, number]>()
expectTypeOf(handler).returns.toEqualTypeOf<Promise<Response>>()
expectTypeOf(jwt.refreshRequired(async (request: JwtRequest) => request.jwtIdentity)).returns.toEqualTypeOf<Promise<Response>>()

jwtOptional((request: OptionalJwtRequest) => {
  expectTypeOf(request.jwtIdentity).toEqualTypeOf<string | null>()
  expectTypeOf(request.jwtClaims).toEqualTypeOf<Claims | null>()
})
// @ts-expect-error jwtOptional may give null: its handler cannot demand a JwtRequest
jwtOptional((request: JwtRequest) => request.jwtIdentity.length)
// @ts-expect-error a guard wraps a function
jwtRequired('handler')

// As decorators, exported and bound.
export class Api {
  @jwtRequired
  protected(request: JwtRequest) {
    return request.jwtIdentity.length
  }

  @jwtOptional
  feed(request: OptionalJwtRequest) {
    return request.jwtIdentity ?? 'anonymous'
  }

  @freshJwtRequired
  async changePassword(request: JwtRequest, env: { db: string }) {
    return `${request.jwtIdentity} ${env.db}`
  }

  @jwtRefreshTokenRequired
  @jwt.required
  refresh(request: JwtRequest) {
    return makeResponse({ user: request.jwtIdentity })
  }

  // @ts-expect-error the guards decorate methods, not fields
  @jwtRequired field = 1
}

expectTypeOf(makeResponse({ a: 1 })).toEqualTypeOf<Response>()
expectTypeOf(jwt.tokenLocation).toEqualTypeOf<readonly TokenLocation[]>()
// @ts-expect-error read-only: the seed's _token_location, but not writable
jwt.tokenLocation.push('cookies')
