// Random input of every shape. Random bytes and strings make decodeToken throw only
// JWTError and verifyToken return false; validly signed random headers and payloads get
// exactly the verdict of the reference verifier (reference.ts), and an accepted token's
// claims are exactly what JSON.parse gives. Nothing crashes; the wasm memory never grows.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { JWTError } from '../../src/index.js'
import { b64, expectMemoryUnchanged, hmac, makeJwt, memorySnapshot, NOW, OTHER_SECRET, SECRET, type HS } from '../attacks/helpers.js'
import { referenceVerdict, type Verdict } from './reference.js'
import { params } from './scale.js'

const jwts = { HS256: makeJwt(), HS384: makeJwt({ algorithm: 'HS384' }), HS512: makeJwt({ algorithm: 'HS512' }) }
const loose = makeJwt({ maxTokenLength: 65536 })

function verdict(jwt: (typeof jwts)['HS256'], token: unknown): Verdict {
  let result: Verdict
  try {
    const claims = jwt.decodeToken(token as string)
    expect(claims).toBeTypeOf('object')
    result = 'OK'
  } catch (error) {
    if (!(error instanceof JWTError)) throw error
    result = error.code
  }
  expect(jwt.verifyToken(token)).toBe(result === 'OK')
  return result
}

/** Every unverified path too: they may throw JWTError only, and getIdentity never throws. */
function unverifiedPathsHold(jwt: (typeof jwts)['HS256'], token: unknown): void {
  const identity = jwt.getIdentity(token)
  expect(identity === null || typeof identity === 'string').toBe(true)
  try {
    jwt.decodeUnverified(token as string)
  } catch (error) {
    if (!(error instanceof JWTError)) throw error
  }
}

describe('random input is refused, with JWTError only', () => {
  it('random bytes as latin1 text', () => {
    const before = memorySnapshot()
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const token = Buffer.from(bytes).toString('latin1')
        expect(verdict(jwts.HS256, token)).not.toBe('OK')
        unverifiedPathsHold(jwts.HS256, token)
      }),
      params(3000),
    )
    expectMemoryUnchanged(before)
  })
  it('random UTF-16 strings, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constant('.'), fc.constant('-'), fc.constant('_'), fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u))), maxLength: 400 }), (token) => {
        expect(verdict(loose, token)).not.toBe('OK')
        unverifiedPathsHold(loose, token)
      }),
      params(3000),
    )
  })
  it('token-shaped strings: 1 to 5 segments of base64url text', () => {
    const segment = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_='), maxLength: 120 })
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (parts) => {
        const token = parts.join('.')
        expect(verdict(jwts.HS256, token)).not.toBe('OK')
        unverifiedPathsHold(jwts.HS256, token)
      }),
      params(3000),
    )
  })
  it('huge and repetitive strings', () => {
    const before = memorySnapshot()
    for (const token of ['.'.repeat(70_000), 'A'.repeat(65_536), `${'A'.repeat(30_000)}.${'A'.repeat(30_000)}.${'A'.repeat(5_000)}`, '\u0000'.repeat(65_536), '\ud800'.repeat(20_000), '\u{1f600}'.repeat(20_000)]) {
      expect(verdict(loose, token)).not.toBe('OK')
      unverifiedPathsHold(loose, token)
    }
    expectMemoryUnchanged(before)
  })
  it('non-strings of every type', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withDate: true, withNullPrototype: true }), (value) => {
        if (typeof value === 'string') return
        expect(verdict(jwts.HS256, value)).toBe('MALFORMED')
        unverifiedPathsHold(jwts.HS256, value)
      }),
      params(1000),
    )
  })
})

// Validly signed random JSON: header and payload texts built with odd spellings (raw
// number forms, escaped names, whitespace), duplicates and junk, then sometimes mutated.
const TIME = fc.oneof(
  fc.integer({ min: NOW - 2000, max: NOW + 2000 }).map(String),
  fc.double({ min: NOW - 2000, max: NOW + 2000, noNaN: true }).map(String),
  fc.constantFrom('1e400', '-1e400', '-0', '0', `${NOW}`, `${NOW}.0`, `${NOW}e0`, `${NOW / 1e9}e9`, `${NOW + 60}${'0'.repeat(20)}e-20`, '17000009E+2', '1.7000009e9', '9007199254740993'),
  fc.constantFrom('null', 'true', 'false', '"1700000900"', '[]', `[${NOW + 60}]`, '{}', `{"exp":${NOW + 60}}`, '""'),
)
const JSON_TEXT = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null')
const NAME = fc.oneof(fc.constantFrom('exp', 'nbf', 'iat', 'sub', 'aud', 'alg', 'typ', 'crit', 'b64', '__proto__', 'constructor', 'jti', 'x'), fc.string({ maxLength: 6 }))

/** Writes a name, sometimes with one character as a \u escape (JSON.parse decodes it). */
function spellName(name: string, escapeAt: number): string {
  const text = JSON.stringify(name)
  if (name.length === 0 || escapeAt < 0) return text
  const i = escapeAt % name.length
  const escaped = `\\u${name.charCodeAt(i).toString(16).padStart(4, '0')}`
  return JSON.stringify(name.slice(0, i)).slice(0, -1) + escaped + JSON.stringify(name.slice(i + 1)).slice(1)
}

const MEMBER = fc.tuple(NAME, fc.oneof(TIME, JSON_TEXT, fc.string({ maxLength: 10 }).map((s) => JSON.stringify(s))), fc.integer({ min: -3, max: 8 }))
const SPACE = fc.constantFrom('', '', '', ' ', '\n', '\t\r ')

function objectText(members: [string, string, number][], space: string): string {
  return `${space}{${members.map(([name, value, escapeAt]) => `${space}${spellName(name, escapeAt)}${space}:${space}${value}`).join(',')}${space}}${space}`
}

const HEADER_TEXT = fc
  .tuple(
    fc.option(fc.oneof({ arbitrary: fc.constant('"HS256"'), weight: 12 }, fc.constantFrom('"HS384"', '"HS512"', '"none"', '"hs256"', '"HS256 "', 'null', '256')), { nil: undefined, freq: 10 }),
    fc.option(fc.oneof({ arbitrary: fc.constantFrom('"JWT"', '"jwt"', '"JwT"'), weight: 6 }, fc.constantFrom('"JWS"', '"at+jwt"', 'null', '1')), { nil: undefined }),
    fc.array(fc.tuple(fc.constantFrom('kid', 'kid', 'jku', 'x', 'crit', 'b64', 'alg'), JSON_TEXT, fc.integer({ min: -3, max: 3 })), { maxLength: 2 }),
    SPACE,
  )
  .map(([alg, typ, extra, space]) => {
    const members: [string, string, number][] = []
    if (alg !== undefined) members.push(['alg', alg, -1])
    if (typ !== undefined) members.push(['typ', typ, -1])
    members.push(...extra)
    return objectText(members, space)
  })

const PAYLOAD_TEXT = fc
  .tuple(
    fc.option(fc.oneof({ arbitrary: fc.integer({ min: NOW + 1, max: NOW + 2000 }).map(String), weight: 2 }, TIME), { nil: undefined, freq: 8 }),
    fc.option(TIME, { nil: undefined }),
    fc.option(TIME, { nil: undefined }),
    fc.option(fc.oneof(fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s)), JSON_TEXT), { nil: undefined }),
    fc.option(fc.constantFrom('"api"', '["api"]', '[]', 'null'), { nil: undefined, freq: 4 }),
    fc.array(MEMBER, { maxLength: 4 }),
    SPACE,
  )
  .map(([exp, nbf, iat, sub, aud, extra, space]) => {
    const members: [string, string, number][] = []
    if (exp !== undefined) members.push(['exp', exp, -1])
    if (nbf !== undefined) members.push(['nbf', nbf, -1])
    if (iat !== undefined) members.push(['iat', iat, -1])
    if (sub !== undefined) members.push(['sub', sub, -1])
    if (aud !== undefined) members.push(['aud', aud, -1])
    members.push(...extra)
    return objectText(members, space)
  })

/** Up to two character edits with JSON's own punctuation, to reach the scanner's error paths. */
const EDITS = fc.array(fc.tuple(fc.nat(), fc.nat(2), fc.constantFrom(...'{}[]":,\\ 0123456789eE.-+tfnul\u00e9\u0000\n')), { maxLength: 2 })

function edit(text: string, edits: [number, number, string][]): string {
  for (const [at, op, c] of edits) {
    const i = at % (text.length + 1)
    text = op === 0 ? text.slice(0, i) + c + text.slice(i + 1) : op === 1 ? text.slice(0, i) + c + text.slice(i) : text.slice(0, i) + text.slice(i + 1)
  }
  return text
}

const utf8 = new TextEncoder()
const roundTrip = (text: string) => new TextDecoder().decode(utf8.encode(text))

describe('validly signed random JSON gets exactly the reference verdict', () => {
  it('headers, payloads, mutations, three algorithms, right and wrong keys', () => {
    const before = memorySnapshot()
    const seen = new Map<Verdict, number>()
    fc.assert(
      fc.property(
        HEADER_TEXT,
        PAYLOAD_TEXT,
        EDITS,
        EDITS,
        fc.constantFrom<HS>('HS256', 'HS384', 'HS512'),
        fc.constantFrom<HS>('HS256', 'HS384', 'HS512'),
        fc.boolean(),
        (headerText, payloadText, headerEdits, payloadEdits, configured, used, rightKey) => {
          // The header claims `configured` most of the time: otherwise few cases get past it.
          const h = roundTrip(edit(headerText.replace('"HS256"', `"${configured}"`), headerEdits))
          const p = roundTrip(edit(payloadText, payloadEdits))
          const input = `${b64(h)}.${b64(p)}`
          const token = `${input}.${b64(hmac(used, rightKey ? SECRET : OTHER_SECRET, input))}`
          const expected = referenceVerdict(h, p, rightKey && used === configured, configured, NOW)
          const actual = verdict(jwts[configured], token)
          seen.set(actual, (seen.get(actual) ?? 0) + 1)
          if (actual !== expected) throw new Error(`engine ${actual}, reference ${expected}\nheader ${JSON.stringify(h)}\npayload ${JSON.stringify(p)}`)
          if (actual === 'OK') {
            expect(jwts[configured].decodeToken(token)).toStrictEqual({ ...(JSON.parse(p) as object), identity: (JSON.parse(p) as { sub: string }).sub ?? null })
          }
        },
      ),
      params(6000),
    )
    // The generators must reach every verdict, or the comparison proves little.
    for (const code of ['OK', 'MALFORMED', 'ALGORITHM_MISMATCH', 'INVALID_SIGNATURE', 'EXPIRED', 'NOT_YET_VALID', 'INVALID_CLAIMS', 'INVALID_AUDIENCE'] as Verdict[]) {
      expect(seen.get(code) ?? 0, code).toBeGreaterThan(0)
    }
    expectMemoryUnchanged(before)
  })
})
