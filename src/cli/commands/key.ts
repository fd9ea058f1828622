// `jwt-wasm key`: a new oct JWK (RFC 7518 §6.4) of full strength, for a key ring (JWT.generateKey).
import type { Command } from '../args.js'
import { JWT } from '../core.js'
import { usageError } from '../errors.js'
import { algorithmOf } from '../secret-key.js'

export const key: Command = {
  name: 'key',
  summary: 'print a new random key as an oct JWK {kty, kid, alg, k}, for a key ring',
  help: `Usage: jwt-wasm key [--alg HS256|HS384|HS512] [--kid KID]

Prints a new random key as a JSON Web Key (kty "oct", RFC 7518 §6.4): as long as the
algorithm's hash (32, 48 or 64 bytes), with a kid (32 random hex digits unless
--kid names one). Give it to the keys option or jwt.keys.add(); it holds the
secret, so keep it out of shell history and logs.

Options:
  --alg ALG    HS256 (default), HS384 or HS512
  --kid KID    the key's id (default: random)
  -h, --help   this help

Example:
  jwt-wasm key --alg HS512 --kid 2026-12 > keys/2026-12.json && chmod 600 keys/2026-12.json`,
  options: { alg: { type: 'string' }, kid: { type: 'string' } },
  positionals: 0,
  run({ values }) {
    const algorithm = algorithmOf('key', values.alg)
    let jwk
    try {
      jwk = JWT.generateKey({ algorithm, ...(values.kid === undefined ? {} : { kid: values.kid as string }) })
    } catch (error) {
      // The library's own rule for a kid, in one line.
      if (error instanceof TypeError) throw usageError('key', error.message.replace(/^JWT\.generateKey option /, '--'))
      throw error
    }
    process.stdout.write(`${JSON.stringify(jwk)}\n`)
    return 0
  },
}
