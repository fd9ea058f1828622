// `jwt-wasm secret`: a full-strength random secret for the algorithm (RFC 7518 §3.2).
import { JWT } from '../core.js'
import type { Command } from '../args.js'
import { algorithmOf } from '../secret-key.js'

export const secret: Command = {
  name: 'secret',
  summary: 'print a new random secret (32/48/64 bytes as base64url)',
  help: `Usage: jwt-wasm secret [--alg HS256|HS384|HS512]

Prints a new random secret as long as the algorithm's hash (32, 48 or 64 bytes),
as base64url text to use as-is. Keep it out of shell history: write it straight
into a file or your secret store.

Options:
  --alg ALG    HS256 (default), HS384 or HS512
  -h, --help   this help

Example:
  jwt-wasm secret > .jwt-secret && chmod 600 .jwt-secret
  JWT_SECRET=$(jwt-wasm secret --alg HS512) node server.js`,
  options: { alg: { type: 'string' } },
  positionals: 0,
  run({ values }) {
    process.stdout.write(`${JWT.generateSecret(algorithmOf('secret', values.alg))}\n`)
    return 0
  },
}
