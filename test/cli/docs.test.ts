// docs/cli.md's first example, run as written through bash with `jwt-wasm` on PATH being
// the built dist/cli.js.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { CLI, ROOT } from './helpers.js'

it('the example at the top of docs/cli.md runs and does what its comments say', () => {
  const block = /```sh\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, 'docs/cli.md'), 'utf8'))![1]!
  const dir = mkdtempSync(join(tmpdir(), 'jwt-wasm-cli-docs-'))
  try {
    symlinkSync(CLI, join(dir, 'jwt-wasm'))
    const out = execFileSync('bash', ['-e', '-o', 'pipefail', '-c', block], {
      cwd: dir,
      env: { PATH: `${dir}:${process.env.PATH}`, HOME: process.env.HOME },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    expect(out).toMatch(/^\{\n {2}"sub": "alice",[\s\S]*"role": "admin",\n {2}"level": 3,[\s\S]*"identity": "alice"\n\}\n/)
    expect(out).toMatch(/^UNVERIFIED: /m)
    expect(out).toMatch(/exp {2}\S+Z {2}expires in (1 h 59 min|2 h)\n/)
    expect(out.trimEnd().endsWith('refused, exit 1')).toBe(true)
    expect(JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8'))).toMatchObject({ kty: 'oct', kid: 'k2026-12', alg: 'HS512' })
    expect(JSON.parse(readFileSync(join(dir, 'decoded.json'), 'utf8'))).toMatchObject({ verified: false, claims: { sub: 'alice', role: 'admin', level: 3 } })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
