// Key rotation without a restart (docs/key-rotation.md). Each instance of this API builds
// its key ring from configuration: a list of oct JWKs (JWT.generateKey makes them) and the
// kid that signs. applyKeys brings a running instance to a new configuration in the safe
// order: new keys first (they only verify), then the signing switch, then the removals.
// Call it when your configuration changes (a file watch, a SIGHUP, a poll of your secrets
// store); no request is dropped and no instance restarts.
import { JWT, makeResponse } from 'jwt-wasm'

/** config: { keys: [jwk, …], signingKey: kid, keylessKey?: kid } */
export function createApi(config) {
  const jwt = new JWT({ keys: config.keys, signingKey: config.signingKey, keylessKey: config.keylessKey })

  function applyKeys(next) {
    for (const key of next.keys) if (!jwt.keys.has(key.kid)) jwt.keys.add(key)
    jwt.keys.use(next.signingKey)
    const kept = new Set(next.keys.map((key) => key.kid))
    for (const { kid } of jwt.keys.list()) if (!kept.has(kid)) jwt.keys.remove(kid)
  }

  const routes = {
    // A real login checks credentials first; this one signs for whoever asks.
    'POST /login': () => makeResponse({ access_token: jwt.createAccessToken('alice'), refresh_token: jwt.createRefreshToken('alice') }),
    'GET /me': jwt.required((request) => ({ user: request.jwtIdentity })),
    'POST /refresh': jwt.refreshRequired((request) => ({ access_token: jwt.createAccessToken(request.jwtIdentity, { fresh: false }) })),
  }

  function fetch(request) {
    const route = routes[`${request.method} ${new URL(request.url).pathname}`]
    return route ? route(request) : makeResponse({ error: 'Not found' }, { status: 404 })
  }

  return { jwt, applyKeys, fetch }
}
