// The asymmetric module builds claims from its member table as the HS module does
// (test/token/members.test.ts): the verifier must return JSON.parse's object, to the
// property, for payloads in every spelling. Ed25519 signs here: the cheapest signature
// that still goes through the whole verification.
import { sign } from 'node:crypto'
import { generateKeyPairSync } from '../helpers/key-pair.js'
import { describe, it } from 'vitest'
import { JWTVerifier, KeySet } from '../../src/asymmetric.js'
import { expectSameObject, expectedClaims, forRandomPayloads } from '../helpers/raw-json.js'
import { NOW, b64 } from './helpers.js'

const { publicKey, privateKey } = generateKeyPairSync('ed25519')
const verifier = new JWTVerifier({ keys: KeySet.from({ keys: [{ ...(publicKey.export({ format: 'jwk' }) as Record<string, string>), kid: 'k' }] }), algorithms: ['EdDSA'], clock: () => NOW })
const HEADER = b64('{"alg":"EdDSA","kid":"k"}')
const EXP = NOW + 3600

function verifiesAsJsonParse(payload: string): void {
  const input = `${HEADER}.${b64(payload)}`
  expectSameObject(verifier.verify(`${input}.${b64(sign(null, Buffer.from(input), privateKey))}`), expectedClaims(payload))
}

describe('asymmetric claims built from the member table are what JSON.parse gives', () => {
  it('random members in raw spellings, with whitespace', () => {
    forRandomPayloads(EXP, 300, verifiesAsJsonParse)
  })

  it('names Object.prototype has, and many new names (the table is cleared and refilled)', () => {
    for (const name of ['__proto__', 'constructor', 'toString']) verifiesAsJsonParse(`{"exp":${EXP},"${name}":{"polluted":true},"after":1}`)
    for (let i = 0; i < 300; i += 5) verifiesAsJsonParse(`{${Array.from({ length: 11 }, (_, k) => `"n${i + k}":${k % 2 ? `"v${k}"` : k}`).join(',')},"exp":${EXP}}`)
  })
})
