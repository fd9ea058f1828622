// Express 5 with jwt-wasm: the seed's whole flow, tokens in the Authorization header or in
// cookies (CSRF-protected). Run it: npm run build && node examples/express.mjs
import { fileURLToPath } from 'node:url'
import express from 'express'
import { JWT } from 'jwt-wasm'
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
})

export const app = express()
app.use(express.json())

app.post('/login', (req, res) => {
  const { username, password } = req.body ?? {}
  // Check the credentials against your user store here.
  if (username !== 'demo' || password !== 'demo-password') {
    res.status(401).json({ error: 'Bad username or password' })
    return
  }
  const accessToken = jwt.createAccessToken(username, { fresh: true })
  const refreshToken = jwt.createRefreshToken(username)
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

app.post('/refresh', jwtRefreshTokenRequired(jwt), (req, res) => {
  // A refreshed token is not fresh: sensitive routes ask for a new login.
  const accessToken = jwt.createAccessToken(req.jwtIdentity, { fresh: false })
  setAccessCookies(jwt, res, accessToken)
  res.json({ access_token: accessToken })
})

app.post('/change-password', freshJwtRequired(jwt), (req, res) => {
  res.json({ status: 'password changed', user: req.jwtIdentity })
})

app.post('/logout', (req, res) => {
  unsetJwtCookies(jwt, res)
  res.json({ logout: true })
})

// Optional: refusals as {"error", "code"} JSON, as the fetch guards send them. Without it,
// Express's final handler answers the same 401 and WWW-Authenticate with its HTML page.
app.use(jwtErrorHandler)

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = app.listen(Number(process.env.PORT ?? 3000), '127.0.0.1', () => {
    console.log(`Express example listening on http://127.0.0.1:${server.address().port}`)
  })
}
