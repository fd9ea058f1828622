// Hono 4 with jwt-wasm: the seed's whole flow, tokens in the Authorization header or in
// cookies (CSRF-protected). The app is a fetch handler: export it as the default for
// Cloudflare Workers, Bun or Deno; on Node: npm run build && node examples/hono.mjs
import { Hono } from 'hono'
import { JWT } from 'jwt-wasm'
import {
  freshJwtRequired,
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
})

export const app = new Hono()

app.post('/login', async (c) => {
  const { username, password } = await c.req.json().catch(() => ({}))
  // Check the credentials against your user store here.
  if (username !== 'demo' || password !== 'demo-password') {
    return c.json({ error: 'Bad username or password' }, 401)
  }
  const accessToken = jwt.createAccessToken(username, { fresh: true })
  const refreshToken = jwt.createRefreshToken(username)
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

app.post('/refresh', jwtRefreshTokenRequired(jwt), (c) => {
  // A refreshed token is not fresh: sensitive routes ask for a new login.
  const accessToken = jwt.createAccessToken(c.get('jwtIdentity'), { fresh: false })
  setAccessCookies(jwt, c, accessToken)
  return c.json({ access_token: accessToken })
})

app.post('/change-password', freshJwtRequired(jwt), (c) => {
  return c.json({ status: 'password changed', user: c.get('jwtIdentity') })
})

app.post('/logout', (c) => {
  unsetJwtCookies(jwt, c)
  return c.json({ logout: true })
})

// Refusals need no handler: the guards throw an HTTPException whose response is the
// 401 {"error", "code"} JSON with its WWW-Authenticate header.

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
