// `jwt-wasm verify [token]`: JWT.decodeToken with the command's options; the claims as JSON,
// or the JWTError's code and message on stderr and exit status 1.
import { JWTError } from '../core.js'
import type { Command } from '../args.js'
import { list, SECRET_OPTIONS } from '../args.js'
import { EXIT } from '../errors.js'
import { readToken } from '../input.js'
import { jwtFor } from '../secret-key.js'
import { styleFor } from '../style.js'
import { parseDuration } from '../time.js'

export const verify: Command = {
  name: 'verify',
  summary: 'check a token’s signature and claims; print its claims as JSON',
  help: `Usage: jwt-wasm verify [token] [options]

Verifies the token (from the argument, or else from stdin) with the secret from
$JWT_SECRET, as jwt.decodeToken does: signature, algorithm, exp, nbf, iat, and
iss/aud when asked. Prints the claims as JSON and exits 0; on failure prints the
error code and message to stderr and exits 1.

Options:
  --alg ALG             HS256 (default), HS384 or HS512: the only one accepted
  --leeway DURATION     clock skew allowed on exp, nbf and iat (seconds, or 30s, 2m)
  --iss ISSUER          require this iss
  --aud AUDIENCE        accept this aud; repeatable
  --secret-env NAME     read the secret from this environment variable (JWT_SECRET)
  --secret-file PATH    read the secret from this file (one trailing newline ignored)
  --keys-file PATH      verify with a key ring instead (oct JWKs, as for sign): the
                        key the token's kid names, and only that one
  -h, --help            this help

Example:
  jwt-wasm verify "$TOKEN" --iss https://auth.example.com
  jwt-wasm sign alice | jwt-wasm verify && echo valid
  jwt-wasm verify "$TOKEN" --keys-file keys.json`,
  options: {
    alg: { type: 'string' },
    leeway: { type: 'string' },
    iss: { type: 'string' },
    aud: { type: 'string', multiple: true },
    ...SECRET_OPTIONS,
  },
  positionals: 1,
  async run({ values, positionals }) {
    const leeway = values.leeway === undefined ? undefined : parseDuration('--leeway', values.leeway as string)
    const jwt = jwtFor('verify', values, { issuer: values.iss as string | undefined, audience: list(values, 'aud'), leeway })
    const token = await readToken(positionals[0])
    try {
      process.stdout.write(`${JSON.stringify(jwt.decodeToken(token), null, 2)}\n`)
      return EXIT.OK
    } catch (error) {
      if (!JWTError.is(error)) throw error
      const style = styleFor(process.stderr)
      process.stderr.write(`${style.red(style.bold(error.code))}: ${error.message}\n`)
      return EXIT.REFUSED
    }
  },
}
