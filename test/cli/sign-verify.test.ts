// jwt-wasm secret, key, sign and verify, run as child processes against the built package;
// tokens are checked against jose (and keys against a key ring) as well as against the
// command line itself.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { decodeProtectedHeader, importJWK, jwtVerify, SignJWT } from 'jose'
import { JWT } from '../../src/core.js'
import { afterAll, describe, expect, it } from 'vitest'
import { cli, now, SECRET, signRaw } from './helpers.js'

const key = new TextEncoder().encode(SECRET)
const dir = mkdtempSync(join(tmpdir(), 'jwt-wasm-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function sign(...args: string[]): string {
  const run = cli(['sign', ...args])
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/)
  return run.stdout.trim()
}

describe('secret', () => {
  it.each([
    ['HS256', 32],
    ['HS384', 48],
    ['HS512', 64],
  ])('--alg %s prints %i random bytes as base64url', (alg, bytes) => {
    const first = cli(['secret', '--alg', alg])
    const second = cli(['secret', '--alg', alg.toLowerCase()])
    expect([first.status, second.status]).toEqual([0, 0])
    expect(first.stdout).toMatch(/^[\w-]+\n$/)
    expect(Buffer.from(first.stdout.trim(), 'base64url')).toHaveLength(bytes)
    expect(first.stdout).not.toBe(second.stdout)
  })

  it('defaults to HS256 and needs no secret', () => {
    const run = cli(['secret'], { env: { JWT_SECRET: undefined } })
    expect(run.status).toBe(0)
    expect(Buffer.from(run.stdout.trim(), 'base64url')).toHaveLength(32)
  })

  it('a generated secret signs and verifies', () => {
    const secret = cli(['secret', '--alg', 'HS512']).stdout.trim()
    const token = cli(['sign', 'bob', '--alg', 'HS512'], { env: { JWT_SECRET: secret } }).stdout.trim()
    expect(cli(['verify', token, '--alg', 'HS512'], { env: { JWT_SECRET: secret } }).status).toBe(0)
  })
})

describe('sign', () => {
  it('signs an access token jose verifies, with string and JSON claims', async () => {
    const token = sign('alice', '--claim', 'role=admin', '--claim', 'level:=3', '--claim', 'tags:=["a","b"]', '--claim', 'note=x=y')
    const { payload, protectedHeader } = await jwtVerify(token, key, { algorithms: ['HS256'] })
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(payload).toMatchObject({ sub: 'alice', type: 'access', fresh: true, role: 'admin', level: 3, tags: ['a', 'b'], note: 'x=y' })
    expect(payload.exp! - payload.iat!).toBe(900)
    expect(Math.abs(payload.iat! - now())).toBeLessThanOrEqual(2)
  })

  it('--claims-json merges with --claim; a name given twice is refused', async () => {
    const token = sign('alice', '--claims-json', '{"org":{"id":7},"__proto__":{"polluted":true}}', '--claim', 'role=x')
    const { payload } = await jwtVerify(token, key)
    expect(payload.org).toEqual({ id: 7 })
    expect(Object.hasOwn(payload, '__proto__')).toBe(true)
    expect(payload.role).toBe('x')
    const twice = cli(['sign', 'alice', '--claims-json', '{"role":"a"}', '--claim', 'role=b'])
    expect([twice.status, twice.stderr]).toEqual([2, 'jwt-wasm: claim role is given twice. See: jwt-wasm sign --help\n'])
  })

  it.each([
    ['3600', 3600],
    ['90s', 90],
    ['15m', 900],
    ['2h', 7200],
    ['30d', 2592000],
    ['1w', 604800],
    ['0', 0],
  ])('--expires %s is %i seconds', async (text, seconds) => {
    const claims = JSON.parse(cli(['decode', '--json', sign('alice', '--expires', text)]).stdout).claims
    expect(claims.exp - claims.iat).toBe(seconds)
  })

  it('--refresh signs a refresh token (30 days, no fresh); --no-fresh an access token that is not fresh', async () => {
    const { payload: refresh } = await jwtVerify(sign('alice', '--refresh'), key)
    expect(refresh.type).toBe('refresh')
    expect(refresh).not.toHaveProperty('fresh')
    expect(refresh.exp! - refresh.iat!).toBe(2592000)
    expect((await jwtVerify(sign('alice', '--no-fresh'), key)).payload.fresh).toBe(false)
    expect((await jwtVerify(sign('alice', '--fresh'), key)).payload.fresh).toBe(true)
  })

  it('--alg, --iss and --aud', async () => {
    const token = sign('42', '--alg', 'HS384', '--iss', 'https://issuer.test', '--aud', 'api', '--aud', 'web')
    expect(decodeProtectedHeader(token).alg).toBe('HS384')
    const { payload } = await jwtVerify(token, key, { issuer: 'https://issuer.test', audience: 'web' })
    expect(payload).toMatchObject({ sub: '42', iss: 'https://issuer.test', aud: ['api', 'web'] })
  })
})

describe('verify', () => {
  it('prints the claims as JSON and exits 0', () => {
    const token = sign('alice', '--claim', 'role=admin')
    const run = cli(['verify', token])
    expect([run.status, run.stderr]).toEqual([0, ''])
    expect(JSON.parse(run.stdout)).toMatchObject({ sub: 'alice', identity: 'alice', role: 'admin', type: 'access' })
  })

  it('verifies tokens jwt-wasm did not sign (node:crypto HMAC)', () => {
    const token = signRaw({ sub: 'carol', exp: now() + 60 })
    expect(JSON.parse(cli(['verify', token]).stdout)).toMatchObject({ sub: 'carol', identity: 'carol' })
  })

  it('reads the token from stdin: sign | verify', () => {
    const token = sign('alice')
    const run = cli(['verify'], { input: `\n  ${token}\r\n` })
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).sub).toBe('alice')
  })

  it.each([
    ['a wrong secret', (t: string) => cli(['verify', t], { env: { JWT_SECRET: 'another-secret-0123456789abcdef' } }), 'INVALID_SIGNATURE: Invalid token signature'],
    ['another algorithm', (t: string) => cli(['verify', t, '--alg', 'HS512']), 'ALGORITHM_MISMATCH: Invalid token algorithm'],
    ['a tampered payload', (t: string) => cli(['verify', t.replace(/\.(.)/, (_, c) => `.${c === 'e' ? 'f' : 'e'}`)]), /^(INVALID_SIGNATURE|MALFORMED): /],
    ['another issuer', (t: string) => cli(['verify', t, '--iss', 'https://other.test']), 'INVALID_ISSUER: Invalid token issuer'],
    ['another audience', (t: string) => cli(['verify', t, '--aud', 'other']), 'INVALID_AUDIENCE: Invalid token audience'],
    ['not a token', () => cli(['verify', 'hello']), 'MALFORMED: Invalid token format'],
  ])('refuses %s: code and message on stderr, exit 1, nothing on stdout', (_, run, expected) => {
    const token = sign('alice')
    const result = run(token)
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    if (typeof expected === 'string') expect(result.stderr).toBe(`${expected}\n`)
    else expect(result.stderr).toMatch(expected)
    expect(result.stderr).not.toContain(token.split('.')[2])
    expect(result.stderr).not.toContain(SECRET)
  })

  it('an expired token is EXPIRED; --leeway forgives clock skew', () => {
    const token = signRaw({ sub: 'alice', exp: now() - 30 })
    expect(cli(['verify', token])).toEqual({ status: 1, stdout: '', stderr: 'EXPIRED: Token has expired\n' })
    expect(cli(['verify', token, '--leeway', '2m']).status).toBe(0)
    expect(cli(['verify', token, '--leeway', '5']).status).toBe(1)
    expect(cli(['verify', signRaw({ sub: 'a', exp: now() + 600, nbf: now() + 300 })]).stderr).toBe('NOT_YET_VALID: Token not yet valid\n')
  })
})

describe('the secret comes from the environment or a file, never the command line', () => {
  it('--secret-env NAME and --secret-file PATH (one trailing newline ignored)', () => {
    const file = join(dir, 'secret')
    writeFileSync(file, `${SECRET}\n`)
    const fromFile = cli(['sign', 'alice', '--secret-file', file], { env: { JWT_SECRET: undefined } }).stdout.trim()
    const fromEnv = cli(['sign', 'alice', '--secret-env', 'MY_KEY'], { env: { JWT_SECRET: undefined, MY_KEY: SECRET } }).stdout.trim()
    for (const token of [fromFile, fromEnv]) expect(cli(['verify', token]).status).toBe(0)
    writeFileSync(file, `${SECRET}\r\n`)
    expect(cli(['verify', fromEnv, '--secret-file', file]).status).toBe(0)
  })

  it.each([
    [['sign', 'a'], { JWT_SECRET: undefined }, 'jwt-wasm: no secret: $JWT_SECRET is not set. Set it (make one with: jwt-wasm secret), or use --secret-env NAME or --secret-file PATH'],
    [['verify', 'a.b.c'], { JWT_SECRET: '' }, 'jwt-wasm: no secret: $JWT_SECRET is empty. Set it (make one with: jwt-wasm secret), or use --secret-env NAME or --secret-file PATH'],
    [['sign', 'a'], { JWT_SECRET: 'fifteen-bytes!!' }, 'jwt-wasm: the secret in $JWT_SECRET is too short: 15 bytes, at least 16 needed (make a full-strength one with: jwt-wasm secret)'],
    [['sign', 'a', '--secret-env', 'OTHER'], {}, 'jwt-wasm: no secret: $OTHER is not set. Set it (make one with: jwt-wasm secret), or use --secret-env NAME or --secret-file PATH'],
    [['sign', 'a', '--secret-env', 'not a name=s3cr3t'], {}, "jwt-wasm: --secret-env takes an environment variable's name, such as JWT_SECRET, not the secret itself"],
    [['sign', 'a', '--secret-file', '/nonexistent/secret'], {}, 'jwt-wasm: cannot read the secret file /nonexistent/secret: no such file'],
    [['sign', 'a', '--secret-file', '/'], {}, 'jwt-wasm: cannot read the secret file /: it is a directory'],
    [['sign', 'a', '--secret-file', '/x', '--secret-env', 'X'], {}, 'jwt-wasm: give --secret-env or --secret-file, not both'],
  ])('%j with %j: one clear line, exit 2', (args, env, message) => {
    const run = cli(args, { env })
    expect(run).toEqual({ status: 2, stdout: '', stderr: `${message}\n` })
  })

  it('a too-short secret file', () => {
    const file = join(dir, 'short')
    writeFileSync(file, 'short\n')
    expect(cli(['sign', 'a', '--secret-file', file]).stderr).toBe(`jwt-wasm: the secret in the file ${file} is too short: 5 bytes, at least 16 needed (make a full-strength one with: jwt-wasm secret)\n`)
  })
})

describe('key', () => {
  it.each([
    ['HS256', 32],
    ['HS384', 48],
    ['HS512', 64],
  ])('--alg %s prints an oct JWK of %i random bytes that jose imports and a key ring takes', async (alg, bytes) => {
    const run = cli(['key', '--alg', alg], { env: { JWT_SECRET: undefined } })
    expect([run.status, run.stderr]).toEqual([0, ''])
    const jwk = JSON.parse(run.stdout)
    expect(Object.keys(jwk)).toEqual(['kty', 'kid', 'alg', 'k'])
    expect(jwk).toMatchObject({ kty: 'oct', alg, kid: expect.stringMatching(/^[0-9a-f]{32}$/) })
    expect(Buffer.from(jwk.k, 'base64url')).toHaveLength(bytes)
    const key = await importJWK(jwk, alg)
    const token = await new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg, typ: 'JWT', kid: jwk.kid }).setExpirationTime('5m').sign(key)
    const ring = new JWT({ keys: [jwk] })
    expect(ring.decodeToken(token).identity).toBe('alice')
    expect(JSON.parse(cli(['key', '--alg', alg]).stdout).k).not.toBe(jwk.k)
  })

  it('--kid names the key', () => {
    expect(JSON.parse(cli(['key', '--kid', 'k2026-12']).stdout)).toMatchObject({ kid: 'k2026-12', alg: 'HS256' })
  })

  it.each([[''], ['a\tb'], ['x'.repeat(65)]])('refuses the kid %j in one line, exit 2', (kid) => {
    expect(cli(['key', '--kid', kid])).toEqual({ status: 2, stdout: '', stderr: 'jwt-wasm: --kid must be a string of 1 to 64 printable ASCII characters. See: jwt-wasm key --help\n' })
  })
})

describe('a key ring from --keys-file (the JWKs jwt-wasm key prints)', () => {
  const write = (name: string, value: unknown) => {
    const file = join(dir, name)
    writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value))
    return file
  }
  const key = (...args: string[]) => JSON.parse(cli(['key', ...args]).stdout)

  it('signs with the key --kid names (its kid in the header) and verifies with whichever key the kid names', async () => {
    const old = key('--kid', 'k2026-11')
    const current = key('--kid', 'k2026-12', '--alg', 'HS512')
    const set = write('set.json', { keys: [old, current] })
    const token = sign('alice', '--keys-file', set, '--kid', 'k2026-12', '--claim', 'role=admin')
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS512', typ: 'JWT', kid: 'k2026-12' })
    expect((await jwtVerify(token, await importJWK(current, 'HS512'))).payload).toMatchObject({ sub: 'alice', role: 'admin' })
    const env = { JWT_SECRET: undefined }
    expect(JSON.parse(cli(['verify', token, '--keys-file', set], { env }).stdout)).toMatchObject({ sub: 'alice', role: 'admin' })
    // An array of keys and a single JWK are read too.
    expect(cli(['verify', token, '--keys-file', write('array.json', [current, old])], { env }).status).toBe(0)
    const older = sign('bob', '--keys-file', write('one.json', old))
    expect(decodeProtectedHeader(older).kid).toBe('k2026-11')
    expect(cli(['verify', older, '--keys-file', set], { env }).status).toBe(0)
    // A ring without the token's key, and a plain secret for a ring's token: refused.
    expect(cli(['verify', token, '--keys-file', write('other.json', key('--kid', 'k1999-01'))], { env })).toEqual({ status: 1, stdout: '', stderr: 'UNKNOWN_KEY: Unknown token key\n' })
    expect(cli(['verify', token]).status).toBe(1)
  })

  it.each([
    ['several keys and no --kid', (set: string) => ['sign', 'a', '--keys-file', set], 'jwt-wasm: the keys file holds 2 keys: name the one to sign with, --kid KID. See: jwt-wasm sign --help'],
    ['a --kid the ring lacks', (set: string) => ['sign', 'a', '--keys-file', set, '--kid', 'nope'], /^jwt-wasm: JWT option signingKey must be the kid of a key in keys$/],
    ['--kid without a ring', () => ['sign', 'a', '--kid', 'k1'], 'jwt-wasm: --kid picks a key from --keys-file. See: jwt-wasm sign --help'],
    ['a ring and a secret', (set: string) => ['verify', 'a.b.c', '--keys-file', set, '--secret-env', 'X'], 'jwt-wasm: give --keys-file or a secret (--secret-env, --secret-file), not both'],
    ['a missing file', () => ['verify', 'a.b.c', '--keys-file', '/nonexistent/keys.json'], 'jwt-wasm: cannot read the keys file /nonexistent/keys.json: no such file'],
    ['a file that is not JSON', () => ['verify', 'a.b.c', '--keys-file', write('bad.json', 'k=s3cr3t-value')], /^jwt-wasm: the keys file \S+bad\.json is not JSON$/],
    ['an empty set', () => ['sign', 'a', '--keys-file', write('empty.json', { keys: [] })], /^jwt-wasm: the keys file \S+ must hold an oct JWK, an array of them, or a JWK set/],
    ['a short key', () => ['sign', 'a', '--keys-file', write('short.json', { kty: 'oct', kid: 'k', k: 'c2hvcnQ' })], /^jwt-wasm: .*at least 32 bytes for HS256/],
  ])('%s: one line, exit 2, never the key', (_, args, message) => {
    const set = write('two.json', [key('--kid', 'k1'), key('--kid', 'k2')])
    const run = cli(args(set), { env: { JWT_SECRET: undefined } })
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    if (typeof message === 'string') expect(run.stderr).toBe(`${message}\n`)
    else expect(run.stderr.trimEnd()).toMatch(message)
    expect(run.stderr).not.toContain('s3cr3t')
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
