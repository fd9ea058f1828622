// Hostile Authorization and Cookie values (huge, repeated, quoted, unicode, missing
// separators) through the guards: a clear 401 with a JSON body and an RFC 6750
// challenge, never a crash, never a 500. Two paths: real Web Requests through
// jwt.required (what Headers lets through), and the framework-free authenticate()
// with raw strings (what an adapter may hand over, NUL and newlines included).
import fc from 'fast-check'
import { parseCookie } from 'cookie'
import { describe, expect, it } from 'vitest'
import { authenticate, ERROR_MESSAGES, JWT, type RequestParts } from '../../src/index.js'
import { params } from '../fuzz/scale.js'
import { expectMemoryUnchanged, memorySnapshot, NOW, SECRET } from './helpers.js'

const jwt = new JWT({ secretKey: SECRET, clock: () => NOW, tokenLocation: ['headers', 'cookies'] })
const valid = jwt.createAccessToken('alice')
const refresh = jwt.createRefreshToken('alice')
const expired = new JWT({ secretKey: SECRET, clock: () => NOW - 10_000 }).createAccessToken('alice')
const handler = jwt.required((request) => ({ identity: request.jwtIdentity }))
const optional = jwt.optional((request) => ({ identity: request.jwtIdentity }))
const refreshOnly = jwt.refreshRequired((request) => ({ identity: request.jwtIdentity }))

/** RFC 6750 §2.1 as the guard reads it: exactly `Bearer <token>`, the scheme in any case. */
function headerToken(value: string): string | null {
  const space = value.indexOf(' ')
  if (space < 0 || value.slice(0, space).toLowerCase() !== 'bearer') return null
  const token = value.slice(space + 1)
  return token === '' || /\s/.test(token) ? null : token
}

/** A Request if Headers accepts the values (ByteStrings without NUL, CR or LF), else null. */
function request(authorization: string | undefined, cookie: string | undefined, method = 'GET'): Request | null {
  try {
    const headers = new Headers()
    if (authorization !== undefined) headers.set('authorization', authorization)
    if (cookie !== undefined) headers.set('cookie', cookie)
    return new Request('http://localhost/protected', { method, headers })
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError) // the platform refuses it before any guard runs
    return null
  }
}

async function expectRefusal(response: Response): Promise<string> {
  expect(response.status).toBe(401)
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  const challenge = response.headers.get('www-authenticate')
  expect(challenge).toMatch(/^Bearer( error="invalid_token", error_description="[^"\\]*")?$/)
  const body = (await response.json()) as { error: string; code: keyof typeof ERROR_MESSAGES }
  expect(Object.keys(body).sort()).toStrictEqual(['code', 'error'])
  // Issue 3's one variant: the refresh guard says what is missing.
  expect([ERROR_MESSAGES[body.code], ...(body.code === 'MISSING_TOKEN' ? ['Missing refresh token'] : [])]).toContain(body.error)
  if (body.code === 'MISSING_TOKEN') expect(challenge).toBe('Bearer')
  return body.code
}

async function expectAccepted(response: Response): Promise<void> {
  expect(response.status).toBe(200)
  expect(await response.json()).toStrictEqual({ identity: 'alice' })
}

const huge = 'A'.repeat(1 << 20)
const HEADER_CASES: [string, string, string][] = [
  // [name, Authorization value, expected code]
  ['empty', '', 'MISSING_TOKEN'],
  ['scheme only', 'Bearer', 'MALFORMED'],
  ['scheme and space', 'Bearer ', 'MALFORMED'],
  ['no separator', `Bearer${valid}`, 'MALFORMED'],
  ['two spaces', `Bearer  ${valid}`, 'MALFORMED'],
  ['tab separator', `Bearer\t${valid}`, 'MALFORMED'],
  ['colon separator', `Bearer:${valid}`, 'MALFORMED'],
  ['token only', valid, 'MALFORMED'],
  ['other scheme', `Basic ${valid}`, 'MALFORMED'],
  ['Token scheme', `Token ${valid}`, 'MALFORMED'],
  ['two tokens', `Bearer ${valid} ${valid}`, 'MALFORMED'],
  ['comma-joined repeats', `Bearer ${valid}, Bearer ${valid}`, 'MALFORMED'],
  ['quoted token', `Bearer "${valid}"`, 'MALFORMED'],
  ['single-quoted token', `Bearer '${valid}'`, 'MALFORMED'],
  ['token with a trailing comma', `Bearer ${valid},`, 'MALFORMED'],
  ['token with a trailing semicolon', `Bearer ${valid};`, 'MALFORMED'],
  ['latin1 in the token', `Bearer ${valid.slice(0, 20)}\u00e9${valid.slice(20)}`, 'MALFORMED'],
  ['latin1 scheme', `B\u00e9arer ${valid}`, 'MALFORMED'],
  ['NBSP separator', `Bearer\u00a0${valid}`, 'MALFORMED'],
  ['garbage', 'Bearer !!!!.????.####', 'MALFORMED'],
  ['dots only', 'Bearer ..', 'MALFORMED'],
  ['huge token', `Bearer ${huge}`, 'TOKEN_TOO_LARGE'],
  ['huge scheme', `${huge} ${valid}`, 'MALFORMED'],
  ['huge with spaces', `Bearer ${'a '.repeat(100_000)}`, 'MALFORMED'],
  ['expired token', `Bearer ${expired}`, 'EXPIRED'],
  ['refresh token', `Bearer ${refresh}`, 'ACCESS_REQUIRED'],
  // A and Q leave the 2 unused bits of a 43-character signature zero: a canonical, wrong MAC.
  ['changed last character', `Bearer ${valid.slice(0, -1)}${valid.endsWith('A') ? 'Q' : 'A'}`, 'INVALID_SIGNATURE'],
]

describe('hostile Authorization headers through jwt.required', () => {
  for (const [name, value, code] of HEADER_CASES) {
    it(`${name}: 401 ${code}`, async () => {
      const r = request(value, undefined)!
      expect(await expectRefusal(await handler(r))).toBe(code)
    })
  }
  for (const value of [`Bearer ${valid}`, `bearer ${valid}`, `BEARER ${valid}`, ` Bearer ${valid}\t`]) {
    it(`${JSON.stringify(value.slice(0, 10))}…: accepted (Headers trims surrounding whitespace, RFC 9110 §5.5)`, async () => {
      await expectAccepted(await handler(request(value, undefined)!))
    })
  }
  it('the platform refuses NUL, CR, LF and non-latin1 before the guard runs', () => {
    for (const value of [`Bearer ${valid}\u0000`, `Bearer ${valid}\r\nX-Admin: 1`, `Bearer ${valid}\n`.slice(0, -1) + '\nx', `Bearer \u{1f600}`, `Bearer \u2028`]) {
      expect(request(value, undefined)).toBeNull()
    }
  })
})

const C = 'access_token_cookie'
const COOKIE_CASES: [string, string, string][] = [
  ['empty header', '', 'MISSING_TOKEN'],
  ['empty value (a cleared cookie)', `${C}=`, 'MISSING_TOKEN'],
  ['only the refresh cookie', `refresh_token_cookie=${refresh}`, 'MISSING_TOKEN'],
  ['name without =', C, 'MISSING_TOKEN'],
  ['no separators between cookies', `a=1${C}=${valid}`, 'MISSING_TOKEN'],
  ['name in other case', `ACCESS_TOKEN_COOKIE=${valid}`, 'MISSING_TOKEN'],
  ['garbage value', `${C}=garbage`, 'MALFORMED'],
  ['a refresh token in the access cookie', `${C}=${refresh}`, 'ACCESS_REQUIRED'],
  ['expired', `${C}=${expired}`, 'EXPIRED'],
  ['repeated: a bad first one wins', `${C}=garbage; ${C}=${valid}`, 'MALFORMED'],
  ['comma instead of semicolon', `${C}=${valid}, other=1`, 'MALFORMED'],
  ['unterminated quote', `${C}="${valid}`, 'MALFORMED'],
  // RFC 6265 §4.1.1 allows a DQUOTE-wrapped cookie-value, and §5.2 keeps the quotes in it.
  ['quoted value', `${C}="${valid}"`, 'MALFORMED'],
  ['trailing garbage', `${C}=${valid}x`, 'INVALID_SIGNATURE'],
  ['latin1 in the value', `${C}=${valid.slice(0, 30)}\u00ff${valid.slice(30)}`, 'MALFORMED'],
  ['bad percent-encoding', `${C}=%E0%A4%A`, 'MALFORMED'],
  ['percent-encoded NUL', `${C}=%00`, 'MALFORMED'],
  ['percent-encoded unicode', `${C}=%F0%9F%98%80`, 'MALFORMED'],
  ['huge value', `${C}=${huge}`, 'TOKEN_TOO_LARGE'],
  ['thousands of cookies', Array.from({ length: 5000 }, (_, i) => `c${i}=${i}`).join('; '), 'MISSING_TOKEN'],
  ['thousands of repeats of a bad value', Array.from({ length: 5000 }, () => `${C}=x`).join('; '), 'MALFORMED'],
  ['semicolons only', ';;;;;;', 'MISSING_TOKEN'],
  ['equals signs only', '====', 'MISSING_TOKEN'],
]

describe('hostile Cookie headers through jwt.required', () => {
  for (const [name, value, code] of COOKIE_CASES) {
    it(`${name}: 401 ${code}`, async () => {
      expect(await expectRefusal(await handler(request(undefined, value)!))).toBe(code)
    })
  }
  for (const value of [`${C}=${valid}`, `a=1; ${C}=${valid}; b=2`, `${C}=${valid}; ${C}=garbage`, `  ${C}  =  ${valid}  `]) {
    it(`${JSON.stringify(value.slice(0, 30))}…: accepted (the cookie package's RFC 6265 reading)`, async () => {
      expect(parseCookie(value)[C]).toBe(valid)
      await expectAccepted(await handler(request(undefined, value)!))
    })
  }
  it('an invalid header token is not rescued by a valid cookie', async () => {
    expect(await expectRefusal(await handler(request('Bearer garbage', `${C}=${valid}`)!))).toBe('MALFORMED')
  })
  it('a cookie token on POST without the CSRF header is CSRF_FAILED', async () => {
    expect(await expectRefusal(await handler(request(undefined, `${C}=${valid}`, 'POST')!))).toBe('CSRF_FAILED')
  })
})

// Random composition of hostile pieces.
const PIECE = fc.oneof(
  fc.constantFrom('Bearer', 'bearer', 'Basic', ' ', '  ', '\t', ',', ';', '=', '"', "'", '.', '%', '%00', '%zz', '\\', C, 'refresh_token_cookie', valid, refresh, expired, valid.slice(0, 40), '\u00e9', '\u00a0', '\u00ff'),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.nat(2000).map((n) => 'x'.repeat(n)),
)
const VALUE = fc.array(PIECE, { maxLength: 12 }).map((pieces) => pieces.join(''))
const KNOWN_CODES = new Set(Object.keys(ERROR_MESSAGES))

describe('random hostile values: a clear 401 unless the one valid token is exactly there', () => {
  it('through real Requests', async () => {
    const before = memorySnapshot()
    let refused = 0
    await fc.assert(
      fc.asyncProperty(fc.option(VALUE, { nil: undefined }), fc.option(VALUE, { nil: undefined }), fc.constantFrom('GET', 'POST'), async (authorization, cookie, method) => {
        const r = request(authorization, cookie, method)
        if (!r) return
        const response = await handler(r)
        const sent = r.headers.get('authorization')
        const fromHeader = sent ? headerToken(sent) : undefined
        const fromCookie = r.headers.get('cookie') ? parseCookie(r.headers.get('cookie')!)[C] : undefined
        // The first location holding anything decides (issue 3): header, then cookie.
        const ok = sent ? fromHeader === valid : fromCookie === valid && method === 'GET'
        if (ok) await expectAccepted(response)
        else {
          refused++
          expect(KNOWN_CODES).toContain(await expectRefusal(response))
        }
        // jwtOptional: always the handler, anonymous unless the one valid token is there.
        const anonymous = await optional(request(authorization, cookie, method)!)
        expect(anonymous.status).toBe(200)
        expect(await anonymous.json()).toStrictEqual({ identity: ok ? 'alice' : null })
        // The refresh guard never accepts an access token, wherever it is.
        const refreshed = await refreshOnly(request(authorization, cookie, method)!)
        if (refreshed.status !== 200) expect(KNOWN_CODES).toContain(await expectRefusal(refreshed))
        else expect(sent ? headerToken(sent) : parseCookie(r.headers.get('cookie') ?? '')['refresh_token_cookie']).toBe(refresh)
      }),
      params(1500),
    )
    expect(refused).toBeGreaterThan(0)
    expectMemoryUnchanged(before)
  })
  it('through authenticate() with raw strings an adapter might pass (NUL, CR, LF, any unicode)', async () => {
    const raw = fc.oneof(VALUE, fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 60 }))
    await fc.assert(
      fc.asyncProperty(fc.option(raw, { nil: undefined }), fc.option(raw, { nil: undefined }), async (authorization, cookie) => {
        const parts: RequestParts = { method: 'GET', header: (name) => (name.toLowerCase() === 'authorization' ? authorization : null), cookie }
        const result = await authenticate(jwt, 'required', parts)
        const expectOk = authorization ? headerToken(authorization) === valid : cookie ? parseCookie(cookie)[C] === valid : false
        expect(result.ok).toBe(expectOk)
        if (!result.ok) {
          expect(KNOWN_CODES).toContain(result.error.code)
          expect(result.error.status).toBe(401)
          expect(result.wwwAuthenticate).toMatch(/^Bearer/)
          expect(result.error.message).toBe(ERROR_MESSAGES[result.error.code])
        }
      }),
      params(3000),
    )
  })
})
