// jwt-wasm/express with real Express 5, over real HTTP (supertest listens on an ephemeral
// port per request): the shared suite, the error path (next(err) with status, headers,
// expose), and examples/express.mjs driven through the seed's flow.
import express, { type ErrorRequestHandler, type Express } from 'express'
import request from 'supertest'
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
} from '../../src/adapters/express.js'
import { makeJwt } from '../http/helpers.js'
import { challengeFor, cookieSuite, errorSuite, flowSuite, json, type Client } from './harness.js'

// The example imports the package by name; here that name is the source tree.
vi.mock('jwt-wasm', () => import('../../src/index.js'))
vi.mock('jwt-wasm/express', () => import('../../src/adapters/express.js'))

function client(app: Express): Client {
  return async (method, path, { headers = {}, json: body } = {}) => {
    let req = request(app)[method.toLowerCase() as 'get'](path).set(headers)
    if (body !== undefined) req = req.send(body as object)
    const res = await req
    const cookies = res.headers['set-cookie'] as unknown as string[] | string | undefined
    return {
      status: res.status,
      challenge: (res.headers['www-authenticate'] as string | undefined) ?? null,
      retryAfter: (res.headers['retry-after'] as string | undefined) ?? null,
      setCookie: cookies === undefined ? [] : Array.isArray(cookies) ? cookies : [cookies],
      contentType: (res.headers['content-type'] as string | undefined) ?? null,
      text: res.text,
    }
  }
}

function build(jwt: JWT, { errorHandler = true }: { errorHandler?: boolean } = {}): Express {
  const app = express()
  app.use(express.json())
  app.get('/required', jwtRequired(jwt), (req, res) => void res.json({ user: req.jwtIdentity, type: req.jwtClaims?.type }))
  app.post('/required', jwtRequired(jwt), (req, res) => void res.json({ user: req.jwtIdentity, type: req.jwtClaims?.type }))
  app.all('/optional', jwtOptional(jwt), (req, res) => void res.json({ user: req.jwtIdentity }))
  app.post('/fresh', freshJwtRequired(jwt), (req, res) => void res.json({ user: req.jwtIdentity, fresh: req.jwtClaims?.fresh }))
  app.post('/refresh', jwtRefreshTokenRequired(jwt), (req, res) => void res.json({ user: req.jwtIdentity, type: req.jwtClaims?.type }))
  // Express 5 sends the handler's rejection (a JWTError shaped for the error path) to next(err).
  app.post('/rotate', jwtRefreshTokenRequired(jwt), async (req, res) => {
    await jwt.rotateRefreshToken(req.jwtClaims!)
    res.json({ rotated: true })
  })
  app.post('/cookies/set', (req, res) => {
    setAccessCookies(jwt, res, req.body.access)
    setRefreshCookies(jwt, res, req.body.refresh)
    res.json({ ok: true })
  })
  app.post('/cookies/unset', (_req, res) => void unsetJwtCookies(jwt, res).json({ ok: true }))
  app.post('/cookies/unset-access', (_req, res) => void unsetAccessCookies(jwt, res).json({ ok: true }))
  app.post('/cookies/unset-refresh', (_req, res) => void unsetRefreshCookies(jwt, res).json({ ok: true }))
  if (errorHandler) app.use(jwtErrorHandler)
  return app
}

describe('with jwtErrorHandler: the fetch guards’ {"error", "code"} JSON', () => {
  errorSuite(
    (jwt) => client(build(jwt)),
    (reply, code, message) => {
      expect(reply.contentType).toMatch(/^application\/json/)
      expect(json(reply)).toEqual({ error: message, code })
    },
  )
})

describe('with Express’s own final handler', () => {
  // finalhandler honours err.status and err.headers; outside production its page shows err.stack, which starts with the message.
  errorSuite(
    (jwt) => client(build(jwt, { errorHandler: false })),
    (reply, _code, message) => {
      expect(reply.contentType).toMatch(/^text\/html/)
      expect(reply.text).toContain(`JWTError: ${message}`)
    },
  )

  it('in production keeps the 401 and the challenge, but its page says only "Unauthorized" (docs/frameworks.md says so)', async () => {
    const jwt = makeJwt()
    const app = build(jwt, { errorHandler: false })
    app.set('env', 'production')
    // finalhandler logs the error outside the 'test' env; keep the test output quiet.
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const reply = await client(app)('GET', '/required', { headers: { authorization: `Bearer ${jwt.createRefreshToken('x')}` } }).finally(() => log.mockRestore())
    expect([reply.status, reply.challenge]).toEqual([401, challengeFor('ACCESS_REQUIRED')])
    expect(reply.text).toContain('Unauthorized')
    expect(reply.text).not.toContain('Access token required')
  })
})

describe('the error path', () => {
  it('passes a JWTError to next(err) with status, statusCode, headers and expose', async () => {
    const jwt = makeJwt()
    const seen: unknown[] = []
    const app = express()
    app.get('/required', jwtRequired(jwt), (_req, res) => void res.json({}))
    app.use(((err, _req, res, _next) => {
      seen.push(err)
      res.status(418).json({ handled: (err as JWTError).code })
    }) satisfies ErrorRequestHandler)
    const reply = await client(app)('GET', '/required', { headers: { authorization: `Bearer ${jwt.createRefreshToken('x')}` } })
    expect([reply.status, json(reply), reply.challenge]).toEqual([418, { handled: 'ACCESS_REQUIRED' }, null])
    const err = seen[0] as JWTError & Record<string, unknown>
    expect(err).toBeInstanceOf(JWTError)
    expect(err).toMatchObject({
      code: 'ACCESS_REQUIRED',
      message: 'Access token required, not refresh token',
      status: 401,
      statusCode: 401,
      expose: true,
      headers: { 'WWW-Authenticate': challengeFor('ACCESS_REQUIRED') },
    })
  })

  it('hands a failing isRevoked to the error path as a server error, not a 401', async () => {
    const jwt = makeJwt({ isRevoked: () => Promise.reject(new Error('revocation store down')) })
    const reply = await client(build(jwt))('GET', '/required', { headers: { authorization: `Bearer ${jwt.createAccessToken('x')}` } })
    expect(reply.status).toBe(500)
    expect(reply.challenge).toBeNull()
    expect(reply.text).toContain('revocation store down')
  })

  it('jwtErrorHandler leaves other errors to the next handler and gives a plain JWTError its challenge', async () => {
    const jwt = makeJwt()
    const app = express()
    app.get('/boom', () => {
      throw new Error('boom')
    })
    app.get('/decode', (req) => void jwt.decodeToken(String(req.query.token)))
    app.use(jwtErrorHandler)
    expect((await client(app)('GET', '/boom')).status).toBe(500)
    const reply = await client(app)('GET', `/decode?token=${jwt.createAccessToken('x', { expiresDelta: 0 })}`)
    expect([reply.status, json(reply), reply.challenge]).toEqual([401, { error: 'Token has expired', code: 'EXPIRED' }, challengeFor('EXPIRED')])
  })
})

describe('guards', () => {
  it('use the default JWT (the most recently constructed) when given none', async () => {
    const app = express()
    app.get('/me', jwtRequired(), (req, res) => void res.json({ user: req.jwtIdentity }))
    app.use(jwtErrorHandler)
    const jwt = makeJwt()
    expect(json(await client(app)('GET', '/me', { headers: { authorization: `Bearer ${jwt.createAccessToken('dflt')}` } }))).toEqual({ user: 'dflt' })
  })

  it('refuse a non-JWT argument when the route is built', () => {
    expect(() => jwtRequired({} as JWT)).toThrow(new TypeError('jwtRequired(jwt) takes a JWT instance, or nothing for the default one'))
    expect(jwtRefreshTokenRequired.name).toBe('jwtRefreshTokenRequired')
  })

  it('give each concurrent request its own identity', async () => {
    const jwt = makeJwt()
    const app = build(jwt)
    const send = client(app)
    const users = Array.from({ length: 50 }, (_, i) => `user${i}`)
    const replies = await Promise.all(users.map((u) => send('GET', '/required', { headers: { authorization: `Bearer ${jwt.createAccessToken(u)}` } })))
    expect(replies.map((r) => (json(r) as { user: string }).user)).toEqual(users)
  })
})

describe('cookie helpers on res', () => {
  cookieSuite((jwt) => client(build(jwt)))
})

describe('examples/express.mjs', async () => {
  const { app } = await import('../../examples/express.mjs')
  flowSuite(client(app))
})
