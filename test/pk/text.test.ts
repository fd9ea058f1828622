// The asymmetric module's payload leaves it as the HS module's does (test/token/text.test.ts):
// ASCII through the string pump (Node's Buffer here, the wasm pump in Chromium and Deno, both
// run by the runtime matrix), anything else through TextDecoder, by the module's own account
// of the bytes it scanned (RES_PAYLOAD_ASCII). Either way verify must give exactly what
// JSON.parse gives for the payload's UTF-8, and a BOM must still reach JSON.parse.
import { describe, expect, test } from 'vitest'
import { JWTVerifier, KeySet } from '../../src/asymmetric.js'
import { getPkAbi, RES_PAYLOAD_ASCII } from '../../src/wasm-pk/abi.js'
import { codeOf } from '../helpers/code-of.js'
import { NOW, b64, rsaKey, signInput } from './helpers.js'

const key = rsaKey(2048)
const verifier = new JWTVerifier({ keys: KeySet.from({ keys: [{ ...key.jwk, kid: 'k' }] }), algorithms: ['RS256'], clock: () => NOW })
const EXP = NOW + 3600
const HEADER = b64('{"alg":"RS256","kid":"k"}')

/** A token over the payload's exact bytes. */
function signBytes(payload: Uint8Array | string): string {
  const input = `${HEADER}.${b64(payload)}`
  return `${input}.${b64(signInput('RS256', key.privateKey, input))}`
}

const asciiFlag = () => getPkAbi().view.getUint32(getPkAbi().RES + RES_PAYLOAD_ASCII, true)

describe('asymmetric payload text across the boundary', () => {
  test('in Node the pump is Buffer: it reads, it does not write', () => {
    verifier.verifyToken('')
    const pump = getPkAbi().strings
    expect(pump).toBeDefined()
    expect(pump!.put).toBeUndefined()
  })

  test.each([
    ['ASCII', `{"sub":"alice","exp":${EXP},"role":"admin"}`],
    ['ASCII with escapes', `{"sub":"al\\u00e9ice\\n\\"","exp":${EXP},"x":"\\ud83d\\ude00"}`],
    ['Latin-1 in a value', `{"sub":"zoë","exp":${EXP}}`],
    ['a non-ASCII name', `{"sub":"a","exp":${EXP},"ключ":"значение"}`],
    ['an emoji, the last character before the brace', `{"exp":${EXP},"sub":"😀"}`],
    ['U+0080 and U+00FF, the edges of Latin-1', `{"sub":"\u0080\u00ff","exp":${EXP}}`],
  ])('%s: claims equal JSON.parse of the UTF-8', (_, payload) => {
    const claims = verifier.verify(signBytes(payload))
    const expected = JSON.parse(payload)
    expect(claims).toEqual({ ...expected, identity: typeof expected.sub === 'string' ? expected.sub : null })
    expect(asciiFlag()).toBe(/^[\x00-\x7f]*$/.test(payload) ? 1 : 0)
  })

  test('an ASCII payload after a UTF-8 one is read as ASCII again (the flag is per token)', () => {
    verifier.verify(signBytes(`{"sub":"東京","exp":${EXP}}`))
    expect(asciiFlag()).toBe(0)
    expect(verifier.verify(signBytes(`{"sub":"plain","exp":${EXP}}`)).sub).toBe('plain')
    expect(asciiFlag()).toBe(1)
  })

  test('a payload with a BOM is refused, as JSON.parse refuses it', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`{"sub":"a","exp":${EXP}}`)])
    expect(codeOf(() => verifier.verify(signBytes(bom)))).toBe('MALFORMED')
  })

  test('invalid UTF-8 in a string is refused, never read as Latin-1', () => {
    for (const bad of [[0xe9], [0xc3], [0xed, 0xa0, 0x80], [0x80]]) {
      const payload = new Uint8Array([...new TextEncoder().encode(`{"exp":${EXP},"sub":"`), ...bad, 0x22, 0x7d])
      expect(codeOf(() => verifier.verify(signBytes(payload))), bad.join(',')).toBe('MALFORMED')
    }
  })

  test('a token character plus 0x100 or 0xd800 (the same low byte) is MALFORMED, never its low byte', () => {
    const token = signBytes(`{"sub":"alice","exp":${EXP}}`)
    expect(codeOf(() => verifier.verify(token))).toBe('OK')
    for (const at of [0, 10, token.indexOf('.') + 3, token.length - 1]) {
      for (const add of [0x100, 0xff00, 0xd800]) {
        const forged = token.slice(0, at) + String.fromCharCode(token.charCodeAt(at) + add) + token.slice(at + 1)
        expect(codeOf(() => verifier.verify(forged))).toBe('MALFORMED')
        expect(verifier.verifyToken(forged)).toBe(false)
      }
    }
  })
})
