// A reference verifier written from the spec in plain JavaScript, slow and obvious: the
// fuzzers compare the engine's verdict with this one on validly signed random tokens.
import type { JWTErrorCode } from '../../src/index.js'

export type Verdict = JWTErrorCode | 'OK'

/** True if the JSON text (already accepted by JSON.parse) repeats a member name in any one object. */
export function hasDuplicateNames(text: string): boolean {
  const stack: (Set<string> | null)[] = []
  for (let i = 0; i < text.length; ) {
    const c = text[i]
    if (c === '"') {
      let j = i + 1
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1
      const value = JSON.parse(text.slice(i, j + 1)) as string
      let k = j + 1
      while (k < text.length && ' \t\n\r'.includes(text[k])) k++
      if (text[k] === ':') {
        const names = stack[stack.length - 1]!
        if (names.has(value)) return true
        names.add(value)
      }
      i = j + 1
    } else {
      if (c === '{') stack.push(new Set())
      else if (c === '[') stack.push(null)
      else if (c === '}' || c === ']') stack.pop()
      i++
    }
  }
  return false
}

/** The object JSON.parse gives for a segment's text, or null when the engine must call it malformed. */
export function parseObject(text: string): Record<string, unknown> | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  if (hasDuplicateNames(text)) return null
  return value as Record<string, unknown>
}

const has = (o: object, name: string) => Object.hasOwn(o, name)

/**
 * The verdict for a token whose header and payload decode to these texts (as UTF-8 that
 * round-trips through TextDecoder), checked in the documented order: header and
 * algorithm, signature, payload, claims, audience. No issuer or audience configured.
 */
export function referenceVerdict(headerText: string, payloadText: string, macValid: boolean, algorithm: string, now: number, leeway = 0): Verdict {
  const header = parseObject(headerText)
  if (!header || has(header, 'crit') || has(header, 'b64')) return 'MALFORMED'
  if (has(header, 'typ') && !(typeof header.typ === 'string' && /^[jJ][wW][tT]$/.test(header.typ))) return 'MALFORMED'
  if (header.alg !== algorithm) return 'ALGORITHM_MISMATCH'
  if (!macValid) return 'INVALID_SIGNATURE'
  const claims = parseObject(payloadText)
  if (!claims) return 'MALFORMED'
  if (has(claims, 'sub') && typeof claims.sub !== 'string') return 'INVALID_CLAIMS'
  for (const name of ['exp', 'nbf', 'iat']) if (has(claims, name) && typeof claims[name] !== 'number') return 'INVALID_CLAIMS'
  const { exp, nbf, iat } = claims as Record<string, number>
  if (!has(claims, 'exp') || !Number.isFinite(exp)) return 'INVALID_CLAIMS'
  if ((has(claims, 'nbf') && !Number.isFinite(nbf)) || (has(claims, 'iat') && !Number.isFinite(iat))) return 'INVALID_CLAIMS'
  if (now >= exp + leeway) return 'EXPIRED' // RFC 7519 §4.1.4
  if (has(claims, 'nbf') && now < nbf - leeway) return 'NOT_YET_VALID' // §4.1.5
  if (has(claims, 'iat') && iat > now + leeway) return 'INVALID_CLAIMS' // §4.1.6
  if (has(claims, 'aud')) return 'INVALID_AUDIENCE' // §4.1.3: no audience configured
  return 'OK'
}
