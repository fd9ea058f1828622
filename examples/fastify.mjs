// Fastify 5 with jwt-wasm: the seed's whole flow with sessions, tokens in the Authorization
// header or in cookies (CSRF-protected). Run it: npm run build && node examples/fastify.mjs
import { fileURLToPath } from 'node:url'
import Fastify from 'fastify'
import { JWT, MemoryStore } from 'jwt-wasm'
import {
  freshJwtRequired,
  jwtOptional,
  jwtPlugin,
  jwtRefreshTokenRequired,
  jwtRequired,
  setAccessCookies,
  setRefreshCookies,
  unsetJwtCookies,
} from 'jwt-wasm/fastify'

export const jwt = new JWT({
  secretKey: process.env.JWT_SECRET ?? JWT.generateSecret(),
  tokenLocation: ['headers', 'cookies'], // csrfProtect is on by default with cookies
  cookieSecure: false, // plain http in development; set it true behind HTTPS
  // Sessions (docs/sessions.md): logout ends the session on the server, refresh tokens rotate
  // with reuse detection. MemoryStore is one process; several share RedisStore (jwt-wasm/redis).
  store: new MemoryStore(),
})

export const app = Fastify()
// Decorates every request with jwtIdentity and jwtClaims (null until a guard runs).
app.register(jwtPlugin, { jwt })

app.post('/login', async (request, reply) => {
  const { username, password } = request.body ?? {}
  // Check the credentials against your user store here.
  if (username !== 'demo' || password !== 'demo-password') {
    return reply.code(401).send({ error: 'Bad username or password' })
  }
  const { accessToken, refreshToken } = await jwt.startSession(username, { fresh: true })
  setAccessCookies(jwt, reply, accessToken)
  setRefreshCookies(jwt, reply, refreshToken)
  return { login: true, access_token: accessToken, refresh_token: refreshToken }
})

app.get('/protected', { preHandler: jwtRequired }, async (request) => {
  return { user: request.jwtIdentity }
})

app.get('/feed', { preHandler: jwtOptional }, async (request) => {
  return request.jwtIdentity ? { feed: `personalized for ${request.jwtIdentity}` } : { feed: 'public' }
})

app.post('/refresh', { preHandler: jwtRefreshTokenRequired }, async (request, reply) => {
  // A new refresh token each time; an old one presented again ends the session (401
  // REFRESH_REUSED, thrown to Fastify's error handler). A refreshed access token is not fresh.
  const { accessToken, refreshToken } = await jwt.rotateRefreshToken(request.jwtClaims)
  setAccessCookies(jwt, reply, accessToken)
  setRefreshCookies(jwt, reply, refreshToken)
  return { access_token: accessToken, refresh_token: refreshToken }
})

app.post('/change-password', { preHandler: freshJwtRequired }, async (request) => {
  return { status: 'password changed', user: request.jwtIdentity }
})

// Logout ends the session: its tokens stop working everywhere, not only in this browser.
app.post('/logout', { preHandler: jwtRequired }, async (request, reply) => {
  await jwt.endSession(request.jwtClaims)
  unsetJwtCookies(jwt, reply)
  return { logout: true }
})

// Logout everywhere (after a password change, say): every session of the user ends.
app.post('/logout-all', { preHandler: jwtRequired }, async (request, reply) => {
  await jwt.endAllSessions(request.jwtIdentity)
  unsetJwtCookies(jwt, reply)
  return { logout: 'everywhere' }
})

// Refusals need no handler: Fastify answers 401 with the WWW-Authenticate header and
// {"statusCode": 401, "code": "MISSING_TOKEN", "error": "Unauthorized", "message": "Missing JWT token"}.

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const address = await app.listen({ port: Number(process.env.PORT ?? 3000), host: '127.0.0.1' })
  console.log(`Fastify example listening on ${address}`)
}
