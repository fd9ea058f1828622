// The key ring against a reference written from issue 11 in plain JavaScript: random headers
// (kids of the ring, near misses, non-strings, escapes, duplicates, each key's exact header
// and the kid-less one), random signers (each ring key, each algorithm, an attacker), random
// payloads (ours, which start {"sub":", and others). The engine's verdict must equal the
// reference's, whichever of its paths (the loaded key's own header, another key's found by
// the header's id, the kid lookup) the token takes.
import { createHmac } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { JWT, JWTError } from '../../src/index.js'
import { expectMemoryUnchanged, memorySnapshot, NOW } from '../attacks/helpers.js'
import { parseObject, referenceVerdict, type Verdict } from './reference.js'
import { params } from './scale.js'

type HS = 'HS256' | 'HS384' | 'HS512'
const HASH = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const
const RING: Record<string, { secret: string; alg: HS }> = {
  'k2025-11': { secret: 'a'.repeat(64), alg: 'HS256' },
  'k2025-12': { secret: 'b'.repeat(64), alg: 'HS256' },
  'K2025-12': { secret: 'c'.repeat(64), alg: 'HS512' },
  k: { secret: 'd'.repeat(64), alg: 'HS384' },
  'a"b\\c': { secret: 'e'.repeat(64), alg: 'HS256' },
}
const ATTACKER = 'f'.repeat(64)
const keys = Object.entries(RING).map(([kid, { secret, alg }]) => ({ kid, secret, algorithm: alg }))
const jwts = {
  keyless: new JWT({ keys, signingKey: 'k2025-12', keylessKey: 'k', clock: () => NOW }),
  strict: new JWT({ keys, signingKey: 'K2025-12', clock: () => NOW }),
}

/** The rules, in the engine's order: format, header, kid, algorithm, signature, claims. */
function reference(headerText: string, payloadText: string, signedWith: string, signedAlg: HS, keyless: string | undefined): Verdict {
  const header = parseObject(headerText)
  if (!header || Object.hasOwn(header, 'crit') || Object.hasOwn(header, 'b64')) return 'MALFORMED'
  if (Object.hasOwn(header, 'typ') && !(typeof header.typ === 'string' && /^(?:jwt|application\/jwt)$/i.test(header.typ))) return 'MALFORMED'
  let name = keyless
  if (Object.hasOwn(header, 'kid')) {
    if (typeof header.kid !== 'string') return 'MALFORMED' // RFC 7515 §4.1.4
    if (!/^[\x20-\x7e]{1,64}$/.test(header.kid)) return 'UNKNOWN_KEY'
    name = header.kid
  }
  const key = name === undefined || !Object.hasOwn(RING, name) ? undefined : RING[name]
  if (!key) return 'UNKNOWN_KEY'
  if (header.alg !== key.alg) return 'ALGORITHM_MISMATCH'
  if (signedWith !== key.secret || signedAlg !== key.alg) return 'INVALID_SIGNATURE'
  return referenceVerdict(`{"alg":"${key.alg}"}`, payloadText, true, key.alg, NOW)
}

const KID = fc.oneof(
  fc.constantFrom(...Object.keys(RING)),
  fc.constantFrom('K2025-11', 'k2025-1', 'k2025-11 ', '', 'k'.repeat(64), 'k'.repeat(65), 'k\u0000', 'é', '../k', 'a"b\\\\c'),
  fc.string({ maxLength: 70 }),
  fc.constantFrom(0, null, true, ['k'], { k: 1 }),
)
const ALG = fc.oneof(fc.constantFrom<string>('HS256', 'HS384', 'HS512'), fc.constantFrom<unknown>('hs256', 'none', 'RS256', null, 256))
const HEADER = fc.oneof(
  // Each key's own header, byte for byte (the signers', and the others' the engine also
  // matches whole), and the kid-less one a secretKey instance writes, in each algorithm.
  fc.constantFrom(...Object.entries(RING).map(([kid, { alg }]) => JSON.stringify({ alg, typ: 'JWT', kid })), '{"alg":"HS256","typ":"JWT"}', '{"alg":"HS384","typ":"JWT"}', '{"alg":"HS512","typ":"JWT"}'),
  fc.record(
    { alg: ALG, typ: fc.constantFrom<unknown>('JWT', 'jwt', 'application/JWT', 'JWS', 1), kid: KID, jku: fc.constant('https://attacker.example/k'), crit: fc.constant(['x']) },
    { requiredKeys: [] },
  ).map((h) => JSON.stringify(h)),
  // Escaped names and values, and duplicates, as text.
  fc.constantFrom(
    '{"alg":"HS256","\\u006bid":"k2025-11"}',
    '{"alg":"HS256","kid":"\\u006b2025-11"}',
    '{"alg":"HS256","kid":"k2025-11","kid":"k2025-12"}',
    '{"alg":"HS256","kid":"k2025-11","\\u006bid":"k2025-11"}',
    ' {"alg":"HS256","typ":"JWT","kid":"k2025-12"} ',
    '{"alg":"HS256","typ":"JWT"}',
    '{"alg":"HS256","typ":"JWT","kid":"k2025-12","x":{"kid":"k"}}',
  ),
)
const PAYLOAD = fc.oneof(
  fc.record({ sub: fc.string({ maxLength: 40 }), exp: fc.integer({ min: NOW - 5, max: NOW + 5 }), role: fc.string({ maxLength: 5 }) }).map((c) => JSON.stringify(c)),
  fc.constantFrom(`{"exp":${NOW + 60}}`, `{"sub":7,"exp":${NOW + 60}}`, `{"sub":"x","exp":"soon"}`, '[1]', `{"sub":"a","exp":${NOW + 60},"aud":"x"}`, `{"sub":"a","exp":${NOW + 60},"sub":"b"}`),
)
const SIGNER = fc.oneof(fc.constantFrom(...Object.values(RING).map((k) => k.secret)), fc.constant(ATTACKER))

function b64(text: string): string {
  return Buffer.from(text).toString('base64url')
}

function verdict(jwt: JWT, token: string): Verdict {
  try {
    jwt.decodeToken(token)
    return 'OK'
  } catch (error) {
    if (!JWTError.is(error)) throw error
    return error.code
  }
}

describe('key ring: engine against the reference', () => {
  it('random headers, signers and payloads, on a ring with and without keylessKey', () => {
    const before = memorySnapshot()
    const seen = new Set<Verdict>()
    fc.assert(
      fc.property(HEADER, PAYLOAD, SIGNER, fc.constantFrom<HS>('HS256', 'HS384', 'HS512'), fc.boolean(), (header, payload, secret, signedAlg, withKeyless) => {
        const input = `${b64(header)}.${b64(payload)}`
        const token = `${input}.${createHmac(HASH[signedAlg], secret).update(input).digest('base64url')}`
        const expected = reference(header, payload, secret, signedAlg, withKeyless ? 'k' : undefined)
        const jwt = withKeyless ? jwts.keyless : jwts.strict
        expect(verdict(jwt, token), `${header} ${payload} ${signedAlg}`).toBe(expected)
        expect(jwt.verifyToken(token)).toBe(expected === 'OK')
        seen.add(expected)
      }),
      params(3000),
    )
    // The generator reaches every verdict the ring decides, acceptance included.
    for (const code of ['OK', 'UNKNOWN_KEY', 'MALFORMED', 'ALGORITHM_MISMATCH', 'INVALID_SIGNATURE', 'EXPIRED', 'INVALID_CLAIMS'] as const) expect(seen).toContain(code)
    expectMemoryUnchanged(before)
  })

  it('tokens the ring signs round-trip, whatever the claims, across use() switches', () => {
    const jwt = new JWT({ keys, signingKey: 'k2025-11', clock: () => NOW })
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(RING)), fc.string({ maxLength: 300 }), (kid, sub) => {
        jwt.keys.use(kid)
        const token = jwt.createAccessToken(sub || 'x')
        const [h, p, s] = token.split('.')
        expect(JSON.parse(Buffer.from(h!, 'base64url').toString())).toStrictEqual({ alg: RING[kid]!.alg, typ: 'JWT', kid })
        expect(s).toBe(createHmac(HASH[RING[kid]!.alg], RING[kid]!.secret).update(`${h}.${p}`).digest('base64url'))
        expect(jwt.decodeToken(token).identity).toBe(sub || 'x')
      }),
      params(500),
    )
  })
})
