// docs/ec.md's example, run as written: the first js block, with `jwks` and `token` given
// (a provider's set and a token it signed), and what it logs compared with its comment;
// then as the text under it says to use it for ES384 and ES512 (the algorithm named each time).
import { readFileSync } from 'node:fs'
import { sign } from 'node:crypto'
import { generateKeyPairSync } from '../helpers/key-pair.js'
import { expect, test } from 'vitest'
import { KeySet, JWTVerifier } from '../../src/asymmetric.js'
import { b64 } from './helpers.js'

const doc = readFileSync(new URL('../../docs/ec.md', import.meta.url), 'utf8')
const block = /```js\n([\s\S]*?)```/.exec(doc)?.[1] ?? ''

test.each([
  ['ES256', 'P-256', 'sha256'],
  ['ES384', 'P-384', 'sha384'],
  ['ES512', 'P-521', 'sha512'],
] as const)('the example in docs/ec.md verifies a provider %s token and logs what it says', (alg, namedCurve, hash) => {
  expect(block).toContain("from 'jwt-wasm/asymmetric'")
  if (alg !== 'ES256') expect(doc).toContain(`new JWTVerifier({ keys, algorithms: ['${alg}'] })`)
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve })
  const jwks = { keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig', alg }] }
  const input = `${b64(JSON.stringify({ alg, kid: 'k1', typ: 'JWT' }))}.${b64(JSON.stringify({ iss: 'https://auth.example.com', sub: 'user-1', exp: Math.floor(Date.now() / 1000) + 60 }))}`
  const token = `${input}.${b64(sign(hash, Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' }))}`
  const logged: string[] = []
  const body = block.replace("algorithms: ['ES256']", `algorithms: ['${alg}']`)
    .split('\n')
    .filter((line) => !line.startsWith('import '))
    .map((line) => line.replace(/console\.log\((.*)\) \/\/ (.*)$/, (_, expr, comment) => `__log(${expr}, ${JSON.stringify(comment)})`))
    .join('\n')
  new Function('KeySet', 'JWTVerifier', 'jwks', 'token', '__log', body)(KeySet, JWTVerifier, jwks, token, (value: unknown, comment: string) => logged.push(`${String(value)} | ${comment}`))
  expect(logged).toEqual(['user-1 | user-1'])
})
