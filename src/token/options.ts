// The token layer's options, their defaults and their checks: what creating and verifying a
// token needs. The guards', cookies' and CSRF options are the HTTP layer's
// (src/http/options.ts); a bad option fails here, at construction, naming it.
import { listOf, nonEmptyString, optionError, seconds } from '../util/validate.js'
import { parseAlgorithm, type Algorithm } from './algorithms.js'
import type { RingKey } from './keyring.js'

/** The options of the token-only `JWT` (jwt-wasm/core); the main entry's `JWT` adds the HTTP ones. */
export interface TokenOptions {
  /** The HMAC secret. Defaults to `app.secretKey`. At least 16 bytes; `JWT.generateSecret()` makes a full-strength one. */
  secretKey?: string | Uint8Array
  /**
   * A ring of named keys instead of secretKey (docs/key-rotation.md): each
   * `{ kid, secret, algorithm? }` or an oct JWK, at full strength (RFC 7518 §3.2). A token
   * is checked only with the key its header's kid names.
   */
  keys?: readonly RingKey[]
  /** The kid of the ring key new tokens are signed with (required with more than one key). */
  signingKey?: string
  /** The kid of the ring key that checks tokens without a kid (issued before the ring); without it they are UNKNOWN_KEY. */
  keylessKey?: string
  /** HS256 (default), HS384 or HS512, any case. */
  algorithm?: Algorithm | Lowercase<Algorithm> | (string & {})
  /** Access token lifetime in whole seconds (900). */
  accessExpires?: number
  /** Refresh token lifetime in whole seconds (2592000, 30 days). */
  refreshExpires?: number
  /** Seconds of clock skew tolerated on exp, nbf and iat (0). */
  leeway?: number
  /** Written as `iss` on create; required and compared on decode. */
  issuer?: string
  /** Written as `aud` on create; on decode the token's aud must contain one of these. */
  audience?: string | readonly string[]
  /** Longer tokens are refused before any other work (8192; at most 65536). */
  maxTokenLength?: number
  /** The current time in Unix seconds (`Date.now() / 1000`). */
  clock?: () => number
  /**
   * Remember up to `size` tokens that verified (least recently used dropped first), so
   * decoding one again skips the MAC; exp, nbf and iat are still checked on every use.
   * Off by default.
   */
  cache?: { size: number }
}

export interface ResolvedTokenOptions {
  readonly algorithm: Algorithm
  readonly accessExpires: number
  readonly refreshExpires: number
  readonly leeway: number
  readonly issuer: string | undefined
  readonly audience: readonly string[] | undefined
  readonly maxTokenLength: number
  readonly clock: () => number
  /** Entries of the verified-token cache; 0 when it is off. */
  readonly cacheSize: number
}

const DEFAULTS = {
  algorithm: 'HS256',
  accessExpires: 900,
  refreshExpires: 2592000,
  leeway: 0,
  maxTokenLength: 8192,
} as const

const MAX_TOKEN_LENGTH = 65536

const TOKEN_OPTION_NAMES: ReadonlySet<string> = new Set([
  'secretKey',
  'keys',
  'signingKey',
  'keylessKey',
  'algorithm',
  'accessExpires',
  'refreshExpires',
  'leeway',
  'issuer',
  'audience',
  'maxTokenLength',
  'clock',
  'cache',
])

/** A JS Map holds at most 2^24 entries. */
const MAX_CACHE_SIZE = 16777216

/** `cache: { size }`: how many verified tokens to remember (src/token/cache.ts). */
function cacheSize(value: unknown): number {
  if (value === undefined) return 0
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const { size, ...rest } = value as Record<string, unknown>
    if (Object.keys(rest).length === 0 && typeof size === 'number' && Number.isSafeInteger(size) && size > 0 && size <= MAX_CACHE_SIZE) return size
  }
  throw optionError('cache', `an object { size } with size a whole number of tokens from 1 to ${MAX_CACHE_SIZE}`)
}

function audience(value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined
  const list = listOf(value)
  if (!list || list.length === 0 || list.some((v) => typeof v !== 'string' || v === '')) {
    throw optionError('audience', 'a non-empty string or a non-empty array of them')
  }
  return Object.freeze(list as string[])
}

/**
 * A user clock, checked on every call: NaN (say, from a clock returning undefined) would
 * make every time comparison false and so accept an expired token. A bad clock is a
 * configuration error, thrown (verifyToken turns it into false), never a pass.
 */
function checkedClock(clock: unknown): () => number {
  if (typeof clock !== 'function') throw optionError('clock', 'a function returning Unix seconds')
  const checked = () => {
    const now: unknown = clock()
    if (typeof now !== 'number' || !Number.isFinite(now)) throw optionError('clock', 'a function returning Unix seconds as a finite number')
    return now
  }
  checked() // once now, so a clock that is wrong from the start fails at construction
  return checked
}

/**
 * Checks every token option. `extra` names the options a layer above reads itself (the main
 * entry's guards, cookies and CSRF); `unknown` words the refusal of any other name.
 */
export function resolveTokenOptions(
  options: Record<string, unknown>,
  extra: ReadonlySet<string>,
  unknown: (name: string) => string,
): ResolvedTokenOptions {
  for (const name of Object.keys(options)) {
    if (!TOKEN_OPTION_NAMES.has(name) && !extra.has(name)) throw new TypeError(unknown(name))
  }
  const algorithm = options.algorithm === undefined ? DEFAULTS.algorithm : parseAlgorithm(options.algorithm)
  if (!algorithm) throw new TypeError('Unsupported algorithm. Use HS256, HS384, or HS512')
  // A length, not seconds: checked here so the message says what is expected.
  const maxTokenLength = options.maxTokenLength === undefined ? DEFAULTS.maxTokenLength : options.maxTokenLength
  if (typeof maxTokenLength !== 'number' || !Number.isInteger(maxTokenLength) || maxTokenLength < 16 || maxTokenLength > MAX_TOKEN_LENGTH) {
    throw optionError('maxTokenLength', `a whole number from 16 to ${MAX_TOKEN_LENGTH}`)
  }
  const clock = options.clock === undefined ? () => Date.now() / 1000 : checkedClock(options.clock)
  return {
    algorithm,
    accessExpires: seconds('accessExpires', options.accessExpires, DEFAULTS.accessExpires),
    refreshExpires: seconds('refreshExpires', options.refreshExpires, DEFAULTS.refreshExpires),
    leeway: seconds('leeway', options.leeway, DEFAULTS.leeway),
    issuer: nonEmptyString('issuer', options.issuer),
    audience: audience(options.audience),
    maxTokenLength,
    clock,
    cacheSize: cacheSize(options.cache),
  }
}
