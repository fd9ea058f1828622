// The session options of the JWT, their defaults and their checks, read when a store sets
// up the session logic (SessionStoreBase). Without a store the JWT refuses them itself.
import { timeoutOption } from './deadline.js'
import type { SessionStore } from './store.js'

export interface SessionOptions {
  /**
   * Where sessions and denied tokens live: `new MemoryStore()` for one process, `new
   * RedisStore({ client })` (jwt-wasm/redis) for many, or your class extending
   * SessionStoreBase. With a store, guards consult it on every request; without one,
   * nothing changes.
   */
  store?: SessionStore
  /** A session's absolute lifetime in whole seconds (refreshExpires); rotation never extends it. */
  sessionExpires?: number
  /** How long a rotated-out refresh token still gets the same successor (10 s; at most 60). */
  reuseGraceSeconds?: number
  /** The store's deadline for each call, in milliseconds (250): past it, 503 STORE_UNAVAILABLE. */
  storeTimeoutMs?: number
  /**
   * Let requests through when the store cannot answer (false). Never the default: a
   * revoked token then passes. Logged once per outage.
   */
  storeFailOpen?: boolean
}

export interface ResolvedSessionOptions {
  readonly store: SessionStore
  readonly sessionExpires: number
  readonly reuseGraceSeconds: number
  readonly storeTimeoutMs: number
  readonly storeFailOpen: boolean
}

const MAX_GRACE_SECONDS = 60

function error(name: string, expected: string): TypeError {
  return new TypeError(`JWT option ${name} must be ${expected}`)
}

/** The session options over `store`; `refreshExpires` is the default session lifetime. */
export function resolveSessionOptions(store: SessionStore, options: Record<string, unknown>, refreshExpires: number): ResolvedSessionOptions {
  const { sessionExpires, reuseGraceSeconds, storeTimeoutMs, storeFailOpen } = options
  let lifetime = refreshExpires
  if (sessionExpires !== undefined) {
    if (typeof sessionExpires !== 'number' || !Number.isSafeInteger(sessionExpires) || sessionExpires < 1) throw error('sessionExpires', 'a whole number of seconds, at least 1')
    lifetime = sessionExpires
  }
  let grace = 10
  if (reuseGraceSeconds !== undefined) {
    if (typeof reuseGraceSeconds !== 'number' || !Number.isInteger(reuseGraceSeconds) || reuseGraceSeconds < 0 || reuseGraceSeconds > MAX_GRACE_SECONDS) {
      throw error('reuseGraceSeconds', `a whole number of seconds from 0 to ${MAX_GRACE_SECONDS}`)
    }
    grace = reuseGraceSeconds
  }
  if (storeFailOpen !== undefined && typeof storeFailOpen !== 'boolean') throw error('storeFailOpen', 'true or false')
  return Object.freeze({
    store,
    sessionExpires: lifetime,
    reuseGraceSeconds: grace,
    storeTimeoutMs: timeoutOption('JWT option storeTimeoutMs', storeTimeoutMs, 250),
    storeFailOpen: storeFailOpen ?? false,
  })
}
