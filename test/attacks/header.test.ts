// The header attacks: alg none and algorithm confusion (jsonwebtoken CVE-2015-9235,
// CVE-2022-23540; hono CVE-2026-22817), crit (fast-jwt CVE-2026-35042), b64, typ, kid.
import { describe, expect, it } from 'vitest'
import { b64, craft, goodClaims, hmac, HEADER, makeJwt, outcome, OTHER_SECRET, SECRET, type HS } from './helpers.js'

const jwt = makeJwt()
const claims = goodClaims()
const body = b64(JSON.stringify(claims))

describe('alg none (CVE-2015-9235)', () => {
  for (const alg of ['none', 'None', 'NONE', 'nOnE']) {
    const header = b64(JSON.stringify({ alg, typ: 'JWT' }))
    it(`${alg} without a signature (empty third segment) is MALFORMED`, () => {
      expect(outcome(jwt, `${header}.${body}.`)).toBe('MALFORMED')
    })
    it(`${alg} with only two segments is MALFORMED`, () => {
      expect(outcome(jwt, `${header}.${body}`)).toBe('MALFORMED')
    })
    it(`${alg} with a valid HS256 signature over it is ALGORITHM_MISMATCH`, () => {
      expect(outcome(jwt, craft({ alg, typ: 'JWT' }, claims))).toBe('ALGORITHM_MISMATCH')
    })
    it(`${alg} with a garbage signature is ALGORITHM_MISMATCH`, () => {
      expect(outcome(jwt, `${header}.${body}.${b64('x'.repeat(32))}`)).toBe('ALGORITHM_MISMATCH')
    })
  }
})

describe('algorithm confusion', () => {
  const algs: HS[] = ['HS256', 'HS384', 'HS512']
  for (const configured of algs) {
    const verifier = makeJwt({ algorithm: configured })
    for (const used of algs.filter((a) => a !== configured)) {
      it(`${configured} verifier refuses a token honestly signed ${used} with the same secret`, () => {
        expect(outcome(verifier, craft({ alg: used, typ: 'JWT' }, claims, { alg: used }))).toBe('ALGORITHM_MISMATCH')
      })
      it(`${configured} verifier refuses header ${used} carrying a ${configured} MAC (INVALID_SIGNATURE never reached)`, () => {
        expect(outcome(verifier, craft({ alg: used, typ: 'JWT' }, claims, { alg: configured }))).toBe('ALGORITHM_MISMATCH')
      })
      it(`${configured} verifier refuses header ${configured} carrying a ${used} MAC (wrong length)`, () => {
        const input = `${b64(JSON.stringify({ alg: configured, typ: 'JWT' }))}.${body}`
        expect(outcome(verifier, `${input}.${b64(hmac(used, SECRET, input))}`)).toBe('INVALID_SIGNATURE')
      })
    }
    it(`${configured} verifier accepts its own algorithm`, () => {
      expect(outcome(verifier, craft({ alg: configured, typ: 'JWT' }, claims, { alg: configured }))).toBe('OK')
    })
  }
  for (const alg of ['RS256', 'ES256', 'PS256', 'EdDSA', 'hs256', 'Hs256', 'HS256 ', ' HS256', 'HS2560', 'HS25', 'HMAC-SHA256', 'HS256\u0000', '\uff28\uff33256', 'HS256\u200b', 'H\u0405256']) {
    it(`alg ${JSON.stringify(alg)} with a valid HS256 MAC is ALGORITHM_MISMATCH`, () => {
      expect(outcome(jwt, craft({ alg, typ: 'JWT' }, claims))).toBe('ALGORITHM_MISMATCH')
    })
  }
})

describe('alg missing or not a string', () => {
  const cases: [string, unknown][] = [
    ['missing', { typ: 'JWT' }],
    ['null', { alg: null, typ: 'JWT' }],
    ['a number', { alg: 256, typ: 'JWT' }],
    ['true', { alg: true, typ: 'JWT' }],
    ['an array', { alg: ['HS256'], typ: 'JWT' }],
    ['an object', { alg: { name: 'HS256' }, typ: 'JWT' }],
    ['empty', { alg: '', typ: 'JWT' }],
    ['only nested', { typ: 'JWT', x: { alg: 'HS256' } }],
    ['an empty header', {}],
  ]
  for (const [name, header] of cases) {
    it(`alg ${name} is ALGORITHM_MISMATCH`, () => {
      expect(outcome(jwt, craft(header, claims))).toBe('ALGORITHM_MISMATCH')
    })
  }
  it('an escaped alg name equal to HS256 is the alg (as JSON.parse reads it): OK', () => {
    expect(outcome(jwt, craft('{"\\u0061lg":"\\u0048S256","typ":"JWT"}', claims))).toBe('OK')
  })
  it('typ may be absent: OK', () => {
    expect(outcome(jwt, craft({ alg: 'HS256' }, claims))).toBe('OK')
  })
})

describe('typ', () => {
  for (const typ of ['JWT', 'jwt', 'Jwt']) {
    it(`typ ${typ} is accepted (RFC 7519 §5.1 compares it case-insensitively)`, () => {
      expect(outcome(jwt, craft({ alg: 'HS256', typ }, claims))).toBe('OK')
    })
  }
  for (const typ of ['application/jwt', 'APPLICATION/JWT', 'Application/JWT']) {
    it(`typ ${typ} is accepted (RFC 7515 §4.1.9: JWT names application/jwt)`, () => {
      expect(outcome(jwt, craft({ alg: 'HS256', typ }, claims))).toBe('OK')
    })
  }
  const bad: unknown[] = [
    'JWS', 'JWE', 'at+jwt', 'application/at+jwt', 'application/jws', 'text/jwt', 'application/jwt ', 'application\u000fjwt', 'applicationXjwt',
    '/jwt', 'application/', 'JWT ', '', 'JW', 'JWTX', 'JWT\u0000', null, 1, true, ['JWT'], { t: 'JWT' },
  ]
  for (const typ of bad) {
    it(`typ ${JSON.stringify(typ)} is MALFORMED`, () => {
      expect(outcome(jwt, craft({ alg: 'HS256', typ }, claims))).toBe('MALFORMED')
    })
  }
  it('an escaped typ name is noticed: MALFORMED', () => {
    expect(outcome(jwt, craft('{"alg":"HS256","\\u0074yp":"JWS"}', claims))).toBe('MALFORMED')
  })
})

describe('crit and b64 (RFC 7515 §4.1.11, RFC 7797)', () => {
  const cases: [string, string][] = [
    ['crit with a name', '{"alg":"HS256","typ":"JWT","crit":["exp"],"exp":1}'],
    ['crit empty', '{"alg":"HS256","typ":"JWT","crit":[]}'],
    ['crit null', '{"alg":"HS256","typ":"JWT","crit":null}'],
    ['crit naming b64', '{"alg":"HS256","typ":"JWT","b64":false,"crit":["b64"]}'],
    ['b64 false', '{"alg":"HS256","typ":"JWT","b64":false}'],
    ['b64 true', '{"alg":"HS256","typ":"JWT","b64":true}'],
    ['escaped crit', '{"alg":"HS256","typ":"JWT","\\u0063rit":["x"]}'],
    ['crit with alg none', '{"alg":"none","crit":["x"]}'],
  ]
  for (const [name, header] of cases) {
    it(`${name} is MALFORMED`, () => {
      expect(outcome(jwt, craft(header, claims))).toBe('MALFORMED')
    })
  }
  it('nested crit is just data: OK', () => {
    expect(outcome(jwt, craft('{"alg":"HS256","typ":"JWT","x":{"crit":["y"],"b64":false}}', claims))).toBe('OK')
  })
})

describe('kid, jku, jwk and x5u never pick the key', () => {
  const headers = [
    { kid: '../../../../dev/null' }, // path-check: not a path (a traversal payload)
    { kid: "' OR 1=1 --" },
    { kid: '' },
    { kid: 42 },
    { jku: 'https://attacker.example/jwks.json' },
    { jwk: { kty: 'oct', k: b64(OTHER_SECRET) } },
    { x5u: 'https://attacker.example/cert.pem' },
  ]
  for (const extra of headers) {
    it(`${JSON.stringify(extra)} signed with the real secret is OK (ignored)`, () => {
      expect(outcome(jwt, craft({ ...HEADER, ...extra }, claims))).toBe('OK')
    })
    it(`${JSON.stringify(extra)} signed with the attacker's secret is INVALID_SIGNATURE`, () => {
      expect(outcome(jwt, craft({ ...HEADER, ...extra }, claims, { secret: OTHER_SECRET }))).toBe('INVALID_SIGNATURE')
    })
  }
})
