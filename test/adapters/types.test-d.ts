// Type tests for the adapters, checked by `tsc --noEmit` (types.test.ts runs it): the
// identity fields are typed in each framework's own way, never `any`. An unused
// expect-error directive is itself an error, so each one proves a refusal.
import express from 'express'
import Fastify from 'fastify'
import { Hono, type Context } from 'hono'
import { expectTypeOf } from 'vitest'
import type { Claims, JWT } from '../../src/index.js'
import * as ex from '../../src/adapters/express.js'
import * as fa from '../../src/adapters/fastify.js'
import * as ho from '../../src/adapters/hono.js'

declare const jwt: JWT

// Express: declaration merging puts the fields on every Request, optional (unset where no
// guard ran), so a handler narrows them as it would passport's req.user.
const app = express()
app.get('/protected', ex.jwtRequired(jwt), (req, res) => {
  expectTypeOf(req.jwtIdentity).toEqualTypeOf<string | null | undefined>()
  expectTypeOf(req.jwtClaims).toEqualTypeOf<Claims | null | undefined>()
  // @ts-expect-error possibly undefined: narrow it first
  void req.jwtIdentity.length
  if (typeof req.jwtIdentity === 'string') expectTypeOf(req.jwtIdentity.length).toBeNumber()
  if (req.jwtClaims) expectTypeOf(req.jwtClaims.fresh).toEqualTypeOf<boolean | undefined>()
  expectTypeOf(ex.setAccessCookies(jwt, res, 'token')).toEqualTypeOf<typeof res>()
  res.json({ user: req.jwtIdentity })
})
app.use(ex.jwtErrorHandler)
expectTypeOf(ex.jwtOptional()).toEqualTypeOf<express.RequestHandler>()
// @ts-expect-error a JWT instance, not a secret
ex.jwtRequired('secret')

// Fastify: decorateRequest, typed by augmenting FastifyRequest; null until a guard runs.
const fastify = Fastify()
fastify.register(fa.jwtPlugin, { jwt })
fastify.register(fa.jwtPlugin)
// @ts-expect-error the jwt option is a JWT instance
fastify.register(fa.jwtPlugin, { jwt: 'secret' })
fastify.get('/protected', { preHandler: fa.jwtRequired }, async (request, reply) => {
  expectTypeOf(request.jwtIdentity).toEqualTypeOf<string | null>()
  expectTypeOf(request.jwtClaims).toEqualTypeOf<Claims | null>()
  // @ts-expect-error possibly null
  void request.jwtIdentity.length
  fa.setAccessCookies(jwt, reply, 'token')
  fa.unsetJwtCookies(jwt, reply)
  return { user: request.jwtIdentity }
})
// The hooks fit routes with their own generics, alone or in a list, and onRequest.
fastify.post<{ Body: { name: string } }>('/typed', { preHandler: [fa.jwtRequired, fa.freshJwtRequired] }, async (request) => {
  expectTypeOf(request.body.name).toEqualTypeOf<string>()
  return request.jwtIdentity
})
fastify.route({ method: 'POST', url: '/refresh', onRequest: fa.jwtRefreshTokenRequired, handler: async (request) => request.jwtClaims })
fastify.addHook('preHandler', fa.jwtOptional)

// Hono: the guard's Env types c.get() and c.var exactly; Hono's ContextVariableMap covers
// a context typed without it.
const hono = new Hono()
hono.get('/protected', ho.jwtRequired(jwt), (c) => {
  expectTypeOf(c.get('jwtIdentity')).toEqualTypeOf<string>()
  expectTypeOf(c.get('jwtClaims')).toEqualTypeOf<Claims>()
  expectTypeOf(c.var.jwtIdentity).toEqualTypeOf<string>()
  ho.setAccessCookies(jwt, c, 'token')
  return c.json({ user: c.get('jwtIdentity') })
})
hono.get('/feed', ho.jwtOptional(jwt), (c) => {
  expectTypeOf(c.get('jwtIdentity')).toEqualTypeOf<string | null>()
  expectTypeOf(c.get('jwtClaims')).toEqualTypeOf<Claims | null>()
  return c.text('')
})
hono.post('/refresh', ho.jwtRefreshTokenRequired(jwt), (c) => c.text(c.get('jwtIdentity')))
hono.post('/change-password', ho.freshJwtRequired(), (c) => c.text(c.get('jwtIdentity')))
hono.get('/open', (c) => {
  expectTypeOf(c.get('jwtIdentity')).toEqualTypeOf<string | null | undefined>()
  ho.unsetJwtCookies(jwt, c)
  return c.text('')
})
new Hono<{ Variables: ho.JwtVariables }>().use(ho.jwtRequired(jwt)).get('/', (c) => c.text(c.get('jwtIdentity')))
export function helper(c: Context): string | null | undefined {
  return c.get('jwtIdentity')
}
// @ts-expect-error a JWT instance, not a secret
ho.jwtRequired('secret')
