// The demo API as a fetch handler (Request in, Response out), built only from the public
// API: the seed's whole flow, with tokens accepted from the Authorization header and from
// cookies (CSRF-protected). demo.mjs serves it on Node; any fetch runtime could.
import { JWT, freshJwtRequired, jwtOptional, jwtRefreshTokenRequired, jwtRequired, makeResponse } from 'jwt-wasm'

/** Builds the demo: its JWT, the demo user, and the fetch handler. */
export function createDemo({ secretKey = JWT.generateSecret(), user = { username: 'demo', password: 'demo-password' } } = {}) {
  const jwt = new JWT({
    secretKey,
    tokenLocation: ['headers', 'cookies'], // csrfProtect is on by default with cookies
    cookieSecure: false, // plain http on 127.0.0.1; set true behind HTTPS
    cookieSameSite: 'Lax',
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
    const accessToken = jwt.createAccessToken(user.username, { fresh: true, claims: { role: 'demo' } })
    const refreshToken = jwt.createRefreshToken(user.username)
    const response = makeResponse({ login: true, access_token: accessToken, refresh_token: refreshToken })
    jwt.setAccessCookies(response, accessToken)
    jwt.setRefreshCookies(response, refreshToken)
    return response
  }

  const protectedRoute = jwtRequired((request) => ({ user: request.jwtIdentity, role: request.jwtClaims.role ?? null }))

  const feed = jwtOptional((request) =>
    request.jwtIdentity ? { feed: `personalized for ${request.jwtIdentity}` } : { feed: 'public' },
  )

  const refresh = jwtRefreshTokenRequired((request) => {
    // A refreshed token is not fresh: sensitive routes ask for a new login.
    const accessToken = jwt.createAccessToken(request.jwtIdentity, { fresh: false })
    const response = makeResponse({ access_token: accessToken })
    if (jwt.tokenLocation.includes('cookies')) jwt.setAccessCookies(response, accessToken)
    return response
  })

  const changePassword = freshJwtRequired((request) => ({ status: 'password changed', user: request.jwtIdentity }))

  function logout() {
    const response = makeResponse({ logout: true })
    jwt.unsetJwtCookies(response)
    return response
  }

  const routes = {
    'POST /login': login,
    'GET /protected': protectedRoute,
    'GET /feed': feed,
    'POST /refresh': refresh,
    'POST /change-password': changePassword,
    'POST /logout': logout,
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
