// The SessionStore on Redis (or Valkey), over the user's own connected client. Each step is
// one command or one Lua script (redis-scripts.ts), atomic on the server, one round trip.
// No token string is stored: only sids, jtis and the numbers a rotation needs. Every key
// expires with its session or its token, so the database never grows without bound.
import { DeadlineError, timeoutOption, withDeadline } from './deadline.js'
import { redisCommands, type RedisCommands } from './redis-clients.js'
import { END, END_ALL, OPEN, ROTATE } from './redis-scripts.js'
import { SessionStoreBase } from './base.js'
import type { RotateResult } from './store.js'

export interface RedisStoreOptions {
  /**
   * A connected client: node-redis (`createClient()` after `connect()`, or a cluster),
   * ioredis or iovalkey (a Redis or a Cluster). See docs/sessions.md for the fail-fast
   * options each one needs.
   */
  client: unknown
  /** Prefix of every key ('jwt:'). */
  prefix?: string
  /** Deadline of each command, in milliseconds (250). */
  timeoutMs?: number
}

/** Any character outside this set is escaped, so that a sub such as "a}:s:b" cannot forge another key or hash tag. */
const UNSAFE = /[^A-Za-z0-9._~@+=-]/g
const escapeKey = (part: string): string => part.replace(UNSAFE, (c) => `%${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

interface Script {
  readonly source: string
  sha: Promise<string | null>
}

async function sha1(text: string): Promise<string | null> {
  try {
    const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text))
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
  } catch {
    return null // no SubtleCrypto: always EVAL
  }
}

const script = (source: string): Script => ({ source, sha: sha1(source) })

export class RedisStore extends SessionStoreBase {
  readonly #redis: RedisCommands
  readonly #prefix: string
  readonly #timeoutMs: number
  readonly #scripts = { open: script(OPEN), rotate: script(ROTATE), end: script(END), endAll: script(END_ALL) }

  constructor(options: RedisStoreOptions) {
    super()
    if (typeof options !== 'object' || options === null) throw new TypeError('RedisStore needs options: { client }')
    const { client, prefix = 'jwt:', timeoutMs, ...rest } = options
    for (const name of Object.keys(rest)) throw new TypeError(`Unknown RedisStore option: ${name}`)
    this.#redis = redisCommands(client)
    // Braces would start a hash tag of their own and split one identity's keys across slots.
    if (typeof prefix !== 'string' || /[{}]/.test(prefix)) throw new TypeError('RedisStore option prefix must be a string without { or }')
    this.#prefix = prefix
    this.#timeoutMs = timeoutOption('RedisStore option timeoutMs', timeoutMs, 250)
  }

  /** The keys of one identity: all in the hash tag {u:<sub>}, hence one cluster slot. */
  #base(sub: string): string {
    return `${this.#prefix}{u:${escapeKey(sub)}}:`
  }

  #send(args: string[], key: string): Promise<unknown> {
    return withDeadline(this.#redis.send(args, key, this.#timeoutMs), this.#timeoutMs, 'Redis')
  }

  /** EVALSHA, falling back to EVAL when the server does not have the script (a restart, a new node). */
  async #eval(s: Script, keys: string[], args: (string | number)[]): Promise<unknown> {
    const tail = [String(keys.length), ...keys, ...args.map(String)]
    const sha = await s.sha
    if (sha !== null) {
      try {
        return await this.#send(['EVALSHA', sha, ...tail], keys[0])
      } catch (error) {
        if (error instanceof DeadlineError || !/NOSCRIPT/.test(String((error as Error)?.message))) throw error
      }
    }
    return this.#send(['EVAL', s.source, ...tail], keys[0])
  }

  async openSession(sub: string, sid: string, session: { jti: string; exp: number; end: number }, ttl: number): Promise<void> {
    const base = this.#base(sub)
    await this.#eval(this.#scripts.open, [`${base}s:${escapeKey(sid)}`, `${base}i`], [escapeKey(sid), session.jti, session.exp, session.end, Math.max(1, Math.ceil(ttl * 1000))])
  }

  async checkToken(sub: string, sid: string | undefined, jti: string | undefined): Promise<boolean> {
    const base = this.#base(sub)
    if (sid !== undefined && jti !== undefined) {
      const [session, denied] = (await this.#send(['MGET', `${base}s:${escapeKey(sid)}`, `${base}j:${escapeKey(jti)}`], base)) as [unknown, unknown]
      return session !== null && denied === null
    }
    if (sid !== undefined) return (await this.#send(['GET', `${base}s:${escapeKey(sid)}`], base)) !== null
    if (jti !== undefined) return (await this.#send(['GET', `${base}j:${escapeKey(jti)}`], base)) === null
    return true
  }

  async rotateRefresh(sub: string, sid: string, jti: string, next: { jti: string; exp: number }, graceMs: number): Promise<RotateResult> {
    const base = this.#base(sub)
    const reply = (await this.#eval(this.#scripts.rotate, [`${base}s:${escapeKey(sid)}`, `${base}i`], [escapeKey(sid), jti, next.jti, next.exp, graceMs])) as unknown[]
    const outcome = String(reply[0])
    if (outcome === 'ROTATED' || outcome === 'GRACE') return { outcome, jti: String(reply[1]), exp: Number(String(reply[2])) }
    if (outcome === 'REUSED' || outcome === 'ENDED') return { outcome }
    throw new Error('Unexpected reply from the rotation script')
  }

  async endSession(sub: string, sid: string): Promise<void> {
    const base = this.#base(sub)
    await this.#eval(this.#scripts.end, [`${base}s:${escapeKey(sid)}`, `${base}i`], [escapeKey(sid)])
  }

  async endAllSessions(sub: string): Promise<void> {
    const base = this.#base(sub)
    await this.#eval(this.#scripts.endAll, [`${base}i`], [`${base}s:`])
  }

  async denyToken(sub: string, jti: string, ttl: number): Promise<void> {
    const key = `${this.#base(sub)}j:${escapeKey(jti)}`
    await this.#send(['SET', key, '1', 'PX', String(Math.max(1, Math.ceil(ttl * 1000)))], key)
  }
}
