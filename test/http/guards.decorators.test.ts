// The guards as standard (TC39) method decorators. The only file with decorator syntax:
// vite 8's oxc does not lower it, so vitest.config.ts compiles files named
// *.decorators.test.ts with esbuild first.
import { describe, expect, it } from 'vitest'
import { freshJwtRequired, jwtOptional, jwtRefreshTokenRequired, jwtRequired, type JwtRequest, type OptionalJwtRequest } from '../../src/index.js'
import { body, makeJwt, request } from './helpers.js'

// The exported guards use the most recently constructed JWT, looked up per request: `other`.
// `@other.required` is bound to `other` whatever is constructed later.
const jwt = makeJwt()
const other = makeJwt({ secretKey: 'another-secret-of-32-characters!' })

class Api {
  prefix = 'api'

  @jwtRequired
  protected(request: JwtRequest) {
    return { user: request.jwtIdentity, from: this.prefix }
  }

  @jwtOptional
  feed(request: OptionalJwtRequest) {
    return request.jwtIdentity ? { feed: `personalized for ${request.jwtIdentity}` } : { feed: 'public' }
  }

  @freshJwtRequired
  async changePassword(request: JwtRequest, env: { db: string }) {
    await Promise.resolve()
    return { status: 'password changed', user: request.jwtIdentity, db: env.db }
  }

  @jwtRefreshTokenRequired
  refresh(request: JwtRequest) {
    return { access_token: other.createAccessToken(request.jwtIdentity, { fresh: false }) }
  }

  @other.required
  bound(request: JwtRequest) {
    return new Response(`bound ${request.jwtIdentity}`)
  }
}

const api = new Api()
const call = (method: (req: never, ...args: never[]) => unknown, req: Request, ...args: unknown[]) =>
  (method as (req: Request, ...args: unknown[]) => Promise<Response>).call(api, req, ...args)

describe('@guards on class methods', () => {
  it('@jwtRequired passes identity and keeps this', async () => {
    expect(await body(await call(api.protected, request('/', { bearer: other.createAccessToken('alice') })))).toEqual({ user: 'alice', from: 'api' })
    const res = await call(api.protected, request('/'))
    expect([res.status, await body(res)]).toEqual([401, { error: 'Missing JWT token', code: 'MISSING_TOKEN' }])
  })

  it('@jwtOptional', async () => {
    expect(await body(await call(api.feed, request('/')))).toEqual({ feed: 'public' })
    expect(await body(await call(api.feed, request('/', { bearer: other.createAccessToken('bo') })))).toEqual({ feed: 'personalized for bo' })
  })

  it('@freshJwtRequired with an async method and a further argument', async () => {
    const env = { db: 'd1' }
    expect(await body(await call(api.changePassword, request('/', { method: 'POST', bearer: other.createAccessToken('c') }), env))).toEqual({
      status: 'password changed',
      user: 'c',
      db: 'd1',
    })
    const stale = await call(api.changePassword, request('/', { method: 'POST', bearer: other.createAccessToken('c', { fresh: false }) }), env)
    expect(await body(stale)).toEqual({ error: 'Fresh token required', code: 'FRESH_REQUIRED' })
  })

  it('@jwtRefreshTokenRequired', async () => {
    const res = await call(api.refresh, request('/', { method: 'POST', bearer: other.createRefreshToken('r') }))
    const { access_token } = (await body(res)) as { access_token: string }
    expect(other.decodeToken(access_token)).toMatchObject({ sub: 'r', fresh: false })
    expect((await body(await call(api.refresh, request('/', { bearer: access_token })))) as object).toMatchObject({ code: 'REFRESH_REQUIRED' })
  })

  it('@jwt.required binds the decorator to that instance', async () => {
    expect(await (await call(api.bound, request('/', { bearer: other.createAccessToken('b') }))).text()).toBe('bound b')
    expect((await call(api.bound, request('/', { bearer: jwt.createAccessToken('b') }))).status).toBe(401)
  })
})
