// ES256 through the asymmetric entry: EC JWK import, tokens from jose and node:crypto,
// the JWS and JWK Wycheproof cases with EC keys, key-type separation, and the malleability
// that accepting high S brings.
import { describe, it, expect, afterAll } from 'vitest'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import { createHmac, sign as cryptoSign, type KeyObject } from 'node:crypto'
import { generateKeyPairSync, joseKeyPair } from '../helpers/key-pair.js'
import * as jose from 'jose'
import { KeySet, JWTVerifier, RemoteKeySet } from '../../src/asymmetric.js'
import { createGuard } from '../../src/index.js'
import { importJwk } from '../../src/pk/jwk.js'
import { importSet, selectKey } from '../../src/pk/key-set.js'
import { ALGORITHM_NAMES, PK_ALGORITHMS } from '../../src/pk/algorithms.js'
import { parseToken, parsedAlgorithm, parsedKid, verifyMessage, verifyParsedSignature } from '../../src/wasm-pk/engine.js'
import { Status } from '../../src/wasm/abi.js'
import { codeOf } from '../helpers/code-of.js'
import { b64, rsaKey, signToken } from './helpers.js'
import { thrownBy } from '../helpers/thrown.js'

const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n
const now = () => Math.floor(Date.now() / 1000)

interface EcKey { publicKey: KeyObject; privateKey: KeyObject; jwk: Record<string, string> }
function ecKey(kid?: string): EcKey {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const jwk = publicKey.export({ format: 'jwk' }) as Record<string, string>
  if (kid) jwk.kid = kid
  return { publicKey, privateKey, jwk }
}

/** A compact ES256 token signed by node:crypto (raw r‖s, RFC 7518 §3.4). */
function es256Token(key: KeyObject, header: Record<string, unknown>, payload: Record<string, unknown>, encoding: 'ieee-p1363' | 'der' = 'ieee-p1363'): string {
  const input = `${b64(JSON.stringify({ alg: 'ES256', ...header }))}.${b64(JSON.stringify(payload))}`
  return `${input}.${b64(cryptoSign('sha256', Buffer.from(input), { key, dsaEncoding: encoding }))}`
}

/** The token with its signature's s replaced by n - s: the other valid signature. */
function highSTwin(token: string): string {
  const [h, p, s] = token.split('.')
  const sig = Buffer.from(s, 'base64url')
  const twin = N - BigInt(`0x${sig.subarray(32).toString('hex')}`)
  return `${h}.${p}.${b64(Buffer.concat([sig.subarray(0, 32), Buffer.from(twin.toString(16).padStart(64, '0'), 'hex')]))}`
}

describe('EC JWK import', () => {
  const { jwk } = ecKey('a')

  it('imports a P-256 key and uses it', () => {
    expect(KeySet.from({ keys: [jwk] }).size).toBe(1)
  })

  it('refuses malformed P-256 keys with a TypeError naming the key, never its material', () => {
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ ...jwk, x: b64(Buffer.from(jwk.x, 'base64url').subarray(1)) }, /x must be 32 bytes/],
      [{ ...jwk, y: b64(Buffer.concat([Buffer.alloc(1), Buffer.from(jwk.y, 'base64url')])) }, /y must be 32 bytes/],
      [{ ...jwk, x: `${jwk.x}=` }, /x is not base64url/],
      [{ ...jwk, y: 42 }, /y must be a base64url string/],
      [{ ...jwk, crv: undefined }, /crv must be a string/],
      [{ ...jwk, d: 'AAAA' }, /private key/],
      // The same x with y + 1: not on the curve (SEC 1 §3.2.2.1).
      [{ ...jwk, y: b64(Buffer.from((BigInt(`0x${Buffer.from(jwk.y, 'base64url').toString('hex')}`) ^ 1n).toString(16).padStart(64, '0'), 'hex')) }, /not on P-256/],
      // x = p: a coordinate that is not below p.
      [{ ...jwk, x: b64(Buffer.from('ffffffff00000001000000000000000000000000ffffffffffffffffffffffff', 'hex')) }, /not on P-256/],
    ]
    for (const [key, message] of bad) {
      const error = thrownBy(() => KeySet.from({ keys: [key] }))
      expect(error).toBeInstanceOf(TypeError)
      expect((error as Error).message).toMatch(message)
      expect((error as Error).message).toMatch(/JWKS key 0 \(kid "a"\)/)
      for (const secret of [jwk.x, jwk.y]) expect((error as Error).message).not.toContain(secret)
    }
  })

  it('skips keys on curves it does not verify with, and keys not for signatures', () => {
    const k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey.export({ format: 'jwk' })
    expect(KeySet.from({ keys: [k1, { ...jwk, crv: 'P-512' }, { ...jwk, crv: 'secp256k1' }, { ...jwk, use: 'enc' }, { ...jwk, key_ops: ['sign'] }] }).size).toBe(0)
  })
})

describe('ES256 tokens', () => {
  const key = ecKey('ec-1')
  const keys = KeySet.from({ keys: [key.jwk] })
  const verifier = new JWTVerifier({ keys, algorithms: ['ES256'] })
  const payload = () => ({ sub: 'user-1', exp: now() + 600 })

  it('verifies tokens that jose signs, and refuses them mutated', async () => {
    for (let i = 0; i < 8; i++) {
      const { publicKey, privateKey } = await joseKeyPair('ES256')
      const jwk = { ...(await jose.exportJWK(publicKey)), kid: `jose-${i}` }
      const v = new JWTVerifier({ keys: KeySet.from({ keys: [jwk] }), algorithms: ['ES256'] })
      const token = await new jose.SignJWT({ sub: `s${i}`, n: 'x'.repeat(i * 50) }).setProtectedHeader({ alg: 'ES256', kid: `jose-${i}` }).setIssuedAt().setExpirationTime('10m').sign(privateKey)
      expect(v.verify(token).identity).toBe(`s${i}`)
      const [h, p, s] = token.split('.')
      const sig = Buffer.from(s, 'base64url')
      sig[i * 7] ^= 0x10
      expect(codeOf(() => v.verify(`${h}.${p}.${b64(sig)}`))).toBe('INVALID_SIGNATURE')
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString())
      expect(codeOf(() => v.verify(`${h}.${b64(JSON.stringify({ ...claims, sub: 'admin' }))}.${s}`))).toBe('INVALID_SIGNATURE')
      // jose verifies ours too: the same bytes, the other way round.
      const ours = es256Token(key.privateKey, { kid: 'ec-1' }, payload())
      await expect(jose.jwtVerify(ours, await jose.importJWK(key.jwk, 'ES256'))).resolves.toBeTruthy()
    }
  })

  it('refuses signatures that are not exactly 64 bytes, DER ones included (RFC 7518 §3.4)', () => {
    const token = es256Token(key.privateKey, { kid: 'ec-1' }, payload())
    const [h, p, s] = token.split('.')
    const sig = Buffer.from(s, 'base64url')
    expect(codeOf(() => verifier.verify(`${h}.${p}.${b64(Buffer.concat([sig, Buffer.alloc(1)]))}`))).toBe('INVALID_SIGNATURE')
    expect(codeOf(() => verifier.verify(`${h}.${p}.${b64(Buffer.concat([Buffer.alloc(1), sig]))}`))).toBe('INVALID_SIGNATURE')
    expect(codeOf(() => verifier.verify(`${h}.${p}.${b64(sig.subarray(0, 63))}`))).toBe('INVALID_SIGNATURE')
    expect(codeOf(() => verifier.verify(es256Token(key.privateKey, { kid: 'ec-1' }, payload(), 'der')))).toBe('INVALID_SIGNATURE')
    // r = s = 0 (CVE-2022-21449) as a token.
    expect(codeOf(() => verifier.verify(`${h}.${p}.${b64(Buffer.alloc(64))}`))).toBe('INVALID_SIGNATURE')
  })

  it('never lets an EC key verify RSA or HS tokens, nor an RSA key ES256 tokens', () => {
    const rsa = rsaKey(2048, 'es256-test')
    const mixed = KeySet.from({ keys: [key.jwk, { ...rsa.jwk, kid: 'rsa-1' }] })
    const both = new JWTVerifier({ keys: mixed, algorithms: ['ES256', 'RS256'] })
    const es = es256Token(key.privateKey, { kid: 'ec-1' }, payload())
    const rs = signToken('RS256', rsa.privateKey, { alg: 'RS256', kid: 'rsa-1' }, payload())
    expect(both.verify(es).sub).toBe('user-1')
    expect(both.verify(rs).sub).toBe('user-1')
    // The header names the other key: no key of the algorithm's type has that kid.
    const esWithRsaKid = es256Token(key.privateKey, { kid: 'rsa-1' }, payload())
    expect(codeOf(() => both.verify(esWithRsaKid))).toBe('UNKNOWN_KEY')
    const rsWithEcKid = signToken('RS256', rsa.privateKey, { alg: 'RS256', kid: 'ec-1' }, payload())
    expect(codeOf(() => both.verify(rsWithEcKid))).toBe('UNKNOWN_KEY')
    // Only EC keys: an RS256 token has no key; only RSA keys: an ES256 token has none.
    expect(codeOf(() => new JWTVerifier({ keys, algorithms: ['ES256', 'RS256'] }).verify(signToken('RS256', rsa.privateKey, { alg: 'RS256' }, payload())))).toBe('UNKNOWN_KEY')
    const rsaOnly = KeySet.from({ keys: [rsa.jwk] })
    expect(codeOf(() => new JWTVerifier({ keys: rsaOnly, algorithms: ['ES256', 'RS256'] }).verify(es256Token(key.privateKey, {}, payload())))).toBe('UNKNOWN_KEY')
    // An algorithm the verifier does not accept: ALGORITHM_MISMATCH before any key.
    expect(codeOf(() => new JWTVerifier({ keys: mixed, algorithms: ['RS256'] }).verify(es))).toBe('ALGORITHM_MISMATCH')
    // HS256 with the EC key's public bytes (x‖y, the JWK text, the PEM) as the secret.
    const pem = key.publicKey.export({ format: 'pem', type: 'spki' }) as string
    for (const secret of [Buffer.concat([Buffer.from(key.jwk.x, 'base64url'), Buffer.from(key.jwk.y, 'base64url')]), Buffer.from(JSON.stringify(key.jwk)), Buffer.from(pem)]) {
      const input = `${b64(JSON.stringify({ alg: 'HS256', kid: 'ec-1' }))}.${b64(JSON.stringify(payload()))}`
      const hs = `${input}.${b64(createHmac('sha256', secret).update(input).digest())}`
      expect(codeOf(() => both.verify(hs))).toBe('ALGORITHM_MISMATCH')
    }
  })

  it('has no ES256K: the option is a TypeError, and its tokens are refused before any key (ES384, ES512: their own files)', () => {
    expect(() => new JWTVerifier({ keys, algorithms: ['ES256K' as 'ES256'] })).toThrow(TypeError)
    const input = `${b64(JSON.stringify({ alg: 'ES256K', kid: 'ec-1' }))}.${b64(JSON.stringify(payload()))}`
    expect(codeOf(() => verifier.verify(`${input}.${b64(Buffer.alloc(64, 1))}`))).toBe('ALGORITHM_MISMATCH')
    // ES384 and ES512 exist but are not among this verifier's algorithms.
    for (const [alg, size] of [['ES384', 96], ['ES512', 132]] as const) {
      const other = `${b64(JSON.stringify({ alg, kid: 'ec-1' }))}.${b64(JSON.stringify(payload()))}`
      expect(codeOf(() => verifier.verify(`${other}.${b64(Buffer.alloc(size, 1))}`)), alg).toBe('ALGORITHM_MISMATCH')
    }
  })

  it('checks the key kind inside the module: an RSA layout never verifies ES256, nor an EC layout RS256', () => {
    const rsa = importJwk(rsaKey(2048, 'es256-test').jwk, 'rsa')!
    const ec = importJwk(key.jwk, 'ec')!
    const message = Buffer.from('a.b')
    const sig = cryptoSign('sha256', message, { key: key.privateKey, dsaEncoding: 'ieee-p1363' })
    expect(verifyMessage(PK_ALGORITHMS.ES256.id, ec, message, sig)).toBe(true)
    expect(verifyMessage(PK_ALGORITHMS.ES256.id, rsa, message, sig)).toBe(false)
    const rsSig = cryptoSign('sha256', message, rsaKey(2048, 'es256-test').privateKey)
    expect(verifyMessage(PK_ALGORITHMS.RS256.id, rsa, message, rsSig)).toBe(true)
    expect(verifyMessage(PK_ALGORITHMS.RS256.id, ec, message, rsSig)).toBe(false)
    expect(verifyMessage(PK_ALGORITHMS.PS256.id, ec, message, rsSig)).toBe(false)
  })
})

describe('high S: one token, two valid signatures', () => {
  // WebCrypto and node:crypto accept both (r, s) and (r, n - s), and so does this library
  // (RFC 7518 does not require low S). Whatever remembers tokens must therefore not trust
  // the signature bytes to identify one: the cache is keyed by the whole token, and each
  // spelling is verified on its own before it is cached.
  const key = ecKey('ec-2')
  const keys = KeySet.from({ keys: [key.jwk] })

  it('accepts the twin, as node:crypto does, with the same claims', () => {
    const verifier = new JWTVerifier({ keys, algorithms: ['ES256'] })
    const token = es256Token(key.privateKey, { kid: 'ec-2' }, { sub: 'u', jti: 'id-1', exp: now() + 60 })
    const twin = highSTwin(token)
    expect(twin).not.toBe(token)
    expect(verifier.verify(twin)).toEqual(verifier.verify(token))
  })

  it('a cached token lends nothing to its variants, and expiry applies to every spelling', () => {
    let clock = now()
    const verifier = new JWTVerifier({ keys, algorithms: ['ES256'], cache: { size: 16 }, clock: () => clock })
    const token = es256Token(key.privateKey, { kid: 'ec-2' }, { sub: 'u', jti: 'id-2', exp: clock + 60 })
    expect(verifier.verify(token).jti).toBe('id-2')
    // A forgery next to a cached token: s + 1 and r + 1 fail though the token is cached.
    const [h, p, s] = token.split('.')
    const sig = Buffer.from(s, 'base64url')
    for (const at of [31, 63]) {
      const forged = Buffer.from(sig)
      forged[at] ^= 1
      expect(codeOf(() => verifier.verify(`${h}.${p}.${b64(forged)}`))).toBe('INVALID_SIGNATURE')
      expect(verifier.verifyToken(`${h}.${p}.${b64(forged)}`)).toBe(false)
    }
    const twin = highSTwin(token)
    expect(verifier.verify(twin).jti).toBe('id-2')
    expect(verifier.verifyToken(twin)).toBe(true)
    // Past exp, both spellings fail, cached or not.
    clock += 120
    expect(codeOf(() => verifier.verify(token))).toBe('EXPIRED')
    expect(codeOf(() => verifier.verify(twin))).toBe('EXPIRED')
  })

  it('the claims that identify a token (jti, sub) are the same for both spellings, so a denylist on jti catches both', () => {
    const verifier = new JWTVerifier({ keys, algorithms: ['ES256'], cache: { size: 16 } })
    const revoked = new Set<string>()
    const accept = (t: string): boolean => {
      const claims = verifier.verify(t)
      return !revoked.has(String(claims.jti))
    }
    const token = es256Token(key.privateKey, { kid: 'ec-2' }, { sub: 'u', jti: 'id-3', exp: now() + 60 })
    expect(accept(token)).toBe(true)
    revoked.add('id-3')
    expect(accept(token)).toBe(false)
    expect(accept(highSTwin(token))).toBe(false)
  })
})

// The EC cases of Wycheproof's JWS and JWK files: signature-level verdicts (their payloads
// are not JSON claims, so the JWS check is the module's verifyJws: header profile, key
// selection, signature).
interface JwsTest { tcId: number; jws: string; result: string; comment: string }
interface JwsGroup { comment?: string; public?: unknown; private?: unknown; tests: JwsTest[] }
function jwsVerdict(jwks: unknown, jws: string): boolean {
  let set: KeySet
  try {
    set = importSet(jwks, 'throw')
  } catch (error) {
    if (error instanceof TypeError) return false
    throw error
  }
  if (typeof jws !== 'string' || parseToken(jws) !== Status.OK) return false
  const alg = ALGORITHM_NAMES[parsedAlgorithm()]
  if (alg !== 'ES256' && alg !== 'ES512') return false // the file's EC algorithms
  const key = selectKey(set, alg, PK_ALGORITHMS[alg], parsedKid())
  return key !== undefined && verifyParsedSignature(PK_ALGORITHMS[alg].id, key) === Status.OK
}
const isEc = (g: JwsGroup): boolean => /"kty":\s*"EC"/.test(JSON.stringify(g.public ?? g.private))
const isP256 = (g: JwsGroup): boolean => /"crv":\s*"P-256"/.test(JSON.stringify(g.public ?? g.private))
const asSet = (k: unknown): unknown => (typeof k === 'object' && k !== null && 'keys' in k ? k : { keys: [k] })

describe('Wycheproof JWS and JWK files, EC cases', () => {
  it('json_web_signature_test.json: every ES256 case', () => {
    const file = JSON.parse(readFileSync(new URL('../vectors/wycheproof/json_web_signature_test.json', import.meta.url), 'utf8')) as { testGroups: JwsGroup[] }
    const groups = file.testGroups.filter((g) => isEc(g) && isP256(g))
    const tests = groups.flatMap((g) => g.tests.map((t) => ({ g, t })))
    expect(tests.length).toBe(41) // es256 (15), SpecialCaseEs256 (24), ec_key_for_encryption (2)
    for (const { g, t } of tests) {
      // The group's public key (its private one is never given to a key set: it is refused).
      expect({ id: t.tcId, ok: jwsVerdict(asSet(g.public), t.jws) }).toEqual({ id: t.tcId, ok: t.result === 'valid' })
    }
    // The ES512 groups (RFC 7520 §4.3, Figure 27, P-521): their key declares "alg": "ES521",
    // a name no JWS algorithm has, so it is no key for ES512 (a key's own alg must equal
    // the token's, RFC 7517 §4.4), where Wycheproof calls the token valid. The same key
    // without that member verifies the token, and the token tampered fails.
    const p521 = file.testGroups.filter((g) => isEc(g) && !isP256(g))
    expect(p521.map((g) => g.tests.map((t) => t.tcId)).flat()).toEqual([347, 351])
    for (const g of p521) {
      const { alg, ...rest } = g.public as Record<string, unknown>
      expect(alg).toBe('ES521')
      for (const t of g.tests) {
        expect(t.result).toBe('valid')
        expect(jwsVerdict(asSet(g.public), t.jws)).toBe(false)
        expect(jwsVerdict(asSet(rest), t.jws)).toBe(true)
        expect(jwsVerdict(asSet({ ...rest, alg: 'ES512' }), t.jws)).toBe(true)
        const tampered = `${t.jws.slice(0, -6)}${t.jws.slice(-6, -5) === 'A' ? 'B' : 'A'}${t.jws.slice(-5)}`
        expect(jwsVerdict(asSet(rest), tampered)).toBe(false)
      }
    }
  })

  it('json_web_key_test.json: every case whose set has an EC key', () => {
    const file = JSON.parse(readFileSync(new URL('../vectors/wycheproof/json_web_key_test.json', import.meta.url), 'utf8')) as { testGroups: JwsGroup[] }
    const tests = file.testGroups.filter(isEc).flatMap((g) => g.tests.map((t) => ({ g, t })))
    expect(tests.length).toBe(6)
    for (const { g, t } of tests) {
      expect({ id: t.tcId, ok: jwsVerdict(asSet(g.public ?? g.private), t.jws) }).toEqual({ id: t.tcId, ok: t.result === 'valid' })
    }
  })
})

describe('ES256 from a remote set, in a guard', () => {
  // A provider's JWKS endpoint on 127.0.0.1 that rotates from one P-256 key to the next.
  let served = [ecKey('ec-old')]
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ keys: served.map((k) => ({ ...k.jwk, use: 'sig', alg: 'ES256' })) }))
  })
  const listening = new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`)))
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it('verifies synchronously, picks up a rotated key through verifyAsync, and answers 200 and 401 in the fetch guard', async () => {
    const keys = await RemoteKeySet.create(await listening, { cooldownMs: 0 })
    const verifier = new JWTVerifier({ keys, algorithms: ['ES256'] })
    const old = served[0]
    expect(verifier.verify(es256Token(old.privateKey, { kid: 'ec-old' }, { sub: 'a', exp: now() + 60 })).sub).toBe('a')
    const fresh = ecKey('ec-new')
    served = [old, fresh]
    const rotated = es256Token(fresh.privateKey, { kid: 'ec-new' }, { sub: 'b', exp: now() + 60 })
    expect((await verifier.verifyAsync(rotated)).sub).toBe('b')
    const guarded = createGuard('required', verifier)((req) => new Response(String(req.jwtIdentity)))
    const ok = await guarded(new Request('http://x/me', { headers: { authorization: `Bearer ${rotated}` } }))
    expect([ok.status, await ok.text()]).toEqual([200, 'b'])
    const [h, p] = rotated.split('.')
    const refused = await guarded(new Request('http://x/me', { headers: { authorization: `Bearer ${h}.${p}.${b64(Buffer.alloc(64))}` } }))
    expect(refused.status).toBe(401)
  })
})
