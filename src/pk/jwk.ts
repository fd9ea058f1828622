// One JWK (RFC 7517 §4) to a usable public key. The members every key shares are checked
// here; the key material by its type's importer, found by kty. A type with no importer
// is skipped, not an error, as jose does, so a provider adding a new kind of key does not
// break a set. EC and OKP importers are added to IMPORTERS.
import { loadPkModule, type KeyData } from '../wasm-pk/engine.js'
import { importRsa } from './rsa.js'
import { importEc } from './ec.js'
import { importOkp } from './okp.js'

/** A public key ready to verify with, and the members that say when it may. */
export interface PublicKey extends KeyData {
  readonly kty: string
  /** For curve keys: their curve, which fixes the algorithm. */
  readonly crv: string | undefined
  readonly kid: string | undefined
  readonly alg: string | undefined
  readonly use: string | undefined
  readonly keyOps: readonly string[] | undefined
}

/**
 * An importer: the key's layout for the module (or a TypeError naming what is wrong) and
 * its curve if any; null for a curve it does not verify with, which is skipped like an
 * unknown kty.
 */
type Importer = (jwk: Record<string, unknown>, where: string) => { layout: Uint8Array; crv?: string } | null

const IMPORTERS: Readonly<Record<string, Importer>> = {
  RSA: importRsa,
  EC: importEc,
  OKP: importOkp,
}

function optionalString(jwk: Record<string, unknown>, name: string, where: string): string | undefined {
  const value = jwk[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw new TypeError(`${where}: member ${name} must be a string`)
  return value
}

/**
 * The key, or null when it can never verify a signature: an unknown kty, a `use` other
 * than "sig" (RFC 7517 §4.2), or `key_ops` without "verify" (§4.3). Throws a TypeError for
 * a malformed key of a known type; `where` names it ("key 2 (kid 'abc')").
 */
export function importJwk(value: unknown, where: string): PublicKey | null {
  const jwk = value as Record<string, unknown>
  // Any object, not only a plain one: a JWKS parsed in another realm (a vm context, an
  // iframe, an edge sandbox's Response.json) has another Object.prototype.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new TypeError(`${where} must be a JSON object`)
  const kty = jwk.kty
  if (typeof kty !== 'string') throw new TypeError(`${where}: member kty must be a string`)
  const kid = optionalString(jwk, 'kid', where)
  const alg = optionalString(jwk, 'alg', where)
  const use = optionalString(jwk, 'use', where)
  let keyOps: readonly string[] | undefined
  if (jwk.key_ops !== undefined) {
    if (!Array.isArray(jwk.key_ops) || !jwk.key_ops.every((op) => typeof op === 'string')) {
      throw new TypeError(`${where}: member key_ops must be an array of strings`)
    }
    keyOps = Object.freeze([...(jwk.key_ops as string[])])
  }
  const importer = Object.hasOwn(IMPORTERS, kty) ? IMPORTERS[kty] : undefined
  if (!importer) return null
  if (use !== undefined && use !== 'sig') return null
  if (keyOps !== undefined && !keyOps.includes('verify')) return null
  loadPkModule()
  const imported = importer(jwk, where)
  if (imported === null) return null
  const { layout, crv } = imported
  return Object.freeze({ kty, crv, kid, alg, use, keyOps, layout })
}
