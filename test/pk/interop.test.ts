// Interop with jose: jose generates RSA keys, exports their public JWKs and signs RS* and PS*
// tokens; jwt-wasm verifies them from the JWKS, and refuses mutated ones with exact codes.
// And the reverse direction that exists for verification: both verifiers agree.
import { describe, expect, test } from 'vitest'
import { SignJWT, exportJWK, jwtVerify, createLocalJWKSet } from 'jose'
import { joseKeyPair } from '../helpers/key-pair.js'
import { JWTVerifier, KeySet } from '../../src/asymmetric.js'
import { codeOf } from '../helpers/code-of.js'

const ALGS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'] as const

describe.each(ALGS)('%s signed by jose', (alg) => {
  test('verifies, and mutated tokens fail with exact codes', async () => {
    const { publicKey, privateKey } = await joseKeyPair(alg, { modulusLength: alg.endsWith('512') ? 3072 : 2048 })
    const jwk = { ...(await exportJWK(publicKey)), kid: `${alg}-1`, use: 'sig', alg }
    const jwks = { keys: [jwk] }
    const token = await new SignJWT({ scope: 'read', n: [1, 'é'] })
      .setProtectedHeader({ alg, kid: jwk.kid, typ: 'JWT' })
      .setSubject('user-1')
      .setIssuer('https://idp.example/')
      .setAudience('api')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey)

    const verifier = new JWTVerifier({ keys: KeySet.from(jwks), algorithms: [alg], issuer: 'https://idp.example/', audience: 'api' })
    const claims = verifier.verify(token)
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks), { algorithms: [alg], issuer: 'https://idp.example/', audience: 'api' })
    expect(claims).toEqual({ ...payload, identity: 'user-1' })

    const [h, p, s] = token.split('.')
    const sig = Buffer.from(s, 'base64url')
    sig[7] ^= 4
    expect(codeOf(() => verifier.verify(`${h}.${p}.${sig.toString('base64url')}`))).toBe('INVALID_SIGNATURE')
    const payloadBytes = Buffer.from(p, 'base64url').toString().replace('user-1', 'user-2')
    expect(codeOf(() => verifier.verify(`${h}.${Buffer.from(payloadBytes).toString('base64url')}.${s}`))).toBe('INVALID_SIGNATURE')
    const otherAlg = alg.startsWith('RS') ? `PS${alg.slice(2)}` : `RS${alg.slice(2)}`
    const switched = Buffer.from(JSON.stringify({ alg: otherAlg, kid: jwk.kid, typ: 'JWT' })).toString('base64url')
    expect(codeOf(() => verifier.verify(`${switched}.${p}.${s}`))).toBe('ALGORITHM_MISMATCH')
    const permissive = new JWTVerifier({ keys: KeySet.from({ keys: [{ ...jwk, alg: undefined }] }), algorithms: [alg, otherAlg as never], issuer: 'https://idp.example/', audience: 'api' })
    expect(codeOf(() => permissive.verify(`${switched}.${p}.${s}`))).toBe('INVALID_SIGNATURE')
    expect(codeOf(() => verifier.verify(`${h}.${p}.${sig.subarray(1).toString('base64url')}`))).toBe('INVALID_SIGNATURE')
    expect(codeOf(() => verifier.verify(`${h}.${p}.${s}!`))).toBe('MALFORMED')
    expect(codeOf(() => new JWTVerifier({ keys: KeySet.from(jwks), algorithms: [alg], audience: 'other' }).verify(token))).toBe('INVALID_AUDIENCE')
  })
})
