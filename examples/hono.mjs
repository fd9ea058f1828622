// Hono 4 with jwt-wasm: the seed's whole flow with sessions, tokens in the Authorization
// header or in cookies (CSRF-protected). The app is a fetch handler: export it as the default for
// Cloudflare Workers, Bun or Deno; on Node: npm run build && node examples/hono.mjs
import { Hono } from 'hono'
import { JWT, MemoryStore } from 'jwt-wasm'
import {
  freshJwtRequired,
  jwtErrorHandler,
  jwtOptional,
  jwtRefreshTokenRequired,
  jwtRequired,
  setAccessCookies,
  setRefreshCookies,
  unsetJwtCookies,
} from 'jwt-wasm/hono'

export const jwt = new JWT({
  // On Workers, read the secret from the environment binding instead of process.env.
  secretKey: globalThis.process?.env.JWT_SECRET ?? JWT.generateSecret(),
  tokenLocation: ['headers', 'cookies'], // csrfProtect is on by default with cookies
  cookieSecure: false, // plain http in development; set it true behind HTTPS
  // Sessions (docs/sessions.md): logout ends the session on the server, refresh tokens rotate
  // with reuse detection. MemoryStore is one process; several share RedisStore (jwt-wasm/redis).
  store: new MemoryStore(),
})

export const app = new Hono()

app.post('/login', async (c) => {
  const { username, password } = await c.req.json().catch(() => ({}))
  // Check the credentials against your user store here.
  if (username !== 'demo' || password !== 'demo-password') {
    return c.json({ error: 'Bad username or password' }, 401)
  }
  const { accessToken, refreshToken } = await jwt.startSession(username, { fresh: true })
  setAccessCookies(jwt, c, accessToken)
  setRefreshCookies(jwt, c, refreshToken)
  return c.json({ login: true, access_token: accessToken, refresh_token: refreshToken })
})

app.get('/protected', jwtRequired(jwt), (c) => {
  return c.json({ user: c.get('jwtIdentity') })
})

app.get('/feed', jwtOptional(jwt), (c) => {
  const user = c.get('jwtIdentity')
  return c.json(user ? { feed: `personalized for ${user}` } : { feed: 'public' })
})

app.post('/refresh', jwtRefreshTokenRequired(jwt), async (c) => {
  // A new refresh token each time; an old one presented again ends the session (401
  // REFRESH_REUSED, answered by jwtErrorHandler below). A refreshed access token is not fresh.
  const { accessToken, refreshToken } = await jwt.rotateRefreshToken(c.get('jwtClaims'))
  setAccessCookies(jwt, c, accessToken)
  setRefreshCookies(jwt, c, refreshToken)
  return c.json({ access_token: accessToken, refresh_token: refreshToken })
})

app.post('/change-password', freshJwtRequired(jwt), (c) => {
  return c.json({ status: 'password changed', user: c.get('jwtIdentity') })
})

// Logout ends the session: its tokens stop working everywhere, not only in this browser.
app.post('/logout', jwtRequired(jwt), async (c) => {
  await jwt.endSession(c.get('jwtClaims'))
  unsetJwtCookies(jwt, c)
  return c.json({ logout: true })
})

// Logout everywhere (after a password change, say): every session of the user ends.
app.post('/logout-all', jwtRequired(jwt), async (c) => {
  await jwt.endAllSessions(c.get('jwtIdentity'))
  unsetJwtCookies(jwt, c)
  return c.json({ logout: 'everywhere' })
})

// The guards' refusals need no handler: they throw an HTTPException whose response is the
// 401 {"error", "code"} JSON with its WWW-Authenticate header. A JWTError that a handler
// throws (rotateRefreshToken's, or 503 STORE_UNAVAILABLE) needs jwtErrorHandler.
app.onError(jwtErrorHandler)

export default app

// Run directly on Node: serve it with @hono/node-server (imported only then, so the module
// stays free of Node imports for the edge).
if (globalThis.process?.release?.name === 'node') {
  const { fileURLToPath } = await import('node:url')
  if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const { serve } = await import('@hono/node-server')
    serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000), hostname: '127.0.0.1' }, (info) => {
      console.log(`Hono example listening on http://127.0.0.1:${info.port}`)
    })
  }
}
