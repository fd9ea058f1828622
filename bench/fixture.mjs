// The one fixture every library is timed on (issue 6): header {"alg":"HSxxx","typ":"JWT"},
// payload {sub, iat, nbf, exp, jti (32 hex), type, fresh, role}, a 64-byte secret. Runs
// in Node and in the browser bundle, so it uses only web APIs.

export const ALGS = ['HS256', 'HS384', 'HS512']
export const HASH = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' }
export const DIGEST_BYTES = { HS256: 32, HS384: 48, HS512: 64 }

/** 64 fixed bytes, the same for every library. */
export const SECRET = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff)

export function nowSeconds() {
  return Math.floor(Date.now() / 1000)
}

/** The payload, valid for a day from `now` (every bench process finishes well inside it). */
export function fixturePayload(now = nowSeconds()) {
  return { sub: 'user-1234', iat: now, nbf: now, exp: now + 86400, jti: '0123456789abcdef0123456789abcdef', type: 'access', fresh: true, role: 'admin' }
}

/** The header jwt-wasm writes: with a kid when a key ring signs (issue 11). */
export function headerJson(alg, kid) {
  return kid === undefined ? `{"alg":"${alg}","typ":"JWT"}` : `{"alg":"${alg}","typ":"JWT","kid":"${kid}"}`
}

export function b64url(bytes) {
  let s = ''
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i])
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function b64urlText(text) {
  return b64url(new TextEncoder().encode(text))
}

export function fromB64url(text) {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(s, (c) => c.charCodeAt(0))
}

/** An HMAC CryptoKey for jose, hono and the crypto.subtle floor: their fastest key form. */
export function importHmacKey(alg, usages = ['sign', 'verify']) {
  return crypto.subtle.importKey('raw', SECRET, { name: 'HMAC', hash: HASH[alg] }, false, usages)
}

/** The fixture token for alg, signed with WebCrypto (independent of every library timed); with a kid header and another secret when given. */
export async function fixtureToken(alg, payload, { kid, secret = SECRET } = {}) {
  const input = `${b64urlText(headerJson(alg, kid))}.${b64urlText(JSON.stringify(payload))}`
  const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: HASH[alg] }, false, ['sign'])
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(input)))
  return { input, token: `${input}.${b64url(mac)}` }
}

/** The same token with one signature character changed in the middle (still canonical base64url). */
export function badSignature(token) {
  const at = token.lastIndexOf('.') + 5
  return token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1)
}

/** Checks a signed token: alg, payload members, and the MAC recomputed with WebCrypto. */
export async function checkSigned(alg, token, expected, label) {
  const parts = typeof token === 'string' ? token.split('.') : []
  if (parts.length !== 3) throw new Error(`${label}: not a compact JWS`)
  const header = JSON.parse(new TextDecoder().decode(fromB64url(parts[0])))
  if (header.alg !== alg) throw new Error(`${label}: header alg ${header.alg}`)
  const claims = JSON.parse(new TextDecoder().decode(fromB64url(parts[1])))
  checkClaims(claims, expected, label)
  const key = await importHmacKey(alg, ['verify'])
  const ok = await crypto.subtle.verify('HMAC', key, fromB64url(parts[2]), new TextEncoder().encode(`${parts[0]}.${parts[1]}`))
  if (!ok) throw new Error(`${label}: bad MAC`)
}

/** Every expected member present with the same value (libraries may add iat and the like). */
export function checkClaims(claims, expected, label) {
  for (const [k, v] of Object.entries(expected)) {
    if (claims?.[k] !== v) throw new Error(`${label}: claim ${k} is ${JSON.stringify(claims?.[k])}, expected ${JSON.stringify(v)}`)
  }
}

/** Median of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/**
 * A key pair as crypto.subtle.generateKey(algorithm, true, …) makes it, and the public key as
 * a JWK. Node 20 can deadlock when a key is exported as a JWK while a garbage collection
 * destroys the job that generated it (the export holds a lock the job's destructor waits for;
 * test/helpers/key-pair.ts), so on Node the pair is generated as JWKs by node:crypto, which
 * exports them while its job is alive, and imported. Browsers generate it with WebCrypto.
 */
export async function keyPair(algorithm) {
  const nodeCrypto = globalThis.process?.getBuiltinModule?.('node:crypto')
  if (nodeCrypto === undefined) {
    const { publicKey, privateKey } = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])
    return { publicKey, privateKey, jwk: await crypto.subtle.exportKey('jwk', publicKey) }
  }
  const [type, options] =
    algorithm.name === 'Ed25519' ? ['ed25519', {}] : algorithm.name === 'ECDSA' ? ['ec', { namedCurve: algorithm.namedCurve }] : ['rsa', { modulusLength: algorithm.modulusLength }]
  const jwkEncoding = { format: 'jwk' }
  const pair = nodeCrypto.generateKeyPairSync(type, { ...options, publicKeyEncoding: jwkEncoding, privateKeyEncoding: jwkEncoding })
  return {
    publicKey: await crypto.subtle.importKey('jwk', pair.publicKey, algorithm, true, ['verify']),
    privateKey: await crypto.subtle.importKey('jwk', pair.privateKey, algorithm, true, ['sign']),
    jwk: pair.publicKey,
  }
}
