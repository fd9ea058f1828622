// Verification: the published RFC 7515 example, every JWTError code of the core table,
// the order of the checks, and the time rules, with time set through the clock option.
import { createHmac } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { JWT, JWTError, ERROR_MESSAGES } from '../../src/index.js'
import { NOW, SECRET, b64url, codeOf, makeJwt, signRaw, expectFixedMemory } from './helpers.js'
import { thrownBy } from '../helpers/thrown.js'

expectFixedMemory()

describe('RFC 7515 Appendix A.1 (HS256)', () => {
  // The example verbatim: its header and payload contain CRLF and spaces, iss is "joe".
  const token =
    'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9' +
    '.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ' +
    '.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
  const key = Buffer.from('AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow', 'base64url')
  const exp = 1300819380

  test('verifies with its JWK key, at a time before its exp', () => {
    const jwt = new JWT({ secretKey: new Uint8Array(key), clock: () => exp - 1 })
    expect(jwt.decodeToken(token)).toEqual({ iss: 'joe', exp, 'http://example.com/is_root': true, identity: null })
    expect(jwt.verifyToken(token)).toBe(true)
  })

  test('is expired from the second exp names', () => {
    expect(codeOf(new JWT({ secretKey: new Uint8Array(key), clock: () => exp }), token)).toBe('EXPIRED')
  })

  test('fails under another key', () => {
    const other = new Uint8Array(key)
    other[0] ^= 1
    expect(codeOf(new JWT({ secretKey: other, clock: () => exp - 1 }), token)).toBe('INVALID_SIGNATURE')
  })
})

describe('every error code of the core table', () => {
  const jwt = makeJwt()
  const good = `{"sub":"u","exp":${NOW + 60}}`

  test.each([
    ['MALFORMED', 'not.a.token'],
    ['TOKEN_TOO_LARGE', 'a'.repeat(8193)],
    ['ALGORITHM_MISMATCH', signRaw(good, '{"alg":"HS384","typ":"JWT"}', 'HS384')],
    ['INVALID_SIGNATURE', signRaw(good, undefined, undefined, 'another-secret-of-32-characters!')],
    ['EXPIRED', signRaw(`{"exp":${NOW}}`)],
    ['NOT_YET_VALID', signRaw(`{"exp":${NOW + 60},"nbf":${NOW + 1}}`)],
    ['INVALID_CLAIMS', signRaw(`{"exp":"${NOW + 60}"}`)],
  ])('%s', (code, token) => {
    const error = thrownBy(() => jwt.decodeToken(token))
    expect(error).toBeInstanceOf(JWTError)
    const e = error as JWTError
    expect(e.code).toBe(code)
    expect(e.message).toBe(ERROR_MESSAGES[code as keyof typeof ERROR_MESSAGES])
    expect(e.status).toBe(401)
    expect(e.name).toBe('JWTError')
    expect(JWTError.is(e)).toBe(true)
    expect(e.message).not.toContain(token.slice(0, 10))
    expect(jwt.verifyToken(token)).toBe(false)
  })

  test('INVALID_ISSUER', () => {
    const strict = makeJwt({ issuer: 'https://issuer.example' })
    expect(codeOf(strict, signRaw(good))).toBe('INVALID_ISSUER') // iss missing
    expect(codeOf(strict, signRaw(`{"exp":${NOW + 60},"iss":"https://other.example"}`))).toBe('INVALID_ISSUER')
    expect(codeOf(strict, signRaw(`{"exp":${NOW + 60},"iss":"https://issuer.example"}`))).toBe('OK')
    expect(new JWTError('INVALID_ISSUER').message).toBe('Invalid token issuer')
  })

  test('INVALID_AUDIENCE', () => {
    const withAudience = makeJwt({ audience: ['api', 'web'] })
    expect(codeOf(withAudience, signRaw(good))).toBe('INVALID_AUDIENCE') // aud missing
    expect(codeOf(withAudience, signRaw(`{"exp":${NOW + 60},"aud":"mobile"}`))).toBe('INVALID_AUDIENCE')
    expect(codeOf(withAudience, signRaw(`{"exp":${NOW + 60},"aud":["mobile","web"]}`))).toBe('OK')
    expect(new JWTError('INVALID_AUDIENCE').message).toBe('Invalid token audience')
  })

  test('messages are exactly those of the issue', () => {
    expect(ERROR_MESSAGES).toMatchObject({
      MALFORMED: 'Invalid token format',
      TOKEN_TOO_LARGE: 'Token too large',
      ALGORITHM_MISMATCH: 'Invalid token algorithm',
      INVALID_SIGNATURE: 'Invalid token signature',
      EXPIRED: 'Token has expired',
      NOT_YET_VALID: 'Token not yet valid',
      INVALID_CLAIMS: 'Invalid token claims',
      INVALID_ISSUER: 'Invalid token issuer',
      INVALID_AUDIENCE: 'Invalid token audience',
    })
  })
})

describe('the order of the checks: size, format, header and algorithm, signature, claims', () => {
  const jwt = makeJwt()
  const wrongKey = 'another-secret-of-32-characters!'
  const expired = `{"exp":${NOW - 1}}`

  test('size wins over everything: an oversized token is not even parsed', () => {
    expect(codeOf(makeJwt({ maxTokenLength: 100 }), signRaw(`{"exp":${NOW + 60},"pad":"${'x'.repeat(100)}"}`))).toBe('TOKEN_TOO_LARGE')
    expect(codeOf(jwt, '.'.repeat(8193))).toBe('TOKEN_TOO_LARGE')
  })

  test('format before the algorithm: a bad signature segment with a wrong alg is MALFORMED', () => {
    const [h, p] = signRaw(expired, '{"alg":"none"}').split('.')
    expect(codeOf(jwt, `${h}.${p}.not base64`)).toBe('MALFORMED')
  })

  test('the algorithm before the signature', () => {
    expect(codeOf(jwt, signRaw(expired, '{"alg":"HS512"}', 'HS256', wrongKey))).toBe('ALGORITHM_MISMATCH')
  })

  test('the signature before the claims: nothing about the claims is revealed without the key', () => {
    for (const payload of [expired, `{"exp":${NOW + 60},"nbf":${NOW + 9}}`, '{}', '{"exp":1,"exp":2}', '[1]', 'not json']) {
      expect(codeOf(jwt, signRaw(payload, undefined, undefined, wrongKey)), payload).toBe('INVALID_SIGNATURE')
    }
  })

  test('engine claims before issuer and audience', () => {
    const strict = makeJwt({ issuer: 'me', audience: 'you' })
    expect(codeOf(strict, signRaw(expired))).toBe('EXPIRED')
  })
})

describe('format', () => {
  const jwt = makeJwt()
  const token = signRaw(`{"sub":"u","exp":${NOW + 60}}`)
  const [h, p, s] = token.split('.')

  test.each([
    ['empty string', ''],
    ['one segment', h],
    ['two segments', `${h}.${p}`],
    ['four segments', `${token}.${s}`],
    ['five segments (JWE)', `${h}.${p}.${s}.${s}.${s}`],
    ['empty header', `.${p}.${s}`],
    ['empty payload', `${h}..${s}`],
    ['empty signature', `${h}.${p}.`],
    ['padding', `${h}.${p}.${s}=`],
    ['whitespace', ` ${token}`],
    ['trailing newline', `${token}\n`],
    ['standard base64 alphabet', `${h}.${p}.${Buffer.from(s, 'base64url').toString('base64')}`],
    ['non-ASCII', `${h}.${p}.${s.slice(0, -1)}é`],
    ['Bearer prefix', `Bearer ${token}`],
  ])('%s is MALFORMED', (_, bad) => {
    expect(codeOf(jwt, bad)).toBe('MALFORMED')
  })

  // The engine looks for the dots only in the header and the signature (assembly/token.ts
  // splitToken) and leaves a dot in between to the payload's base64url decoding. Each token
  // here carries a good MAC of everything before its last dot, so only the format can
  // refuse it: one extra dot at every position, for the one secret and for a key ring's
  // signing key (whose own header takes the engine's shortcut).
  test('an extra dot anywhere, under a good MAC of all before the last dot, is MALFORMED', () => {
    const ringSecret = 'a-ring-secret-of-32-characters!!'
    const ring = new JWT({ keys: [{ kid: 'k1', secret: ringSecret }], signingKey: 'k1', clock: () => NOW })
    const cases: [JWT, string, string][] = [
      [jwt, SECRET, token],
      [ring, ringSecret, ring.createAccessToken('someone-with-a-longer-name', { claims: { role: 'admin' } })],
    ]
    for (const [verifier, secret, good] of cases) {
      expect(codeOf(verifier, good)).toBe('OK')
      const mac = (input: string) => createHmac('sha256', secret).update(input).digest('base64url')
      const input = good.slice(0, good.lastIndexOf('.'))
      const sig = good.slice(good.lastIndexOf('.') + 1)
      for (let at = 0; at <= input.length; at++) {
        const signed = `${input.slice(0, at)}.${input.slice(at)}`
        expect(codeOf(verifier, `${signed}.${mac(signed)}`), signed).toBe('MALFORMED')
        expect(verifier.verifyToken(`${signed}.${mac(signed)}`)).toBe(false)
      }
      for (let at = 0; at <= sig.length; at++) expect(codeOf(verifier, `${input}.${sig.slice(0, at)}.${sig.slice(at)}`)).toBe('MALFORMED')
    }
  })

  test('non-strings are MALFORMED from decodeToken and false from verifyToken', () => {
    for (const value of [undefined, null, 42, {}, [], Buffer.from(token), new String(token)]) {
      expect(codeOf(jwt, value)).toBe('MALFORMED')
      expect(jwt.verifyToken(value)).toBe(false)
    }
  })

  test('a non-ASCII character in a token at the size limit is a format error, not a size error', () => {
    const big = makeJwt({ maxTokenLength: 65536 })
    expect(codeOf(big, `é${'a'.repeat(65535)}`)).toBe('MALFORMED')
    expect(codeOf(big, 'a'.repeat(65537))).toBe('TOKEN_TOO_LARGE')
  })

  test('a signature of the wrong length is INVALID_SIGNATURE', () => {
    const mac = Buffer.from(s, 'base64url')
    expect(codeOf(jwt, `${h}.${p}.${mac.subarray(0, 31).toString('base64url')}`)).toBe('INVALID_SIGNATURE')
    expect(codeOf(jwt, `${h}.${p}.${Buffer.concat([mac, Buffer.alloc(3)]).toString('base64url')}`)).toBe('INVALID_SIGNATURE')
    expect(codeOf(jwt, `${h}.${p}.AA`)).toBe('INVALID_SIGNATURE')
  })

  test('a signature with non-canonical trailing bits is refused', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const last = alphabet.indexOf(s.at(-1)!)
    expect(codeOf(jwt, `${h}.${p}.${s.slice(0, -1)}${alphabet[last ^ 1]}`)).toBe('MALFORMED')
  })

  test('a flipped bit anywhere in the signature is INVALID_SIGNATURE', () => {
    const mac = Buffer.from(s, 'base64url')
    for (let i = 0; i < mac.length * 8; i++) {
      const flipped = Buffer.from(mac)
      flipped[i >> 3] ^= 1 << (i & 7)
      expect(codeOf(jwt, `${h}.${p}.${flipped.toString('base64url')}`)).toBe('INVALID_SIGNATURE')
    }
  })
})

describe('time, through the clock option', () => {
  const at = (now: number, leeway = 0) => makeJwt({ clock: () => now, leeway })
  const exp = NOW + 100

  test('exp: valid before it, expired from the second it names (RFC 7519 §4.1.4)', () => {
    const token = signRaw(`{"exp":${exp}}`)
    expect(codeOf(at(exp - 1), token)).toBe('OK')
    expect(codeOf(at(exp - 0.001), token)).toBe('OK')
    expect(codeOf(at(exp), token)).toBe('EXPIRED')
    expect(codeOf(at(exp + 1), token)).toBe('EXPIRED')
  })

  test('exp with leeway: expired when now >= exp + leeway', () => {
    const token = signRaw(`{"exp":${exp}}`)
    expect(codeOf(at(exp + 29, 30), token)).toBe('OK')
    expect(codeOf(at(exp + 29.999, 30), token)).toBe('OK')
    expect(codeOf(at(exp + 30, 30), token)).toBe('EXPIRED')
  })

  test('exp is required', () => {
    expect(codeOf(at(NOW), signRaw('{"sub":"u"}'))).toBe('INVALID_CLAIMS')
    expect(codeOf(at(NOW), signRaw('{}'))).toBe('INVALID_CLAIMS')
  })

  test('exp of another type is INVALID_CLAIMS', () => {
    for (const v of ['"1800000000"', 'null', 'true', '[1800000000]', '{"v":1800000000}']) {
      expect(codeOf(at(NOW), signRaw(`{"exp":${v}}`)), v).toBe('INVALID_CLAIMS')
    }
  })

  test('nbf: not yet valid when now < nbf - leeway (§4.1.5)', () => {
    const nbf = NOW + 10
    const token = signRaw(`{"exp":${exp},"nbf":${nbf}}`)
    expect(codeOf(at(nbf - 1), token)).toBe('NOT_YET_VALID')
    expect(codeOf(at(nbf - 0.5), token)).toBe('NOT_YET_VALID')
    expect(codeOf(at(nbf), token)).toBe('OK')
    expect(codeOf(at(nbf - 5, 5), token)).toBe('OK')
    expect(codeOf(at(nbf - 6, 5), token)).toBe('NOT_YET_VALID')
    for (const v of ['"x"', 'null', 'false', '[]']) {
      expect(codeOf(at(NOW), signRaw(`{"exp":${exp},"nbf":${v}}`)), v).toBe('INVALID_CLAIMS')
    }
  })

  test('iat in the future (beyond the leeway) is INVALID_CLAIMS (§4.1.6)', () => {
    const token = signRaw(`{"exp":${exp},"iat":${NOW + 10}}`)
    expect(codeOf(at(NOW), token)).toBe('INVALID_CLAIMS')
    expect(codeOf(at(NOW + 10), token)).toBe('OK')
    expect(codeOf(at(NOW, 10), token)).toBe('OK')
    expect(codeOf(at(NOW, 9), token)).toBe('INVALID_CLAIMS')
    expect(codeOf(at(NOW), signRaw(`{"exp":${exp},"iat":"${NOW}"}`))).toBe('INVALID_CLAIMS')
  })

  test('sub, when present, must be a string', () => {
    expect(codeOf(at(NOW), signRaw(`{"exp":${exp},"sub":"42"}`))).toBe('OK')
    for (const v of ['42', 'null', 'true', '["u"]', '{"id":"u"}']) {
      expect(codeOf(at(NOW), signRaw(`{"exp":${exp},"sub":${v}}`)), v).toBe('INVALID_CLAIMS')
    }
  })

  test('exp is checked before nbf, and both before iat', () => {
    expect(codeOf(at(NOW), signRaw(`{"exp":${NOW},"nbf":${NOW + 5},"iat":${NOW + 5}}`))).toBe('EXPIRED')
    expect(codeOf(at(NOW), signRaw(`{"exp":${exp},"nbf":${NOW + 5},"iat":${NOW + 5}}`))).toBe('NOT_YET_VALID')
  })

  test('a clock that does not return a finite number is refused at construction', () => {
    for (const bad of [NaN, undefined, Infinity, '1700000000', null]) {
      expect(() => new JWT({ secretKey: SECRET, clock: (() => bad) as () => number })).toThrow('JWT option clock must be a function returning Unix seconds as a finite number')
    }
  })

  test('a clock that goes bad later never lets a token through', () => {
    const token = signRaw(`{"exp":${NOW - 100}}`)
    for (const bad of [NaN, undefined, Infinity, '1700000000', null]) {
      let calls = 0 // the first call is the constructor's check
      const jwt = new JWT({ secretKey: SECRET, clock: (() => (calls++ === 0 ? NOW : bad)) as () => number })
      expect(() => jwt.decodeToken(token)).toThrow('JWT option clock must be a function returning Unix seconds as a finite number')
      expect(jwt.verifyToken(token)).toBe(false)
      expect(() => jwt.createAccessToken('u')).toThrow(TypeError)
    }
  })

  test('a fresh token passes its own checks at any fractional time', () => {
    for (const now of [NOW, NOW + 0.999, NOW + 0.5, 1, 0]) {
      const jwt = makeJwt({ clock: () => now })
      expect(jwt.decodeToken(jwt.createAccessToken('u')).sub).toBe('u')
    }
  })
})

describe('header', () => {
  const jwt = makeJwt()
  const payload = `{"exp":${NOW + 60}}`

  test('alg must equal the configured algorithm exactly (RFC 7515 §4.1.1)', () => {
    for (const alg of ['hs256', 'Hs256', 'HS256 ', 'none', 'HS384', 'RS256', '']) {
      expect(codeOf(jwt, signRaw(payload, `{"alg":"${alg}"}`)), alg).toBe('ALGORITHM_MISMATCH')
    }
    expect(codeOf(jwt, signRaw(payload, '{"typ":"JWT"}'))).toBe('ALGORITHM_MISMATCH')
    expect(codeOf(jwt, signRaw(payload, '{"alg":256}'))).toBe('ALGORITHM_MISMATCH')
    expect(codeOf(jwt, signRaw(payload, '{"alg":null}'))).toBe('ALGORITHM_MISMATCH')
    expect(codeOf(jwt, signRaw(payload, '{"alg":["HS256"]}'))).toBe('ALGORITHM_MISMATCH')
  })

  test('a nested alg is not the alg', () => {
    expect(codeOf(jwt, signRaw(payload, '{"x":{"alg":"HS256"}}'))).toBe('ALGORITHM_MISMATCH')
  })

  test('escaped alg name and value are decoded', () => {
    expect(codeOf(jwt, signRaw(payload, '{"\\u0061lg":"HS256"}'))).toBe('OK')
    expect(codeOf(jwt, signRaw(payload, '{"alg":"HS\\u0032\\u00356"}'))).toBe('OK')
    expect(codeOf(jwt, signRaw(payload, '{"alg":"\\u0048\\u0053\\u0032\\u0035\\u0036"}'))).toBe('OK')
    expect(codeOf(jwt, signRaw(payload, '{"alg":"HS\\/256"}'))).toBe('ALGORITHM_MISMATCH')
  })

  test('typ, when present, must be JWT in any case (RFC 7519 §5.1)', () => {
    for (const typ of ['JWT', 'jwt', 'Jwt', 'jWt', '\\u004aWT']) {
      expect(codeOf(jwt, signRaw(payload, `{"alg":"HS256","typ":"${typ}"}`)), typ).toBe('OK')
    }
    for (const typ of ['"JOSE"', '"JWS"', '"at+jwt"', '"JWT "', '""', 'null', '1']) {
      expect(codeOf(jwt, signRaw(payload, `{"alg":"HS256","typ":${typ}}`)), typ).toBe('MALFORMED')
    }
    expect(codeOf(jwt, signRaw(payload, '{"alg":"HS256","\\u0074yp":"JOSE"}'))).toBe('MALFORMED')
  })

  test('crit and b64 reject the token, escaped too', () => {
    for (const header of [
      '{"alg":"HS256","crit":["exp"]}',
      '{"alg":"HS256","crit":[]}',
      '{"alg":"HS256","b64":false}',
      '{"alg":"HS256","b64":true}',
      '{"alg":"HS256","\\u0063rit":["x"]}',
      '{"alg":"HS256","b\\u0036\\u0034":false}',
    ]) {
      expect(codeOf(jwt, signRaw(payload, header)), header).toBe('MALFORMED')
    }
  })

  test('other members (kid, jku, cty) are ignored', () => {
    expect(codeOf(jwt, signRaw(payload, '{"alg":"HS256","kid":"k1","jku":"https://evil.example","cty":"x"}'))).toBe('OK')
  })

  test('the header must be a JSON object', () => {
    for (const header of ['"HS256"', '["HS256"]', 'null', '', '{"alg":"HS256"', '{"alg":"HS256"} x', "{'alg':'HS256'}", '\ufeff{"alg":"HS256"}']) {
      expect(codeOf(jwt, signRaw(payload, header)), header).toBe('MALFORMED')
    }
  })

  test('duplicate header names are MALFORMED, even when they agree', () => {
    expect(codeOf(jwt, signRaw(payload, '{"alg":"HS256","alg":"HS256"}'))).toBe('MALFORMED')
    expect(codeOf(jwt, signRaw(payload, '{"alg":"HS256","\\u0061lg":"HS256"}'))).toBe('MALFORMED')
    expect(codeOf(jwt, signRaw(payload, '{"alg":"HS256","x":{"a":1,"a":1}}'))).toBe('MALFORMED')
  })

  test('HS384 and HS512 verifiers accept only their own algorithm', () => {
    for (const alg of ['HS384', 'HS512'] as const) {
      const j = makeJwt({ algorithm: alg.toLowerCase() })
      expect(codeOf(j, signRaw(payload, `{"alg":"${alg}"}`, alg))).toBe('OK')
      expect(codeOf(j, signRaw(payload, '{"alg":"HS256"}', 'HS256'))).toBe('ALGORITHM_MISMATCH')
      // The right header with a MAC of the wrong length.
      expect(codeOf(j, signRaw(payload, `{"alg":"${alg}"}`, 'HS256'))).toBe('INVALID_SIGNATURE')
    }
  })

  test('the header segment itself is signed', () => {
    const token = signRaw(payload)
    const [, p, s] = token.split('.')
    expect(codeOf(jwt, `${b64url('{"alg":"HS256" }')}.${p}.${s}`)).toBe('INVALID_SIGNATURE')
  })
})
