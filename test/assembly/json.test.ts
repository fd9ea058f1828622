// assembly/json.ts and claims.ts through whole tokens: the engine's reading of the
// payload agrees with JSON.parse of the same text (RFC 8259, ECMA-262 §25.5.1).
import { describe, expect, test } from 'vitest'
import { NOW, codeOf, makeJwt, signRaw, expectFixedMemory } from '../token/helpers.js'

expectFixedMemory()

const jwt = makeJwt()
const LATER = NOW + 60

describe('only top-level members count', () => {
  test('a nested exp is not the exp', () => {
    expect(codeOf(jwt, signRaw(`{"x":{"exp":${LATER}}}`))).toBe('INVALID_CLAIMS') // no exp at all
    expect(codeOf(jwt, signRaw(`{"x":[{"exp":${LATER}}]}`))).toBe('INVALID_CLAIMS')
    expect(codeOf(jwt, signRaw(`{"x":{"exp":1},"exp":${LATER}}`))).toBe('OK')
    expect(codeOf(jwt, signRaw(`{"exp":${LATER},"x":{"exp":1,"nbf":${NOW + 999},"iat":"no","sub":5}}`))).toBe('OK')
    expect(codeOf(jwt, signRaw(`{"exp":${LATER},"x":["exp",1,{"y":{"exp":0}}]}`))).toBe('OK')
  })

  test('a member whose value is a string "exp" is not the exp', () => {
    expect(codeOf(jwt, signRaw(`{"a":"exp","b":"\\"exp\\":1","exp":${LATER}}`))).toBe('OK')
  })
})

describe('member names are compared after decoding escapes', () => {
  test('"\\u0065xp" is exp', () => {
    expect(codeOf(jwt, signRaw(`{"\\u0065xp":${LATER}}`))).toBe('OK')
    expect(codeOf(jwt, signRaw(`{"\\u0065xp":${NOW}}`))).toBe('EXPIRED')
    expect(codeOf(jwt, signRaw(`{"\\u0065\\u0078\\u0070":${NOW}}`))).toBe('EXPIRED')
    expect(codeOf(jwt, signRaw(`{"\\u0045xp":${NOW}}`))).toBe('INVALID_CLAIMS') // "Exp" is another name
  })

  test('escaped nbf, iat and sub', () => {
    expect(codeOf(jwt, signRaw(`{"exp":${LATER},"\\u006ebf":${NOW + 1}}`))).toBe('NOT_YET_VALID')
    expect(codeOf(jwt, signRaw(`{"exp":${LATER},"i\\u0061t":${NOW + 1}}`))).toBe('INVALID_CLAIMS')
    expect(codeOf(jwt, signRaw(`{"exp":${LATER},"s\\u0075b":1}`))).toBe('INVALID_CLAIMS')
  })

  test('names that only look like exp are not', () => {
    for (const name of ['exp ', ' exp', 'EXP', 'ex', 'expp', 'exp\\u0000', '\\u0000exp']) {
      expect(codeOf(jwt, signRaw(`{"exp":${LATER},"${name}":0}`)), name).toBe('OK')
    }
  })
})

describe('a repeated member name anywhere rejects the token', () => {
  test.each([
    ['top level', `{"exp":${LATER},"exp":${LATER}}`],
    ['top level, different values', `{"exp":${NOW},"exp":${LATER}}`],
    ['top level, unwatched name', `{"exp":${LATER},"a":1,"a":1}`],
    ['escaped-equal names "a" and "\\u0061"', `{"exp":${LATER},"a":1,"\\u0061":2}`],
    ['exp and "\\u0065xp"', `{"exp":${LATER},"\\u0065xp":${LATER}}`],
    ['escaped-equal \\/ and /', `{"exp":${LATER},"a/b":1,"a\\/b":2}`],
    ['raw and escaped non-ASCII', `{"exp":${LATER},"é":1,"\\u00e9":2}`],
    ['raw and escaped astral character', `{"exp":${LATER},"😀":1,"\\ud83d\\ude00":2}`],
    ['empty name twice', `{"exp":${LATER},"":1,"":2}`],
    ['nested object', `{"exp":${LATER},"x":{"a":1,"a":2}}`],
    ['deeply nested', `{"exp":${LATER},"x":[[{"y":{"z":{"q":0,"q":0}}}]]}`],
    ['object inside an array', `{"exp":${LATER},"x":[{},{"a":1,"b":2,"a":3}]}`],
    ['after a nested object closes', `{"exp":${LATER},"x":{"y":1},"x":2}`],
  ])('%s', (_, payload) => {
    expect(() => JSON.parse(payload)).not.toThrow() // JSON.parse would keep the last one
    expect(codeOf(jwt, signRaw(payload))).toBe('MALFORMED')
  })

  test('the same name in different objects is not a repeat', () => {
    for (const payload of [
      `{"exp":${LATER},"a":{"a":{"a":1}}}`,
      `{"exp":${LATER},"x":{"n":1},"y":{"n":1}}`,
      `{"exp":${LATER},"x":[{"n":1},{"n":1},{"n":{"n":1}}]}`,
      `{"exp":${LATER},"x":{"exp":1}}`,
    ]) {
      expect(codeOf(jwt, signRaw(payload)), payload).toBe('OK')
    }
  })

  test('names differing only in case, or by a lone surrogate, are different', () => {
    expect(codeOf(jwt, signRaw(`{"exp":${LATER},"a":1,"A":2}`))).toBe('OK')
    expect(codeOf(jwt, signRaw(`{"exp":${LATER},"\\ud800":1,"\\udc00":2,"\\ud800\\udc00":3}`))).toBe('OK')
  })

  test('many distinct names in one object, and the same names in many objects', () => {
    const big = makeJwt({ maxTokenLength: 65536 })
    const many = Array.from({ length: 3000 }, (_, i) => `"n${i}":${i}`).join(',')
    expect(codeOf(big, signRaw(`{"exp":${LATER},${many}}`))).toBe('OK')
    expect(codeOf(big, signRaw(`{"exp":${LATER},${many},"n2999":0}`))).toBe('MALFORMED')
    expect(codeOf(big, signRaw(`{"exp":${LATER},${many},"n0":0}`))).toBe('MALFORMED')
    const objects = Array.from({ length: 2000 }, () => '{"a":1,"b":2}').join(',')
    expect(codeOf(big, signRaw(`{"exp":${LATER},"list":[${objects}]}`))).toBe('OK')
    // Near the densest document the engine can meet: 6900 two-letter names (7 bytes each).
    const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+-./:;<=>?@[]^_`{|}~']
    const dense = Array.from({ length: 6900 }, (_, i) => `"${letters[i % 90]}${letters[Math.floor(i / 90)]}":0`).join(',')
    expect(codeOf(big, signRaw(`{"exp":${LATER},${dense}}`))).toBe('OK')
    expect(codeOf(big, signRaw(`{"exp":${LATER},${dense},"AA":1}`))).toBe('MALFORMED')
  })
})

describe('numbers: the value JSON.parse gives, for every spelling', () => {
  /** The code expected for an exp spelled `text`, at `now`, from JSON.parse's value. */
  function expectedForExp(text: string, now: number): string {
    const value = JSON.parse(text) as number
    if (!Number.isFinite(value)) return 'INVALID_CLAIMS'
    return now >= value ? 'EXPIRED' : 'OK'
  }

  const spellings = [
    '1700000000',
    '1700000000.0',
    '1700000000.5',
    '1.7e9',
    '1.7E9',
    '1.7e+9',
    '17e8',
    '17E+08',
    '170000000000e-2',
    '0.17e10',
    `1700000000${'0'.repeat(30)}e-30`,
    `17000000000000000000000000000000000000000e-31`,
    '1700000000.00000000000000000001',
    '1699999999.99999999999999999999', // rounds to 1700000000
    '1700000000000000', // 16 digits, beyond the integer fast path
    '9007199254740993', // 2^53 + 1: rounds to 2^53
    '999999999999999', // 15 digits, the largest fast-path integer
    '-0',
    '-0.0',
    '0',
    '-1',
    '-1700000000',
    '1e400',
    '-1e400',
    '1e-400',
    '4.9e-324',
  ]

  test.each(spellings)('exp %s', (text) => {
    const value = JSON.parse(text) as number
    for (const now of [NOW - 1, NOW - 0.25, NOW, NOW + 0.25, NOW + 0.5, NOW + 1, value - 1, value, value + 1]) {
      if (!Number.isFinite(now)) continue
      const j = makeJwt({ clock: () => now })
      expect(codeOf(j, signRaw(`{"exp":${text}}`)), `now ${now}`).toBe(expectedForExp(text, now))
    }
  })

  test.each(spellings)('nbf %s', (text) => {
    const value = JSON.parse(text) as number
    const exp = 1e16
    const expected = !Number.isFinite(value) ? 'INVALID_CLAIMS' : NOW < value ? 'NOT_YET_VALID' : 'OK'
    expect(codeOf(jwt, signRaw(`{"exp":${exp},"nbf":${text}}`))).toBe(expected)
  })

  test.each(spellings)('iat %s', (text) => {
    const value = JSON.parse(text) as number
    const expected = !Number.isFinite(value) ? 'INVALID_CLAIMS' : value > NOW ? 'INVALID_CLAIMS' : 'OK'
    expect(codeOf(jwt, signRaw(`{"exp":1e16,"iat":${text}}`))).toBe(expected)
  })

  test('decodeToken returns the values JSON.parse gives, -0 included', () => {
    const payload = `{"exp":1.7e10,"nbf":-0,"iat":${'1700000000' + '0'.repeat(30)}e-30,"n":[1E2,-0.0,1e-7]}`
    const claims = makeJwt().decodeToken(signRaw(payload))
    expect(claims).toEqual({ ...JSON.parse(payload), identity: null })
    expect(Object.is(claims.nbf, -0)).toBe(true)
    expect(claims.iat).toBe(1700000000)
  })

  test('the boundary of a fractional exp', () => {
    const token = signRaw('{"exp":1700000000.5}')
    expect(codeOf(makeJwt({ clock: () => 1700000000.4 }), token)).toBe('OK')
    expect(codeOf(makeJwt({ clock: () => 1700000000.5 }), token)).toBe('EXPIRED')
  })
})

describe('malformed JSON is MALFORMED (after the signature checks out)', () => {
  test.each([
    ['empty', ''],
    ['whitespace only', ' \n'],
    ['trailing comma in object', `{"exp":${LATER},}`],
    ['trailing comma in array', `{"exp":${LATER},"a":[1,]}`],
    ['leading comma', `{,"exp":${LATER}}`],
    ['missing colon', `{"exp" ${LATER}}`],
    ['missing comma', `{"exp":${LATER} "a":1}`],
    ['missing value', `{"exp":${LATER},"a":}`],
    ['unclosed object', `{"exp":${LATER}`],
    ['unclosed array', `{"exp":${LATER},"a":[1}`],
    ['mismatched brackets', `{"exp":${LATER},"a":[1}]`],
    ['single quotes', `{'exp':${LATER}}`],
    ['unquoted name', `{exp:${LATER}}`],
    ['leading zero', '{"exp":01700000000}'],
    ['plus sign', '{"exp":+1700000000}'],
    ['bare fraction', '{"exp":.5}'],
    ['bare point', '{"exp":1700000000.}'],
    ['bare exponent', '{"exp":17e}'],
    ['exponent sign only', '{"exp":17e+}'],
    ['minus only', '{"exp":-}'],
    ['NaN', '{"exp":NaN}'],
    ['Infinity', '{"exp":Infinity}'],
    ['hex', '{"exp":0x10}'],
    ['TRUE', `{"exp":${LATER},"a":TRUE}`],
    ['nul', `{"exp":${LATER},"a":nul}`],
    ['undefined', `{"exp":${LATER},"a":undefined}`],
    ['raw tab in string', `{"exp":${LATER},"a":"\t"}`],
    ['raw newline in string', `{"exp":${LATER},"a":"\n"}`],
    ['raw NUL in string', `{"exp":${LATER},"a":"\0"}`],
    ['invalid escape', `{"exp":${LATER},"a":"\\x41"}`],
    ['short unicode escape', `{"exp":${LATER},"a":"\\u41"}`],
    ['non-hex unicode escape', `{"exp":${LATER},"a":"\\u00g1"}`],
    ['escape at the end', `{"exp":${LATER},"a":"\\`],
    ['unterminated string', `{"exp":${LATER},"a":"abc}`],
    ['comment', `{"exp":${LATER} /* c */}`],
    ['line comment', `{"exp":${LATER}} // c`],
    ['trailing garbage', `{"exp":${LATER}}x`],
    ['two objects', `{"exp":${LATER}}{}`],
    ['byte order mark', `\ufeff{"exp":${LATER}}`],
    ['non-breaking space as whitespace', `{\u00a0"exp":${LATER}}`],
    ['vertical tab as whitespace', `{\v"exp":${LATER}}`],
    ['form feed as whitespace', `{\f"exp":${LATER}}`],
  ])('%s', (_, payload) => {
    expect(() => JSON.parse(payload)).toThrow(SyntaxError)
    expect(codeOf(jwt, signRaw(payload))).toBe('MALFORMED')
  })

  test('JSON whitespace (space, tab, CR, LF) is allowed everywhere between tokens', () => {
    const payload = ` \t\r\n{ \t\r\n"exp" \t\r\n: \t\r\n${LATER} \t\r\n, "a" : [ 1 , { } , [ ] ] } \t\r\n`
    expect(codeOf(jwt, signRaw(payload))).toBe('OK')
  })

  test('invalid UTF-8 in the payload is MALFORMED (RFC 8259 §8.1), where TextDecoder would substitute', () => {
    const exp = Buffer.from(`{"exp":${LATER},"a":"`)
    const end = Buffer.from('"}')
    for (const bad of [[0xff], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc3], [0x80], [0xf0, 0x9f, 0x98]]) {
      expect(codeOf(jwt, signRaw(Buffer.concat([exp, Buffer.from(bad), end]) as unknown as string)), bad.join(',')).toBe('MALFORMED')
    }
    for (const good of ['é', '€', '😀', '\u07ff', '\uffff', '\u{10ffff}']) {
      expect(codeOf(jwt, signRaw(`{"exp":${LATER},"a":"${good}"}`)), good).toBe('OK')
    }
  })

  test('escapes of every kind are valid, lone surrogates included (JSON.parse accepts them)', () => {
    const payload = `{"exp":${LATER},"a":"\\"\\\\\\/\\b\\f\\n\\r\\t\\u0000\\uD83D\\uDE00\\ud800\\udfff"}`
    expect(codeOf(jwt, signRaw(payload))).toBe('OK')
    expect(jwt.decodeToken(signRaw(payload)).a).toBe(JSON.parse(payload).a)
  })

  test('the deepest nesting that fits in a token decodes to what JSON.parse gives', () => {
    const big = makeJwt({ maxTokenLength: 65536 })
    const payload = `{"exp":${LATER},"d":${'['.repeat(23000)}${']'.repeat(23000)},"o":${'{"a":'.repeat(300)}1${'}'.repeat(300)}}`
    const claims = big.decodeToken(signRaw(payload)) // a JWTError or RangeError would fail here
    // Walked, not deep-compared: recursive equality (and JSON.stringify) exhaust the stack here.
    let depth = 0
    for (let d = claims.d as unknown[]; d.length === 1; d = d[0] as unknown[]) depth++
    expect(depth).toBe(22999)
    expect(Object.keys(claims)).toEqual(['exp', 'd', 'o', 'identity'])
    expect(codeOf(big, signRaw(`{"exp":${LATER},"d":${'['.repeat(23000)}${']'.repeat(22999)}}`))).toBe('MALFORMED')
  })

  test('literals in every position', () => {
    expect(codeOf(jwt, signRaw(`{"exp":${LATER},"a":true,"b":false,"c":null,"d":[true,false,null]}`))).toBe('OK')
  })
})

describe('the payload must be a JSON object', () => {
  test.each(['[]', `[{"exp":${LATER}}]`, '"payload"', '1700000000', 'null', 'true', '{"exp":1}]'])('%s is MALFORMED', (payload) => {
    expect(codeOf(jwt, signRaw(payload))).toBe('MALFORMED')
  })

  test('an empty object is valid JSON but has no exp: INVALID_CLAIMS', () => {
    expect(codeOf(jwt, signRaw('{}'))).toBe('INVALID_CLAIMS')
  })
})
