// Bad input of every kind: one line on stderr, a non-zero exit, no stack trace, nothing on stdout.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cli, ROOT } from './helpers.js'

const GARBAGE = Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0xc3, 0x28, 0x0a, 0x07])

const CASES: [string, string[], { input?: string | Buffer }, number, string | RegExp][] = [
  ['an unknown command', ['sgin', 'alice'], {}, 2, 'jwt-wasm: unknown command "sgin": use secret, key, sign, verify, decode. See: jwt-wasm --help'],
  ['a token where the command goes (not echoed)', ['eyJhbGciOiJIUzI1NiJ9.e30.sig'], {}, 2, 'jwt-wasm: unknown command: use secret, key, sign, verify, decode. See: jwt-wasm --help'],
  ['an unknown flag', ['sign', 'alice', '--bogus'], {}, 2, 'jwt-wasm: unknown option "--bogus". See: jwt-wasm sign --help'],
  ['an unknown flag with a value (not echoed)', ['verify', '--secret=hunter2hunter2hunter2'], {}, 2, 'jwt-wasm: unknown option "--secret". See: jwt-wasm verify --help'],
  ['an unknown short flag', ['decode', '-x'], {}, 2, 'jwt-wasm: unknown option "-x". See: jwt-wasm decode --help'],
  ['a flag without its value', ['sign', 'alice', '--expires'], {}, 2, 'jwt-wasm: option --expires needs a value. See: jwt-wasm sign --help'],
  ['a value for a switch', ['sign', 'alice', '--refresh=yes'], {}, 2, 'jwt-wasm: option --refresh takes no value. See: jwt-wasm sign --help'],
  ['a bad duration', ['sign', 'alice', '--expires', '15x'], {}, 2, 'jwt-wasm: bad --expires "15x": use whole seconds (3600) or a number with s, m, h, d or w (90s, 15m, 2h, 30d, 1w)'],
  ['a negative duration', ['sign', 'alice', '--expires=-5'], {}, 2, /^jwt-wasm: bad --expires "-5"/],
  ['a bad leeway', ['verify', 'a.b.c', '--leeway', '1.5'], {}, 2, /^jwt-wasm: bad --leeway "1.5"/],
  ['non-JSON --claims-json', ['sign', 'alice', '--claims-json', "{role: 'admin'}"], {}, 2, 'jwt-wasm: --claims-json is not valid JSON. See: jwt-wasm sign --help'],
  ['a JSON array as --claims-json', ['sign', 'alice', '--claims-json', '[1]'], {}, 2, /^jwt-wasm: --claims-json must be a JSON object/],
  ['a --claim without =', ['sign', 'alice', '--claim', 'role'], {}, 2, /^jwt-wasm: --claim takes NAME=VALUE or NAME:=JSON, not "role"/],
  ['a --claim := without JSON', ['sign', 'alice', '--claim', 'n:=three'], {}, 2, /^jwt-wasm: --claim n:= needs a JSON value/],
  ['a reserved claim name', ['sign', 'alice', '--claim', 'exp:=1'], {}, 2, 'jwt-wasm: Claim name exp is reserved; choose another name'],
  ['an unsupported algorithm', ['sign', 'alice', '--alg', 'none'], {}, 2, 'jwt-wasm: unsupported --alg "none": use HS256, HS384 or HS512. See: jwt-wasm sign --help'],
  ['--fresh with --no-fresh', ['sign', 'alice', '--fresh', '--no-fresh'], {}, 2, /^jwt-wasm: give --fresh or --no-fresh, not both/],
  ['--fresh with --refresh', ['sign', 'alice', '--refresh', '--fresh'], {}, 2, /^jwt-wasm: --fresh and --no-fresh are for access tokens/],
  ['an empty --iss', ['sign', 'alice', '--iss', ''], {}, 2, 'jwt-wasm: JWT option issuer must be a non-empty string'],
  ['no identity', ['sign'], {}, 2, /^jwt-wasm: missing <identity>/],
  ['a second argument (not echoed)', ['verify', 'a.b.c', 'cli-test-secret-0123456789abcdef'], {}, 2, 'jwt-wasm: too many arguments: it takes at most 1. See: jwt-wasm verify --help'],
  ['an argument to secret', ['secret', 'x'], {}, 2, 'jwt-wasm: this command takes no arguments. See: jwt-wasm secret --help'],
  ['an empty stdin (verify)', ['verify'], { input: '' }, 2, 'jwt-wasm: no token: stdin was empty'],
  ['a blank stdin (decode)', ['decode'], { input: ' \n\t\n' }, 2, 'jwt-wasm: no token: stdin was empty'],
  ['an empty token argument', ['decode', ''], {}, 2, 'jwt-wasm: the token argument is empty'],
  ['binary garbage on stdin (decode)', ['decode'], { input: GARBAGE }, 1, 'jwt-wasm: stdin is not UTF-8 text (binary data?), so it is not a token'],
  ['binary garbage on stdin (verify)', ['verify'], { input: GARBAGE }, 1, 'jwt-wasm: stdin is not UTF-8 text (binary data?), so it is not a token'],
  ['text garbage on stdin', ['verify'], { input: 'Ünïcödé ☃ garbage\u0007' }, 1, 'MALFORMED: Invalid token format'],
  ['an oversized stdin', ['decode'], { input: 'a'.repeat(1.5 * 1024 * 1024) }, 1, /^jwt-wasm: stdin holds more than 1048576 bytes/],
  ['an oversized token', ['verify', 'a'.repeat(70000)], {}, 1, 'TOKEN_TOO_LARGE: Token too large'],
]

describe('bad input', () => {
  it.each(CASES)('%s', (_, args, options, status, message) => {
    const run = cli(args, options)
    expect(run.status).toBe(status)
    expect(run.stdout).toBe('')
    expect(run.stderr.endsWith('\n')).toBe(true)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/)
    if (typeof message === 'string') expect(run.stderr).toBe(`${message}\n`)
    else expect(run.stderr).toMatch(message)
    expect(run.stderr).not.toContain('hunter2')
    expect(run.stderr).not.toContain('cli-test-secret')
  })
})

describe('help', () => {
  it('jwt-wasm, --help and help list every command', () => {
    for (const args of [[], ['--help'], ['-h'], ['help']]) {
      const run = cli(args)
      expect(run.status).toBe(0)
      for (const name of ['secret', 'key', 'sign', 'verify', 'decode']) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'))
      expect(run.stdout).toContain('Example:')
    }
  })

  it.each(['secret', 'key', 'sign', 'verify', 'decode'])('%s --help shows its usage and an example that runs', (name) => {
    const run = cli([name, '--help'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(new RegExp(`^Usage: jwt-wasm ${name}`))
    expect(run.stdout).toMatch(/\nExample:\n {2}\S/)
    expect(cli(['help', name]).stdout).toBe(run.stdout)
    expect(cli([name, '-h', '--bogus-is-ignored-after-help']).status).toBe(2)
  })

  it('--version is the package version', () => {
    expect(cli(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version)
  })
})
