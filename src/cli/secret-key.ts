// Building the JWT a command signs or verifies with, from its flags and the secret.
import { JWT } from './core.js'
import type { Values } from './args.js'
import { usageError } from './errors.js'
import { readSecret } from './input.js'

const ALGORITHMS = ['HS256', 'HS384', 'HS512']

/** --alg, in any case as the library accepts it; HS256 when absent. */
export function algorithmOf(command: string, value: Values[string]): string {
  if (value === undefined) return 'HS256'
  const alg = String(value).toUpperCase()
  if (!ALGORITHMS.includes(alg)) throw usageError(command, `unsupported --alg ${JSON.stringify(String(value).slice(0, 20))}: use HS256, HS384 or HS512`)
  return alg
}

/** A JWT for the command's --alg, --iss, --aud, --leeway and secret source. */
export function jwtFor(command: string, values: Values, extra: { issuer?: string | undefined; audience?: string[]; leeway?: number | undefined } = {}): JWT {
  const secretKey = readSecret({ env: values['secret-env'] as string | undefined, file: values['secret-file'] as string | undefined })
  try {
    const options: Record<string, unknown> = { secretKey, algorithm: algorithmOf(command, values.alg) }
    for (const [name, value] of Object.entries(extra)) {
      if (value !== undefined && !(Array.isArray(value) && value.length === 0)) options[name] = value
    }
    return new JWT(options)
  } finally {
    secretKey.fill(0) // the JWT keeps only its HMAC key schedule
  }
}
