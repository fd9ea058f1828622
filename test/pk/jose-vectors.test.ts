// Every vector of Wycheproof's json_web_signature_test.json and json_web_key_test.json,
// through the key set and the verifier's token path (signature only: these payloads are
// "foo", not claims). A group whose keys this package cannot use (HS keys, which belong to
// the JWT class, and curves not yet supported) must have every token refused. Four "valid"
// vectors are refused on purpose; test/vectors/README.md gives each decision.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import './helpers.js'
import { KeySet } from '../../src/pk/key-set.js'
import { checkToken } from '../../src/pk/verifier.js'
import { ALGORITHM_NAMES } from '../../src/pk/algorithms.js'

interface Vector {
  tcId: number
  comment: string
  jws: string
  result: 'valid' | 'invalid'
  flags: string[]
}
interface Group {
  comment: string
  public?: Record<string, unknown>
  private?: Record<string, unknown>
  tests: Vector[]
}

const read = (file: string) => JSON.parse(readFileSync(new URL(`../vectors/wycheproof/${file}`, import.meta.url), 'utf8')) as { numberOfTests: number; testGroups: Group[] }
const ALL = new Set<string>(ALGORITHM_NAMES)

/**
 * Refused on purpose (test/vectors/README.md): RFC 7520 Figure 20 is a PS384 token, and the
 * Wycheproof group gives its key "alg": "PS256"; Figure 27 is an ES512 token whose P-521
 * key says "alg": "ES521". A key that declares alg verifies only that alg (the issue's
 * rule, jose's createLocalJWKSet's), so the token finds no key.
 */
const DECLARED_ALG_MISMATCH = new Set([346, 350, 347, 351])

/** The public set of a group: its `public` member (a key or a set), else its `private` one (secret keys, all skipped). */
function setOf(group: Group): KeySet | TypeError {
  const source = group.public ?? group.private!
  const jwks = Array.isArray(source.keys) ? source : { keys: [source] }
  try {
    return KeySet.from(jwks)
  } catch (error) {
    if (error instanceof TypeError) return error
    throw error
  }
}

function verdicts(file: string) {
  const data = read(file)
  const rows: { tcId: number; expected: string; got: string; usable: boolean }[] = []
  for (const group of data.testGroups) {
    const set = setOf(group)
    for (const t of group.tests) {
      const got = set instanceof TypeError ? 'key refused at import' : (checkToken(t.jws, ALL, set, null) ?? 'valid')
      rows.push({ tcId: t.tcId, expected: t.result, got, usable: !(set instanceof TypeError) && set.size > 0 })
    }
  }
  return { data, rows }
}

describe.each(['json_web_signature_test.json', 'json_web_key_test.json'])('%s', (file) => {
  const { data, rows } = verdicts(file)

  test('covers every vector', () => {
    expect(rows.length).toBe(data.numberOfTests)
  })

  test('valid vectors verify when the set holds a usable key, except the documented refusals', () => {
    const wrong = rows.filter((r) => r.expected === 'valid' && r.usable && !DECLARED_ALG_MISMATCH.has(r.tcId) && r.got !== 'valid')
    expect(wrong).toEqual([])
  })

  test('no invalid vector verifies, and nothing verifies without a usable key', () => {
    expect(rows.filter((r) => r.got === 'valid' && (r.expected !== 'valid' || !r.usable))).toEqual([])
  })
})

test('the documented refusals: the signature is good, only the key\'s declared alg stops it', () => {
  const data = read('json_web_signature_test.json')
  for (const group of data.testGroups) {
    for (const t of group.tests.filter((v) => DECLARED_ALG_MISMATCH.has(v.tcId))) {
      expect(checkToken(t.jws, ALL, KeySet.from({ keys: [group.public] }), null)).toBe('UNKNOWN_KEY')
      const { alg: _declared, ...withoutAlg } = group.public!
      expect(checkToken(t.jws, ALL, KeySet.from({ keys: [withoutAlg] }), null)).toBe(null)
    }
  }
})

test('the RSA refusals in json_web_key_test.json happen for the stated reasons', () => {
  const { rows } = verdicts('json_web_key_test.json')
  const got = (id: number) => rows.find((r) => r.tcId === id)!.got
  expect(got(5)).toBe('valid')
  expect(got(6)).toBe('UNKNOWN_KEY') // use: enc
  expect(got(7)).toBe('key refused at import') // ROCA
  expect(got(8)).toBe('key refused at import') // 1024 bits
  expect(got(9)).toBe('key refused at import') // e = 1
  expect(got(24)).toBe('key refused at import') // kty RSA without n and e
  // HS tokens never reach a key: ALGORITHM_MISMATCH, whatever the set holds.
  for (const id of [1, 2, 4, 13]) expect(got(id)).toBe('ALGORITHM_MISMATCH')
})
