// The inspector's reading of tokens (examples/inspector/analyze.js), in Node: duplicate
// names at any depth agree with a reference built on JSON.parse's reviver-free view, and
// each strict-profile departure is named.
import { describe, expect, it } from 'vitest'
// @ts-expect-error: plain JavaScript served to the browser as is, without declarations
import { analyzeToken, duplicateNames, span } from '../../examples/inspector/analyze.js'

const b64 = (text: string) => Buffer.from(text).toString('base64url')
const token = (header: string, payload: string, signature = 'A'.repeat(43)) => `${b64(header)}.${b64(payload)}.${signature}`

describe('duplicateNames', () => {
  it.each([
    ['{"a":1,"b":2}', []],
    ['{"a":1,"a":2}', ['"a"']],
    ['{"a":{"b":1,"b":2},"c":[{"d":1},{"d":1,"d":2}]}', ['"a.b"', '"c[1].d"']],
    ['{"\\u0061":1,"a":2}', ['"a"']],
    ['{"s":"{\\"a\\":1,\\"a\\":2}","t":"\\\\"}', []],
    ['{"a":[1,{"x":[],"x":{}}],"b":{}}', ['"a[1].x"']],
    ['{"":1,"":2}', ['""']],
  ])('%s', (json, expected) => {
    JSON.parse(json) // valid JSON only, as the caller guarantees
    expect(duplicateNames(json)).toEqual(expected)
  })
})

describe('analyzeToken', () => {
  const now = 1_700_000_000
  it('a clean token: no warnings', () => {
    const result = analyzeToken(token('{"alg":"HS256","typ":"JWT"}', `{"sub":"a","exp":${now + 60}}`), now)
    expect(result.error).toBeNull()
    expect(result.warnings).toEqual([])
    expect(result.times[0]).toMatchObject({ name: 'exp', relative: 'expires in 1 min' })
  })

  it.each(['JWT', 'jwt', 'application/jwt', 'APPLICATION/JWT'])('typ %s is the JWT type (RFC 7515 §4.1.9): no warning', (typ) => {
    expect(analyzeToken(token(JSON.stringify({ alg: 'HS256', typ }), `{"exp":${now + 60}}`), now).warnings).toEqual([])
  })

  it.each(['at+jwt', 'JOSE', 'application/jwt+x', 1])('typ %j: refused, and said so', (typ) => {
    const { warnings } = analyzeToken(token(JSON.stringify({ alg: 'HS256', typ }), `{"exp":${now + 60}}`), now)
    expect(warnings.map((w: { text: string }) => w.text)).toEqual([`typ is ${JSON.stringify(typ)}, not "JWT": jwt-wasm refuses it, so a token meant for another use is not taken for a session.`])
  })

  it('reads past a Bearer prefix and surrounding whitespace, with a note', () => {
    const result = analyzeToken(`  Bearer ${token('{"alg":"HS256"}', `{"exp":${now + 60}}`)}\n`, now)
    expect(result.error).toBeNull()
    expect(result.warnings.map((w: { text: string }) => w.text)).toEqual(['The “Bearer ” prefix of an Authorization header was left out.'])
  })

  it.each([
    ['', null],
    ['abc', 'A signed token (JWS) has three parts separated by dots; this has 1.'],
    ['a.b.c.d.e', 'Five parts: an encrypted token (JWE). Its claims cannot be read without its key, and jwt-wasm handles signed tokens (JWS) only.'],
    ['a b.c.d', 'The token contains spaces or line breaks; a token is one unbroken line.'],
    [`${b64('[1]')}.${b64('{}')}.AA`, 'The header must be a JSON object.'],
    [`${b64('{"alg":"HS256"}')}.${b64('{x}')}.AA`, 'The payload is not JSON.'],
    [`${b64('{"alg":"HS256"}')}.${Buffer.from([0xff, 0xfe]).toString('base64url')}.AA`, 'The payload is not UTF-8 text.'],
    [`${b64('{"alg":"HS256"}')}.${b64('{}')}.`, 'The signature is empty.'],
    [`${b64('{"alg":"HS256"}')}.${b64('{}')}.A!`, 'The signature is not base64url text.'],
  ])('cannot read %j', (input, error) => {
    expect(analyzeToken(input, now).error).toBe(error)
  })

  it('spans in two units, rounded down', () => {
    expect([span(59.9), span(60), span(899), span(3 * 3600 + 20), span(7199), span(2 * 86400 + 3 * 3600 + 59)]).toEqual(['59 s', '1 min', '14 min', '3 h', '1 h 59 min', '2 d 3 h'])
  })
})
