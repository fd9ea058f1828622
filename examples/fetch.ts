// The seed's routes as Web fetch handlers (Request in, Response out), for any runtime that
// speaks them: route each exported handler from your router or framework.
import {
  JWT,
  freshJwtRequired,
  jwtOptional,
  jwtRefreshTokenRequired,
  jwtRequired,
  makeResponse,
  type JwtRequest,
  type OptionalJwtRequest,
} from 'jwt-wasm'

export const jwt = new JWT({
  secretKey: process.env.JWT_SECRET ?? JWT.generateSecret(),
  tokenLocation: ['headers', 'cookies'], // csrfProtect is on by default with cookies
  cookieSecure: false, // plain http in development; set it true behind HTTPS
})

// Your user store; one demo user here.
function checkPassword(username: unknown, password: unknown): boolean {
  return username === 'demo' && password === 'demo-password'
}

// POST /login: the seed's login, setting cookies (and returning the tokens for header use)
export async function login(request: Request): Promise<Response> {
  const { username, password } = await request.json()
  if (!checkPassword(username, password)) return makeResponse({ error: 'Bad username or password' }, { status: 401 })
  const accessToken = jwt.createAccessToken(username, { claims: { role: 'admin' } }) // fresh: true by default
  const refreshToken = jwt.createRefreshToken(username)
  const resp = makeResponse({ login: true, access_token: accessToken, refresh_token: refreshToken })
  jwt.setAccessCookies(resp, accessToken)
  jwt.setRefreshCookies(resp, refreshToken)
  return resp
}

// GET /protected: identity and claims are on the request
export const protectedRoute = jwtRequired((request: JwtRequest) => ({ user: request.jwtIdentity, role: request.jwtClaims.role }))

// GET /feed: anonymous callers get null
export const feed = jwtOptional((request: OptionalJwtRequest) =>
  request.jwtIdentity ? { feed: `personalized for ${request.jwtIdentity}` } : { feed: 'public' },
)

// POST /change-password: only with a fresh token (from a login, not a refresh)
export const changePassword = freshJwtRequired((request: JwtRequest) => ({ status: 'password changed', user: request.jwtIdentity }))

// POST /refresh: a refresh token buys a new, non-fresh access token
export const refresh = jwtRefreshTokenRequired((request: JwtRequest) => {
  const token = jwt.createAccessToken(request.jwtIdentity, { fresh: false })
  const resp = makeResponse({ access_token: token })
  if (jwt.tokenLocation.includes('cookies')) jwt.setAccessCookies(resp, token)
  return resp
})

// POST /logout: clears both token cookies and both CSRF cookies
export function logout(): Response {
  return jwt.unsetJwtCookies(makeResponse({ logout: true }))
}

// The same guards as standard (TC39, TypeScript 5) method decorators. A decorated method
// keeps its declared type, but called with a Request it resolves to a Response.
export class Api {
  @jwtRequired
  protected(request: JwtRequest) {
    return { user: request.jwtIdentity }
  }

  @freshJwtRequired
  async changePassword(request: JwtRequest) {
    return { status: 'password changed', user: request.jwtIdentity }
  }
}
