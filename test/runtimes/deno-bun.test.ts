// Deno and Bun (the npm packages' binaries) from the packed tarball: both resolve the
// package's "import" condition and so use the embedded module.
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { installedPackage, ROOT } from './harness/package.js'
import { runSmoke, SMOKE_TESTS } from './harness/run.js'
import { joseVectors } from './harness/vectors.js'

let dir: string
let vectors: string

beforeAll(async () => {
  ;({ dir } = await installedPackage())
  vectors = JSON.stringify(await joseVectors())
})

describe('Deno and Bun (from the tarball)', () => {
  test('Deno passes the smoke suite', async () => {
    const deno = join(ROOT, 'node_modules/.bin/deno')
    const env = { DENO_NO_UPDATE_CHECK: '1', DENO_DIR: join(dir, '.deno'), NO_COLOR: '1' }
    const result = await runSmoke(deno, ['run', '--no-lock', `--allow-read=${dir}`, 'suite/run.mjs', vectors], dir, env)
    expect(result.runtime).toMatch(/^Deno 2\./)
    expect(result.failed).toEqual([])
    expect(result.passed).toEqual(SMOKE_TESTS)
  })

  test('Bun passes the smoke suite', async () => {
    const bun = join(ROOT, 'node_modules/.bin/bun')
    const result = await runSmoke(bun, ['suite/run.mjs', vectors], dir, { NO_COLOR: '1' })
    expect(result.runtime).toMatch(/^Bun 1\./)
    expect(result.failed).toEqual([])
    expect(result.passed).toEqual(SMOKE_TESTS)
  })
})
