// The embedded session store for one process: Maps, bounded in size, entries expiring with
// their sessions and tokens. No timer: expired entries are dropped when met, and swept when
// the store is full, so nothing keeps the process (or a Worker isolate) alive.
import { SessionStoreBase } from './base.js'
import { decideRotation, type RotateResult, type SessionRecord } from './store.js'

export interface MemoryStoreOptions {
  /** Most sessions plus denied tokens held at once (100000). */
  maxEntries?: number
  /** The store's clock in milliseconds (Date.now); for tests. */
  now?: () => number
}

interface Session extends SessionRecord {
  readonly sub: string
  readonly sid: string
  /** The store's clock, milliseconds. */
  readonly expiresAt: number
}

const DEFAULT_MAX_ENTRIES = 100_000

/** A key no two (a, b) pairs share, whatever characters they contain. */
const pair = (a: string, b: string): string => `${a.length}:${a}${b}`

/**
 * Sessions and denied tokens in this process only: right for one server, or for tests.
 * Several processes need a shared store (jwt-wasm/redis).
 *
 * When full, expired entries are swept first; if none are, the oldest session is dropped
 * (its user logs in again, the safe direction). A denied token is never dropped before
 * its expiry: with no session left to drop, the store rejects new entries instead.
 */
export class MemoryStore extends SessionStoreBase {
  readonly #max: number
  readonly #now: () => number
  /** pair(sub, sid) -> session, in insertion order (the oldest first). */
  readonly #sessions = new Map<string, Session>()
  /** sub -> its sessions' keys, for endAllSessions. */
  readonly #bySub = new Map<string, Set<string>>()
  /** pair(sub, jti) -> expiry (ms). */
  readonly #denied = new Map<string, number>()
  #lastSweep = -Infinity

  constructor({ maxEntries = DEFAULT_MAX_ENTRIES, now = Date.now, ...rest }: MemoryStoreOptions = {}) {
    super()
    for (const name of Object.keys(rest)) throw new TypeError(`Unknown MemoryStore option: ${name}`)
    if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) throw new TypeError('MemoryStore option maxEntries must be a whole number of at least 1')
    if (typeof now !== 'function') throw new TypeError('MemoryStore option now must be a function returning milliseconds')
    this.#max = maxEntries
    this.#now = now
  }

  /** Sessions and denied tokens held, expired ones included until they are swept. */
  get size(): number {
    return this.#sessions.size + this.#denied.size
  }

  async openSession(sub: string, sid: string, session: { jti: string; exp: number; end: number }, ttl: number): Promise<void> {
    const now = this.#now()
    this.#makeRoom(now)
    const key = pair(sub, sid)
    this.#drop(key)
    this.#sessions.set(key, { sub, sid, current: session.jti, currentExp: session.exp, previous: '', rotatedAt: 0, end: session.end, expiresAt: now + ttl * 1000 })
    let keys = this.#bySub.get(sub)
    if (keys === undefined) this.#bySub.set(sub, (keys = new Set()))
    keys.add(key)
  }

  async checkToken(sub: string, sid: string | undefined, jti: string | undefined): Promise<boolean> {
    const now = this.#now()
    if (sid !== undefined && this.#live(pair(sub, sid), now) === undefined) return false
    if (jti !== undefined) {
      const key = pair(sub, jti)
      const until = this.#denied.get(key)
      if (until !== undefined) {
        if (until > now) return false
        this.#denied.delete(key)
      }
    }
    return true
  }

  async rotateRefresh(sub: string, sid: string, jti: string, next: { jti: string; exp: number }, graceMs: number): Promise<RotateResult> {
    const now = this.#now()
    const key = pair(sub, sid)
    const session = this.#live(key, now)
    if (session === undefined) return { outcome: 'ENDED' }
    const { result, record } = decideRotation(session, jti, next, graceMs, now)
    if (record === null) this.#drop(key)
    else if (record !== session) this.#sessions.set(key, { ...record, sub, sid, expiresAt: session.expiresAt })
    return result
  }

  async endSession(sub: string, sid: string): Promise<void> {
    this.#drop(pair(sub, sid))
  }

  async endAllSessions(sub: string): Promise<void> {
    for (const key of this.#bySub.get(sub) ?? []) this.#sessions.delete(key)
    this.#bySub.delete(sub)
  }

  async denyToken(sub: string, jti: string, ttl: number): Promise<void> {
    const now = this.#now()
    const key = pair(sub, jti)
    if (!this.#denied.has(key)) this.#makeRoom(now)
    this.#denied.set(key, Math.max(this.#denied.get(key) ?? 0, now + ttl * 1000))
  }

  #live(key: string, now: number): Session | undefined {
    const session = this.#sessions.get(key)
    if (session === undefined) return undefined
    if (session.expiresAt > now) return session
    this.#drop(key)
    return undefined
  }

  #drop(key: string): void {
    const session = this.#sessions.get(key)
    if (session === undefined) return
    this.#sessions.delete(key)
    const keys = this.#bySub.get(session.sub)
    keys?.delete(key)
    if (keys?.size === 0) this.#bySub.delete(session.sub)
  }

  /** Frees one slot if the store is full: sweep expired entries (at most once a second), else drop the oldest session. */
  #makeRoom(now: number): void {
    if (this.size < this.#max) return
    if (now - this.#lastSweep >= 1000) {
      this.#lastSweep = now
      for (const [key, session] of this.#sessions) if (session.expiresAt <= now) this.#drop(key)
      for (const [key, until] of this.#denied) if (until <= now) this.#denied.delete(key)
      if (this.size < this.#max) return
    }
    const oldest = this.#sessions.keys().next()
    if (!oldest.done) return this.#drop(oldest.value)
    // Only denied tokens left: forgetting one would bring a revoked token back.
    throw new Error(`MemoryStore is full of denied tokens (maxEntries ${this.#max})`)
  }
}
