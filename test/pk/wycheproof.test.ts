// Every vector of the Wycheproof RSA files the issue lists, through the module's signature
// schemes (the vectors sign bytes, not tokens), with the key imported from the group's JWK
// as a key set would import it. "acceptable" cases are refused: the decision for each is in
// test/vectors/README.md (the one kind is MissingNull, a DigestInfo without its NULL).
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import './helpers.js'
import { importRsa } from '../../src/pk/rsa.js'
import { verifyMessage } from '../../src/wasm-pk/engine.js'
import { PK_ALGORITHMS, type AsymmetricAlgorithm } from '../../src/pk/algorithms.js'

interface Vector {
  tcId: number
  comment: string
  flags: string[]
  msg: string
  sig: string
  result: 'valid' | 'invalid' | 'acceptable'
}
interface Group {
  keySize: number
  sha: string
  sLen?: number
  mgfSha?: string
  publicKey: { modulus: string; publicExponent: string }
  tests: Vector[]
}

const read = (file: string) => JSON.parse(readFileSync(new URL(`../vectors/wycheproof/${file}`, import.meta.url), 'utf8')) as { numberOfTests: number; testGroups: Group[] }
const b64 = (hex: string) => Buffer.from(hex.replace(/^(00)+/, ''), 'hex').toString('base64url')

const FILES: [string, AsymmetricAlgorithm][] = []
for (const bits of [2048, 3072, 4096]) for (const hash of [256, 384, 512]) FILES.push([`rsa_signature_${bits}_sha${hash}_test.json`, `RS${hash}` as AsymmetricAlgorithm])
FILES.push(['rsa_pss_2048_sha256_mgf1_32_test.json', 'PS256'], ['rsa_pss_3072_sha256_mgf1_32_test.json', 'PS256'], ['rsa_pss_2048_sha384_mgf1_48_test.json', 'PS384'], ['rsa_pss_4096_sha512_mgf1_64_test.json', 'PS512'])

describe.each(FILES)('%s as %s', (file, alg) => {
  const data = read(file)
  const id = PK_ALGORITHMS[alg].id

  test('every vector gets its verdict (acceptable: refused)', () => {
    let count = 0
    const wrong: string[] = []
    for (const group of data.testGroups) {
      expect(group.sha).toBe(`SHA-${alg.slice(2)}`)
      if (group.sLen !== undefined) {
        // RFC 7518 §3.5: MGF1 with the same hash, salt as long as the hash.
        expect(group.mgfSha).toBe(group.sha)
        expect(group.sLen).toBe(Number(alg.slice(2)) / 8)
      }
      const key = importRsa({ kty: 'RSA', n: b64(group.publicKey.modulus), e: b64(group.publicKey.publicExponent) }, 'vector key')
      for (const t of group.tests) {
        count++
        const got = verifyMessage(id, key, Buffer.from(t.msg, 'hex'), Buffer.from(t.sig, 'hex'))
        if (got !== (t.result === 'valid')) wrong.push(`tcId ${t.tcId} (${t.result}, ${t.flags.join(',')}): got ${got}`)
      }
    }
    expect(wrong).toEqual([])
    expect(count).toBe(data.numberOfTests)
  })

  test('the valid vectors fail under every other algorithm of the family', () => {
    for (const group of data.testGroups) {
      const key = importRsa({ kty: 'RSA', n: b64(group.publicKey.modulus), e: b64(group.publicKey.publicExponent) }, 'vector key')
      for (const t of group.tests.filter((v) => v.result === 'valid').slice(0, 3)) {
        for (const other of Object.keys(PK_ALGORITHMS) as AsymmetricAlgorithm[]) {
          if (other === alg) continue
          expect(verifyMessage(PK_ALGORITHMS[other].id, key, Buffer.from(t.msg, 'hex'), Buffer.from(t.sig, 'hex'))).toBe(false)
        }
      }
    }
  })
})

test('the acceptable cases are the MissingNull ones, one per PKCS#1 file', () => {
  const acceptable = FILES.flatMap(([file]) => read(file).testGroups.flatMap((g) => g.tests.filter((t) => t.result === 'acceptable').map((t) => t.flags.join(','))))
  expect(new Set(acceptable)).toEqual(new Set(['MissingNull']))
  expect(acceptable.length).toBe(9)
})
