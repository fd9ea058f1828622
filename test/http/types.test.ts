// Runs the fetch guards' type tests (types.test-d.ts, with guards.decorators.test.ts and
// examples/fetch.ts) through the compiler: JwtRequest is typed, and the decorator form
// compiles as a standard TypeScript 5 decorator.
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))

it('type-checks types.test-d.ts, guards.decorators.test.ts and examples/fetch.ts with tsc --noEmit', async () => {
  const tsc = fileURLToPath(new URL('node_modules/typescript/bin/tsc', `file://${root}`))
  const result = await promisify(execFile)(process.execPath, [tsc, '-p', 'test/http/tsconfig.json'], { cwd: root }).then(
    () => '',
    (error: { stdout?: string; message: string }) => error.stdout || error.message,
  )
  expect(result).toBe('')
}, 120_000)
