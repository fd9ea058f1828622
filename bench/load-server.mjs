// One server of the load run (bench/load.mjs), in its own process so that autocannon and
// the server do not share an event loop. `node bench/load-server.mjs <kind>`; prints
// `listening <port>` when ready. Every kind serves, on 127.0.0.1 only:
//   GET /token    a valid access token for GET /guarded (unguarded)
//   GET /rss      this process's resident set size (unguarded)
//   GET /guarded  the guarded route, answering {"user": <sub>}
// Kinds: fastify-{none,memory,redis} (jwt-wasm/fastify with no store, a MemoryStore, a
// RedisStore on REDIS_URL), and per framework its jwt-wasm adapter and its own plugin:
// express-jwt-wasm, express-plugin (express-jwt), fastify-plugin (@fastify/jwt),
// hono-jwt-wasm, hono-plugin (hono/jwt). The same secret and token shape throughout.
import { JWT, MemoryStore } from 'jwt-wasm'

const kind = process.argv[2]
const SECRET = 'load-test-secret-of-32-characters'

async function redisStore() {
  const [{ createClient }, { RedisStore }] = await Promise.all([import('redis'), import('jwt-wasm/redis')])
  const client = createClient({ url: process.env.REDIS_URL, disableOfflineQueue: true, commandOptions: { timeout: 200 } })
  client.on('error', () => {})
  await client.connect()
  return new RedisStore({ client })
}

const store = kind === 'fastify-memory' ? new MemoryStore() : kind === 'fastify-redis' ? await redisStore() : undefined
const jwt = new JWT({ secretKey: SECRET, accessExpires: 3600, ...(store ? { store } : {}) })
// With a store, a session's token (its sid is checked on every request); without, a plain one.
const token = async () => (store ? (await jwt.startSession('load-user')).accessToken : jwt.createAccessToken('load-user'))
const rss = () => ({ rss: process.memoryUsage().rss })

async function fastifyApp(plugin) {
  const { default: Fastify } = await import('fastify')
  const app = Fastify({ logger: false })
  app.get('/token', async () => ({ token: await token() }))
  app.get('/rss', async () => rss())
  if (plugin) {
    const { default: fastifyJwt } = await import('@fastify/jwt')
    await app.register(fastifyJwt, { secret: SECRET, verify: { algorithms: ['HS256'] } })
    app.get('/guarded', { onRequest: (request) => request.jwtVerify() }, async (request) => ({ user: request.user.sub }))
  } else {
    const { jwtPlugin, jwtRequired } = await import('jwt-wasm/fastify')
    await app.register(jwtPlugin, { jwt })
    app.get('/guarded', { preHandler: jwtRequired }, async (request) => ({ user: request.jwtIdentity }))
  }
  await app.listen({ port: 0, host: '127.0.0.1' })
  return app.server.address().port
}

async function expressApp(plugin) {
  const { default: express } = await import('express')
  const app = express()
  app.get('/token', async (_req, res) => void res.json({ token: await token() }))
  app.get('/rss', (_req, res) => void res.json(rss()))
  if (plugin) {
    const { expressjwt } = await import('express-jwt')
    app.get('/guarded', expressjwt({ secret: SECRET, algorithms: ['HS256'] }), (req, res) => void res.json({ user: req.auth.sub }))
  } else {
    const { jwtRequired, jwtErrorHandler } = await import('jwt-wasm/express')
    app.get('/guarded', jwtRequired(jwt), (req, res) => void res.json({ user: req.jwtIdentity }))
    app.use(jwtErrorHandler)
  }
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server.address().port))
  })
}

async function honoApp(plugin) {
  const [{ Hono }, { serve }] = await Promise.all([import('hono'), import('@hono/node-server')])
  const app = new Hono()
  app.get('/token', async (c) => c.json({ token: await token() }))
  app.get('/rss', (c) => c.json(rss()))
  if (plugin) {
    const { jwt: honoJwt } = await import('hono/jwt')
    app.get('/guarded', honoJwt({ secret: SECRET, alg: 'HS256' }), (c) => c.json({ user: c.get('jwtPayload').sub }))
  } else {
    const { jwtRequired } = await import('jwt-wasm/hono')
    app.get('/guarded', jwtRequired(jwt), (c) => c.json({ user: c.get('jwtIdentity') }))
  }
  return new Promise((resolve) => {
    serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port))
  })
}

const [framework, variant] = kind.split(/-(.*)/s)
const plugin = variant === 'plugin'
const port = framework === 'fastify' ? await fastifyApp(plugin) : framework === 'express' ? await expressApp(plugin) : framework === 'hono' ? await honoApp(plugin) : null
if (port === null) {
  console.error(`unknown kind ${kind}`)
  process.exit(2)
}
console.log(`listening ${port}`)
