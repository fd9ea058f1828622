// The demo API as a fetch handler (Request in, Response out), built only from the public
// API: the seed's whole flow, with tokens accepted from the Authorization header and from
// cookies (CSRF-protected), and sessions (docs/sessions.md): login opens one, refresh
// rotates the refresh token, logout ends the session in every process, logout-all ends
// every session of the user. demo.mjs serves it on Node; any fetch runtime could.
import { JWT, MemoryStore, freshJwtRequired, jwtOptional, jwtRefreshTokenRequired, jwtRequired, makeResponse } from 'jwt-wasm'

/**
 * Builds the demo: its JWT, the demo user, and the fetch handler. `store` is where sessions
 * live: a MemoryStore by default (one process); demo.mjs passes a RedisStore with REDIS_URL.
 */
export function createDemo({ secretKey = JWT.generateSecret(), user = { username: 'demo', password: 'demo-password' }, store = new MemoryStore(), reuseGraceSeconds } = {}) {
  const jwt = new JWT({
    secretKey,
    tokenLocation: ['headers', 'cookies'], // csrfProtect is on by default with cookies
    cookieSecure: false, // plain http on 127.0.0.1; set true behind HTTPS
    cookieSameSite: 'Lax',
    store,
    ...(reuseGraceSeconds === undefined ? {} : { reuseGraceSeconds }),
  })

  async function login(request) {
    let credentials
    try {
      credentials = await request.json()
    } catch {
      return makeResponse({ error: 'Send JSON: {"username": …, "password": …}' }, { status: 400 })
    }
    if (credentials?.username !== user.username || credentials?.password !== user.password) {
      return makeResponse({ error: 'Bad username or password' }, { status: 401 })
    }
    // A new session: its id (sid) is in both tokens; the role claim is carried through refreshes.
    const { accessToken, refreshToken } = await jwt.startSession(user.username, { fresh: true, claims: { role: 'demo' } })
    const response = makeResponse({ login: true, access_token: accessToken, refresh_token: refreshToken })
    jwt.setAccessCookies(response, accessToken)
    jwt.setRefreshCookies(response, refreshToken)
    return response
  }

  const protectedRoute = jwtRequired((request) => ({ user: request.jwtIdentity, role: request.jwtClaims.role ?? null }))

  const feed = jwtOptional((request) =>
    request.jwtIdentity ? { feed: `personalized for ${request.jwtIdentity}` } : { feed: 'public' },
  )

  // Rotation with reuse detection: a new refresh token each time; presenting an old one after
  // the grace period ends the whole session (401 REFRESH_REUSED). A refreshed access token is
  // not fresh: sensitive routes ask for a new login.
  const refresh = jwtRefreshTokenRequired(async (request) => {
    const { accessToken, refreshToken } = await jwt.rotateRefreshToken(request.jwtClaims)
    const response = makeResponse({ access_token: accessToken, refresh_token: refreshToken })
    jwt.setAccessCookies(response, accessToken)
    jwt.setRefreshCookies(response, refreshToken)
    return response
  })

  const changePassword = freshJwtRequired((request) => ({ status: 'password changed', user: request.jwtIdentity }))

  // Logout ends the session (its access and refresh tokens stop working in every process) and
  // clears the cookies. It needs a valid access token: with an expired one, refresh first.
  const logout = jwtRequired(async (request) => {
    await jwt.endSession(request.jwtClaims)
    return jwt.unsetJwtCookies(makeResponse({ logout: true }))
  })

  // Logout everywhere (after a password change, say): every session of the user ends.
  const logoutAll = jwtRequired(async (request) => {
    await jwt.endAllSessions(request.jwtIdentity)
    return jwt.unsetJwtCookies(makeResponse({ logout: 'everywhere' }))
  })

  // Revokes the access token it is called with (its jti, until its exp); the session goes on.
  const revoke = jwtRequired(async (request) => {
    await jwt.revokeToken(request.jwtClaims)
    return { revoked: true }
  })

  const routes = {
    'POST /login': login,
    'GET /protected': protectedRoute,
    'GET /feed': feed,
    'POST /refresh': refresh,
    'POST /change-password': changePassword,
    'POST /logout': logout,
    'POST /logout-all': logoutAll,
    'POST /revoke': revoke,
  }

  async function fetch(request) {
    const { pathname } = new URL(request.url)
    const route = routes[`${request.method} ${pathname}`]
    if (route) return route(request)
    if (request.method === 'GET' && pathname === '/api') return makeResponse({ routes: Object.keys(routes) })
    const allowed = Object.keys(routes).filter((key) => key.endsWith(` ${pathname}`)).map((key) => key.split(' ')[0])
    if (allowed.length) return makeResponse({ error: 'Method not allowed' }, { status: 405, headers: { allow: allowed.join(', ') } })
    return makeResponse({ error: 'Not found' }, { status: 404 })
  }

  return { jwt, user, fetch }
}
