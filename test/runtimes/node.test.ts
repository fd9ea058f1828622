// Node 20 from the packed tarball: ESM `import` and CommonJS `require` resolve to
// dist/index.js and dist/index.cjs through the exports map.
import { beforeAll, describe, expect, test } from 'vitest'
import { installedPackage } from './harness/package.js'
import { runSmoke, SMOKE_TESTS } from './harness/run.js'
import { joseVectors } from './harness/vectors.js'

let dir: string
let vectors: string

beforeAll(async () => {
  ;({ dir } = await installedPackage())
  vectors = JSON.stringify(await joseVectors())
})

describe('Node (from the tarball)', () => {
  test.each([
    ['ESM import', 'suite/run.mjs'],
    ['CommonJS require', 'suite/run.cjs'],
  ])('%s passes the smoke suite', async (_, runner) => {
    const result = await runSmoke(process.execPath, [runner, vectors], dir)
    expect(result.runtime).toBe(`Node ${process.versions.node}`)
    expect(result.failed).toEqual([])
    expect(result.passed).toEqual(SMOKE_TESTS)
  })
})
