// Building the JWT a command signs or verifies with, from its flags and the secret (or key ring).
import { JWT } from './core.js'
import type { Values } from './args.js'
import { CliError, usageError } from './errors.js'
import { readKeys, readSecret } from './input.js'

const ALGORITHMS = ['HS256', 'HS384', 'HS512']

/** --alg, in any case as the library accepts it; HS256 when absent. */
export function algorithmOf(command: string, value: Values[string]): string {
  if (value === undefined) return 'HS256'
  const alg = String(value).toUpperCase()
  if (!ALGORITHMS.includes(alg)) throw usageError(command, `unsupported --alg ${JSON.stringify(String(value).slice(0, 20))}: use HS256, HS384 or HS512`)
  return alg
}

/**
 * A JWT for the command's --alg, --iss, --aud, --leeway and its keys: one secret
 * (--secret-env, --secret-file, $JWT_SECRET), or a key ring (--keys-file, with --kid naming
 * the signing key).
 */
export function jwtFor(command: string, values: Values, extra: { issuer?: string | undefined; audience?: string[]; leeway?: number | undefined } = {}): JWT {
  const options: Record<string, unknown> = { algorithm: algorithmOf(command, values.alg) }
  for (const [name, value] of Object.entries(extra)) {
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) options[name] = value
  }
  const keysFile = values['keys-file'] as string | undefined
  if (keysFile !== undefined) {
    if (values['secret-env'] !== undefined || values['secret-file'] !== undefined) throw new CliError('give --keys-file or a secret (--secret-env, --secret-file), not both')
    const keys = readKeys(keysFile)
    if (command === 'sign' && keys.length > 1 && values.kid === undefined) throw usageError(command, `the keys file holds ${keys.length} keys: name the one to sign with, --kid KID`)
    options.keys = keys
    // Verifying uses whichever key a token's kid names; the ring still wants a signing key.
    const first = (keys[0] as { kid?: unknown } | null)?.kid
    options.signingKey = (values.kid as string | undefined) ?? (command === 'verify' || keys.length === 1 ? first : undefined)
    return new JWT(options)
  }
  if (values.kid !== undefined) throw usageError(command, '--kid picks a key from --keys-file')
  const secretKey = readSecret({ env: values['secret-env'] as string | undefined, file: values['secret-file'] as string | undefined })
  try {
    return new JWT({ ...options, secretKey })
  } finally {
    secretKey.fill(0) // the JWT keeps only its HMAC key schedule
  }
}
