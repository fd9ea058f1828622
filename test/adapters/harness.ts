// The adapters' shared suite. Each framework's runner file supplies a Client (supertest over
// real HTTP for Express, fastify.inject, Hono's app.request) and an app builder; the
// scenarios, the seed's flow and the expectations live here once, so the three adapters are
// held to the same answers as the fetch guards.
import { expect, it } from 'vitest'
import { ERROR_MESSAGES, JWT, MemoryStore, SessionStoreBase, decodeUnverified, tokenCookieHeaders, type JWTErrorCode } from '../../src/index.js'
import { signRaw } from '../token/helpers.js'
import { CookieJar, NOW, SECRET, makeJwt } from '../http/helpers.js'

export interface Reply {
  status: number
  /** WWW-Authenticate, or null. */
  challenge: string | null
  /** Retry-After, or null. */
  retryAfter: string | null
  setCookie: string[]
  contentType: string | null
  text: string
}

export interface Send {
  headers?: Record<string, string>
  json?: unknown
}

/** One request to the app under test, through the framework's own machinery. */
export type Client = (method: string, path: string, init?: Send) => Promise<Reply>

export function json(reply: Reply): unknown {
  return JSON.parse(reply.text)
}

/** Set-Cookie lines as a Headers, for the cookie jar of the fetch tests. */
function cookieHeaders(lines: readonly string[]): Headers {
  const headers = new Headers()
  for (const line of lines) headers.append('set-cookie', line)
  return headers
}

export function challengeFor(code: JWTErrorCode, message: string = ERROR_MESSAGES[code]): string {
  return code === 'MISSING_TOKEN' ? 'Bearer' : `Bearer error="invalid_token", error_description="${message}"`
}

/*
 * The test app every runner builds over a JWT (routes only; what they answer is the same):
 *   GET|POST /required  jwtRequired              -> { user, type }
 *   GET|POST /optional  jwtOptional              -> { user }  (null when anonymous)
 *   POST     /fresh     freshJwtRequired         -> { user, fresh }
 *   POST     /refresh   jwtRefreshTokenRequired  -> { user, type }
 *   POST     /rotate    jwtRefreshTokenRequired + jwt.rotateRefreshToken(claims) -> { rotated: true }
 *                      (the handler's JWTError goes through the framework's error path)
 */
export type AppBuilder = (jwt: JWT) => Client

/** A full-strength HS256 ring key for the `ring` verifier. */
const RING_SECRET = 'ring-key-of-32-bytes-0123456789!'

/** A session store whose every call fails, as a store that is down does. */
class DownStore extends SessionStoreBase {
  openSession = () => Promise.reject(new Error('down'))
  checkToken = () => Promise.reject(new Error('down'))
  rotateRefresh = () => Promise.reject(new Error('down'))
  endSession = () => Promise.reject(new Error('down'))
  endAllSessions = () => Promise.reject(new Error('down'))
  denyToken = () => Promise.reject(new Error('down'))
}

/**
 * The verifiers: `main` reads headers then cookies and revokes tokens with the claim
 * `revoked: true`; `ring` checks tokens by kid against a key ring (docs/key-rotation.md);
 * `sessions` has a MemoryStore (no grace period); `down` a store that fails.
 */
export function verifiers() {
  // Made first, so the default instance stays the last one made below, as before.
  const ring = new JWT({ keys: [{ kid: 'k-current', secret: RING_SECRET }], clock: () => NOW })
  const sessions = makeJwt({ store: new MemoryStore(), reuseGraceSeconds: 0 })
  const down = makeJwt({ store: new DownStore() })
  const main = makeJwt({ tokenLocation: ['headers', 'cookies'], isRevoked: (claims) => claims.revoked === true })
  const issued = makeJwt({ issuer: 'https://a.example', audience: 'api' })
  return { main, issued, ring, sessions, down }
}

export interface Scenario {
  code: JWTErrorCode
  message: string
  method: 'GET' | 'POST'
  path: string
  verifier: 'main' | 'issued' | 'ring' | 'sessions' | 'down'
  headers: (jwt: JWT) => Record<string, string> | Promise<Record<string, string>>
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/** Every error code a guard can answer, each provoked the way a client would. */
export const scenarios: Scenario[] = [
  { code: 'MISSING_TOKEN', message: 'Missing JWT token', method: 'GET', path: '/required', verifier: 'main', headers: () => ({}) },
  { code: 'MISSING_TOKEN', message: 'Missing refresh token', method: 'POST', path: '/refresh', verifier: 'main', headers: () => ({}) },
  { code: 'MALFORMED', message: 'Invalid token format', method: 'GET', path: '/required', verifier: 'main', headers: () => bearer('abc.def') },
  { code: 'MALFORMED', message: 'Invalid token format', method: 'GET', path: '/required', verifier: 'main', headers: () => ({ authorization: 'Basic dXNlcjpwYXNz' }) },
  { code: 'TOKEN_TOO_LARGE', message: 'Token too large', method: 'GET', path: '/required', verifier: 'main', headers: () => bearer('a'.repeat(9000)) },
  {
    code: 'ALGORITHM_MISMATCH',
    message: 'Invalid token algorithm',
    method: 'GET',
    path: '/required',
    verifier: 'main',
    headers: () => bearer(new JWT({ secretKey: SECRET, algorithm: 'HS384', clock: () => NOW }).createAccessToken('x')),
  },
  {
    code: 'INVALID_SIGNATURE',
    message: 'Invalid token signature',
    method: 'GET',
    path: '/required',
    verifier: 'main',
    headers: () => bearer(new JWT({ secretKey: 'another-secret-of-32-characters!', clock: () => NOW }).createAccessToken('x')),
  },
  { code: 'EXPIRED', message: 'Token has expired', method: 'GET', path: '/required', verifier: 'main', headers: (jwt) => bearer(jwt.createAccessToken('x', { expiresDelta: 0 })) },
  {
    code: 'NOT_YET_VALID',
    message: 'Token not yet valid',
    method: 'GET',
    path: '/required',
    verifier: 'main',
    headers: () => bearer(makeJwt({ clock: () => NOW + 100 }).createAccessToken('x')),
  },
  {
    code: 'INVALID_CLAIMS',
    message: 'Invalid token claims',
    method: 'GET',
    path: '/required',
    verifier: 'main',
    headers: () => bearer(signRaw(JSON.stringify({ exp: NOW + 900 }))),
  },
  {
    code: 'INVALID_ISSUER',
    message: 'Invalid token issuer',
    method: 'GET',
    path: '/required',
    verifier: 'issued',
    headers: () => bearer(makeJwt({ issuer: 'https://b.example', audience: 'api' }).createAccessToken('x')),
  },
  {
    code: 'INVALID_AUDIENCE',
    message: 'Invalid token audience',
    method: 'GET',
    path: '/required',
    verifier: 'issued',
    headers: () => bearer(makeJwt({ issuer: 'https://a.example', audience: 'web' }).createAccessToken('x')),
  },
  {
    code: 'ACCESS_REQUIRED',
    message: 'Access token required, not refresh token',
    method: 'GET',
    path: '/required',
    verifier: 'main',
    headers: (jwt) => bearer(jwt.createRefreshToken('x')),
  },
  { code: 'FRESH_REQUIRED', message: 'Fresh token required', method: 'POST', path: '/fresh', verifier: 'main', headers: (jwt) => bearer(jwt.createAccessToken('x', { fresh: false })) },
  { code: 'REFRESH_REQUIRED', message: 'Refresh token required', method: 'POST', path: '/refresh', verifier: 'main', headers: (jwt) => bearer(jwt.createAccessToken('x')) },
  { code: 'REVOKED', message: 'Token has been revoked', method: 'GET', path: '/required', verifier: 'main', headers: (jwt) => bearer(jwt.createAccessToken('x', { claims: { revoked: true } })) },
  {
    code: 'CSRF_FAILED',
    message: 'CSRF token missing or invalid',
    method: 'POST',
    path: '/required',
    verifier: 'main',
    headers: (jwt) => ({ cookie: `access_token_cookie=${jwt.createAccessToken('x')}` }),
  },
  {
    // A kid the ring does not hold, signed with the very secret of a key it does.
    code: 'UNKNOWN_KEY',
    message: 'Unknown token key',
    method: 'GET',
    path: '/required',
    verifier: 'ring',
    headers: () => bearer(new JWT({ keys: [{ kid: 'k-retired', secret: RING_SECRET }], clock: () => NOW }).createAccessToken('x')),
  },
  {
    code: 'CSRF_FAILED',
    message: 'CSRF token missing or invalid',
    method: 'POST',
    path: '/refresh',
    verifier: 'main',
    headers: (jwt) => ({ cookie: `refresh_token_cookie=${jwt.createRefreshToken('x')}`, 'x-csrf-token': 'wrong' }),
  },
  {
    code: 'REFRESH_REUSED',
    message: 'Refresh token reuse detected',
    method: 'POST',
    path: '/rotate',
    verifier: 'sessions',
    // A refresh token presented again after it rotated (no grace period here).
    headers: async (jwt) => {
      const { refreshToken } = await jwt.startSession('x')
      await jwt.rotateRefreshToken(refreshToken)
      return bearer(refreshToken)
    },
  },
  { code: 'STORE_UNAVAILABLE', message: 'Session store unavailable', method: 'GET', path: '/required', verifier: 'down', headers: (jwt) => bearer(jwt.createAccessToken('x')) },
]

// Codes whose feature (remote key sets) is still on its way; each leaves this list in the
// change that adds its scenario below.
const PENDING: readonly JWTErrorCode[] = ['KEYS_UNAVAILABLE']
const everyCode = (Object.keys(ERROR_MESSAGES) as JWTErrorCode[]).filter((code) => !PENDING.includes(code))

/**
 * Every scenario through the app: 401, the exact challenge, and the body `expectBody`
 * checks (each framework's default error body differs in shape, never in code or message).
 */
export function errorSuite(build: AppBuilder, expectBody: (reply: Reply, code: JWTErrorCode, message: string) => void): void {
  it('covers every error code', () => {
    expect(new Set(scenarios.map((s) => s.code))).toEqual(new Set(everyCode))
  })

  it.each(scenarios.map((s) => [`${s.code} (${s.message}) on ${s.method} ${s.path}`, s] as const))('answers %s', async (_, scenario) => {
    const jwts = verifiers()
    const jwt = jwts[scenario.verifier]
    const reply = await build(jwt)(scenario.method, scenario.path, { headers: await scenario.headers(jwt) })
    // A store that cannot answer is the server's fault: 503 with Retry-After, no challenge.
    const unavailable = scenario.code === 'STORE_UNAVAILABLE'
    expect(reply.status).toBe(unavailable ? 503 : 401)
    expect(reply.challenge).toBe(unavailable ? null : challengeFor(scenario.code, scenario.message))
    expect(reply.retryAfter).toBe(unavailable ? '1' : null)
    expectBody(reply, scenario.code, scenario.message)
  })

  it('never lets jwtOptional pass a token it cannot check: 503, not anonymous', async () => {
    const { down } = verifiers()
    const reply = await build(down)('GET', '/optional', { headers: bearer(down.createAccessToken('x')) })
    expect([reply.status, reply.retryAfter]).toEqual([503, '1'])
    expect(json(await build(down)('GET', '/optional'))).toEqual({ user: null }) // no token: no store call
  })

  it('lets the optional guard through as anonymous for every bad token', async () => {
    const jwts = verifiers()
    for (const scenario of scenarios.filter((s) => s.verifier === 'main' && s.path === '/required')) {
      const reply = await build(jwts.main)(scenario.method, '/optional', { headers: await scenario.headers(jwts.main) })
      expect([scenario.code, reply.status, json(reply)]).toEqual([scenario.code, 200, { user: null }])
    }
  })

  it('passes each guard with the right token, from the header or the cookie (CSRF header on POST)', async () => {
    const { main } = verifiers()
    const send = build(main)
    const access = main.createAccessToken('alice')
    const refresh = main.createRefreshToken('alice')
    const csrfOf = (token: string) => main.decodeToken(token).csrf as string
    expect(json(await send('GET', '/required', { headers: bearer(access) }))).toEqual({ user: 'alice', type: 'access' })
    expect(json(await send('GET', '/required', { headers: { cookie: `access_token_cookie=${access}` } }))).toEqual({ user: 'alice', type: 'access' })
    const posted = await send('POST', '/required', { headers: { cookie: `access_token_cookie=${access}`, 'x-csrf-token': csrfOf(access) } })
    expect([posted.status, json(posted)]).toEqual([200, { user: 'alice', type: 'access' }])
    expect(json(await send('GET', '/optional', { headers: bearer(access) }))).toEqual({ user: 'alice' })
    expect(json(await send('GET', '/optional'))).toEqual({ user: null })
    expect(json(await send('POST', '/fresh', { headers: bearer(access) }))).toEqual({ user: 'alice', fresh: true })
    expect(json(await send('POST', '/refresh', { headers: bearer(refresh) }))).toEqual({ user: 'alice', type: 'refresh' })
    const cookieRefresh = await send('POST', '/refresh', { headers: { cookie: `refresh_token_cookie=${refresh}`, 'x-csrf-token': csrfOf(refresh) } })
    expect([cookieRefresh.status, json(cookieRefresh)]).toEqual([200, { user: 'alice', type: 'refresh' }])
  })
}

/**
 * Cookie helpers on the framework's response: the exact Set-Cookie lines of the core
 * helpers, in order. The app's routes: POST /cookies/set (body {access, refresh}),
 * POST /cookies/unset, /cookies/unset-access, /cookies/unset-refresh.
 */
export function cookieSuite(build: (jwt: JWT) => Client): void {
  it('sets and clears the same cookies, with the same attributes, as the core helpers', async () => {
    const jwt = makeJwt({ tokenLocation: ['headers', 'cookies'], cookieDomain: 'example.com', refreshCookiePath: '/auth', cookieSameSite: 'Strict' })
    const send = build(jwt)
    const access = jwt.createAccessToken('alice', { expiresDelta: 60 })
    const refresh = jwt.createRefreshToken('alice')
    const set = await send('POST', '/cookies/set', { json: { access, refresh } })
    expect(set.status).toBe(200)
    expect(set.setCookie).toEqual([...tokenCookieHeaders(jwt, 'access', access), ...tokenCookieHeaders(jwt, 'refresh', refresh)])
    expect(set.setCookie[0]).toContain('Max-Age=60')
    expect((await send('POST', '/cookies/unset')).setCookie).toEqual(jwt.unsetJwtCookies(new Headers()).getSetCookie())
    expect((await send('POST', '/cookies/unset-access')).setCookie).toEqual(jwt.unsetAccessCookies(new Headers()).getSetCookie())
    expect((await send('POST', '/cookies/unset-refresh')).setCookie).toEqual(jwt.unsetRefreshCookies(new Headers()).getSetCookie())
  })
}

/**
 * The seed's whole flow against an example app (examples/<framework>.mjs), as a browser
 * would drive it: a cookie jar, and the CSRF cookie echoed in the header on POST.
 */
export function flowSuite(send: Client): void {
  it('runs the seed’s flow: login sets cookies, protected, optional, refresh with CSRF, fresh-only, logout', async () => {
    const jar = new CookieJar()
    const call = async (method: string, path: string, { csrf, json: body }: { csrf?: string; json?: unknown } = {}) => {
      const headers: Record<string, string> = {}
      const cookie = jar.header(path)
      if (cookie) headers.cookie = cookie
      if (csrf) headers['x-csrf-token'] = jar.get(csrf) ?? ''
      const reply = await send(method, path, { headers, json: body })
      jar.absorb(cookieHeaders(reply.setCookie))
      return { status: reply.status, body: json(reply), challenge: reply.challenge }
    }

    expect(await call('GET', '/protected')).toMatchObject({ status: 401, challenge: 'Bearer' })
    expect((await call('POST', '/login', { json: { username: 'demo', password: 'wrong' } })).status).toBe(401)

    const login = await call('POST', '/login', { json: { username: 'demo', password: 'demo-password' } })
    expect(login).toMatchObject({ status: 200, body: { login: true } })
    expect(jar.size).toBe(4)
    for (const name of ['access_token_cookie', 'refresh_token_cookie', 'csrf_access_token', 'csrf_refresh_token']) expect(jar.get(name)).toBeTruthy()
    expect(jar.get('access_token_cookie')).toBe((login.body as { access_token: string }).access_token)

    expect(await call('GET', '/protected')).toEqual({ status: 200, body: { user: 'demo' }, challenge: null })
    expect((await call('GET', '/feed')).body).toEqual({ feed: 'personalized for demo' })

    // State-changing requests with cookie tokens need the CSRF header.
    expect((await call('POST', '/change-password')).body).toMatchObject({ code: 'CSRF_FAILED' })
    expect(await call('POST', '/change-password', { csrf: 'csrf_access_token' })).toMatchObject({ status: 200, body: { status: 'password changed' } })

    expect((await call('POST', '/refresh')).body).toMatchObject({ code: 'CSRF_FAILED' })
    const before = jar.get('access_token_cookie')
    const refreshed = await call('POST', '/refresh', { csrf: 'csrf_refresh_token' })
    expect(refreshed.status).toBe(200)
    expect(jar.get('access_token_cookie')).toBe((refreshed.body as { access_token: string }).access_token)
    expect(jar.get('access_token_cookie')).not.toBe(before)

    // The refreshed token is not fresh.
    expect(await call('POST', '/change-password', { csrf: 'csrf_access_token' })).toMatchObject({ status: 401, body: { code: 'FRESH_REQUIRED' } })
    expect(await call('GET', '/protected')).toMatchObject({ status: 200, body: { user: 'demo' } })

    // Sessions: the refresh rotated the refresh token too; logout needs CSRF like any POST,
    // and ends the session on the server.
    expect(jar.get('refresh_token_cookie')).toBe((refreshed.body as { refresh_token: string }).refresh_token)
    const lastAccess = jar.get('access_token_cookie')!
    expect((await call('POST', '/logout')).body).toMatchObject({ code: 'CSRF_FAILED' })
    expect(await call('POST', '/logout', { csrf: 'csrf_access_token' })).toMatchObject({ status: 200, body: { logout: true } })
    expect(jar.size).toBe(0)
    const reused = await send('GET', '/protected', { headers: { authorization: `Bearer ${lastAccess}` } })
    expect(reused.status).toBe(401)
    expect(json(reused)).toMatchObject({ code: 'REVOKED' })
    expect(await call('GET', '/protected')).toMatchObject({ status: 401, body: { code: 'MISSING_TOKEN' }, challenge: 'Bearer' })
    expect((await call('GET', '/feed')).body).toEqual({ feed: 'public' })
  })

  it('accepts the access token from the Authorization header (no CSRF needed)', async () => {
    const login = await send('POST', '/login', { json: { username: 'demo', password: 'demo-password' } })
    const { access_token: access, refresh_token: refresh } = json(login) as { access_token: string; refresh_token: string }
    expect(json(await send('GET', '/protected', { headers: { authorization: `Bearer ${access}` } }))).toEqual({ user: 'demo' })
    expect((await send('POST', '/change-password', { headers: { authorization: `Bearer ${access}` } })).status).toBe(200)
    const refreshed = await send('POST', '/refresh', { headers: { authorization: `Bearer ${refresh}` } })
    expect(refreshed.status).toBe(200)
    const fresh = await send('POST', '/change-password', { headers: { authorization: `Bearer ${(json(refreshed) as { access_token: string }).access_token}` } })
    expect([fresh.status, fresh.challenge]).toEqual([401, challengeFor('FRESH_REQUIRED')])
  })

  it('rotates refresh tokens with reuse detection, and logs out everywhere', async () => {
    const login = async () => json(await send('POST', '/login', { json: { username: 'demo', password: 'demo-password' } })) as { access_token: string; refresh_token: string }
    const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } })
    const first = await login()
    const rotated = await send('POST', '/refresh', bearer(first.refresh_token))
    const next = json(rotated) as { access_token: string; refresh_token: string }
    expect([rotated.status, next.refresh_token === first.refresh_token]).toEqual([200, false])
    // Within the grace period the same successor comes back (a second tab, a lost response).
    const again = json(await send('POST', '/refresh', bearer(first.refresh_token))) as { refresh_token: string }
    const jti = (token: string) => decodeUnverified(token).claims.jti
    expect(jti(again.refresh_token)).toBe(jti(next.refresh_token))
    const second = await login()
    const everywhere = await send('POST', '/logout-all', bearer(second.access_token))
    expect([everywhere.status, json(everywhere)]).toEqual([200, { logout: 'everywhere' }])
    for (const token of [first.access_token, next.access_token, second.access_token]) {
      expect(json(await send('GET', '/protected', bearer(token)))).toMatchObject({ code: 'REVOKED' })
    }
    const gone = await send('POST', '/refresh', bearer(next.refresh_token))
    expect([gone.status, (json(gone) as { code: string }).code]).toEqual([401, 'REVOKED'])
    expect(json(await send('GET', '/protected', bearer((await login()).access_token)))).toEqual({ user: 'demo' })
  })
}
