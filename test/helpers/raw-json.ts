// Payload text in every spelling JSON allows, and the strict comparison of a decoded claims
// object with JSON.parse's, for the tests of the claims object that both engines build from
// their member table (test/token/members.test.ts, test/pk/members.test.ts).
import fc from 'fast-check'
import { expect } from 'vitest'
import { params } from '../fuzz/scale.js'

/** What a decode must return for this payload text: JSON.parse's object, plus identity. */
export function expectedClaims(payload: string): Record<string, unknown> {
  const claims = JSON.parse(payload) as Record<string, unknown>
  claims.identity = typeof claims.sub === 'string' ? claims.sub : null
  return claims
}

/** The same own keys in order, descriptors and prototype; values Object.is-equal, or deeply equal objects. */
export function expectSameObject(actual: object, wanted: object): void {
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

/** An object's text from [name, value] texts, with exp (the only claim an engine requires) added at `at`. */
function objectText(members: [string, string][], at: number, gaps: string[], exp: number): string {
  const all = [...members]
  all.splice(Math.min(at, all.length), 0, ['"exp"', String(exp)])
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


/** Runs `check` on random payload texts: members in raw spellings, whitespace, and exp (which every engine requires) at a random place. */
export function forRandomPayloads(exp: number, runs: number, check: (payload: string) => void): void {
  fc.assert(
    fc.property(fc.array(fc.tuple(rawName, rawValue), { maxLength: 16 }), fc.nat(16), fc.array(space, { minLength: 1, maxLength: 4 }), (members, at, gaps) => {
      fc.pre(validMembers(members))
      check(objectText(members, at, gaps, exp))
    }),
    params(runs),
  )
}
