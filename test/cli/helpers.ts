// Runs the BUILT command line (dist/cli.js, as `npx jwt-wasm` runs it) as a child process.
import { spawnSync } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const CLI = `${ROOT}dist/cli.js`
export const SECRET = 'cli-test-secret-0123456789abcdef'

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

export function cli(args: string[], { input, env = {} }: { input?: string | Buffer; env?: Record<string, string | undefined> } = {}): Run {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` (npm test does) before these tests')
  // A clean environment: no JWT_SECRET or NO_COLOR leaking in from the shell running the tests.
  const base: Record<string, string | undefined> = { PATH: process.env.PATH, HOME: process.env.HOME, JWT_SECRET: SECRET }
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: Object.fromEntries(Object.entries({ ...base, ...env }).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
    input: input ?? '',
    encoding: 'utf8',
    timeout: 20_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A token from exact header and payload objects, signed by node:crypto (not by the code under test). */
export function signRaw(payload: object, header: object = { alg: 'HS256', typ: 'JWT' }, secret = SECRET): string {
  const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const input = `${b64(header)}.${b64(payload)}`
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`
}

export const now = () => Math.floor(Date.now() / 1000)
