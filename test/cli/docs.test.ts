// docs/cli.md's examples, run as written through bash with `jwt-wasm` on PATH being the
// built dist/cli.js.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { CLI, ROOT } from './helpers.js'

const blocks = [...readFileSync(join(ROOT, 'docs/cli.md'), 'utf8').matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!)

function runBlock(block: string, dir: string): string {
  return execFileSync('bash', ['-e', '-o', 'pipefail', '-c', block], {
    cwd: dir,
    env: { PATH: `${dir}:${process.env.PATH}`, HOME: process.env.HOME },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

function inScratch(test: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'jwt-wasm-cli-docs-'))
  try {
    symlinkSync(CLI, join(dir, 'jwt-wasm'))
    test(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

it('docs/cli.md has the two examples this file runs', () => {
  expect(blocks).toHaveLength(2)
})

it('the example at the top of docs/cli.md runs and does what its comments say', () => {
  inScratch((dir) => {
    const out = runBlock(blocks[0]!, dir)
    expect(out).toMatch(/^\{\n {2}"sub": "alice",[\s\S]*"role": "admin",\n {2}"level": 3,[\s\S]*"identity": "alice"\n\}\n/)
    expect(out).toMatch(/^UNVERIFIED: /m)
    expect(out).toMatch(/exp {2}\S+Z {2}expires in (1 h 59 min|2 h)\n/)
    expect(out.trimEnd().endsWith('refused, exit 1')).toBe(true)
    expect(JSON.parse(readFileSync(join(dir, 'key.json'), 'utf8'))).toMatchObject({ kty: 'oct', kid: 'k2026-12', alg: 'HS512' })
    expect(JSON.parse(readFileSync(join(dir, 'decoded.json'), 'utf8'))).toMatchObject({ verified: false, claims: { sub: 'alice', role: 'admin', level: 3 } })
  })
})

it('the key ring example signs with the named key and verifies through the ring', () => {
  inScratch((dir) => {
    const out = runBlock(blocks[1]!, dir)
    expect(JSON.parse(out)).toMatchObject({ sub: 'alice', identity: 'alice', type: 'access' })
    const keys = readFileSync(join(dir, 'keys.json'), 'utf8').trim().split('\n').map((line) => JSON.parse(line))
    expect(keys.map((k) => [k.kid, k.alg])).toEqual([['k2026-11', 'HS256'], ['k2026-12', 'HS512']])
  })
})
