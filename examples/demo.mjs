// `npm start`: the token inspector page at / and the demo API on http://127.0.0.1:PORT
// (default 3000; PORT=0 picks a free port), served by @hono/node-server. Prints the URL,
// the demo user and a curl command for each step of the flow. Ctrl-C stops it cleanly.
import { serve } from '@hono/node-server'
import { createDemo } from './demo-app.mjs'
import { serveInspector } from './inspector-assets.mjs'

const hostname = '127.0.0.1'
const port = process.env.PORT === undefined ? 3000 : Number(process.env.PORT)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not ${JSON.stringify(process.env.PORT)}`)
  process.exit(1)
}

// Sessions live in this process (MemoryStore) unless REDIS_URL names a Redis (redis://…, or
// unix:///path/to/socket) that several demo processes can share.
async function sessionStore() {
  const url = process.env.REDIS_URL
  if (!url) return { label: 'in memory (MemoryStore; set REDIS_URL to share them between processes)' }
  const [{ createClient }, { RedisStore }] = await Promise.all([import('redis'), import('jwt-wasm/redis')])
  // Fail fast while Redis is away (docs/sessions.md): no offline queue, a command timeout.
  const client = createClient({ url, disableOfflineQueue: true, commandOptions: { timeout: 200 } })
  client.on('error', () => {}) // reconnection is automatic; the guards answer 503 meanwhile
  await client.connect()
  return { store: new RedisStore({ client }), client, label: `Redis at ${url}` }
}

const sessions = await sessionStore()
const grace = process.env.REUSE_GRACE_SECONDS === undefined ? undefined : Number(process.env.REUSE_GRACE_SECONDS)
const demo = createDemo({
  ...(process.env.JWT_SECRET ? { secretKey: process.env.JWT_SECRET } : {}),
  ...(sessions.store ? { store: sessions.store } : {}),
  reuseGraceSeconds: grace,
})
const { user } = demo
// The token inspector's static files at /, the API everywhere else (/api lists its routes).
const fetch = (request) => serveInspector(request) ?? demo.fetch(request)

const server = serve({ fetch, port, hostname }, (info) => {
  const url = `http://${hostname}:${info.port}`
  const csrf = (name) => `-H "X-CSRF-TOKEN: $(awk '$6=="${name}"{print $7}' jar.txt)"`
  // Logout and the check after it are one curl run (--next shares its cookie engine): curl
  // (7.88 at least) writes back to jar.txt cookies that a response expires several at once,
  // so a separate `curl -b jar.txt` would still send them, where a browser would not.
  const credentials = JSON.stringify({ username: user.username, password: user.password })
  console.log(`jwt-wasm demo API listening on ${url}`)
  console.log(`Token inspector: open ${url}/ in a browser (the API's routes: ${url}/api)`)
  console.log(`Demo user: ${user.username} / ${user.password}${process.env.JWT_SECRET ? '' : ' (secret: random per start; set JWT_SECRET to keep tokens across restarts)'}`)
  console.log(`Sessions: ${sessions.label}`)
  console.log(`
Try the flow (cookies kept in jar.txt; state-changing requests echo the CSRF cookie):
  curl -c jar.txt -H 'content-type: application/json' -d '${credentials}' ${url}/login
  curl -b jar.txt ${url}/protected
  curl ${url}/feed
  curl -b jar.txt ${url}/feed
  curl -b jar.txt -X POST ${csrf('csrf_access_token')} ${url}/change-password
  curl -b jar.txt -c jar.txt -X POST ${csrf('csrf_refresh_token')} ${url}/refresh   # rotates the refresh token too
  curl -b jar.txt -X POST ${csrf('csrf_access_token')} ${url}/change-password   # 401 now: a refreshed token is not fresh
  curl -i -b jar.txt -X POST ${csrf('csrf_access_token')} ${url}/logout --next -b /dev/null ${url}/protected   # logout ends the session and clears all four cookies (see its Set-Cookie lines), then /protected with what curl kept: 401
  (POST ${url}/logout-all the same way ends every session of the user, in every process)

Or with the Authorization header (no CSRF needed): copy access_token from the login answer:
  curl -H "Authorization: Bearer <access_token>" ${url}/protected

Ctrl-C to stop.`)
})

function stop(signal) {
  console.log(`\n${signal}: stopping the demo`)
  server.close(() => {
    sessions.client?.quit().catch(() => {})
    process.exit(0)
  })
  // Idle keep-alive connections go now; a connection still busy gets a second to finish its
  // answer, then goes too, so a client holding one open cannot keep the demo from stopping.
  server.closeIdleConnections?.()
  setTimeout(() => server.closeAllConnections?.(), 1000).unref()
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
