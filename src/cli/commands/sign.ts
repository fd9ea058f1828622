// `jwt-wasm sign <identity>`: mints an access (or refresh) token, as JWT.createAccessToken does.
import type { Command, Values } from '../args.js'
import { list, SECRET_OPTIONS } from '../args.js'
import { usageError } from '../errors.js'
import { jwtFor } from '../secret-key.js'
import { parseDuration } from '../time.js'

export const sign: Command = {
  name: 'sign',
  summary: 'print a signed access (or --refresh) token for an identity',
  help: `Usage: jwt-wasm sign <identity> [options]

Prints a token for <identity> (its sub), signed with the secret from $JWT_SECRET.

Options:
  --refresh             a refresh token instead of an access token
  --expires DURATION    lifetime: seconds (3600) or 90s, 15m, 2h, 30d, 1w
                        (default 15m for access, 30d for refresh tokens)
  --claim NAME=VALUE    a custom claim, as a string; NAME:=JSON for a number,
                        boolean, array or object (--claim level:=3); repeatable
  --claims-json JSON    custom claims as one JSON object
  --fresh, --no-fresh   mark the access token fresh (the default) or not
  --alg ALG             HS256 (default), HS384 or HS512
  --iss ISSUER          write an iss claim
  --aud AUDIENCE        write an aud claim; repeatable
  --secret-env NAME     read the secret from this environment variable (JWT_SECRET)
  --secret-file PATH    read the secret from this file (one trailing newline ignored)
  --keys-file PATH      sign with a key ring instead: a file of oct JWKs (as
                        jwt-wasm key >> keys.json appends them, one per line; or a
                        JSON array, or a JWK set {"keys": […]}); the header names
                        the key (kid)
  --kid KID             the ring's key to sign with (needed when it has several)
  -h, --help            this help

Example:
  export JWT_SECRET=$(jwt-wasm secret)
  jwt-wasm sign alice --expires 2h --claim role=admin --claim level:=3
  jwt-wasm sign alice --refresh --secret-file .jwt-secret
  jwt-wasm sign alice --keys-file keys.json --kid k2026-12`,
  options: {
    refresh: { type: 'boolean' },
    expires: { type: 'string' },
    claim: { type: 'string', multiple: true },
    'claims-json': { type: 'string' },
    fresh: { type: 'boolean' },
    'no-fresh': { type: 'boolean' },
    alg: { type: 'string' },
    iss: { type: 'string' },
    aud: { type: 'string', multiple: true },
    ...SECRET_OPTIONS,
    kid: { type: 'string' },
  },
  positionals: 1,
  run({ values, positionals }) {
    const [identity] = positionals
    if (identity === undefined || identity === '') throw usageError('sign', 'missing <identity>: the token’s subject, such as a user id')
    if (values.fresh && values['no-fresh']) throw usageError('sign', 'give --fresh or --no-fresh, not both')
    if (values.refresh && (values.fresh || values['no-fresh'])) throw usageError('sign', '--fresh and --no-fresh are for access tokens; a refresh token has no fresh claim')
    const claims = customClaims(values)
    const expiresDelta = values.expires === undefined ? undefined : parseDuration('--expires', values.expires as string)
    const jwt = jwtFor('sign', values, { issuer: values.iss as string | undefined, audience: list(values, 'aud') })
    const options = { ...(expiresDelta === undefined ? {} : { expiresDelta }), claims }
    const token = values.refresh ? jwt.createRefreshToken(identity, options) : jwt.createAccessToken(identity, { ...options, fresh: !values['no-fresh'] })
    process.stdout.write(`${token}\n`)
    return 0
  },
}

/** --claims-json, then each --claim; a name given twice is a mistake, not an override. */
function customClaims(values: Values): Record<string, unknown> {
  const claims: Record<string, unknown> = {}
  const json = values['claims-json'] as string | undefined
  if (json !== undefined) {
    let parsed: unknown
    try {
      parsed = JSON.parse(json)
    } catch {
      throw usageError('sign', '--claims-json is not valid JSON')
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw usageError('sign', '--claims-json must be a JSON object, such as \'{"role":"admin"}\'')
    for (const [name, value] of Object.entries(parsed)) put(claims, name, value)
  }
  for (const item of list(values, 'claim')) {
    const match = /^([^=:]+)(:?=)([\s\S]*)$/.exec(item)
    if (!match) throw usageError('sign', `--claim takes NAME=VALUE or NAME:=JSON, not ${JSON.stringify(item.slice(0, 40))}`)
    const [, name, operator, raw] = match as unknown as [string, string, string, string]
    if (Object.hasOwn(claims, name)) throw usageError('sign', `claim ${name} is given twice`)
    let value: unknown = raw
    if (operator === ':=') {
      try {
        value = JSON.parse(raw)
      } catch {
        throw usageError('sign', `--claim ${name}:= needs a JSON value (3, true, "text", [1,2], {"a":1})`)
      }
    }
    put(claims, name, value)
  }
  return claims
}

// defineProperty, not assignment: a claim named __proto__ must be a claim, not a new prototype.
function put(claims: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(claims, name, { value, enumerable: true, writable: true, configurable: true })
}
