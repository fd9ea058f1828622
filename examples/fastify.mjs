// Fastify 5 with jwt-wasm: the seed's whole flow, tokens in the Authorization header or in
// cookies (CSRF-protected). Run it: npm run build && node examples/fastify.mjs
import { fileURLToPath } from 'node:url'
import Fastify from 'fastify'
import { JWT } from 'jwt-wasm'
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
  const accessToken = jwt.createAccessToken(username, { fresh: true })
  const refreshToken = jwt.createRefreshToken(username)
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
  // A refreshed token is not fresh: sensitive routes ask for a new login.
  const accessToken = jwt.createAccessToken(request.jwtIdentity, { fresh: false })
  setAccessCookies(jwt, reply, accessToken)
  return { access_token: accessToken }
})

app.post('/change-password', { preHandler: freshJwtRequired }, async (request) => {
  return { status: 'password changed', user: request.jwtIdentity }
})

app.post('/logout', async (request, reply) => {
  unsetJwtCookies(jwt, reply)
  return { logout: true }
})

// Refusals need no handler: Fastify answers 401 with the WWW-Authenticate header and
// {"statusCode": 401, "code": "MISSING_TOKEN", "error": "Unauthorized", "message": "Missing JWT token"}.

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const address = await app.listen({ port: Number(process.env.PORT ?? 3000), host: '127.0.0.1' })
  console.log(`Fastify example listening on ${address}`)
}
