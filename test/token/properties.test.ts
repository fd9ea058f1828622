// Property tests: random payload TEXT (nested objects and arrays, escapes, unicode,
// duplicate names, numbers in every spelling, whitespace), written by our own generator
// and signed with node:crypto. The engine's verdict must be the one that JSON.parse of
// the same text implies, and an accepted token must decode to exactly JSON.parse's value.
import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { NOW, codeOf, makeJwt, signRaw, expectFixedMemory } from './helpers.js'

expectFixedMemory()

const jwt = makeJwt({ maxTokenLength: 65536 })
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 1500), seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 0x6a77, endOnFailure: true }

// ---- the reference: what JSON.parse implies -------------------------------------------

/**
 * True if some object in the (valid) JSON text repeats a member name, compared after
 * decoding escapes. JSON.parse silently keeps the last one, so this is checked apart.
 */
function hasDuplicateName(text: string): boolean {
  const stack: (Set<string> | null)[] = []
  let previous = '' // last structural character seen: a string is a name after '{' or ','
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') {
      let j = i + 1
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1
      const names = stack.at(-1)
      if (names && (previous === '{' || previous === ',')) {
        const name = JSON.parse(text.slice(i, j + 1)) as string
        if (names.has(name)) return true
        names.add(name)
      }
      previous = '"'
      i = j
    } else if (c === '{') {
      stack.push(new Set())
      previous = c
    } else if (c === '[') {
      stack.push(null)
      previous = c
    } else if (c === '}' || c === ']') {
      stack.pop()
      previous = c
    } else if (c === ',' || c === ':') {
      previous = c
    }
  }
  return false
}

/** The JWTError code (or 'OK') that a token with this payload text must get at NOW. */
function expectedCode(text: string): string {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return 'MALFORMED'
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'MALFORMED'
  if (hasDuplicateName(text)) return 'MALFORMED'
  const claims = value as Record<string, unknown>
  const has = (name: string) => Object.hasOwn(claims, name)
  if (has('sub') && typeof claims.sub !== 'string') return 'INVALID_CLAIMS'
  for (const name of ['exp', 'nbf', 'iat']) {
    if (has(name) && (typeof claims[name] !== 'number' || !Number.isFinite(claims[name]))) return 'INVALID_CLAIMS'
  }
  if (!has('exp')) return 'INVALID_CLAIMS'
  if (NOW >= (claims.exp as number)) return 'EXPIRED'
  if (has('nbf') && NOW < (claims.nbf as number)) return 'NOT_YET_VALID'
  if (has('iat') && (claims.iat as number) > NOW) return 'INVALID_CLAIMS'
  // No audience is configured, so any aud is refused (RFC 7519 §4.1.3).
  if (has('aud')) return 'INVALID_AUDIENCE'
  return 'OK'
}

// ---- the generator: JSON text, spelled in every way JSON allows ------------------------

const ws = fc.constantFrom('', '', '', ' ', '\n', '\t', '\r\n', '  ')

/** A character written raw or as one of its escapes (\uXXXX in either case, or the short form). */
function spellChar(ch: string, escape: number): string {
  const short: Record<string, string> = { '"': '\\"', '\\': '\\\\', '/': '\\/', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' }
  const u = (code: number, upper: boolean) => `\\u${code.toString(16).padStart(4, '0')[upper ? 'toUpperCase' : 'toLowerCase']()}`
  const mustEscape = ch === '"' || ch === '\\' || ch.charCodeAt(0) < 0x20
  if (escape === 0 && !mustEscape) return ch
  if (escape === 1 && short[ch]) return short[ch]
  return [...ch].length === 1 && ch.length === 2
    ? u(ch.charCodeAt(0), escape === 2) + u(ch.charCodeAt(1), escape !== 2) // a surrogate pair
    : u(ch.charCodeAt(0), escape === 2)
}

const charPool = fc.oneof(
  fc.constantFrom('e', 'x', 'p', 'n', 'b', 'f', 'i', 'a', 't', 's', 'u', 'A', '0', ' ', '_'),
  fc.constantFrom('"', '\\', '/', '\b', '\f', '\n', '\r', '\t', '\0', '\x1f', '\x7f'),
  fc.constantFrom('é', 'ß', '€', '\u2028', '\uffff', '😀', '\u{10ffff}', '中'),
  fc.constantFrom('\ud800', '\udfff'), // lone surrogates: only ever written escaped
)
const spelledChar = fc.tuple(charPool, fc.integer({ min: 0, max: 3 })).map(([ch, escape]) =>
  ch.length === 1 && ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff ? spellChar(ch, 2 + (escape & 1)) : spellChar(ch, escape),
)
const stringLiteral = fc.array(spelledChar, { maxLength: 8 }).map((parts) => `"${parts.join('')}"`)

/** Names from a small pool, so repeats (spelled alike or escaped differently) are common. */
const namePool = ['exp', 'nbf', 'iat', 'sub', 'aud', 'a', 'b', 'é', '😀', '__proto__', '', 'Exp']
const nameLiteral = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...namePool), fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 12, maxLength: 12 })).map(
    ([name, escapes]) => `"${[...name].map((ch, i) => spellChar(ch, escapes[i] === 1 ? 0 : escapes[i])).join('')}"`,
  ) },
  { weight: 1, arbitrary: stringLiteral },
)

/** Any JSON number spelling from the grammar: -? int frac? exp?. */
const anyNumber = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9][0-9]{0,24}$/)),
    fc.option(fc.stringMatching(/^[0-9]{1,25}$/)),
    fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.stringMatching(/^[0-9]{1,3}$/))),
  )
  .map(([neg, int, frac, exp]) => `${neg ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}${exp === null ? '' : exp.join('')}`)

/** A time near NOW (so every comparison can go either way), spelled many ways. */
const timeNumber = fc
  .tuple(fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, 0, 0.25, 0.5, 0.75), fc.integer({ min: 0, max: 7 }), fc.integer({ min: 1, max: 40 }))
  .map(([delta, frac, form, zeros]) => {
    const v = NOW + delta + frac
    const plain = String(v)
    switch (form) {
      case 0: return plain
      case 1: return `${plain}${Number.isInteger(v) ? '.' : ''}${'0'.repeat(zeros)}`
      case 2: return v.toExponential()
      case 3: return v.toExponential().replace('e+', 'E')
      case 4: return `${plain.replace('.', '')}${'0'.repeat(zeros)}e-${zeros + (plain.includes('.') ? plain.split('.')[1].length : 0)}`
      case 5: return `0.${plain.replace('.', '')}e${plain.split('.')[0].length}`
      case 6: return `${plain}${'0'.repeat(zeros)}e-${zeros}`.replace(/^(\d+)\.(\d+)0*e/, '$1.$2e')
      default: return `${v * 10 ** (zeros % 5)}e-${zeros % 5}`
    }
  })

const special = fc.constantFrom('-0', '-0.0', '0', '1e400', '-1e400', '1e-400', '9007199254740993', '999999999999999', '1000000000000000')
const numberLiteral = fc.oneof({ weight: 3, arbitrary: timeNumber }, { weight: 2, arbitrary: anyNumber }, { weight: 1, arbitrary: special })

const { value: jsonValue } = fc.letrec<{ value: string; object: string; array: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    numberLiteral,
    stringLiteral,
    fc.constantFrom('true', 'false', 'null'),
    tie('object'),
    tie('array'),
  ),
  object: fc
    .tuple(fc.array(fc.tuple(ws, nameLiteral, ws, ws, tie('value'), ws), { maxLength: 4 }), ws)
    .map(([members, after]) => `{${members.map(([a, n, b, c, v, d]) => `${a}${n}${b}:${c}${v}${d}`).join(',')}${members.length ? '' : after}}`),
  array: fc.tuple(fc.array(fc.tuple(ws, tie('value'), ws), { maxLength: 4 }), ws).map(
    ([items, after]) => `[${items.map(([a, v, b]) => `${a}${v}${b}`).join(',')}${items.length ? '' : after}]`,
  ),
}))

/** A top-level member: usually one of the claims the engine reads, with a likely value. */
const topMember = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom('"exp"', '"\\u0065xp"', '"e\\u0078p"'), fc.oneof({ weight: 5, arbitrary: timeNumber }, { weight: 1, arbitrary: jsonValue })) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('"nbf"', '"iat"', '"n\\u0062f"', '"\\u0069at"'), fc.oneof({ weight: 5, arbitrary: numberLiteral }, { weight: 1, arbitrary: jsonValue })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('"sub"', '"s\\u0075b"'), fc.oneof(stringLiteral, jsonValue)) },
  { weight: 2, arbitrary: fc.tuple(nameLiteral, jsonValue) },
)

const payloadText = fc
  .tuple(ws, fc.array(fc.tuple(ws, topMember, ws, ws), { maxLength: 7 }), ws)
  .map(([before, members, after]) => `${before}{${members.map(([a, [n, v], b, c]) => `${a}${n}${b}:${c}${v}`).join(',')}}${after}`)

// ---- the properties --------------------------------------------------------------------

function checkAgreement(text: string): void {
  // The bytes signed are the UTF-8 of text; JSON.parse must judge the same bytes.
  const sameText = Buffer.from(text).toString()
  const expected = expectedCode(sameText)
  const token = signRaw(text)
  expect(codeOf(jwt, token), sameText).toBe(expected)
  expect(jwt.verifyToken(token)).toBe(expected === 'OK')
  if (expected === 'OK') {
    const parsed = JSON.parse(sameText) as Record<string, unknown>
    const sub = Object.hasOwn(parsed, 'sub') ? parsed.sub : null
    expect(jwt.decodeToken(token)).toEqual({ ...parsed, identity: sub })
  }
}

describe('the engine agrees with JSON.parse', () => {
  test('on generated payloads', () => {
    fc.assert(
      fc.property(payloadText, checkAgreement),
      RUNS,
    )
  })

  test('on generated payloads with one character deleted, inserted or replaced', () => {
    const mutated = fc
      .tuple(payloadText, fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom(...'{}[]":,\\ 0123456789.eE+-tfnu\n\u00e9'))
      .map(([text, at, op, ch]) => {
        const i = text.length ? at % text.length : 0
        if (op === 'delete') return text.slice(0, i) + text.slice(i + 1)
        if (op === 'insert') return text.slice(0, i) + ch + text.slice(i)
        return text.slice(0, i) + ch + text.slice(i + 1)
      })
    fc.assert(fc.property(mutated, checkAgreement), RUNS)
  })

  test('on any JSON value fast-check can make, as a claim', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue(), { maxKeys: 6 }), fc.integer({ min: -2, max: 2 }), (extra, delta) => {
        delete extra.sub
        delete extra.aud
        const text = JSON.stringify({ ...extra, exp: NOW + delta })
        checkAgreement(text)
      }),
      RUNS,
    )
  })

  test('the generator does produce every verdict', () => {
    const seen = new Set<string>()
    fc.assert(fc.property(payloadText, (text) => void seen.add(expectedCode(Buffer.from(text).toString()))), { ...RUNS, numRuns: 2000 })
    expect([...seen].sort()).toEqual(['EXPIRED', 'INVALID_AUDIENCE', 'INVALID_CLAIMS', 'MALFORMED', 'NOT_YET_VALID', 'OK'])
  })
})

describe('time rules with random clocks and leeways, every algorithm', () => {
  test('exp, nbf and iat against now and leeway follow RFC 7519 §4.1.4-4.1.6', () => {
    const instant = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -5, max: 5, noNaN: true })).map((d) => NOW + d)
    fc.assert(
      fc.property(
        fc.constantFrom('HS256', 'HS384', 'HS512'),
        instant,
        fc.integer({ min: 0, max: 3 }),
        instant,
        fc.option(instant),
        fc.option(instant),
        (alg, now, leeway, exp, nbf, iat) => {
          const claims: Record<string, number> = { exp }
          if (nbf !== null) claims.nbf = nbf
          if (iat !== null) claims.iat = iat
          const expected =
            now >= exp + leeway ? 'EXPIRED'
            : nbf !== null && now < nbf - leeway ? 'NOT_YET_VALID'
            : iat !== null && iat > now + leeway ? 'INVALID_CLAIMS'
            : 'OK'
          const j = makeJwt({ algorithm: alg, clock: () => now, leeway })
          expect(codeOf(j, signRaw(JSON.stringify(claims), `{"alg":"${alg}"}`, alg))).toBe(expected)
        },
      ),
      RUNS,
    )
  })
})

describe('tokens the class makes', () => {
  test('round-trip any custom claims exactly', () => {
    const reserved = new Set(['sub', 'iat', 'nbf', 'exp', 'jti', 'type', 'fresh', 'iss', 'aud', 'identity', 'csrf', '__proto__'])
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), fc.dictionary(fc.string({ unit: 'binary', maxLength: 10 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }), (identity, claims) => {
        for (const name of Object.keys(claims)) if (reserved.has(name)) delete claims[name]
        const token = jwt.createAccessToken(identity, { claims })
        const decoded = jwt.decodeToken(token)
        // JSON.stringify turns lone surrogates into escapes, so they survive exactly.
        expect(decoded).toEqual({ ...JSON.parse(JSON.stringify(claims)), ...JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()), identity })
        expect(decoded.sub).toBe(identity)
      }),
      { ...RUNS, numRuns: 200 },
    )
  })
})
