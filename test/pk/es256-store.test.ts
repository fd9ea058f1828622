// High S against a session store: a jti denied through one spelling of an ES256 token is
// denied for the other (the store keys on jti, never on signature bytes).
import { sign } from 'node:crypto'
import { generateKeyPairSync } from '../helpers/key-pair.js'
import { expect, test } from 'vitest'
import { JWTVerifier, KeySet } from '../../src/asymmetric.js'
import { MemoryStore } from '../../src/sessions/memory.js'
import { b64 } from './helpers.js'

const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n

test('a jti denied in a MemoryStore refuses both spellings of an ES256 token', async () => {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const verifier = new JWTVerifier({ keys: KeySet.from({ keys: [publicKey.export({ format: 'jwk' })] }), algorithms: ['ES256'], cache: { size: 8 } })
  const input = `${b64(JSON.stringify({ alg: 'ES256' }))}.${b64(JSON.stringify({ sub: 'u', jti: 'j-9', exp: Math.floor(Date.now() / 1000) + 60 }))}`
  const sig = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' })
  const high = N - BigInt(`0x${sig.subarray(32).toString('hex')}`)
  const token = `${input}.${b64(sig)}`
  const twin = `${input}.${b64(Buffer.concat([sig.subarray(0, 32), Buffer.from(high.toString(16).padStart(64, '0'), 'hex')]))}`
  const store = new MemoryStore()
  const a = verifier.verify(token)
  const b = verifier.verify(twin)
  expect(await store.checkToken(b.sub as string, undefined, b.jti as string)).toBe(true)
  await store.denyToken(a.sub as string, a.jti as string, 60)
  expect(await store.checkToken(a.sub as string, undefined, a.jti as string)).toBe(false)
  expect(await store.checkToken(b.sub as string, undefined, b.jti as string)).toBe(false)
})
