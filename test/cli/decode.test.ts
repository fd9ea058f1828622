// jwt-wasm decode: header and claims without verification, loudly labelled, with dates.
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { CLI, cli, now, signRaw } from './helpers.js'

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')

describe('decode', () => {
  it('shows header, claims and times, labelled UNVERIFIED, with no secret at all', () => {
    const t = now()
    const token = signRaw({ sub: 'alice', iat: t - 60, nbf: t - 60, exp: t + 14 * 60 + 30, role: 'admin' }, undefined, 'a secret the decoder never sees')
    const run = cli(['decode', token], { env: { JWT_SECRET: undefined } })
    expect([run.status, run.stderr]).toEqual([0, ''])
    const out = run.stdout
    expect(out.split('\n')[0]).toMatch(/^UNVERIFIED: the signature was NOT checked/)
    expect(out).toContain('"alg": "HS256"')
    expect(out).toContain('"role": "admin"')
    expect(out).toContain(`exp  ${new Date((t + 14 * 60 + 30) * 1000).toISOString()}  expires in 14 min`)
    expect(out).toContain(`iat  ${new Date((t - 60) * 1000).toISOString()}  issued 1 min ago`)
    expect(out).toContain('valid since 1 min ago')
    expect(out).not.toContain('Warnings')
    expect(out).not.toContain('\x1b[')
  })

  it('names what verification would refuse: expired, not yet valid, no exp, alg, typ, crit', () => {
    const t = now()
    const expired = cli(['decode', signRaw({ sub: 'a', exp: t - 3 * 3600 - 20 })]).stdout
    expect(expired).toContain('expired 3 h ago')
    expect(expired).toMatch(/Warnings\n {2}- Expired 3 h ago/)
    expect(cli(['decode', signRaw({ exp: t + 7200, nbf: t + 5400 + 30 })]).stdout).toContain('- not yet valid: not valid for another 1 h 30 min')
    expect(cli(['decode', signRaw({ sub: 'a' })]).stdout).toContain('- no exp: the token never expires, and jwt-wasm refuses it')
    for (const typ of ['JWT', 'jwt', 'application/jwt', 'Application/JWT']) {
      expect(JSON.parse(cli(['decode', '--json', `${b64({ alg: 'HS256', typ })}.${b64({ exp: t + 60 })}.c2ln`]).stdout).warnings).toEqual([])
    }
    const other = `${b64({ alg: 'RS256', typ: 'at+jwt', crit: ['x'] })}.${b64({ exp: t + 60 })}.c2ln`
    const warnings = JSON.parse(cli(['decode', '--json', other]).stdout).warnings
    expect(warnings).toEqual(['alg is "RS256", not HS256, HS384 or HS512: jwt-wasm refuses it', 'typ is "at+jwt", not "JWT": jwt-wasm refuses it', 'the header has crit, which jwt-wasm refuses'])
  })

  it('--json gives machine output with verified: false', () => {
    const t = now()
    const token = signRaw({ sub: 'alice', exp: t + 3600, iat: t })
    const run = cli(['decode', '--json'], { input: `${token}\n` })
    expect(run.status).toBe(0)
    const out = JSON.parse(run.stdout)
    expect(out).toMatchObject({ verified: false, header: { alg: 'HS256', typ: 'JWT' }, claims: { sub: 'alice', exp: t + 3600 }, warnings: [] })
    expect(out.times.exp).toEqual({ value: t + 3600, iso: new Date((t + 3600) * 1000).toISOString(), relative: expect.stringMatching(/^expires in (59 min|1 h)$/) })
  })

  it('a time claim that is not a number is shown as it is, with a warning', () => {
    const out = JSON.parse(cli(['decode', '--json', signRaw({ exp: 'tomorrow' })]).stdout)
    expect(out.times.exp).toEqual({ value: 'tomorrow', iso: null, relative: null })
    expect(out.warnings).toContain('exp is not a number of seconds: jwt-wasm refuses the token')
  })

  it('not a token: MALFORMED, exit 1', () => {
    for (const input of ['abc', 'a.b.c', `${b64({ alg: 'HS256' })}.${b64([1])}.x`, 'eyJhbGciOiJIUzI1NiJ9==.e30.x']) {
      const run = cli(['decode', input])
      expect([input, run.status, run.stdout]).toEqual([input, 1, ''])
      expect(run.stderr).toBe('MALFORMED: Invalid token format: not three base64url segments holding a JSON header and JSON claims\n')
    }
  })
})

// A real terminal (util-linux `script` gives the child a pty): colour there, and never with NO_COLOR.
const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

describe.skipIf(!hasScript)('colour', () => {
  const onTty = (env: Record<string, string>) => {
    const token = signRaw({ sub: 'a', exp: now() - 10 })
    return execFileSync('script', ['-qec', `"${process.execPath}" "${CLI}" decode ${token}`, '/dev/null'], { env: { PATH: process.env.PATH, TERM: 'xterm', ...env }, encoding: 'utf8' })
  }

  it('on a terminal: colour', () => {
    expect(onTty({})).toContain('\x1b[1m')
  })

  it('on a terminal with NO_COLOR=1: none', () => {
    const out = onTty({ NO_COLOR: '1' })
    expect(out).toContain('UNVERIFIED')
    expect(out).not.toContain('\x1b[')
  })

  it('into a pipe: none', () => {
    expect(cli(['decode', signRaw({ sub: 'a', exp: now() - 10 })]).stdout).not.toContain('\x1b[')
  })
})
