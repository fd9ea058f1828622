// decodeToken builds the claims object from the engine's member table (assembly/json.ts
// MEMBERS, src/util/members.ts) instead of running JSON.parse on the payload. The object
// must be the one JSON.parse gives, to the property: the same own keys in the same order,
// the same descriptors and prototype, and values that are Object.is-equal (so -0 stays -0)
// or, for objects and arrays, deeply equal. The payloads here are raw text, so they hold
// spellings JSON.stringify never writes: escapes in names and strings, every number form,
// whitespace, names Object.prototype has, integer-like names, long names, many members.
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { params } from '../fuzz/scale.js'
import { NOW, makeJwt, signRaw } from './helpers.js'

const jwt = makeJwt()

/** What decodeToken must return for this payload text: JSON.parse's object, plus identity. */
function expected(payload: string): Record<string, unknown> {
  const claims = JSON.parse(payload) as Record<string, unknown>
  claims.identity = typeof claims.sub === 'string' ? claims.sub : null
  return claims
}

function expectSameObject(actual: object, wanted: object): void {
  expect(Object.getPrototypeOf(actual)).toBe(Object.getPrototypeOf(wanted))
  expect(Reflect.ownKeys(actual)).toEqual(Reflect.ownKeys(wanted))
  for (const key of Reflect.ownKeys(wanted)) {
    const a = Object.getOwnPropertyDescriptor(actual, key)!
    const b = Object.getOwnPropertyDescriptor(wanted, key)!
    expect([a.writable, a.enumerable, a.configurable, a.get, a.set]).toEqual([b.writable, b.enumerable, b.configurable, b.get, b.set])
    if (typeof b.value === 'object' && b.value !== null) expect(a.value).toStrictEqual(b.value)
    else expect(Object.is(a.value, b.value), `${String(key)}: ${String(a.value)} is not ${String(b.value)}`).toBe(true)
  }
}

function decodesAsJsonParse(payload: string): void {
  expectSameObject(jwt.decodeToken(signRaw(payload)), expected(payload))
}

const EXP = `${NOW + 3600}`
const space = fc.constantFrom('', ' ', '\n', '\t ', '\r\n  ')

// Names: plain ones, ones Object.prototype has, integer-like ones (an object orders them
// first), escaped spellings, non-ASCII, and names longer than the engine keeps an id for.
const rawName = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz_-0123456789$'.split('')), minLength: 0, maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('"__proto__"', '"constructor"', '"toString"', '"hasOwnProperty"', '"valueOf"', '"0"', '"1"', '"10"', '"4294967295"', '"-1"', '"role"', '"scope"'),
  fc.constantFrom('"\\u0061b"', '"a\\nb"', '"\\"q\\""', '"caf\\u00e9"', '"café"', '"\\ud83d\\ude00"'),
  fc.integer({ min: 9, max: 80 }).map((n) => JSON.stringify('n'.repeat(n))),
)

// Values in every spelling JSON allows: what the engine hands over as exact integers, as
// text for Number(), as slices, or as spans for JSON.parse.
const rawNumber = fc.oneof(
  fc.integer({ min: -1e15 + 1, max: 1e15 - 1 }).map(String),
  fc.constantFrom('0', '-0', '1E5', '1e+2', '-1.5e-7', '0.1', '1e400', '-1e400', '123456789012345678901234567890', '1234567890123456', '999999999999999', '-999999999999999', '5e-324', '1.7976931348623157e308'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => JSON.stringify(x)),
)
const rawString = fc.oneof(
  fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s)),
  fc.string({ unit: 'grapheme', maxLength: 6 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('"\\u0041\\u0000"', '"tab\\tnew\\nline"', '"\\/slash"', '"\\ud800"', '""'),
)
const rawValue = fc.oneof(
  rawNumber,
  rawString,
  fc.constantFrom('true', 'false', 'null', '{}', '[]', '{"a":[1,{"b":null}],"c":"d"}', '[1, "two", [3], {"four": 4}]', '{"__proto__": 1}'),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
)

/** An object's text from [name, value] texts, exp added at `at` (the only claim the engine requires). */
function objectText(members: [string, string][], at: number, gaps: string[]): string {
  const all = [...members]
  all.splice(Math.min(at, all.length), 0, ['"exp"', EXP])
  const gap = (i: number) => gaps[i % gaps.length]!
  return `${gap(0)}{${all.map(([n, v], i) => `${gap(i + 1)}${n}${gap(i + 2)}:${gap(i + 3)}${v}`).join(',')}${gap(1)}}${gap(2)}`
}

// Registered claims must have their types for the token to verify at all; aud needs an
// audience configured. Those are tested elsewhere: here they are left out.
const REGISTERED = new Set(['exp', 'nbf', 'iat', 'sub', 'aud'])

function validMembers(members: [string, string][]): boolean {
  const names = members.map(([n]) => JSON.parse(n) as string)
  return new Set(names).size === names.length && names.every((n) => !REGISTERED.has(n))
}

describe('claims built from the member table are what JSON.parse gives', () => {
  it('random members in raw spellings, with whitespace', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(rawName, rawValue), { maxLength: 16 }), fc.nat(16), fc.array(space, { minLength: 1, maxLength: 4 }), (members, at, gaps) => {
        fc.pre(validMembers(members))
        decodesAsJsonParse(objectText(members, at, gaps))
      }),
      params(1500),
    )
  })

  it('every member count around the table size (12), and the registered claims with their own spellings', () => {
    for (let n = 0; n <= 15; n++) {
      const custom = Array.from({ length: n }, (_, i) => `"c${i}":${i % 3 === 0 ? `"v${i}"` : i % 3 === 1 ? `${i * 1000000007}` : 'true'}`)
      decodesAsJsonParse(`{"sub":"user-${n}","iat":${NOW},"nbf":${NOW - 1}.0,"exp":${EXP}${custom.map((c) => `,${c}`).join('')}}`)
      decodesAsJsonParse(`{${custom.map((c) => `${c},`).join('')}"sub":"\\u0075ser","exp":${NOW + 7}e0}`)
    }
  })

  it('names Object.prototype has become own properties, as JSON.parse makes them', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf']) {
      for (const value of ['{"polluted":true}', 'null', '"x"', '1']) decodesAsJsonParse(`{"exp":${EXP},"${name}":${value},"after":1}`)
      const claims = jwt.decodeToken(signRaw(`{"exp":${EXP},"${name}":{"polluted":true}}`))
      expect(Object.getPrototypeOf(claims)).toBe(Object.prototype)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    }
  })

  it('the same names in another order, another count, and after thousands of new names (the table is cleared and refilled)', () => {
    const names = Array.from({ length: 900 }, (_, i) => `name${(i * 7919) % 900}`)
    for (let i = 0; i < names.length; i += 9) {
      const chosen = names.slice(i, i + 9 + (i % 4))
      if (i % 2) chosen.reverse()
      decodesAsJsonParse(`{${chosen.map((n, k) => `"${n}":${k % 2 ? `"${n}-value"` : k}`).join(',')},"exp":${EXP}}`)
      decodesAsJsonParse(`{"exp":${EXP},"sub":"s","jti":"j","type":"access"}`)
    }
  })

  it('a non-ASCII payload (read through TextDecoder) gives the same object', () => {
    decodesAsJsonParse(`{"exp":${EXP},"name":"Zoë","emoji":"😀","plain":"ascii"}`)
  })
})

describe('a name Object.prototype gains an accessor for', () => {
  const NAME = 'claimWithAnInheritedAccessor'
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)[NAME]
  })

  it('is still an own data property of the claims, and the accessor never runs', () => {
    let ran = false
    Object.defineProperty(Object.prototype, NAME, {
      configurable: true,
      get: () => 'inherited',
      set: () => {
        ran = true
      },
    })
    const payload = `{"exp":${EXP},"${NAME}":"own","other":2}`
    decodesAsJsonParse(payload)
    expect(Object.getOwnPropertyDescriptor(jwt.decodeToken(signRaw(payload)), NAME)?.value).toBe('own')
    expect(ran).toBe(false)
  })
})
