// JWTVerifier's options, each checked at construction with a TypeError naming it.
import { ALGORITHM_NAMES, isAsymmetricAlgorithm, type AsymmetricAlgorithm } from './algorithms.js'
import { isPlainObject, listOf } from '../util/validate.js'
import { KeySet } from './key-set.js'
import { RemoteKeySet } from './remote.js'

export interface JWTVerifierOptions {
  /** The keys: a KeySet (KeySet.from(jwks)) or a RemoteKeySet (await RemoteKeySet.create(url)). */
  keys: KeySet | RemoteKeySet
  /** The algorithms accepted, required: say ['RS256']. The token's header may only pick among these. */
  algorithms: readonly AsymmetricAlgorithm[]
  /** Required `iss` (RFC 7519 §4.1.1). */
  issuer?: string
  /** The token's `aud` must contain one of these (§4.1.3); a token with an aud is refused when this is not set. */
  audience?: string | readonly string[]
  /** Seconds of clock skew tolerated on exp, nbf and iat (0). */
  leeway?: number
  /** The current time in Unix seconds (`Date.now() / 1000`). */
  clock?: () => number
  /** Longer tokens are refused before any other work (8192; at most 65536). */
  maxTokenLength?: number
  /** Remember up to `size` verified tokens (off by default); exp, nbf and iat are still checked on every use. */
  cache?: { size: number }
}

export interface ResolvedVerifierOptions {
  readonly keys: KeySet | RemoteKeySet
  readonly algorithms: readonly AsymmetricAlgorithm[]
  readonly issuer: string | undefined
  readonly audience: readonly string[] | undefined
  readonly leeway: number
  readonly clock: () => number
  readonly maxTokenLength: number
  readonly cacheSize: number
}

const NAMES: ReadonlySet<string> = new Set(['keys', 'algorithms', 'issuer', 'audience', 'leeway', 'clock', 'maxTokenLength', 'cache'])
const MAX_TOKEN_LENGTH = 65536
const MAX_CACHE_SIZE = 16777216

function optionError(name: string, expected: string): TypeError {
  return new TypeError(`JWTVerifier option ${name} must be ${expected}`)
}

function algorithms(value: unknown): readonly AsymmetricAlgorithm[] {
  const expected = `a non-empty array of ${ALGORITHM_NAMES.join(', ')} (exact names)`
  if (!Array.isArray(value) || value.length === 0 || !value.every(isAsymmetricAlgorithm)) throw optionError('algorithms', expected)
  return Object.freeze([...new Set(value as AsymmetricAlgorithm[])])
}

function audience(value: unknown): readonly string[] | undefined {
  if (value === undefined) return undefined
  const list = listOf(value)
  if (!list || list.length === 0 || list.some((v) => typeof v !== 'string' || v === '')) throw optionError('audience', 'a non-empty string or a non-empty array of them')
  return Object.freeze(list as string[])
}

/** Checked on every call: NaN would make every time comparison false and accept an expired token. */
function clock(value: unknown): () => number {
  if (value === undefined) return () => Date.now() / 1000
  if (typeof value !== 'function') throw optionError('clock', 'a function returning Unix seconds')
  const checked = () => {
    const now: unknown = value()
    if (typeof now !== 'number' || !Number.isFinite(now)) throw optionError('clock', 'a function returning Unix seconds as a finite number')
    return now
  }
  checked()
  return checked
}

function cacheSize(value: unknown): number {
  if (value === undefined) return 0
  if (isPlainObject(value)) {
    const { size, ...rest } = value
    if (Object.keys(rest).length === 0 && typeof size === 'number' && Number.isSafeInteger(size) && size > 0 && size <= MAX_CACHE_SIZE) return size
  }
  throw optionError('cache', `an object { size } with size a whole number of tokens from 1 to ${MAX_CACHE_SIZE}`)
}

export function resolveVerifierOptions(options: unknown): ResolvedVerifierOptions {
  if (!isPlainObject(options)) throw new TypeError('JWTVerifier options must be a plain object')
  for (const name of Object.keys(options)) if (!NAMES.has(name)) throw new TypeError(`Unknown JWTVerifier option: ${name}`)
  const keys = options.keys
  if (!(keys instanceof KeySet) && !(keys instanceof RemoteKeySet)) throw optionError('keys', 'a KeySet (KeySet.from(jwks)) or a RemoteKeySet')
  const { issuer, leeway, maxTokenLength = 8192 } = options
  if (issuer !== undefined && (typeof issuer !== 'string' || issuer === '')) throw optionError('issuer', 'a non-empty string')
  if (leeway !== undefined && (typeof leeway !== 'number' || !Number.isSafeInteger(leeway) || leeway < 0)) throw optionError('leeway', 'a non-negative whole number of seconds')
  if (typeof maxTokenLength !== 'number' || !Number.isInteger(maxTokenLength) || maxTokenLength < 16 || maxTokenLength > MAX_TOKEN_LENGTH) {
    throw optionError('maxTokenLength', `a whole number from 16 to ${MAX_TOKEN_LENGTH}`)
  }
  return Object.freeze({
    keys,
    algorithms: algorithms(options.algorithms),
    issuer: issuer as string | undefined,
    audience: audience(options.audience),
    leeway: (leeway as number | undefined) ?? 0,
    clock: clock(options.clock),
    maxTokenLength,
    cacheSize: cacheSize(options.cache),
  })
}
