// The one smoke suite every runtime runs (Node ESM and CJS, Chromium, workerd, Deno, Bun,
// edge-runtime), against the package installed from its tarball. Plain JavaScript with no
// imports, so each runtime's runner only has to load the package's entries (jwt-wasm,
// jwt-wasm/core and jwt-wasm/asymmetric) and call smoke(lib, vectors, core, asymmetric).
// `vectors` come from jose in Node: [{ alg, secret, token, sub }] for HS256/384/512, and
// [{ alg, jwks, token, sub }] for RS256, PS256, EdDSA, ES256, ES384 and ES512.

export const ALGORITHMS = ['HS256', 'HS384', 'HS512']

export const SMOKE_TESTS = [
  ...ALGORITHMS.map((alg) => `create and decode ${alg}`),
  ...ALGORITHMS.map((alg) => `jose-signed ${alg} vector decodes`),
  'tampered token is refused with INVALID_SIGNATURE',
  'non-ASCII claims round-trip; a token with a non-ASCII character is MALFORMED',
  'claims are the object JSON.parse gives, member for member',
  'key ring round-trip: kid, rotation, UNKNOWN_KEY',
  'guarded fetch handler answers 200 and 401',
  'jwt-wasm/core creates, decodes and verifies, with tokens only',
  'jwt-wasm/asymmetric verifies jose-signed RS256 and PS256 tokens from a JWKS',
  'jwt-wasm/asymmetric verifies a jose-signed EdDSA token from a JWKS',
  'jwt-wasm/asymmetric verifies a jose-signed ES256 token from a JWKS',
  'jwt-wasm/asymmetric verifies a jose-signed ES384 token from a JWKS',
  'jwt-wasm/asymmetric verifies a jose-signed ES512 token from a JWKS',
]

const SECRET = 'smoke-suite-secret-0123456789abcdef'

export async function smoke(lib, vectors, core, asymmetric) {
  const { JWT, JWTError } = lib
  const tests = new Map()
  const test = (name, fn) => tests.set(name, fn)

  for (const alg of ALGORITHMS) {
    test(`create and decode ${alg}`, () => {
      const jwt = new JWT({ secretKey: SECRET, algorithm: alg })
      const token = jwt.createAccessToken('alice', { claims: { role: 'admin' } })
      const claims = jwt.decodeToken(token)
      equal(claims.identity, 'alice', 'identity')
      equal(claims.sub, 'alice', 'sub')
      equal(claims.role, 'admin', 'custom claim')
      equal(claims.type, 'access', 'type')
      equal(lib.decodeUnverified(token).header.alg, alg, 'header alg')
      equal(jwt.verifyToken(token), true, 'verifyToken')
      const refresh = jwt.createRefreshToken(42)
      equal(jwt.decodeToken(refresh).type, 'refresh', 'refresh type')
      equal(jwt.decodeToken(refresh).identity, '42', 'refresh identity')
    })
  }

  for (const alg of ALGORITHMS) {
    test(`jose-signed ${alg} vector decodes`, () => {
      const vector = vectors.find((v) => v.alg === alg)
      if (!vector) throw new Error(`no ${alg} vector was passed in`)
      const jwt = new JWT({ secretKey: vector.secret, algorithm: alg })
      equal(jwt.decodeToken(vector.token).identity, vector.sub, 'identity')
      equal(jwt.verifyToken(vector.token), true, 'verifyToken')
    })
  }

  test('tampered token is refused with INVALID_SIGNATURE', () => {
    const jwt = new JWT({ secretKey: SECRET })
    const [header, , signature] = jwt.createAccessToken('alice').split('.')
    const forged = `${header}.${base64url(JSON.stringify({ sub: 'mallory', exp: 4102444800 }))}.${signature}`
    const error = thrown(() => jwt.decodeToken(forged))
    equal(error instanceof JWTError, true, 'instanceof JWTError')
    equal(error.code, 'INVALID_SIGNATURE', 'code')
    equal(error.status, 401, 'status')
    equal(error.message.includes(forged), false, 'message leaves out the token')
    equal(jwt.verifyToken(forged), false, 'verifyToken')
  })

  // Where the runtime has the JS String Builtins (Chromium, Deno) text crosses through the
  // string pump, elsewhere through TextEncoder/TextDecoder or Buffer: the same answers.
  test('non-ASCII claims round-trip; a token with a non-ASCII character is MALFORMED', () => {
    const jwt = new JWT({ secretKey: SECRET })
    for (const value of ['plain', 'zoë', '東京', '😀', '\u0100\u00ff']) {
      const claims = jwt.decodeToken(jwt.createAccessToken('ünï', { claims: { value } }))
      equal(claims.value, value, `claim ${value}`)
      equal(claims.identity, 'ünï', 'identity')
    }
    const token = jwt.createAccessToken('alice')
    // The same character plus 0x100 (and 0xd800, a lone surrogate): equal low bytes, so a
    // boundary that kept only those would let this token through.
    for (const add of [0x100, 0xd800]) {
      const at = token.length - 5
      const forged = token.slice(0, at) + String.fromCharCode(token.charCodeAt(at) + add) + token.slice(at + 1)
      equal(thrown(() => jwt.decodeToken(forged)).code, 'MALFORMED', 'non-ASCII token')
      equal(jwt.verifyToken(forged), false, 'verifyToken of a non-ASCII token')
    }
  })

  // decodeToken builds the claims from the engine's member table, not with JSON.parse
  // (src/util/members.ts): in every runtime the object must be JSON.parse's, to the property.
  test('claims are the object JSON.parse gives, member for member', async () => {
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
    const jwt = new JWT({ secretKey: SECRET })
    // Twelve members, each kind the table hands over; then the names that send a payload
    // to JSON.parse (Object.prototype's, an escaped one).
    const payloads = [
      '{"sub":"alice","exp":4102444800,"0":"index","zero":-0,"big":1e400,"exact":123456789012345,"long":1234567890123456789,"f":1.5e-7,"t":true,"nil":null,"esc":"a\\u0062\\n","nest":{"a":[1,{"b":null}]}}',
      '{"sub":"alice","exp":4102444800,"no":false,"arr":[],"__proto__":{"x":1},"constructor":"c","caf\\u00e9":1}',
    ]
    for (const payload of payloads) {
      const input = `${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url(payload)}`
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(input)))
      const claims = jwt.decodeToken(`${input}.${base64url(String.fromCharCode(...mac), true)}`)
      const wanted = JSON.parse(payload)
      wanted.identity = 'alice'
      equal(Object.getPrototypeOf(claims) === Object.prototype, true, 'prototype')
      equal(JSON.stringify(Reflect.ownKeys(claims)), JSON.stringify(Reflect.ownKeys(wanted)), 'own keys in order')
      for (const name of Reflect.ownKeys(wanted)) {
        const value = claims[name]
        const same = typeof value === 'object' && value !== null ? JSON.stringify(value) === JSON.stringify(wanted[name]) : Object.is(value, wanted[name])
        equal(same, true, `member ${name}`)
      }
    }
  })

  test('key ring round-trip: kid, rotation, UNKNOWN_KEY', () => {
    const first = JWT.generateKey({ kid: 'smoke-1' })
    const jwt = new JWT({ keys: [first] })
    const old = jwt.createAccessToken('alice')
    equal(lib.decodeUnverified(old).header.kid, 'smoke-1', 'kid in the header')
    equal(JSON.stringify(lib.decodeUnverified(old).header), '{"alg":"HS256","typ":"JWT","kid":"smoke-1"}', 'header order')
    jwt.keys.add(JWT.generateKey({ algorithm: 'HS512', kid: 'smoke-2' }))
    jwt.keys.use('smoke-2')
    const current = jwt.createAccessToken('bob')
    equal(lib.decodeUnverified(current).header.alg, 'HS512', 'new key algorithm')
    equal(jwt.decodeToken(old).identity, 'alice', 'old token before removal')
    equal(jwt.decodeToken(current).identity, 'bob', 'new token')
    jwt.keys.remove('smoke-1')
    const error = thrown(() => jwt.decodeToken(old))
    equal(error instanceof JWTError && error.code, 'UNKNOWN_KEY', 'old token after removal')
    equal(jwt.verifyToken(current), true, 'new token after removal')
  })

  test('guarded fetch handler answers 200 and 401', async () => {
    const jwt = new JWT({ secretKey: SECRET })
    const handler = (request) => ({ identity: request.jwtIdentity, role: request.jwtClaims.role })
    const token = jwt.createAccessToken('alice', { claims: { role: 'admin' } })
    const url = 'https://example.test/me'
    const bearer = (t) => new Request(url, { headers: { authorization: `Bearer ${t}` } })
    // Bound to the instance, and the exported guard (which uses the latest instance).
    for (const guarded of [jwt.required(handler), lib.jwtRequired(handler)]) {
      const ok = await guarded(bearer(token))
      equal(ok.status, 200, 'status with a token')
      equal(JSON.stringify(await ok.json()), '{"identity":"alice","role":"admin"}', 'body with a token')
      const missing = await guarded(new Request(url))
      equal(missing.status, 401, 'status without a token')
      equal((await missing.json()).code, 'MISSING_TOKEN', 'code without a token')
      equal(/^Bearer\b/.test(missing.headers.get('www-authenticate') ?? ''), true, 'WWW-Authenticate')
      const bad = await guarded(bearer(tamper(token)))
      equal(bad.status, 401, 'status with a bad token')
    }
  })

  test('jwt-wasm/core creates, decodes and verifies, with tokens only', () => {
    if (!core) throw new Error('the runner did not load jwt-wasm/core')
    const jwt = new core.JWT({ secretKey: SECRET })
    const token = jwt.createAccessToken('alice', { claims: { role: 'admin' } })
    equal(jwt.decodeToken(token).role, 'admin', 'custom claim')
    equal(jwt.verifyToken(token), true, 'verifyToken')
    equal(core.decodeUnverified(token).claims.sub, 'alice', 'decodeUnverified')
    // The two entries make the same tokens from the same secret.
    equal(new JWT({ secretKey: SECRET }).decodeToken(token).identity, 'alice', 'main entry reads a core token')
    const error = thrown(() => jwt.decodeToken(tamper(token)))
    equal(core.JWTError.is(error) && error.code, 'INVALID_SIGNATURE', 'JWTError code')
    equal(typeof jwt.required, 'undefined', 'no bound guards')
    equal(typeof jwt.setAccessCookies, 'undefined', 'no cookie methods')
    equal(['jwtRequired', 'makeResponse', 'cookieHelpers'].some((name) => name in core), false, 'no HTTP exports')
    equal(thrown(() => new core.JWT({ secretKey: SECRET, tokenLocation: 'cookies' })) instanceof TypeError, true, 'HTTP options refused')
  })

  test('jwt-wasm/asymmetric verifies jose-signed RS256 and PS256 tokens from a JWKS', async () => {
    if (!asymmetric) throw new Error('the runner did not load jwt-wasm/asymmetric')
    const { KeySet, JWTVerifier } = asymmetric
    for (const alg of ['RS256', 'PS256']) {
      const vector = vectors.find((v) => v.alg === alg)
      if (!vector) throw new Error(`no ${alg} vector was passed in`)
      const verifier = new JWTVerifier({ keys: KeySet.from(vector.jwks), algorithms: ['RS256', 'PS256'] })
      const claims = verifier.verify(vector.token)
      equal(claims.identity, vector.sub, `${alg} identity`)
      equal(claims.name, vector.name, `${alg} name claim`)
      equal(verifier.verifyToken(vector.token), true, `${alg} verifyToken`)
      const [header, payload, signature] = vector.token.split('.')
      // A character plus 0x100 or 0xd800 keeps its low byte: a boundary that kept only
      // those bytes would let the token through.
      for (const add of [0x100, 0xd800]) {
        const at = header.length + 5
        const forged = vector.token.slice(0, at) + String.fromCharCode(vector.token.charCodeAt(at) + add) + vector.token.slice(at + 1)
        equal(thrown(() => verifier.verify(forged)).code, 'MALFORMED', `${alg} non-ASCII token`)
        equal(verifier.verifyToken(forged), false, `${alg} verifyToken of a non-ASCII token`)
      }
      const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`
      const error = thrown(() => verifier.verify(`${header}.${payload}.${flipped}`))
      // One JWTError class across the entries: the main entry's.
      equal(error instanceof lib.JWTError, true, `${alg} instanceof the main entry's JWTError`)
      equal(error.code, 'INVALID_SIGNATURE', `${alg} tampered code`)
      // A verifier works in the main entry's guards.
      const guarded = lib.createGuard('required', verifier)((request) => ({ identity: request.jwtIdentity }))
      const ok = await guarded(new Request('https://example.test/me', { headers: { authorization: `Bearer ${vector.token}` } }))
      equal(ok.status, 200, `${alg} guarded status`)
    }
    const hs = new JWT({ secretKey: SECRET }).createAccessToken('alice')
    const rs = new JWTVerifier({ keys: KeySet.from(vectors.find((v) => v.alg === 'RS256').jwks), algorithms: ['RS256'] })
    equal(thrown(() => rs.verify(hs)).code, 'ALGORITHM_MISMATCH', 'an HS token')
  })

  test('jwt-wasm/asymmetric verifies a jose-signed EdDSA token from a JWKS', () => {
    if (!asymmetric) throw new Error('the runner did not load jwt-wasm/asymmetric')
    const { KeySet, JWTVerifier } = asymmetric
    const vector = vectors.find((v) => v.alg === 'EdDSA')
    if (!vector) throw new Error('no EdDSA vector was passed in')
    const verifier = new JWTVerifier({ keys: KeySet.from(vector.jwks), algorithms: ['EdDSA', 'RS256'] })
    equal(verifier.verify(vector.token).identity, vector.sub, 'EdDSA identity')
    equal(verifier.verifyToken(vector.token), true, 'EdDSA verifyToken')
    const [header, payload, signature] = vector.token.split('.')
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`
    equal(thrown(() => verifier.verify(`${header}.${payload}.${flipped}`)).code, 'INVALID_SIGNATURE', 'EdDSA tampered code')
    // The Ed25519 key never verifies a token of another family under its kid.
    const relabelled = `${base64url(JSON.stringify({ alg: 'RS256', kid: 'ed-current' }))}.${payload}.${signature}`
    equal(thrown(() => verifier.verify(relabelled)).code, 'UNKNOWN_KEY', 'RS256 under the Ed25519 kid')
  })

  test('jwt-wasm/asymmetric verifies a jose-signed ES256 token from a JWKS', () => {
    if (!asymmetric) throw new Error('the runner did not load jwt-wasm/asymmetric')
    const { KeySet, JWTVerifier } = asymmetric
    const vector = vectors.find((v) => v.alg === 'ES256')
    if (!vector) throw new Error('no ES256 vector was passed in')
    const verifier = new JWTVerifier({ keys: KeySet.from(vector.jwks), algorithms: ['ES256', 'RS256'] })
    equal(verifier.verify(vector.token).identity, vector.sub, 'ES256 identity')
    equal(verifier.verifyToken(vector.token), true, 'ES256 verifyToken')
    const [header, payload, signature] = vector.token.split('.')
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`
    equal(thrown(() => verifier.verify(`${header}.${payload}.${flipped}`)).code, 'INVALID_SIGNATURE', 'ES256 tampered code')
    // r = s = 0 (CVE-2022-21449) is refused on every runtime.
    equal(thrown(() => verifier.verify(`${header}.${payload}.${'A'.repeat(86)}`)).code, 'INVALID_SIGNATURE', 'ES256 zero signature')
    // The P-256 key never verifies a token of another family under its kid.
    const relabelled = `${base64url(JSON.stringify({ alg: 'RS256', kid: 'ec-current' }))}.${payload}.${signature}`
    equal(thrown(() => verifier.verify(relabelled)).code, 'UNKNOWN_KEY', 'RS256 under the P-256 kid')
  })

  test('jwt-wasm/asymmetric verifies a jose-signed ES384 token from a JWKS', () => {
    if (!asymmetric) throw new Error('the runner did not load jwt-wasm/asymmetric')
    const { KeySet, JWTVerifier } = asymmetric
    const vector = vectors.find((v) => v.alg === 'ES384')
    if (!vector) throw new Error('no ES384 vector was passed in')
    const verifier = new JWTVerifier({ keys: KeySet.from(vector.jwks), algorithms: ['ES384', 'ES256', 'RS256'] })
    equal(verifier.verify(vector.token).identity, vector.sub, 'ES384 identity')
    equal(verifier.verifyToken(vector.token), true, 'ES384 verifyToken')
    const [header, payload, signature] = vector.token.split('.')
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`
    equal(thrown(() => verifier.verify(`${header}.${payload}.${flipped}`)).code, 'INVALID_SIGNATURE', 'ES384 tampered code')
    // r = s = 0 (CVE-2022-21449), and the signature cut to r alone (48 of its 96 bytes).
    equal(thrown(() => verifier.verify(`${header}.${payload}.${'A'.repeat(128)}`)).code, 'INVALID_SIGNATURE', 'ES384 zero signature')
    equal(thrown(() => verifier.verify(`${header}.${payload}.${signature.slice(0, 64)}`)).code, 'INVALID_SIGNATURE', 'ES384 truncated signature')
    // The P-384 key never verifies a token of another algorithm under its kid, ES256 included.
    for (const alg of ['ES256', 'RS256']) {
      const relabelled = `${base64url(JSON.stringify({ alg, kid: 'ec384-current' }))}.${payload}.${signature}`
      equal(thrown(() => verifier.verify(relabelled)).code, 'UNKNOWN_KEY', `${alg} under the P-384 kid`)
    }
  })

  test('jwt-wasm/asymmetric verifies a jose-signed ES512 token from a JWKS', () => {
    if (!asymmetric) throw new Error('the runner did not load jwt-wasm/asymmetric')
    const { KeySet, JWTVerifier } = asymmetric
    const vector = vectors.find((v) => v.alg === 'ES512')
    if (!vector) throw new Error('no ES512 vector was passed in')
    const verifier = new JWTVerifier({ keys: KeySet.from(vector.jwks), algorithms: ['ES512', 'ES384', 'RS256'] })
    equal(verifier.verify(vector.token).identity, vector.sub, 'ES512 identity')
    equal(verifier.verifyToken(vector.token), true, 'ES512 verifyToken')
    const [header, payload, signature] = vector.token.split('.')
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`
    equal(thrown(() => verifier.verify(`${header}.${payload}.${flipped}`)).code, 'INVALID_SIGNATURE', 'ES512 tampered code')
    // r = s = 0 (CVE-2022-21449), and the signature cut to r alone (88 characters: 66 of its 132 bytes).
    equal(thrown(() => verifier.verify(`${header}.${payload}.${'A'.repeat(176)}`)).code, 'INVALID_SIGNATURE', 'ES512 zero signature')
    equal(thrown(() => verifier.verify(`${header}.${payload}.${signature.slice(0, 88)}`)).code, 'INVALID_SIGNATURE', 'ES512 truncated signature')
    // The P-521 key never verifies a token of another algorithm under its kid, ES384 included.
    for (const alg of ['ES384', 'RS256']) {
      const relabelled = `${base64url(JSON.stringify({ alg, kid: 'ec521-current' }))}.${payload}.${signature}`
      equal(thrown(() => verifier.verify(relabelled)).code, 'UNKNOWN_KEY', `${alg} under the P-521 kid`)
    }
  })

  const result = { runtime: runtimeName(), passed: [], failed: [] }
  for (const [name, fn] of tests) {
    try {
      await fn()
      result.passed.push(name)
    } catch (error) {
      result.failed.push({ name, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })
    }
  }
  return result
}

/** Which runtime ran the suite, so each test can check it ran where it meant to. */
function runtimeName() {
  if (globalThis.Deno) return `Deno ${globalThis.Deno.version.deno}`
  if (globalThis.Bun) return `Bun ${globalThis.Bun.version}`
  if (typeof globalThis.EdgeRuntime === 'string') return `edge-runtime (${globalThis.EdgeRuntime})`
  if (globalThis.process?.versions?.node) return `Node ${globalThis.process.versions.node}`
  return globalThis.navigator?.userAgent ?? 'unknown'
}

/**
 * The token with one signature character changed, always to another one: replacing the last
 * two characters with "AA" left about one token in 256 unchanged (the last character has only
 * four possible values), and that token then passed. Ten from the end is inside every
 * signature and carries six whole bits, so the result is still canonical base64url.
 */
function tamper(token) {
  const i = token.length - 10
  return `${token.slice(0, i)}${token[i] === 'A' ? 'B' : 'A'}${token.slice(i + 1)}`
}

function equal(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`)
}

function thrown(fn) {
  try {
    fn()
  } catch (error) {
    return error
  }
  throw new Error('expected an error, none was thrown')
}

/** base64url of the text's UTF-8, or, when `binary`, of its characters taken as bytes. */
function base64url(text, binary = false) {
  let bytes = text
  if (!binary) {
    bytes = ''
    for (const byte of new TextEncoder().encode(text)) bytes += String.fromCharCode(byte)
  }
  return btoa(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}
