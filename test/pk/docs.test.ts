// docs/asymmetric.md's local-set example, run as written: each `expression // value` line
// must give that value, and what it logs must be what its comment says.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { rsaKey, signToken } from './helpers.js'
import { JWTError, JWTVerifier, KeySet } from '../../src/asymmetric.js'

const doc = readFileSync(new URL('../../docs/asymmetric.md', import.meta.url), 'utf8')
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1])
const example = blocks.find((block) => block.includes('KeySet.from(jwks)')) ?? ''

test('the KeySet example runs and says what it does', () => {
  expect(example).toContain("from 'jwt-wasm/asymmetric'")
  const key = rsaKey(2048)
  const jwks = { keys: [{ ...key.jwk, kid: 'k1', use: 'sig' }] }
  const token = signToken('RS256', key.privateKey, { alg: 'RS256', kid: 'k1' }, { sub: 'auth0|42', exp: Math.floor(Date.now() / 1000) + 60 })
  const hs256Token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2lnbmE'
  const checks: [string, unknown, unknown][] = []
  const logged: [string, unknown[]][] = []
  const body = example
    .split('\n')
    .filter((line) => !line.startsWith('import '))
    .map((line) => {
      const value = /^(\w[^/]*?) \/\/ ('[^']*'|true|false)$/.exec(line)
      if (value) return `__check(${JSON.stringify(value[1])}, ${value[1]}, ${value[2]})`
      const log = /console\.log\((.*)\) \/\/ (.*)$/.exec(line)
      if (log) return line.replace(/console\.log\((.*)\) \/\/ (.*)$/, `__log(${JSON.stringify(log[2])}, $1)`)
      return line
    })
    .join('\n')
  new Function('JWTError', 'JWTVerifier', 'KeySet', 'jwks', 'token', 'hs256Token', '__check', '__log', body)(
    JWTError, JWTVerifier, KeySet, jwks, token, hs256Token,
    (text: string, actual: unknown, expected: unknown) => checks.push([text, actual, expected]),
    (comment: string, ...values: unknown[]) => logged.push([comment, values]),
  )
  expect(checks.length).toBe(2)
  for (const [text, actual, expected] of checks) expect(actual, text).toStrictEqual(expected)
  expect(logged).toEqual([['ALGORITHM_MISMATCH', ['ALGORITHM_MISMATCH']]])
})
