// jwt-wasm/hono with real Hono 4 through app.request: the shared suite, the error path (an
// HTTPException whose response carries the challenge and the JSON body), and
// examples/hono.mjs driven through the seed's flow.
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { describe, expect, it, vi } from 'vitest'
import { JWTError, type JWT } from '../../src/index.js'
import {
  freshJwtRequired,
  jwtErrorHandler,
  jwtOptional,
  jwtRefreshTokenRequired,
  jwtRequired,
  setAccessCookies,
  setRefreshCookies,
  unsetAccessCookies,
  unsetJwtCookies,
  unsetRefreshCookies,
} from '../../src/adapters/hono.js'
import { makeJwt } from '../http/helpers.js'
import { challengeFor, cookieSuite, errorSuite, flowSuite, json, type Client } from './harness.js'

// The example imports the package by name; here that name is the source tree.
vi.mock('jwt-wasm', () => import('../../src/index.js'))
vi.mock('jwt-wasm/hono', () => import('../../src/adapters/hono.js'))

function client(app: Hono): Client {
  return async (method, path, { headers = {}, json: body } = {}) => {
    const init: RequestInit = { method, headers: new Headers(headers) }
    if (body !== undefined) {
      ;(init.headers as Headers).set('content-type', 'application/json')
      init.body = JSON.stringify(body)
    }
    const res = await app.request(path, init)
    return {
      status: res.status,
      challenge: res.headers.get('www-authenticate'),
      retryAfter: res.headers.get('retry-after'),
      setCookie: res.headers.getSetCookie(),
      contentType: res.headers.get('content-type'),
      text: await res.text(),
    }
  }
}

function build(jwt: JWT): Hono {
  const app = new Hono()
  app.get('/required', jwtRequired(jwt), (c) => c.json({ user: c.get('jwtIdentity'), type: c.get('jwtClaims').type }))
  app.post('/required', jwtRequired(jwt), (c) => c.json({ user: c.get('jwtIdentity'), type: c.get('jwtClaims').type }))
  app.on(['GET', 'POST'], '/optional', jwtOptional(jwt), (c) => c.json({ user: c.get('jwtIdentity') }))
  app.post('/fresh', freshJwtRequired(jwt), (c) => c.json({ user: c.get('jwtIdentity'), fresh: c.get('jwtClaims').fresh }))
  app.post('/refresh', jwtRefreshTokenRequired(jwt), (c) => c.json({ user: c.get('jwtIdentity'), type: c.get('jwtClaims').type }))
  app.post('/rotate', jwtRefreshTokenRequired(jwt), async (c) => {
    await jwt.rotateRefreshToken(c.get('jwtClaims'))
    return c.json({ rotated: true })
  })
  // A handler's JWTError (rotateRefreshToken's) answered as the guards answer theirs.
  app.onError(jwtErrorHandler)
  app.post('/cookies/set', async (c) => {
    const { access, refresh } = await c.req.json<{ access: string; refresh: string }>()
    setAccessCookies(jwt, c, access)
    setRefreshCookies(jwt, c, refresh)
    return c.json({ ok: true })
  })
  app.post('/cookies/unset', (c) => (unsetJwtCookies(jwt, c), c.json({ ok: true })))
  app.post('/cookies/unset-access', (c) => (unsetAccessCookies(jwt, c), c.json({ ok: true })))
  app.post('/cookies/unset-refresh', (c) => (unsetRefreshCookies(jwt, c), c.json({ ok: true })))
  return app
}

describe('with Hono’s own error handling', () => {
  errorSuite(
    (jwt) => client(build(jwt)),
    (reply, code, message) => {
      expect(reply.contentType).toBe('application/json')
      expect(json(reply)).toEqual({ error: message, code })
    },
  )
})

describe('the error path', () => {
  it('throws an HTTPException carrying the 401 response, with the JWTError as its cause', async () => {
    const jwt = makeJwt()
    const seen: unknown[] = []
    const app = build(jwt)
    app.onError((error, c) => {
      seen.push(error)
      return c.json({ handled: ((error as HTTPException).cause as JWTError).code }, 418)
    })
    const reply = await client(app)('POST', '/refresh', { headers: { authorization: `Bearer ${jwt.createAccessToken('x')}` } })
    expect([reply.status, json(reply)]).toEqual([418, { handled: 'REFRESH_REQUIRED' }])
    const err = seen[0] as HTTPException
    expect(err).toBeInstanceOf(HTTPException)
    expect([err.status, err.message]).toEqual([401, 'Refresh token required'])
    expect(err.cause).toBeInstanceOf(JWTError)
    const res = err.getResponse()
    expect([res.status, res.headers.get('www-authenticate'), await res.json()]).toEqual([
      401,
      challengeFor('REFRESH_REQUIRED'),
      { error: 'Refresh token required', code: 'REFRESH_REQUIRED' },
    ])
  })

  it('answers a failing isRevoked as a server error, not a 401', async () => {
    const jwt = makeJwt({ isRevoked: () => Promise.reject(new Error('revocation store down')) })
    // Hono's default onError logs the error; keep the test output quiet.
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      const reply = await client(build(jwt))('GET', '/required', { headers: { authorization: `Bearer ${jwt.createAccessToken('x')}` } })
      expect([reply.status, reply.challenge]).toEqual([500, null])
      expect(String(log.mock.calls[0]?.[0])).toContain('revocation store down')
    } finally {
      log.mockRestore()
    }
  })
})

describe('guards', () => {
  it('use the default JWT (the most recently constructed) when given none', async () => {
    const app = new Hono()
    app.get('/me', jwtRequired(), (c) => c.json({ user: c.get('jwtIdentity') }))
    const jwt = makeJwt()
    expect(json(await client(app)('GET', '/me', { headers: { authorization: `Bearer ${jwt.createAccessToken('dflt')}` } }))).toEqual({ user: 'dflt' })
  })

  it('refuse a non-JWT argument when the route is built', () => {
    expect(() => jwtOptional('secret' as unknown as JWT)).toThrow(new TypeError('jwtOptional(jwt) takes a JWT instance, or nothing for the default one'))
  })

  it('work as app-wide middleware, and give concurrent requests their own identity', async () => {
    const jwt = makeJwt()
    const app = new Hono()
    app.use('/api/*', jwtRequired(jwt))
    app.get('/api/me', (c) => c.json({ user: c.get('jwtIdentity') }))
    const users = Array.from({ length: 50 }, (_, i) => `user${i}`)
    const replies = await Promise.all(users.map((u) => client(app)('GET', '/api/me', { headers: { authorization: `Bearer ${jwt.createAccessToken(u)}` } })))
    expect(replies.map((r) => (json(r) as { user: string }).user)).toEqual(users)
    expect((await client(app)('GET', '/api/me')).status).toBe(401)
  })
})

describe('cookie helpers on c', () => {
  cookieSuite((jwt) => client(build(jwt)))
})

describe('examples/hono.mjs', async () => {
  const { app } = await import('../../examples/hono.mjs')
  flowSuite(client(app))
})
