// Express 5 with jwt-wasm: the seed's whole flow with sessions, tokens in the Authorization
// header or in cookies (CSRF-protected). Run it: npm run build && node examples/express.mjs
import { fileURLToPath } from 'node:url'
import express from 'express'
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
} from 'jwt-wasm/express'

export const jwt = new JWT({
  secretKey: process.env.JWT_SECRET ?? JWT.generateSecret(),
  tokenLocation: ['headers', 'cookies'], // csrfProtect is on by default with cookies
  cookieSecure: false, // plain http in development; set it true behind HTTPS
  // Sessions (docs/sessions.md): logout ends the session on the server, refresh tokens rotate
  // with reuse detection. MemoryStore is one process; several share RedisStore (jwt-wasm/redis).
  store: new MemoryStore(),
})

export const app = express()
app.use(express.json())

app.post('/login', async (req, res) => {
  const { username, password } = req.body ?? {}
  // Check the credentials against your user store here.
  if (username !== 'demo' || password !== 'demo-password') {
    res.status(401).json({ error: 'Bad username or password' })
    return
  }
  const { accessToken, refreshToken } = await jwt.startSession(username, { fresh: true })
  setAccessCookies(jwt, res, accessToken)
  setRefreshCookies(jwt, res, refreshToken)
  res.json({ login: true, access_token: accessToken, refresh_token: refreshToken })
})

app.get('/protected', jwtRequired(jwt), (req, res) => {
  res.json({ user: req.jwtIdentity })
})

app.get('/feed', jwtOptional(jwt), (req, res) => {
  res.json(req.jwtIdentity ? { feed: `personalized for ${req.jwtIdentity}` } : { feed: 'public' })
})

app.post('/refresh', jwtRefreshTokenRequired(jwt), async (req, res) => {
  // A new refresh token each time; an old one presented again ends the session (401
  // REFRESH_REUSED, through next(err)). A refreshed access token is not fresh.
  const { accessToken, refreshToken } = await jwt.rotateRefreshToken(req.jwtClaims)
  setAccessCookies(jwt, res, accessToken)
  setRefreshCookies(jwt, res, refreshToken)
  res.json({ access_token: accessToken, refresh_token: refreshToken })
})

app.post('/change-password', freshJwtRequired(jwt), (req, res) => {
  res.json({ status: 'password changed', user: req.jwtIdentity })
})

// Logout ends the session: its tokens stop working everywhere, not only in this browser.
app.post('/logout', jwtRequired(jwt), async (req, res) => {
  await jwt.endSession(req.jwtClaims)
  unsetJwtCookies(jwt, res)
  res.json({ logout: true })
})

// Logout everywhere (after a password change, say): every session of the user ends.
app.post('/logout-all', jwtRequired(jwt), async (req, res) => {
  await jwt.endAllSessions(req.jwtIdentity)
  unsetJwtCookies(jwt, res)
  res.json({ logout: 'everywhere' })
})

// Optional: refusals as {"error", "code"} JSON, as the fetch guards send them. Without it,
// Express's final handler answers the same 401 and WWW-Authenticate with its HTML page.
app.use(jwtErrorHandler)

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
    console.log(`Express example listening on http://127.0.0.1:${server.address().port}`)
  })
}
