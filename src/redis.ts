// `jwt-wasm/redis`: the session store on Redis or Valkey, over the user's own client. Its own
// bundle, with no WebAssembly and no client library in it. The export list only.
export { RedisStore } from './sessions/redis.js'
export type { RedisStoreOptions } from './sessions/redis.js'
export { nodeRedisCommands, ioredisCommands } from './sessions/redis-clients.js'
export type { RedisCommands } from './sessions/redis-clients.js'
export type { SessionStore, RotateResult, SessionRecord } from './sessions/store.js'
