// A JSON Web Key Set (RFC 7517 §5) of public keys, imported once, and the rule that picks
// a token's key: jose's createLocalJWKSet, except that a choice between several keys is
// refused rather than tried key by key.
import { importJwk, type PublicKey } from './jwk.js'
import type { AlgorithmEntry } from './algorithms.js'

/** Refusals of KeySet.from and RemoteKeySet: the input names what is wrong, never key material. */
function setError(message: string): TypeError {
  return new TypeError(`JWKS ${message}`)
}

function describe(index: number, jwk: unknown): string {
  const kid = typeof jwk === 'object' && jwk !== null ? (jwk as { kid?: unknown }).kid : undefined
  return typeof kid === 'string' ? `JWKS key ${index} (kid ${JSON.stringify(kid.slice(0, 64))})` : `JWKS key ${index}`
}

/** How KeySet.from treats a key of a known type that is malformed: throw (local sets) or skip it (remote sets). */
export type InvalidKeys = 'throw' | 'skip'

let keysOf: (set: KeySet) => readonly PublicKey[]
let makeSet: (keys: readonly PublicKey[]) => KeySet

export class KeySet {
  readonly #keys: readonly PublicKey[]

  static {
    keysOf = (set) => set.#keys
    makeSet = (keys) => new KeySet(keys)
  }

  private constructor(keys: readonly PublicKey[]) {
    this.#keys = keys
  }

  /**
   * Imports a JWKS, `{ "keys": [...] }`, as an object or as JSON text. RSA keys are checked
   * and precomputed here, once. Keys of a type this library does not verify with are
   * skipped, as are keys whose `use` is not "sig" or whose `key_ops` lacks "verify". A
   * malformed key of a supported type throws a TypeError naming it.
   */
  static from(jwks: unknown): KeySet {
    return importSet(jwks, 'throw')
  }

  /** Usable keys in the set. */
  get size(): number {
    return this.#keys.length
  }

  /** The usable keys' ids (undefined for a key without one), in the set's order. */
  get kids(): readonly (string | undefined)[] {
    return this.#keys.map((key) => key.kid)
  }

  toJSON(): Record<string, unknown> {
    return { size: this.size }
  }
}

/** See KeySet.from; `invalid` says what a malformed key of a supported type does. */
export function importSet(jwks: unknown, invalid: InvalidKeys, maxKeys = Infinity): KeySet {
  let value = jwks
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value)
    } catch {
      throw setError('text is not JSON')
    }
  }
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { keys?: unknown }).keys)) {
    throw setError('must be an object with a "keys" array (RFC 7517 §5)')
  }
  const list = (value as { keys: unknown[] }).keys
  if (list.length > maxKeys) throw setError(`has ${list.length} keys; at most ${maxKeys} are accepted`)
  const keys: PublicKey[] = []
  for (let i = 0; i < list.length; i++) {
    try {
      const key = importJwk(list[i], describe(i, list[i]))
      if (key) keys.push(key)
    } catch (error) {
      if (invalid === 'throw' || !(error instanceof TypeError)) throw error
    }
  }
  return makeSet(Object.freeze(keys))
}

/**
 * The one key for a token whose header names `alg` (already allowed) and `kid`: the key
 * type must fit the algorithm (and its curve), the kid must be equal when the token has
 * one, a key's own alg must be equal when it declares one. Undefined when no key fits, or
 * when more than one does: an ambiguous set is refused, never tried key by key.
 */
export function selectKey(set: KeySet, alg: string, entry: AlgorithmEntry, kid: string | undefined): PublicKey | undefined {
  let found: PublicKey | undefined
  for (const key of keysOf(set)) {
    if (key.kty !== entry.kty) continue
    if (entry.crv !== undefined && key.crv !== entry.crv) continue
    if (kid !== undefined && key.kid !== kid) continue
    if (key.alg !== undefined && key.alg !== alg) continue
    if (found) return undefined
    found = key
  }
  return found
}
