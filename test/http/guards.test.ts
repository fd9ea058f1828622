// The four guards through real Request objects: every error code, both token locations
// and their order, the handler's return values, isRevoked, onError and concurrency.
import { describe, expect, it } from 'vitest'
import {
  JWT,
  freshJwtRequired,
  jwtOptional,
  jwtRefreshTokenRequired,
  jwtRequired,
  type JwtRequest,
  type OptionalJwtRequest,
} from '../../src/index.js'
import { signRaw } from '../token/helpers.js'
import { NOW, SECRET, body, makeJwt, request } from './helpers.js'

const whoami = (req: JwtRequest) => ({ user: req.jwtIdentity, type: req.jwtClaims.type })

async function refusal(response: Response) {
  return { status: response.status, body: await body(response), challenge: response.headers.get('www-authenticate') }
}

function invalid(code: string, message: string) {
  return { status: 401, body: { error: message, code }, challenge: `Bearer error="invalid_token", error_description="${message}"` }
}

describe('jwtRequired', () => {
  const jwt = makeJwt()
  const handler = jwt.required(whoami)

  it('accepts an access token from the Authorization header and exposes identity and claims', async () => {
    const res = await handler(request('/', { bearer: jwt.createAccessToken('alice', { claims: { role: 'admin' } }) }))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json')
    expect(await body(res)).toEqual({ user: 'alice', type: 'access' })
    let seen: JwtRequest | undefined
    await jwt.required((req: JwtRequest) => void (seen = req))(request('/', { bearer: jwt.createAccessToken(42, { claims: { role: 'admin' } }) }))
    expect(seen?.jwtIdentity).toBe('42')
    expect(seen?.jwtClaims).toMatchObject({ identity: '42', sub: '42', role: 'admin', fresh: true, type: 'access', exp: NOW + 900 })
  })

  it('reads the scheme case-insensitively (RFC 7235 §2.1)', async () => {
    const token = jwt.createAccessToken('bob')
    for (const scheme of ['bearer', 'BEARER', 'BeArEr']) {
      expect((await handler(request('/', { authorization: `${scheme} ${token}` }))).status).toBe(200)
    }
  })

  it('answers MISSING_TOKEN with a bare challenge when no token is sent (RFC 6750 §3.1)', async () => {
    expect(await refusal(await handler(request('/')))).toEqual({
      status: 401,
      body: { error: 'Missing JWT token', code: 'MISSING_TOKEN' },
      challenge: 'Bearer',
    })
  })

  it.each(['Bearer', 'Bearer ', 'Bearer a b', 'Bearer  x.y.z', 'Basic dXNlcjpwYXNz', 'x.y.z', 'Token x.y.z'])(
    'refuses the header %j as MALFORMED instead of falling through',
    async (authorization) => {
      const cookieJwt = makeJwt({ tokenLocation: ['headers', 'cookies'] })
      const res = await cookieJwt.required(whoami)(request('/', { authorization, cookies: { access_token_cookie: cookieJwt.createAccessToken('c') } }))
      expect(await refusal(res)).toEqual(invalid('MALFORMED', 'Invalid token format'))
    },
  )

  it('never reads the refresh cookie', async () => {
    const both = makeJwt({ tokenLocation: ['headers', 'cookies'] })
    const res = await both.required(whoami)(request('/', { cookies: { refresh_token_cookie: both.createRefreshToken('r') } }))
    expect((await refusal(res)).body).toEqual({ error: 'Missing JWT token', code: 'MISSING_TOKEN' })
  })

  it('refuses a refresh token with ACCESS_REQUIRED', async () => {
    const res = await handler(request('/', { bearer: jwt.createRefreshToken('alice') }))
    expect(await refusal(res)).toEqual(invalid('ACCESS_REQUIRED', 'Access token required, not refresh token'))
  })

  // Every verification error reaches the client with its code and the invalid_token challenge.
  const other = new JWT({ secretKey: 'another-secret-of-32-characters!', clock: () => NOW })
  const hs384 = new JWT({ secretKey: SECRET, algorithm: 'HS384', clock: () => NOW })
  const later = makeJwt({ clock: () => NOW + 100 })
  const issued = makeJwt({ issuer: 'https://a.example', audience: 'api' })
  const cases: [string, string, () => JWT, () => string][] = [
    ['MALFORMED', 'Invalid token format', () => jwt, () => 'abc.def'],
    ['TOKEN_TOO_LARGE', 'Token too large', () => jwt, () => 'a'.repeat(9000)],
    ['ALGORITHM_MISMATCH', 'Invalid token algorithm', () => jwt, () => hs384.createAccessToken('x')],
    ['INVALID_SIGNATURE', 'Invalid token signature', () => jwt, () => other.createAccessToken('x')],
    ['EXPIRED', 'Token has expired', () => jwt, () => jwt.createAccessToken('x', { expiresDelta: 0 })],
    ['NOT_YET_VALID', 'Token not yet valid', () => jwt, () => later.createAccessToken('x')],
    ['INVALID_CLAIMS', 'Invalid token claims', () => jwt, () => signRaw(JSON.stringify({ sub: 'x', iat: NOW + 60, exp: NOW + 900 }))],
    ['INVALID_ISSUER', 'Invalid token issuer', () => issued, () => makeJwt({ issuer: 'https://b.example', audience: 'api' }).createAccessToken('x')],
    ['INVALID_AUDIENCE', 'Invalid token audience', () => issued, () => makeJwt({ issuer: 'https://a.example', audience: 'web' }).createAccessToken('x')],
  ]
  it.each(cases)('answers %s for a bad token', async (code, message, verifier, token) => {
    const res = await verifier().required(whoami)(request('/', { bearer: token() }))
    expect(await refusal(res)).toEqual(invalid(code, message))
  })

  it('refuses a token without sub (a guarded handler is promised a string identity)', async () => {
    const res = await handler(request('/', { bearer: signRaw(JSON.stringify({ exp: NOW + 900 })) }))
    expect(await refusal(res)).toEqual(invalid('INVALID_CLAIMS', 'Invalid token claims'))
  })

  it('accepts a foreign token without a type as an access token', async () => {
    const res = await handler(request('/', { bearer: signRaw(JSON.stringify({ sub: 'ext', exp: NOW + 900 })) }))
    expect(await body(res)).toEqual({ user: 'ext' })
  })
})

describe('freshJwtRequired', () => {
  const jwt = makeJwt()
  const handler = jwt.freshRequired(whoami)

  it('accepts a fresh access token', async () => {
    expect(await body(await handler(request('/', { bearer: jwt.createAccessToken('a') })))).toEqual({ user: 'a', type: 'access' })
  })

  it('refuses a non-fresh token with FRESH_REQUIRED', async () => {
    const res = await handler(request('/', { bearer: jwt.createAccessToken('a', { fresh: false }) }))
    expect(await refusal(res)).toEqual(invalid('FRESH_REQUIRED', 'Fresh token required'))
  })

  it('refuses a token whose fresh is not exactly true', async () => {
    const res = await handler(request('/', { bearer: signRaw(JSON.stringify({ sub: 'a', exp: NOW + 9, fresh: 'true' })) }))
    expect((await refusal(res)).body).toEqual({ error: 'Fresh token required', code: 'FRESH_REQUIRED' })
  })

  it('refuses a refresh token with ACCESS_REQUIRED and no token with MISSING_TOKEN', async () => {
    expect(((await refusal(await handler(request('/', { bearer: jwt.createRefreshToken('a') })))).body as { code: string }).code).toBe('ACCESS_REQUIRED')
    expect(((await refusal(await handler(request('/')))).body as { code: string }).code).toBe('MISSING_TOKEN')
  })
})

describe('jwtRefreshTokenRequired', () => {
  const jwt = makeJwt({ tokenLocation: ['headers', 'cookies'], csrfProtect: false })
  const handler = jwt.refreshRequired(whoami)

  it('accepts a refresh token from the header or the refresh cookie', async () => {
    const token = jwt.createRefreshToken('r')
    expect(await body(await handler(request('/', { bearer: token })))).toEqual({ user: 'r', type: 'refresh' })
    expect(await body(await handler(request('/', { method: 'POST', cookies: { refresh_token_cookie: token } })))).toEqual({ user: 'r', type: 'refresh' })
  })

  it('answers "Missing refresh token" without one, ignoring the access cookie', async () => {
    const res = await handler(request('/', { cookies: { access_token_cookie: jwt.createAccessToken('a') } }))
    expect(await refusal(res)).toEqual({ status: 401, body: { error: 'Missing refresh token', code: 'MISSING_TOKEN' }, challenge: 'Bearer' })
  })

  it('refuses an access token with REFRESH_REQUIRED', async () => {
    const res = await handler(request('/', { bearer: jwt.createAccessToken('a') }))
    expect(await refusal(res)).toEqual(invalid('REFRESH_REQUIRED', 'Refresh token required'))
  })
})

describe('jwtOptional', () => {
  const jwt = makeJwt({ tokenLocation: ['headers', 'cookies'] })
  const feed = jwt.optional((req: OptionalJwtRequest) => ({ user: req.jwtIdentity, claims: req.jwtClaims === null ? null : 'set' }))

  it('gives the identity for a valid access token', async () => {
    expect(await body(await feed(request('/', { bearer: jwt.createAccessToken('u') })))).toEqual({ user: 'u', claims: 'set' })
  })

  it.each<[string, () => RequestInit & { spec: Parameters<typeof request>[1] }]>([
    ['no token', () => ({ spec: {} })],
    ['a malformed header', () => ({ spec: { authorization: 'Bearer' } })],
    ['an invalid token', () => ({ spec: { bearer: 'a.b.c' } })],
    ['an expired token', () => ({ spec: { bearer: jwt.createAccessToken('u', { expiresDelta: 0 }) } })],
    ['a refresh token', () => ({ spec: { bearer: jwt.createRefreshToken('u') } })],
    ['a CSRF failure', () => ({ spec: { method: 'POST', cookies: { access_token_cookie: jwt.createAccessToken('u') } } })],
  ])('runs the handler anonymously for %s', async (_, make) => {
    const res = await feed(request('/', make().spec))
    expect(res.status).toBe(200)
    expect(await body(res)).toEqual({ user: null, claims: null })
  })
})

describe('token locations', () => {
  const a = (jwt: JWT) => jwt.createAccessToken('from-header')
  const c = (jwt: JWT) => jwt.createAccessToken('from-cookie')

  it('tokenLocation is always an array, in order', () => {
    expect(makeJwt().tokenLocation).toEqual(['headers'])
    expect(makeJwt({ tokenLocation: 'cookies' }).tokenLocation).toEqual(['cookies'])
    expect(makeJwt({ tokenLocation: ['cookies', 'headers'] }).tokenLocation).toEqual(['cookies', 'headers'])
  })

  it('tokenLocation is read-only: frozen, and not the array the options passed', () => {
    const given: ('headers' | 'cookies')[] = ['headers']
    const jwt = makeJwt({ tokenLocation: given })
    given.push('cookies')
    expect(jwt.tokenLocation).toEqual(['headers'])
    expect(Object.isFrozen(jwt.tokenLocation)).toBe(true)
    expect(() => (jwt.tokenLocation as string[]).push('cookies')).toThrow(TypeError)
    expect(() => ((jwt as { tokenLocation: unknown }).tokenLocation = ['cookies'])).toThrow(TypeError)
  })

  it('uses the first configured location that holds a token', async () => {
    for (const [location, expected] of [
      [['headers', 'cookies'], 'from-header'],
      [['cookies', 'headers'], 'from-cookie'],
    ] as const) {
      const jwt = makeJwt({ tokenLocation: [...location] })
      const res = await jwt.required(whoami)(request('/', { bearer: a(jwt), cookies: { access_token_cookie: c(jwt) } }))
      expect(await body(res)).toEqual({ user: expected, type: 'access' })
    }
  })

  it('falls through to the cookie only when the header is absent', async () => {
    const jwt = makeJwt({ tokenLocation: ['headers', 'cookies'] })
    expect(await body(await jwt.required(whoami)(request('/', { cookies: { access_token_cookie: c(jwt) } })))).toEqual({ user: 'from-cookie', type: 'access' })
  })

  it('does not rescue an invalid token with another location', async () => {
    const jwt = makeJwt({ tokenLocation: ['headers', 'cookies'] })
    const res = await jwt.required(whoami)(request('/', { bearer: jwt.createAccessToken('x', { expiresDelta: 0 }), cookies: { access_token_cookie: c(jwt) } }))
    expect(((await body(res)) as { code: string }).code).toBe('EXPIRED')
  })

  it('ignores a location that is not configured', async () => {
    const headersOnly = makeJwt()
    expect((await headersOnly.required(whoami)(request('/', { cookies: { access_token_cookie: c(headersOnly) } }))).status).toBe(401)
    const cookiesOnly = makeJwt({ tokenLocation: 'cookies' })
    expect((await cookiesOnly.required(whoami)(request('/', { bearer: a(cookiesOnly) }))).status).toBe(401)
  })

  it('treats an empty cookie (as left by a cleared one) as absent', async () => {
    const jwt = makeJwt({ tokenLocation: ['cookies', 'headers'] })
    const res = await jwt.required(whoami)(request('/', { bearer: a(jwt), cookies: { access_token_cookie: '' } }))
    expect(await body(res)).toEqual({ user: 'from-header', type: 'access' })
  })

  it('honours headerName and headerType', async () => {
    const jwt = makeJwt({ headerName: 'X-Api-Token', headerType: 'JWT' })
    const token = jwt.createAccessToken('h')
    expect(await body(await jwt.required(whoami)(request('/', { headers: { 'x-api-token': `jwt ${token}` } })))).toEqual({ user: 'h', type: 'access' })
    const wrong = await jwt.required(whoami)(request('/', { headers: { 'x-api-token': `Bearer ${token}` } }))
    expect(wrong.headers.get('www-authenticate')).toBe('JWT error="invalid_token", error_description="Invalid token format"')
    expect((await jwt.required(whoami)(request('/', { bearer: token }))).headers.get('www-authenticate')).toBe('JWT')
  })

  it("accepts a bare token with headerType ''", async () => {
    const jwt = makeJwt({ headerName: 'X-Token', headerType: '' })
    const token = jwt.createAccessToken('bare')
    expect(await body(await jwt.required(whoami)(request('/', { headers: { 'x-token': token } })))).toEqual({ user: 'bare', type: 'access' })
    expect((await jwt.required(whoami)(request('/', { headers: { 'x-token': `Bearer ${token}` } }))).status).toBe(401)
  })
})

describe('handlers', () => {
  const jwt = makeJwt()
  const token = jwt.createAccessToken('h')

  it('pass the request and every further argument, and keep this', async () => {
    const ctx = { env: 'E' }
    const holder = {
      name: 'holder',
      handle: jwt.required(function (this: { name: string }, req: JwtRequest, env: typeof ctx, n: number) {
        return { self: this.name, env: env.env, n, user: req.jwtIdentity }
      }),
    }
    expect(await body(await holder.handle(request('/', { bearer: token }), ctx, 7))).toEqual({ self: 'holder', env: 'E', n: 7, user: 'h' })
  })

  it('may be async', async () => {
    const res = await jwt.required(async (req: JwtRequest) => {
      await new Promise((resolve) => setImmediate(resolve))
      return { user: req.jwtIdentity }
    })(request('/', { bearer: token }))
    expect(await body(res)).toEqual({ user: 'h' })
  })

  it('return values go through makeResponse', async () => {
    const own = new Response('raw', { status: 418 })
    expect(await jwt.required(() => own)(request('/', { bearer: token }))).toBe(own)
    const text = await jwt.required(() => 'hello')(request('/', { bearer: token }))
    expect([text.status, text.headers.get('content-type'), await text.text()]).toEqual([200, 'text/plain; charset=utf-8', 'hello'])
    const none = await jwt.required(() => undefined)(request('/', { bearer: token }))
    expect([none.status, await none.text()]).toEqual([204, ''])
    const list = await jwt.required(async () => [1, 2])(request('/', { bearer: token }))
    expect([list.status, await body(list)]).toEqual([200, [1, 2]])
  })

  it('errors thrown by the handler propagate', async () => {
    await expect(jwt.required(() => { throw new RangeError('boom') })(request('/', { bearer: token }))).rejects.toThrow('boom')
  })

  it('refuse what is not a handler, a method context or a Request', async () => {
    expect(() => jwtRequired(42 as never)).toThrow(new TypeError('jwtRequired wraps a handler function'))
    expect(() => jwtOptional((() => 1) as never, { kind: 'field' } as never)).toThrow(new TypeError('@jwtOptional decorates methods only'))
    await expect(jwt.required(() => 1)({} as Request)).rejects.toThrow(new TypeError('jwtRequired: the first argument must be a Request'))
    expect(jwtRefreshTokenRequired.name).toBe('jwtRefreshTokenRequired')
  })
})

describe('isRevoked', () => {
  const revoked = new Set<string>()
  const jwt = makeJwt({ isRevoked: async (claims) => revoked.has(claims.jti as string) })

  it('refuses a revoked token with REVOKED in every guard but jwtOptional', async () => {
    const access = jwt.createAccessToken('a')
    const refresh = jwt.createRefreshToken('a')
    expect((await jwt.required(whoami)(request('/', { bearer: access }))).status).toBe(200)
    revoked.add(jwt.decodeToken(access).jti as string)
    revoked.add(jwt.decodeToken(refresh).jti as string)
    for (const guard of [jwt.required, jwt.freshRequired]) {
      expect(await refusal(await guard(whoami)(request('/', { bearer: access })))).toEqual(invalid('REVOKED', 'Token has been revoked'))
    }
    expect(await refusal(await jwt.refreshRequired(whoami)(request('/', { bearer: refresh })))).toEqual(invalid('REVOKED', 'Token has been revoked'))
    expect(await body(await jwt.optional((req: OptionalJwtRequest) => ({ user: req.jwtIdentity }))(request('/', { bearer: access })))).toEqual({ user: null })
  })

  it('receives the verified claims and may be synchronous', async () => {
    const seen: unknown[] = []
    const sync = makeJwt({ isRevoked: (claims) => (seen.push(claims), claims.sub === 'banned') })
    expect((await sync.required(whoami)(request('/', { bearer: sync.createAccessToken('ok') }))).status).toBe(200)
    expect((await sync.required(whoami)(request('/', { bearer: sync.createAccessToken('banned') }))).status).toBe(401)
    expect(seen).toMatchObject([{ sub: 'ok', identity: 'ok' }, { sub: 'banned' }])
  })

  it('is not asked about tokens that failed verification', async () => {
    let calls = 0
    const counting = makeJwt({ isRevoked: () => (calls++, false) })
    await counting.required(whoami)(request('/', { bearer: 'a.b.c' }))
    expect(calls).toBe(0)
  })

  it('a failing revocation store rejects (a server error, never a pass)', async () => {
    const broken = makeJwt({ isRevoked: () => Promise.reject(new Error('db down')) })
    await expect(broken.required(whoami)(request('/', { bearer: broken.createAccessToken('a') }))).rejects.toThrow('db down')
    await expect(broken.optional(whoami as never)(request('/', { bearer: broken.createAccessToken('a') }))).rejects.toThrow('db down')
  })
})

describe('onError', () => {
  it('may return a Response, used as it is', async () => {
    const calls: [string, string][] = []
    const jwt = makeJwt({
      onError: (error, req) => {
        calls.push([error.code, new URL(req.url).pathname])
        return new Response('nope', { status: 403 })
      },
    })
    const res = await jwt.required(whoami)(request('/secret'))
    expect([res.status, await res.text()]).toEqual([403, 'nope'])
    expect(calls).toEqual([['MISSING_TOKEN', '/secret']])
  })

  it('may return a body, sent as a 401 with the challenge', async () => {
    const jwt = makeJwt({ onError: async (error) => ({ message: `custom ${error.code}` }) })
    const res = await jwt.required(whoami)(request('/', { bearer: 'a.b.c' }))
    expect([res.status, await body(res), res.headers.get('www-authenticate')]).toEqual([
      401,
      { message: 'custom MALFORMED' },
      'Bearer error="invalid_token", error_description="Invalid token format"',
    ])
  })

  it('may return undefined for the default answer', async () => {
    const jwt = makeJwt({ onError: () => undefined })
    expect(await refusal(await jwt.required(whoami)(request('/')))).toMatchObject({ status: 401, challenge: 'Bearer' })
  })

  it('is not called for anonymous jwtOptional requests', async () => {
    let called = false
    const jwt = makeJwt({ onError: () => void (called = true) })
    await jwt.optional(() => 'ok')(request('/', { bearer: 'a.b.c' }))
    expect(called).toBe(false)
  })
})

describe('the exported guards', () => {
  it('are the four guards over the default instance', async () => {
    const jwt = makeJwt({ tokenLocation: ['headers', 'cookies'] })
    const access = jwt.createAccessToken('d')
    const stale = jwt.createAccessToken('d', { fresh: false })
    const refresh = jwt.createRefreshToken('d')
    expect(await body(await jwtRequired(whoami)(request('/', { bearer: access })))).toEqual({ user: 'd', type: 'access' })
    expect(((await body(await jwtRequired(whoami)(request('/', { bearer: refresh })))) as { code: string }).code).toBe('ACCESS_REQUIRED')
    expect(await body(await freshJwtRequired(whoami)(request('/', { bearer: access })))).toEqual({ user: 'd', type: 'access' })
    expect(((await body(await freshJwtRequired(whoami)(request('/', { bearer: stale })))) as { code: string }).code).toBe('FRESH_REQUIRED')
    expect(await body(await jwtRefreshTokenRequired(whoami)(request('/', { bearer: refresh })))).toEqual({ user: 'd', type: 'refresh' })
    expect(((await body(await jwtRefreshTokenRequired(whoami)(request('/', { bearer: access })))) as { code: string }).code).toBe('REFRESH_REQUIRED')
    const optional = jwtOptional((req: OptionalJwtRequest) => ({ user: req.jwtIdentity }))
    expect(await body(await optional(request('/', { bearer: access })))).toEqual({ user: 'd' })
    expect(await body(await optional(request('/')))).toEqual({ user: null })
  })
})

describe('instances', () => {
  it('the exported guards use the most recently constructed JWT, looked up per request', async () => {
    const guarded = jwtRequired(whoami) // wrapped before the instance below exists
    const first = makeJwt()
    const token = first.createAccessToken('first')
    expect((await guarded(request('/', { bearer: token }))).status).toBe(200)
    new JWT({ secretKey: 'a-different-secret-of-32-chars!!' })
    expect(((await body(await guarded(request('/', { bearer: token })))) as { code: string }).code).toBe('INVALID_SIGNATURE')
    // The bound guards keep their own instance.
    expect((await first.required(whoami)(request('/', { bearer: token }))).status).toBe(200)
  })

  it('a failed construction does not replace the default', async () => {
    const good = makeJwt()
    expect(() => new JWT({ secretKey: SECRET, cookieSameSite: 'None' })).toThrow(TypeError)
    expect((await jwtRequired(whoami)(request('/', { bearer: good.createAccessToken('g') }))).status).toBe(200)
  })
})

describe('concurrency', () => {
  it('1,000 concurrent requests with different tokens each see their own identity', async () => {
    const jwt = makeJwt()
    const handler = jwt.required(async (req: JwtRequest, i: number) => {
      // Interleave: every handler yields several times before reading its identity.
      for (let k = 0; k < (i % 7) + 1; k++) await new Promise((resolve) => setImmediate(resolve))
      return { i, user: req.jwtIdentity, sub: req.jwtClaims.sub }
    })
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => handler(request('/', { bearer: jwt.createAccessToken(`user-${i}`) }), i).then(body)),
    )
    results.forEach((r, i) => expect(r).toEqual({ i, user: `user-${i}`, sub: `user-${i}` }))
  })
})
