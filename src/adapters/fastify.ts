// jwt-wasm/fastify: a plugin that decorates requests with jwtIdentity/jwtClaims, the four
// guards as preHandler hooks, and the cookie helpers on `reply`. Only translation: a Fastify
// request becomes RequestParts for the shared authenticate(), a refusal is thrown as the
// http-errors-shaped JWTError (statusCode, headers) that Fastify's error handler answers.
// Imports Fastify's types only.
import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify'
import {
  authenticate,
  cookieHelpers,
  httpError,
  isTarget,
  targetFor,
  type Claims,
  type CookieOptions,
  type GuardKind,
  type GuardTarget,
  type RequestParts,
} from '../api.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The token's identity (`sub`) after a jwt-wasm guard; null otherwise (jwtOptional without a usable token, or no guard). */
    jwtIdentity: string | null
    /** The token's decoded claims after a jwt-wasm guard; null otherwise. */
    jwtClaims: Claims | null
  }
}

export interface JwtPluginOptions {
  /** The JWT the hooks use; without it, the default instance (the most recently constructed) when a request arrives. */
  jwt?: GuardTarget
}

/** The instance decoration where the plugin leaves its JWT for the hooks. */
const kJwt = Symbol.for('jwt-wasm/fastify')
type Holder = { readonly jwt: GuardTarget | undefined }

/**
 * `fastify.register(jwtPlugin, { jwt })`. Not encapsulated (like a fastify-plugin plugin):
 * the decorations reach every route of the instance it is registered on.
 */
export const jwtPlugin: FastifyPluginCallback<JwtPluginOptions> = (fastify, options, done) => {
  const jwt = options?.jwt
  if (jwt !== undefined && !isTarget(jwt)) return done(new TypeError('jwtPlugin option jwt must be a JWT instance'))
  fastify.decorate(kJwt, Object.freeze({ jwt }) satisfies Holder)
  // Null defaults keep every request the same shape (Fastify's advice for decorateRequest).
  fastify.decorateRequest('jwtIdentity', null)
  fastify.decorateRequest('jwtClaims', null)
  done()
}
// fastify-plugin's two markers, set by hand so that no runtime dependency is needed.
Object.assign(jwtPlugin, { [Symbol.for('skip-override')]: true, [Symbol.for('fastify.display-name')]: 'jwt-wasm' })

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value
}

function parts(request: FastifyRequest): RequestParts {
  const headers = request.headers
  return { method: request.method, header: (name) => headerValue(headers[name.toLowerCase()]), cookie: headers.cookie }
}

/** A jwt-wasm guard as a Fastify hook: `{ preHandler: jwtRequired }` (or onRequest). */
export type JwtHook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>

function hook(kind: GuardKind, name: string): JwtHook {
  const run = async (request: FastifyRequest): Promise<void> => {
    const holder = (request.server as unknown as Record<symbol, Holder | undefined>)[kJwt]
    if (!holder) throw new Error(`${name}: register the plugin first: fastify.register(jwtPlugin, { jwt })`)
    const result = await authenticate(targetFor(holder.jwt), kind, parts(request))
    if (!result.ok) throw httpError(result)
    request.jwtIdentity = result.identity
    request.jwtClaims = result.claims
  }
  Object.defineProperty(run, 'name', { value: name })
  return run
}

/** preHandler hook requiring a valid access token. */
export const jwtRequired: JwtHook = hook('required', 'jwtRequired')
/** preHandler hook that lets everyone through; request.jwtIdentity stays null without a usable token. */
export const jwtOptional: JwtHook = hook('optional', 'jwtOptional')
/** preHandler hook requiring a valid access token with `fresh: true`. */
export const freshJwtRequired: JwtHook = hook('fresh', 'freshJwtRequired')
/** preHandler hook requiring a valid refresh token. */
export const jwtRefreshTokenRequired: JwtHook = hook('refresh', 'jwtRefreshTokenRequired')

/** The seed's cookie helpers on a Fastify reply, e.g. `setAccessCookies(jwt, reply, token)`. */
export const { setAccessCookies, setRefreshCookies, unsetJwtCookies, unsetAccessCookies, unsetRefreshCookies } = cookieHelpers(
  (reply: FastifyReply, values: string[]): FastifyReply => reply.header('set-cookie', values),
)
