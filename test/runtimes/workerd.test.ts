// Cloudflare workerd through Miniflare, from the packed tarball. The Worker is bundled as
// Wrangler does (conditions workerd, worker, browser; .wasm imports kept as CompiledWasm
// modules), so it gets dist/edge.js, which imports jwt.wasm?module instead of compiling bytes.
import { Miniflare } from 'miniflare'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { bundle } from './harness/bundle.js'
import { installedPackage, ROOT } from './harness/package.js'
import { SMOKE_TESTS, type SmokeResult } from './harness/run.js'
import { guardedRouteToken, joseVectors } from './harness/vectors.js'
import { GUARDED_SECRET } from './suite/handler.mjs'

let mf: Miniflare
const url = 'http://worker.test'

/** A suite runner as a Worker, bundled with the given conditions, one Worker per Miniflare. */
async function startWorker(conditions: string[], runner = 'run-worker.mjs'): Promise<Miniflare> {
  const { dir } = await installedPackage()
  const out = join(dir, `workerd-${conditions[0]}`)
  // Hono, an optional peer dependency, comes from the repository's node_modules.
  const worker = await bundle(join(dir, 'suite', runner), { conditions, format: 'esm', nodePaths: [join(ROOT, 'node_modules')] })
  const started = new Miniflare({
    modulesRoot: out,
    modules: [
      { type: 'ESModule', path: join(out, 'worker.js'), contents: worker.code },
      ...[...worker.wasm].map(([specifier, contents]) => ({ type: 'CompiledWasm' as const, path: join(out, specifier), contents })),
    ],
    compatibilityDate: '2025-09-01',
  })
  await started.ready
  return started
}

beforeAll(async () => {
  mf = await startWorker(['workerd', 'worker', 'browser'])
})

afterAll(async () => {
  await mf?.dispose()
})

describe('workerd (Miniflare, from the tarball)', () => {
  test('the runtime forbids compiling wasm from bytes, as Cloudflare does', async () => {
    const response = await mf.dispatchFetch(`${url}/wasm-from-bytes`)
    expect(await response.json()).toEqual({ allowed: false })
  })

  test('the default entry (embedded bytes) is refused there, with an error naming the edge entry', async () => {
    const embedded = await startWorker(['worker', 'browser'])
    try {
      const result = (await (await embedded.dispatchFetch(`${url}/probe`)).json()) as { ok: boolean; message: string }
      expect(result.ok).toBe(false)
      expect(result.message).toMatch(/forbids compiling WebAssembly from bytes.*'workerd' or 'edge-light' export condition/)
    } finally {
      await embedded.dispose()
    }
  })

  test('the Worker passes the smoke suite', async () => {
    const response = await mf.dispatchFetch(`${url}/smoke`, { method: 'POST', body: JSON.stringify(await joseVectors()) })
    const result = (await response.json()) as SmokeResult
    expect(result.runtime).toBe('Cloudflare-Workers')
    expect(result.failed).toEqual([])
    expect(result.passed).toEqual(SMOKE_TESTS)
  })

  test('a guarded route answers requests dispatched from Node: 200 with a token, 401 without', async () => {
    const token = await guardedRouteToken(GUARDED_SECRET, 'route-user')
    const ok = await mf.dispatchFetch(`${url}/guarded`, { headers: { authorization: `Bearer ${token}` } })
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({ identity: 'route-user' })
    const missing = await mf.dispatchFetch(`${url}/guarded`)
    expect(missing.status).toBe(401)
    expect(((await missing.json()) as { code: string }).code).toBe('MISSING_TOKEN')
  })

  test('the Hono adapter (jwt-wasm/hono) shares the edge core: its default-JWT guard answers 200 and 401', async () => {
    const hono = await startWorker(['workerd', 'worker', 'browser'], 'run-hono-worker.mjs')
    try {
      const token = await guardedRouteToken(GUARDED_SECRET, 'hono-user')
      const ok = await hono.dispatchFetch(`${url}/guarded`, { headers: { authorization: `Bearer ${token}` } })
      expect(ok.status).toBe(200)
      expect(await ok.json()).toEqual({ identity: 'hono-user' })
      expect((await hono.dispatchFetch(`${url}/guarded`)).status).toBe(401)
    } finally {
      await hono.dispose()
    }
  })
})
