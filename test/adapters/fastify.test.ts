// jwt-wasm/fastify with real Fastify 5 through fastify.inject: the shared suite, the error
// path (an error with statusCode and headers that Fastify's own handler answers), the
// plugin's decorations, and examples/fastify.mjs driven through the seed's flow.
import Fastify, { type FastifyInstance } from 'fastify'
import { describe, expect, it, vi } from 'vitest'
import { JWTError, type JWT } from '../../src/index.js'
import {
  freshJwtRequired,
  jwtOptional,
  jwtPlugin,
  jwtRefreshTokenRequired,
  jwtRequired,
  setAccessCookies,
  setRefreshCookies,
  unsetAccessCookies,
  unsetJwtCookies,
  unsetRefreshCookies,
} from '../../src/adapters/fastify.js'
import { makeJwt } from '../http/helpers.js'
import { challengeFor, cookieSuite, errorSuite, flowSuite, json, type Client } from './harness.js'

// The example imports the package by name; here that name is the source tree.
vi.mock('jwt-wasm', () => import('../../src/index.js'))
vi.mock('jwt-wasm/fastify', () => import('../../src/adapters/fastify.js'))

function client(app: FastifyInstance): Client {
  return async (method, path, { headers = {}, json: body } = {}) => {
    const res = await app.inject({ method: method as 'GET', url: path, headers, ...(body === undefined ? {} : { payload: body as object }) })
    const cookies = res.headers['set-cookie']
    return {
      status: res.statusCode,
      challenge: (res.headers['www-authenticate'] as string | undefined) ?? null,
      retryAfter: (res.headers['retry-after'] as string | undefined) ?? null,
      setCookie: cookies === undefined ? [] : Array.isArray(cookies) ? cookies : [cookies],
      contentType: (res.headers['content-type'] as string | undefined) ?? null,
      text: res.payload,
    }
  }
}

function build(jwt: JWT): FastifyInstance {
  const app = Fastify()
  app.register(jwtPlugin, { jwt })
  const whoami = async (request: { jwtIdentity: string | null; jwtClaims: { type?: unknown } | null }) => ({ user: request.jwtIdentity, type: request.jwtClaims?.type })
  app.get('/required', { preHandler: jwtRequired }, whoami)
  app.post('/required', { preHandler: jwtRequired }, whoami)
  app.route({ method: ['GET', 'POST'], url: '/optional', preHandler: jwtOptional, handler: async (request) => ({ user: request.jwtIdentity }) })
  app.post('/fresh', { preHandler: freshJwtRequired }, async (request) => ({ user: request.jwtIdentity, fresh: request.jwtClaims?.fresh }))
  app.post('/refresh', { preHandler: jwtRefreshTokenRequired }, whoami)
  // The handler's JWTError (shaped with statusCode and headers) goes to Fastify's error handler.
  app.post('/rotate', { preHandler: jwtRefreshTokenRequired }, async (request) => {
    await jwt.rotateRefreshToken(request.jwtClaims!)
    return { rotated: true }
  })
  app.post<{ Body: { access: string; refresh: string } }>('/cookies/set', async (request, reply) => {
    setAccessCookies(jwt, reply, request.body.access)
    setRefreshCookies(jwt, reply, request.body.refresh)
    return { ok: true }
  })
  app.post('/cookies/unset', async (_request, reply) => unsetJwtCookies(jwt, reply).send({ ok: true }))
  app.post('/cookies/unset-access', async (_request, reply) => unsetAccessCookies(jwt, reply).send({ ok: true }))
  app.post('/cookies/unset-refresh', async (_request, reply) => unsetRefreshCookies(jwt, reply).send({ ok: true }))
  return app
}

describe('with Fastify’s own error handler', () => {
  errorSuite(
    (jwt) => client(build(jwt)),
    (reply, code, message) => {
      expect(reply.contentType).toMatch(/^application\/json/)
      expect(json(reply)).toEqual({ statusCode: reply.status, code, error: reply.status === 503 ? 'Service Unavailable' : 'Unauthorized', message })
    },
  )
})

describe('the error path', () => {
  it('throws a JWTError with statusCode and headers to the user’s error handler', async () => {
    const jwt = makeJwt()
    const seen: unknown[] = []
    const app = build(jwt)
    app.setErrorHandler((error, _request, reply) => {
      seen.push(error)
      return reply.code(418).send({ handled: (error as JWTError).code })
    })
    const reply = await client(app)('POST', '/fresh', { headers: { authorization: `Bearer ${jwt.createAccessToken('x', { fresh: false })}` } })
    expect([reply.status, json(reply)]).toEqual([418, { handled: 'FRESH_REQUIRED' }])
    const err = seen[0] as JWTError & Record<string, unknown>
    expect(err).toBeInstanceOf(JWTError)
    expect(err).toMatchObject({
      code: 'FRESH_REQUIRED',
      message: 'Fresh token required',
      status: 401,
      statusCode: 401,
      headers: { 'WWW-Authenticate': challengeFor('FRESH_REQUIRED') },
    })
  })

  it('answers a failing isRevoked as a server error, not a 401', async () => {
    const jwt = makeJwt({ isRevoked: () => Promise.reject(new Error('revocation store down')) })
    const reply = await client(build(jwt))('GET', '/required', { headers: { authorization: `Bearer ${jwt.createAccessToken('x')}` } })
    expect(reply.status).toBe(500)
    expect(reply.challenge).toBeNull()
  })

  it('says to register the plugin when a hook runs without it', async () => {
    const app = Fastify()
    app.get('/required', { preHandler: jwtRequired }, async () => ({}))
    const reply = await client(app)('GET', '/required')
    expect([reply.status, (json(reply) as { message: string }).message]).toEqual([500, 'jwtRequired: register the plugin first: fastify.register(jwtPlugin, { jwt })'])
  })

  it('refuses a plugin option that is not a JWT when the app starts', async () => {
    const app = Fastify()
    app.register(jwtPlugin, { jwt: {} as JWT })
    await expect(app.ready()).rejects.toThrow('jwtPlugin option jwt must be a JWT instance')
  })
})

describe('the plugin', () => {
  it('decorates every request with null jwtIdentity and jwtClaims, also in encapsulated child contexts', async () => {
    const jwt = makeJwt()
    const app = Fastify()
    app.register(jwtPlugin, { jwt })
    app.get('/open', async (request) => ({ user: request.jwtIdentity, claims: request.jwtClaims }))
    app.register(async (child) => {
      child.get('/child', { preHandler: jwtRequired }, async (request) => ({ user: request.jwtIdentity }))
    })
    const send = client(app)
    expect(json(await send('GET', '/open'))).toEqual({ user: null, claims: null })
    expect(json(await send('GET', '/child', { headers: { authorization: `Bearer ${jwt.createAccessToken('kid')}` } }))).toEqual({ user: 'kid' })
  })

  it('uses the default JWT (the most recently constructed) when registered without one', async () => {
    const app = Fastify()
    app.register(jwtPlugin)
    app.get('/me', { preHandler: jwtRequired }, async (request) => ({ user: request.jwtIdentity }))
    const jwt = makeJwt()
    expect(json(await client(app)('GET', '/me', { headers: { authorization: `Bearer ${jwt.createAccessToken('dflt')}` } }))).toEqual({ user: 'dflt' })
  })

  it('works as an onRequest hook too, and gives concurrent requests their own identity', async () => {
    const jwt = makeJwt()
    const app = Fastify()
    app.register(jwtPlugin, { jwt })
    app.get('/me', { onRequest: jwtRequired }, async (request) => ({ user: request.jwtIdentity }))
    const users = Array.from({ length: 50 }, (_, i) => `user${i}`)
    const replies = await Promise.all(users.map((u) => client(app)('GET', '/me', { headers: { authorization: `Bearer ${jwt.createAccessToken(u)}` } })))
    expect(replies.map((r) => (json(r) as { user: string }).user)).toEqual(users)
  })
})

describe('cookie helpers on reply', () => {
  cookieSuite((jwt) => client(build(jwt)))
})

describe('examples/fastify.mjs', async () => {
  const { app } = await import('../../examples/fastify.mjs')
  flowSuite(client(app))
})
