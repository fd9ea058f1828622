// docs/eddsa.md's example, run as written: only its import line is replaced by the same
// names from the source entry, and `token` is an RFC 8037 Appendix A.1 key's token.
import { createPrivateKey, sign } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { JWTVerifier, KeySet } from '../../src/asymmetric.js'
import { b64 } from './helpers.js'

const IMPORT = "import { JWTVerifier, KeySet } from 'jwt-wasm/asymmetric'\n"
// RFC 8037 A.1: the private key whose public half (A.2) the example imports.
const PRIVATE = { kty: 'OKP', crv: 'Ed25519', d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' }

function tokenFor(header: object, payload: object): string {
  const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`
  return `${input}.${sign(null, Buffer.from(input), createPrivateKey({ key: PRIVATE, format: 'jwk' })).toString('base64url')}`
}

test('docs/eddsa.md: the example verifies a token of the key it imports, and refuses others', async () => {
  const doc = readFileSync(new URL('../../docs/eddsa.md', import.meta.url), 'utf8')
  const block = /```js\n([\s\S]*?)```/.exec(doc)?.[1]
  expect(block).toBeDefined()
  expect(block!.startsWith(IMPORT)).toBe(true)
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor
  const run = new AsyncFunction('JWTVerifier', 'KeySet', 'token', `${block!.slice(IMPORT.length)}\nreturn { claims, ok }`)
  const exp = Math.floor(Date.now() / 1000) + 600
  for (const alg of ['EdDSA', 'Ed25519']) {
    const token = tokenFor({ alg, kid: 'ed-2026' }, { sub: 'user-7', iss: 'https://issuer.example', exp })
    const { claims, ok } = await run(JWTVerifier, KeySet, token)
    expect(claims).toEqual({ sub: 'user-7', iss: 'https://issuer.example', exp, identity: 'user-7' })
    expect(ok).toBe(true)
  }
  const wrongIssuer = tokenFor({ alg: 'EdDSA' }, { sub: 'user-7', iss: 'https://other.example', exp })
  await expect(run(JWTVerifier, KeySet, wrongIssuer)).rejects.toMatchObject({ code: 'INVALID_ISSUER' })
})
