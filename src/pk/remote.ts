// A JWKS fetched from a URL and kept fresh, so that verification against it stays
// synchronous: every verification reads the set in memory, and refreshes happen beside
// them, each replacing the whole set in one assignment.
//  - Stale (older than maxAgeMs): the next verification starts a refresh in the background.
//  - A token whose key is not in the set (a kid miss, a rotation): one refresh, at most one
//    per cooldownMs; the token itself is refused at once (verifyAsync waits instead).
//  - Concurrent refreshes are one: callers share the promise in flight.
//  - A failed refresh keeps the old set, until it is older than maxStaleMs; then every
//    verification is refused with KEYS_UNAVAILABLE (503) until a refresh succeeds.
//  - The fetch follows no redirect, needs status 200 and a JSON media type, and stops at
//    maxBytes and maxKeys: the URL is configuration, but its answers are input.
import { JWTError } from '../errors.js'
import { importSet, KeySet } from './key-set.js'

export interface RemoteKeySetOptions {
  /** Least time between two fetches started by misses or failures (30000). */
  cooldownMs?: number
  /** Age at which the set is refreshed in the background (600000, 10 minutes). */
  maxAgeMs?: number
  /** Age past which a set that could not be refreshed is no longer used: KEYS_UNAVAILABLE (3600000, 1 hour). */
  maxStaleMs?: number
  /** Time allowed for one fetch, body included (5000). */
  timeoutMs?: number
  /** Largest body accepted, in bytes (262144). */
  maxBytes?: number
  /** Most keys accepted in the set (100). */
  maxKeys?: number
  /** The fetch function (globalThis.fetch). */
  fetch?: (input: string, init: RequestInit) => Promise<Response>
  /** Handed each background refresh, to keep the runtime alive for it (Vercel's waitUntil, say). */
  waitUntil?: (promise: Promise<unknown>) => void
}

interface Settings {
  readonly cooldownMs: number
  readonly maxAgeMs: number
  readonly maxStaleMs: number
  readonly timeoutMs: number
  readonly maxBytes: number
  readonly maxKeys: number
  readonly fetch: (input: string, init: RequestInit) => Promise<Response>
  readonly waitUntil: ((promise: Promise<unknown>) => void) | undefined
}

const NAMES: ReadonlySet<string> = new Set(['cooldownMs', 'maxAgeMs', 'maxStaleMs', 'timeoutMs', 'maxBytes', 'maxKeys', 'fetch', 'waitUntil'])
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/

function optionError(name: string, expected: string): TypeError {
  return new TypeError(`RemoteKeySet option ${name} must be ${expected}`)
}

function count(options: Record<string, unknown>, name: string, fallback: number, min: number): number {
  const value = options[name]
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) throw optionError(name, `a whole number from ${min}`)
  return value
}

function settings(options: unknown): Settings {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new TypeError('RemoteKeySet options must be an object')
  const o = options as Record<string, unknown>
  for (const name of Object.keys(o)) if (!NAMES.has(name)) throw new TypeError(`Unknown RemoteKeySet option: ${name}`)
  const fetchFn = o.fetch ?? globalThis.fetch
  if (typeof fetchFn !== 'function') throw optionError('fetch', 'a fetch function (this runtime has no global fetch)')
  if (o.waitUntil !== undefined && typeof o.waitUntil !== 'function') throw optionError('waitUntil', 'a function')
  const maxAgeMs = count(o, 'maxAgeMs', 600_000, 0)
  const maxStaleMs = count(o, 'maxStaleMs', Math.max(3_600_000, maxAgeMs), 0)
  if (maxStaleMs < maxAgeMs) throw optionError('maxStaleMs', 'at least maxAgeMs')
  return {
    cooldownMs: count(o, 'cooldownMs', 30_000, 0),
    maxAgeMs,
    maxStaleMs,
    timeoutMs: count(o, 'timeoutMs', 5_000, 1),
    maxBytes: count(o, 'maxBytes', 262_144, 1),
    maxKeys: count(o, 'maxKeys', 100, 1),
    // Unbound, a global fetch called as a method of another object throws "Illegal invocation".
    fetch: o.fetch ? (o.fetch as Settings['fetch']) : (input, init) => globalThis.fetch(input, init),
    waitUntil: o.waitUntil as Settings['waitUntil'],
  }
}

function keysUnavailable(reason: string): JWTError {
  return new JWTError('KEYS_UNAVAILABLE', `Token keys unavailable: ${reason}`)
}

/** The JWKS at url, checked as input (see the top of this file). */
async function fetchSet(url: string, s: Settings): Promise<KeySet> {
  const signal = AbortSignal.timeout(s.timeoutMs)
  let response: Response
  try {
    response = await s.fetch(url, { redirect: 'manual', signal, headers: { accept: 'application/jwk-set+json, application/json' } })
  } catch {
    throw keysUnavailable(signal.aborted ? `no answer within ${s.timeoutMs} ms` : 'the request failed')
  }
  try {
    // A redirect is an answer here, not a detour: 3xx, or an opaque redirect (status 0) in browsers.
    if (response.status !== 200) throw keysUnavailable(`status ${response.status}`)
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
    if (type !== 'application/json' && type !== 'application/jwk-set+json') throw keysUnavailable('the answer is not JSON')
    const declared = Number(response.headers.get('content-length') ?? 0)
    if (declared > s.maxBytes) throw keysUnavailable(`the answer is larger than ${s.maxBytes} bytes`)
    const text = await readText(response, s.maxBytes, signal, s.timeoutMs)
    try {
      return importSet(text, 'skip', s.maxKeys)
    } catch (error) {
      throw error instanceof TypeError ? keysUnavailable(error.message) : error
    }
  } finally {
    response.body?.cancel().catch(() => {})
  }
}

async function readText(response: Response, maxBytes: number, signal: AbortSignal, timeoutMs: number): Promise<string> {
  const reader = response.body?.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  if (reader) {
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        size += value.length
        if (size > maxBytes) throw keysUnavailable(`the answer is larger than ${maxBytes} bytes`)
        chunks.push(value)
      }
    } catch (error) {
      if (JWTError.is(error)) throw error
      throw keysUnavailable(signal.aborted ? `no answer within ${timeoutMs} ms` : 'the answer was cut off')
    } finally {
      reader.releaseLock()
    }
  }
  const bytes = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.length
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw keysUnavailable('the answer is not UTF-8')
  }
}

function checkUrl(url: unknown): string {
  let parsed: URL
  try {
    parsed = new URL(url instanceof URL ? url.href : (url as string))
  } catch {
    throw new TypeError('RemoteKeySet url must be an absolute URL')
  }
  if (typeof url !== 'string' && !(url instanceof URL)) throw new TypeError('RemoteKeySet url must be an absolute URL')
  // Keys fetched in the clear could be replaced by anyone on the path; loopback is for tests and sidecars.
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && LOOPBACK.test(parsed.hostname))) {
    throw new TypeError('RemoteKeySet url must be https (http only on localhost)')
  }
  return parsed.href
}

export class RemoteKeySet {
  readonly #url: string
  readonly #settings: Settings
  #set: KeySet
  #fetchedAt: number
  #lastAttempt: number
  #inflight: Promise<void> | undefined
  #running: Promise<void> | undefined

  private constructor(url: string, s: Settings, set: KeySet, now: number) {
    this.#url = url
    this.#settings = s
    this.#set = set
    this.#fetchedAt = now
    this.#lastAttempt = now
  }

  /**
   * Fetches the JWKS at url once, and resolves when it is in. Rejects with JWTError
   * KEYS_UNAVAILABLE (saying why: status, media type, size, timeout, not a JWKS) when the
   * first fetch fails; throws a TypeError for a bad url or option.
   */
  static async create(url: string | URL, options: RemoteKeySetOptions = {}): Promise<RemoteKeySet> {
    const href = checkUrl(url)
    const s = settings(options)
    const set = await fetchSet(href, s)
    return new RemoteKeySet(href, s, set, Date.now())
  }

  /** The refresh in flight, if any: on Cloudflare Workers, `if (keys.refreshing) ctx.waitUntil(keys.refreshing)`. */
  get refreshing(): Promise<void> | undefined {
    return this.#inflight
  }

  /** When the set in use was fetched (ms since the epoch). */
  get fetchedAt(): number {
    return this.#fetchedAt
  }

  /** The set in use. */
  get keySet(): KeySet {
    return this.#set
  }

  /** Refreshes now, or joins the refresh in flight; ignores the cooldown. Rejects with KEYS_UNAVAILABLE when the fetch fails (the old set stays). */
  refresh(): Promise<void> {
    return this.#inflight ? this.#running! : this.#begin()
  }

  /**
   * The set to verify with. Starts a background refresh when it is stale; throws
   * KEYS_UNAVAILABLE when it is older than maxStaleMs.
   */
  current(): KeySet {
    const age = Date.now() - this.#fetchedAt
    if (age >= this.#settings.maxAgeMs) this.#start()
    if (age >= this.#settings.maxStaleMs) throw new JWTError('KEYS_UNAVAILABLE')
    return this.#set
  }

  /** A token's key was not in the set: refresh, unless the cooldown forbids. Resolves (never rejects) when that refresh settles. */
  missed(): Promise<void> | undefined {
    return this.#start()
  }

  #start(): Promise<void> | undefined {
    if (this.#inflight) return this.#inflight
    if (Date.now() - this.#lastAttempt < this.#settings.cooldownMs) return undefined
    this.#begin()
    this.#settings.waitUntil?.(this.#inflight!)
    return this.#inflight
  }

  #begin(): Promise<void> {
    this.#lastAttempt = Date.now()
    const run = fetchSet(this.#url, this.#settings).then((set) => {
      this.#set = set
      this.#fetchedAt = Date.now()
    })
    // Two views of one fetch: `run` rejects for refresh()'s caller; `settled` never does,
    // for background use, waitUntil and the refreshing getter.
    const settled: Promise<void> = run.then(
      () => this.#settle(settled),
      () => this.#settle(settled),
    )
    this.#running = run
    this.#inflight = settled
    return run
  }

  #settle(settled: Promise<void>): void {
    if (this.#inflight === settled) {
      this.#inflight = undefined
      this.#running = undefined
    }
  }

  toJSON(): Record<string, unknown> {
    return { url: this.#url, size: this.#set.size, fetchedAt: this.#fetchedAt }
  }
}
