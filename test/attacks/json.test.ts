// What the header and payload JSON may be: only an object, no duplicate names anywhere,
// the top-level members read exactly as JSON.parse reads them, and time claims that are
// finite numbers. Every token here carries a valid signature, so the code is the one
// for the JSON fault, not for the MAC.
import { describe, expect, it } from 'vitest'
import { b64, craft, goodClaims, HEADER, makeJwt, NOW, outcome, sign } from './helpers.js'

const jwt = makeJwt()
const goodPayload = JSON.stringify(goodClaims())
const exp = NOW + 600
const past = NOW - 600

describe('header not a JSON object: MALFORMED', () => {
  const headers = [
    '', ' ', 'null', 'true', '0', '"HS256"', '["HS256"]', '[{"alg":"HS256"}]', '{', '}', '{"alg":"HS256"', '{"alg":"HS256"}}',
    '{"alg":"HS256",}', "{'alg':'HS256'}", '{alg:"HS256"}', '{"alg":"HS256"}x', '{"alg":"HS256"} {}', '\ufeff{"alg":"HS256"}',
    '{"alg":"HS256" "typ":"JWT"}', '{"alg":"HS256","typ":"JWT",,}', '{"alg":"HS256\u0001"}', '{"alg":"HS256\\x41"}',
    '{"alg":"HS256","n":NaN}', '{"alg":"HS256","n":01}', '{"alg":"HS256","n":.5}', '{"alg":"HS256","n":+1}', '{"alg":"HS256","n":1.}',
    '{"alg":"HS256","n":Infinity}', '{"alg":"HS256","n":undefined}', '{"alg":"HS256","n":True}', '{"alg":"HS256"/*c*/}',
  ]
  for (const header of headers) {
    it(JSON.stringify(header), () => {
      expect(outcome(jwt, craft(header, goodPayload))).toBe('MALFORMED')
    })
  }
  it('invalid UTF-8 in a header string', () => {
    const bytes = Buffer.concat([Buffer.from('{"alg":"HS256","x":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')])
    expect(outcome(jwt, sign('HS256', `${b64(bytes)}.${b64(goodPayload)}`))).toBe('MALFORMED')
  })
  it('duplicate alg, first good (RFC 7519 §4: duplicates may be rejected)', () => {
    expect(outcome(jwt, craft('{"alg":"HS256","alg":"none"}', goodPayload))).toBe('MALFORMED')
  })
  it('duplicate alg, last good', () => {
    expect(outcome(jwt, craft('{"alg":"none","alg":"HS256"}', goodPayload))).toBe('MALFORMED')
  })
  it('duplicate alg spelled once escaped', () => {
    expect(outcome(jwt, craft('{"alg":"HS256","\\u0061lg":"HS256"}', goodPayload))).toBe('MALFORMED')
  })
  it('duplicate typ', () => {
    expect(outcome(jwt, craft('{"alg":"HS256","typ":"JWT","typ":"JWT"}', goodPayload))).toBe('MALFORMED')
  })
})

describe('payload not a JSON object (jsonwebtoken and hono accepted some): MALFORMED', () => {
  const payloads = [
    '', 'null', 'true', 'false', '0', '1700000000', '-1', '1e400', '"alice"', '""', '[]', `[${goodPayload}]`, `${goodPayload}${goodPayload}`,
    `${goodPayload},`, '{', `{"sub":"alice","exp":${exp}`, `{"sub":"alice","exp":${exp},}`, '{"sub":alice}', `{"exp":${exp},"sub":"a\nb"}`,
    `\ufeff${goodPayload}`, `{"exp":${exp},"n":NaN}`, `{"exp":NaN}`, `{"exp":Infinity}`, `{"exp":-Infinity}`, `{"exp":0x7fffffff}`,
    `{"exp":${exp}.}`, `{"exp":${exp}e}`, `{"exp":-${exp}-}`, `{"exp":${exp},"a":[1,]}`, `{"exp":${exp},"a":{"b":1,}}`, `{"exp":${exp},"a":"\\u12"}`,
    `{"exp":${exp},"a":"\\ud83d\\u"}`, `{"exp":${exp},"a":'x'}`,
  ]
  for (const payload of payloads) {
    it(JSON.stringify(payload), () => {
      expect(outcome(jwt, craft(HEADER, payload))).toBe('MALFORMED')
    })
  }
  it('invalid UTF-8 in a payload string (overlong, surrogate, truncated, beyond U+10FFFF)', () => {
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0xff], [0x80]]) {
      const bytes = Buffer.concat([Buffer.from(`{"exp":${exp},"x":"`), Buffer.from(bad), Buffer.from('"}')])
      expect(outcome(jwt, sign('HS256', `${b64(JSON.stringify(HEADER))}.${b64(bytes)}`)), String(bad)).toBe('MALFORMED')
    }
  })
  it('a payload fault is never reported without the key: bad JSON under a bad MAC is INVALID_SIGNATURE', () => {
    expect(outcome(jwt, craft(HEADER, '[]', { secret: 'not-the-secret-at-all-000' }))).toBe('INVALID_SIGNATURE')
    expect(outcome(jwt, craft(HEADER, `{"exp":${past}}`, { secret: 'not-the-secret-at-all-000' }))).toBe('INVALID_SIGNATURE')
  })
})

describe('duplicate members: one reading for every parser', () => {
  const cases: [string, string][] = [
    ['exp: first valid, last expired', `{"sub":"alice","exp":${exp},"exp":${past}}`],
    ['exp: first expired, last valid', `{"sub":"alice","exp":${past},"exp":${exp}}`],
    ['exp escaped as the second', `{"sub":"alice","exp":${past},"\\u0065xp":${exp}}`],
    ['exp escaped as the first', `{"sub":"alice","\\u0065\\u0078\\u0070":${exp},"exp":${past}}`],
    ['nbf: first past, last future', `{"sub":"alice","exp":${exp},"nbf":${past},"nbf":${exp}}`],
    ['sub twice (identity confusion)', `{"sub":"alice","sub":"admin","exp":${exp}}`],
    ['a custom claim twice', `{"sub":"alice","exp":${exp},"role":"user","role":"admin"}`],
    ['a duplicate in a nested object', `{"sub":"alice","exp":${exp},"a":{"role":"user","role":"admin"}}`],
    ['a duplicate deep in an array', `{"sub":"alice","exp":${exp},"a":[1,[{"x":1,"y":2,"x":3}]]}`],
    ['empty names twice', `{"sub":"alice","exp":${exp},"":1,"":2}`],
    ['names equal after escapes', `{"sub":"alice","exp":${exp},"r\\u00f4le":1,"rôle":2}`],
    ['surrogate pair escaped and raw', `{"sub":"alice","exp":${exp},"\\ud83d\\ude00":1,"😀":2}`],
    ['__proto__ twice', `{"sub":"alice","exp":${exp},"__proto__":{},"__proto__":{"admin":true}}`],
  ]
  for (const [name, payload] of cases) {
    it(`${name} is MALFORMED`, () => expect(outcome(jwt, craft(HEADER, payload))).toBe('MALFORMED'))
  }
  it('the same name in different objects is fine: OK', () => {
    expect(outcome(jwt, craft(HEADER, `{"sub":"alice","exp":${exp},"a":{"exp":1},"b":{"exp":2},"c":[{"exp":3},{"exp":4}]}`))).toBe('OK')
  })
  it('names differing by case or normalisation are different names: OK', () => {
    expect(outcome(jwt, craft(HEADER, `{"sub":"alice","exp":${exp},"Exp":${past},"EXP":"x","e\\u0301":1,"é":2}`))).toBe('OK')
  })
})

describe('nested and escaped exp', () => {
  it('a nested exp is not the exp: missing exp is INVALID_CLAIMS', () => {
    expect(outcome(jwt, craft(HEADER, `{"sub":"alice","claims":{"exp":${exp}}}`))).toBe('INVALID_CLAIMS')
    expect(outcome(jwt, craft(HEADER, `{"sub":"alice","a":[{"exp":${exp}}]}`))).toBe('INVALID_CLAIMS')
  })
  it('a nested expired exp does not shadow the top-level one: OK', () => {
    expect(outcome(jwt, craft(HEADER, `{"sub":"alice","a":{"exp":${past}},"exp":${exp},"b":[{"exp":${past}}]}`))).toBe('OK')
  })
  it('an escaped exp name is the exp (as JSON.parse reads it)', () => {
    expect(outcome(jwt, craft(HEADER, `{"sub":"alice","\\u0065xp":${past}}`))).toBe('EXPIRED')
    expect(outcome(jwt, craft(HEADER, `{"sub":"alice","\\u0065\\u0078\\u0070":${exp}}`))).toBe('OK')
    expect(outcome(jwt, craft(HEADER, `{"sub":"alice","\\u006E\\u0062\\u0066":${exp},"exp":${exp}}`))).toBe('NOT_YET_VALID')
  })
  it('names that only look like exp are not: missing exp', () => {
    for (const name of ['exp ', ' exp', 'exp\\u0000', 'EXP', 'e\\u0078p\\u200b', 'exp\\/']) {
      expect(outcome(jwt, craft(HEADER, `{"sub":"alice","${name}":${exp}}`)), name).toBe('INVALID_CLAIMS')
    }
  })
  it('whitespace everywhere JSON allows it changes nothing', () => {
    expect(outcome(jwt, craft(HEADER, ` \t\r\n{ "sub" : "alice" ,\n"exp"\t:\r${exp} } \n`))).toBe('OK')
    expect(outcome(jwt, craft(` {\n"alg" : "HS256" } `, goodPayload))).toBe('OK')
  })
})

describe('exp, nbf and iat of the wrong type: INVALID_CLAIMS', () => {
  const values = ['"1700000600"', `"${exp}"`, '"NaN"', '"Infinity"', '""', 'null', 'true', 'false', '[]', `[${exp}]`, '{}', `{"exp":${exp}}`, '1e400', '-1e400', '1E309']
  for (const claim of ['exp', 'nbf', 'iat']) {
    for (const value of values) {
      it(`${claim}: ${value}`, () => {
        const rest = claim === 'exp' ? '' : `,"exp":${exp}`
        expect(outcome(jwt, craft(HEADER, `{"sub":"alice","${claim}":${value}${rest}}`))).toBe('INVALID_CLAIMS')
      })
    }
  }
  it('exp missing', () => expect(outcome(jwt, craft(HEADER, '{"sub":"alice"}'))).toBe('INVALID_CLAIMS'))
  it('an empty payload object', () => expect(outcome(jwt, craft(HEADER, '{}'))).toBe('INVALID_CLAIMS'))
  for (const sub of ['1', 'null', 'true', '["alice"]', '{"id":"alice"}']) {
    it(`sub ${sub} (must be a string)`, () => expect(outcome(jwt, craft(HEADER, `{"sub":${sub},"exp":${exp}}`))).toBe('INVALID_CLAIMS'))
  }
})

describe('time claims in every number spelling, exactly as JSON.parse reads them', () => {
  const cases: [string, string][] = [
    [`${exp}`, 'OK'],
    [`${exp}.0`, 'OK'],
    [`${exp}e0`, 'OK'],
    [`${exp}${'0'.repeat(30)}e-30`, 'OK'],
    ['1.7000006e9', 'OK'],
    ['17000006E+2', 'OK'],
    [`${NOW}`, 'EXPIRED'], // RFC 7519 §4.1.4: expired on or after exp
    [`${NOW}.5`, 'OK'],
    [`${NOW}.0000000001`, 'EXPIRED'], // rounds to NOW as an f64, as JSON.parse gives
    [`${NOW - 1}.9999999`, 'EXPIRED'],
    ['0', 'EXPIRED'],
    ['-0', 'EXPIRED'],
    ['-1700000600', 'EXPIRED'],
    ['9007199254740993', 'OK'],
    ['1e308', 'OK'],
    ['1e-400', 'EXPIRED'],
    ['123456789012345678901234567890', 'OK'],
  ]
  for (const [value, code] of cases) {
    it(`exp ${value} is ${code}`, () => {
      expect(JSON.parse(value)).toBeTypeOf('number')
      expect(outcome(jwt, craft(HEADER, `{"sub":"alice","exp":${value}}`))).toBe(code)
    })
  }
  it('nbf and iat at the boundary', () => {
    expect(outcome(jwt, craft(HEADER, `{"exp":${exp},"nbf":${NOW}}`))).toBe('OK')
    expect(outcome(jwt, craft(HEADER, `{"exp":${exp},"nbf":${NOW}.001}`))).toBe('NOT_YET_VALID')
    expect(outcome(jwt, craft(HEADER, `{"exp":${exp},"iat":${NOW}}`))).toBe('OK')
    expect(outcome(jwt, craft(HEADER, `{"exp":${exp},"iat":${NOW + 1}}`))).toBe('INVALID_CLAIMS')
    expect(outcome(jwt, craft(HEADER, `{"exp":${exp},"iat":1e400}`))).toBe('INVALID_CLAIMS')
  })
  it('the returned claims hold the same numbers the engine checked', () => {
    const claims = jwt.decodeToken(craft(HEADER, `{"sub":"alice","exp":1.7000006e9,"nbf":-0,"iat":${NOW}${'0'.repeat(30)}e-30}`))
    expect(claims.exp).toBe(1700000600)
    expect(Object.is(claims.nbf, -0)).toBe(true)
    expect(claims.iat).toBe(NOW)
  })
})

describe('issuer and audience', () => {
  it('an aud with no audience configured is INVALID_AUDIENCE (RFC 7519 §4.1.3)', () => {
    expect(outcome(jwt, craft(HEADER, goodClaims({ aud: 'api' })))).toBe('INVALID_AUDIENCE')
    expect(outcome(jwt, craft(HEADER, goodClaims({ aud: [] })))).toBe('INVALID_AUDIENCE')
  })
  const strict = makeJwt({ issuer: 'https://issuer.example', audience: ['api', 'web'] })
  const cases: [Record<string, unknown>, string][] = [
    [{ iss: 'https://issuer.example', aud: 'api' }, 'OK'],
    [{ iss: 'https://issuer.example', aud: ['x', 'web'] }, 'OK'],
    [{ aud: 'api' }, 'INVALID_ISSUER'],
    [{ iss: 'https://issuer.example/', aud: 'api' }, 'INVALID_ISSUER'],
    [{ iss: ['https://issuer.example'], aud: 'api' }, 'INVALID_ISSUER'],
    [{ iss: 'https://issuer.example' }, 'INVALID_AUDIENCE'],
    [{ iss: 'https://issuer.example', aud: 'API' }, 'INVALID_AUDIENCE'],
    [{ iss: 'https://issuer.example', aud: ['api', 1] }, 'INVALID_AUDIENCE'],
    [{ iss: 'https://issuer.example', aud: { api: true } }, 'INVALID_AUDIENCE'],
    [{ iss: 'https://issuer.example', aud: null }, 'INVALID_AUDIENCE'],
  ]
  for (const [extra, code] of cases) {
    it(`${JSON.stringify(extra)} is ${code}`, () => expect(outcome(strict, craft(HEADER, goodClaims(extra)))).toBe(code))
  }
  it('a duplicate aud is MALFORMED before any audience check', () => {
    expect(outcome(strict, craft(HEADER, `{"iss":"https://issuer.example","aud":"x","aud":"api","exp":${exp}}`))).toBe('MALFORMED')
  })
})

describe('hash flooding: member names chosen to collide in the duplicate check', () => {
  // The slot function of assembly/json.ts addName (FNV-1a over UTF-16 units, fmix32),
  // replicated to build the worst header an attacker could send without the key.
  function slot(name: string): number {
    let h = 0x811c9dc5
    for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0
    h ^= h >>> 16
    h = Math.imul(h, 0x85ebca6b) >>> 0
    h ^= h >>> 13
    h = Math.imul(h, 0xc2b2ae35) >>> 0
    return (h ^ (h >>> 16)) & 32767
  }
  const big = makeJwt({ maxTokenLength: 65536 })
  function headerWith(names: string[]): string {
    let header = '{"alg":"HS256"'
    for (const name of names) {
      const member = `,"${name}":0`
      if (((header.length + member.length + 1) * 4) / 3 > 64_000) break
      header += member
    }
    return `${header}}`
  }
  it('a 64 KB header of names crowded into 300 of 32768 slots is MALFORMED (the probe bound), before the MAC', () => {
    const chars = [...'#$%&()*+-0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~']
    const crowded: string[] = []
    for (const a of chars) for (const b of chars) for (const c of chars) if (slot(a + b + c) < 300) crowded.push(a + b + c)
    expect(crowded.length).toBeGreaterThan(5000)
    const header = headerWith(crowded)
    expect(JSON.parse(header)).toBeTypeOf('object') // valid JSON, no duplicates
    expect(outcome(big, craft(header, goodPayload))).toBe('MALFORMED')
    expect(outcome(big, craft(header, goodPayload, { secret: 'not-the-secret-at-all-000' }))).toBe('MALFORMED')
  })
  it('the same size of ordinary distinct names is fine', () => {
    const names = Array.from({ length: 8000 }, (_, i) => i.toString(36))
    expect(outcome(big, craft(headerWith(names), goodPayload))).toBe('OK')
    const payload = JSON.stringify(goodClaims(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, i]))))
    expect(outcome(big, craft(HEADER, payload))).toBe('OK')
    const nested = JSON.stringify(goodClaims({ a: Array.from({ length: 1000 }, (_, i) => ({ x: i, y: i, [`z${i}`]: 0 })) }))
    expect(outcome(big, craft(HEADER, nested))).toBe('OK')
  })
})

describe('deep nesting', () => {
  const big = makeJwt({ maxTokenLength: 65536 })
  it('20,000 levels of arrays and objects in the header and payload: OK, no crash', () => {
    const arrays = `${'['.repeat(20_000)}${']'.repeat(20_000)}`
    const objects = `${'{"a":'.repeat(2_000)}0${'}'.repeat(2_000)}`
    expect(outcome(big, craft(`{"alg":"HS256","x":${arrays}}`, goodPayload))).toBe('OK')
    const claims = big.decodeToken(craft(HEADER, `{"exp":${exp},"x":${arrays.slice(5000, -5000)},"y":${objects}}`))
    expect(Array.isArray(claims.x)).toBe(true)
  })
  it('unclosed or mismatched deep nesting: MALFORMED', () => {
    for (const x of ['['.repeat(30_000), `${'['.repeat(20_000)}${']'.repeat(19_999)}`, `${'['.repeat(1000)}}${']'.repeat(999)}`, `${'{"a":'.repeat(3000)}0${'}'.repeat(2999)}]`]) {
      expect(outcome(big, craft(`{"alg":"HS256","x":${x}}`, goodPayload))).toBe('MALFORMED')
      expect(outcome(big, craft(HEADER, `{"exp":${exp},"x":${x}}`))).toBe('MALFORMED')
    }
  })
})
