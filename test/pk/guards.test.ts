// A JWTVerifier wherever a JWT goes: the fetch guards and the Express, Fastify and Hono
// adapters take it as their instance and answer exactly as they do for HS tokens, with
// header-only Bearer tokens (no cookies, no refresh). An RS256 token from a local KeySet.
import express from 'express'
import Fastify from 'fastify'
import { Hono } from 'hono'
import request from 'supertest'
import { describe, expect, test, vi } from 'vitest'
import { rsaKey, signToken } from './helpers.js'
import { JWTVerifier, KeySet, RemoteKeySet } from '../../src/asymmetric.js'
import { createGuard } from '../../src/index.js'
import * as ex from '../../src/adapters/express.js'
import * as fy from '../../src/adapters/fastify.js'
import * as hn from '../../src/adapters/hono.js'

vi.mock('jwt-wasm', () => import('../../src/index.js'))

const key = rsaKey(2048)
const verifier = new JWTVerifier({ keys: KeySet.from({ keys: [{ ...key.jwk, kid: 'idp-1' }] }), algorithms: ['RS256'], issuer: 'https://idp.example/', audience: 'api' })
const now = () => Math.floor(Date.now() / 1000)
const good = () => signToken('RS256', key.privateKey, { alg: 'RS256', kid: 'idp-1', typ: 'JWT' }, { sub: 'auth0|42', iss: 'https://idp.example/', aud: 'api', exp: now() + 300, scope: 'read' })
const wrongAudience = () => signToken('RS256', key.privateKey, { alg: 'RS256', kid: 'idp-1' }, { sub: 'auth0|42', iss: 'https://idp.example/', aud: 'other', exp: now() + 300 })
const hs = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2lnbmE'

interface Reply {
  status: number
  body: unknown
  challenge: string | null
}
type Call = (authorization?: string) => Promise<Reply>

const fetchGuard: Call = async (authorization) => {
  const handler = createGuard('required', verifier)((req) => ({ user: req.jwtIdentity, scope: req.jwtClaims.scope }))
  const res = await handler(new Request('http://x/me', { headers: authorization ? { authorization } : {} }))
  return { status: res.status, body: await res.json(), challenge: res.headers.get('www-authenticate') }
}

const expressApp: Call = async (authorization) => {
  const app = express()
  app.get('/me', ex.jwtRequired(verifier), (req, res) => void res.json({ user: req.jwtIdentity, scope: req.jwtClaims?.scope }))
  app.use(ex.jwtErrorHandler)
  const res = await (authorization ? request(app).get('/me').set('authorization', authorization) : request(app).get('/me'))
  return { status: res.status, body: res.body, challenge: res.headers['www-authenticate'] ?? null }
}

const fastifyApp: Call = async (authorization) => {
  const app = Fastify()
  await app.register(fy.jwtPlugin, { jwt: verifier })
  app.get('/me', { preHandler: fy.jwtRequired }, async (req) => ({ user: req.jwtIdentity, scope: req.jwtClaims?.scope }))
  const res = await app.inject({ method: 'GET', url: '/me', headers: authorization ? { authorization } : {} })
  await app.close()
  return { status: res.statusCode, body: res.json(), challenge: (res.headers['www-authenticate'] as string | undefined) ?? null }
}

const honoApp: Call = async (authorization) => {
  const app = new Hono<{ Variables: hn.JwtVariables }>()
  app.get('/me', hn.jwtRequired(verifier), (c) => c.json({ user: c.get('jwtIdentity'), scope: c.get('jwtClaims').scope }))
  const res = await app.request('/me', { headers: authorization ? { authorization } : {} })
  return { status: res.status, body: await res.json(), challenge: res.headers.get('www-authenticate') }
}

describe.each([
  ['fetch guard', fetchGuard],
  ['Express', expressApp],
  ['Fastify', fastifyApp],
  ['Hono', honoApp],
])('%s with a JWTVerifier', (_name, call) => {
  test('passes an identity provider\'s RS256 token', async () => {
    expect(await call(`Bearer ${good()}`)).toEqual({ status: 200, body: { user: 'auth0|42', scope: 'read' }, challenge: null })
  })

  test('asks for a token when there is none', async () => {
    const reply = await call()
    expect(reply.status).toBe(401)
    expect(reply.challenge).toBe('Bearer')
    // Fastify's default error handler shapes its own body; every adapter carries the code.
    expect(reply.body).toMatchObject({ code: 'MISSING_TOKEN' })
  })

  test.each([
    ['a token for another audience', wrongAudience, 'INVALID_AUDIENCE', 'Invalid token audience'],
    ['an HS256 token', () => hs, 'ALGORITHM_MISMATCH', 'Invalid token algorithm'],
    ['garbage', () => 'a.b.c', 'MALFORMED', 'Invalid token format'],
  ])('refuses %s with 401 and the code', async (_what, make, code, message) => {
    const reply = await call(`Bearer ${make()}`)
    expect(reply.status).toBe(401)
    expect(reply.body).toMatchObject({ code })
    expect(JSON.stringify(reply.body)).toContain(message)
    expect(reply.challenge).toBe(`Bearer error="invalid_token", error_description="${message}"`)
  })
})

test('a remote set stale past its limit answers 503 KEYS_UNAVAILABLE through the guards', async () => {
  let up = true
  const keys = await RemoteKeySet.create('https://idp.example/.well-known/jwks.json', {
    maxAgeMs: 0,
    maxStaleMs: 0,
    cooldownMs: 60_000,
    fetch: async () => (up ? new Response(JSON.stringify({ keys: [{ ...key.jwk, kid: 'idp-1' }] }), { headers: { 'content-type': 'application/json' } }) : new Response('', { status: 500 })),
  })
  up = false
  const stale = new JWTVerifier({ keys, algorithms: ['RS256'], issuer: 'https://idp.example/', audience: 'api' })
  const handler = createGuard('required', stale)(() => ({ ok: true }))
  const res = await handler(new Request('http://x/me', { headers: { authorization: `Bearer ${good()}` } }))
  expect(res.status).toBe(503)
  expect(await res.json()).toEqual({ error: 'Token keys unavailable', code: 'KEYS_UNAVAILABLE' })
})
