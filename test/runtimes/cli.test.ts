// The command line as a user gets it: `npx jwt-wasm` from the packed tarball installed into
// a scratch folder (npm links package.json "bin"), signing once and verifying once.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { installedPackage } from './harness/package.js'

const SECRET = 'smoke-suite-secret-0123456789abcdef'
let dir: string
let pkg: string

beforeAll(async () => {
  ;({ dir, pkg } = await installedPackage())
})

function npx(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // --no: never download; the bin must come from the installed tarball.
    execFile('npx', ['--no', 'jwt-wasm', ...args], { cwd: dir, env: { ...process.env, JWT_SECRET: SECRET, NO_COLOR: '1' }, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    )
  })
}

describe('npx jwt-wasm (from the tarball)', () => {
  test('the bin is dist/cli.js, with a shebang, reaching the core by the package name', () => {
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'))
    expect(manifest.bin).toEqual({ 'jwt-wasm': './dist/cli.js' })
    const code = readFileSync(join(pkg, 'dist/cli.js'), 'utf8')
    expect(code.startsWith('#!/usr/bin/env node\n')).toBe(true)
    expect(code).toMatch(/from "jwt-wasm(\/core)?";/)
    expect(code).not.toMatch(/WASM_BASE64|class JWT\b/)
  })

  test('sign, then verify', async () => {
    const signed = await npx(['sign', 'alice', '--claim', 'role=admin'])
    expect([signed.code, signed.stderr]).toEqual([0, ''])
    const token = signed.stdout.trim()
    const verified = await npx(['verify', token])
    expect([verified.code, verified.stderr]).toEqual([0, ''])
    expect(JSON.parse(verified.stdout)).toMatchObject({ sub: 'alice', identity: 'alice', role: 'admin' })
    const refused = await npx(['verify', `${token.slice(0, -1)}${token.endsWith('A') ? 'E' : 'A'}`])
    expect(refused).toMatchObject({ code: 1, stdout: '', stderr: 'INVALID_SIGNATURE: Invalid token signature\n' })
  }, 120_000) // three npx starts on a machine the whole matrix shares
})
