// Vercel's edge-runtime, with wasm code generation from bytes disabled as in Vercel's
// production. The function is bundled as Next.js bundles edge routes (conditions
// edge-light, worker, browser), so it gets dist/edge.js; its jwt.wasm?module import
// reads a module that the host compiled, as Next.js's sandbox provides it.
import { EdgeRuntime } from 'edge-runtime'
import { basename, join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { bundle } from './harness/bundle.js'
import { installedPackage } from './harness/package.js'
import { SMOKE_TESTS, type SmokeResult } from './harness/run.js'
import { guardedRouteToken, joseVectors } from './harness/vectors.js'
import { GUARDED_SECRET } from './suite/handler.mjs'

let runtime: EdgeRuntime
const url = 'http://edge.test'

/** The suite's edge function, bundled with the given conditions, in a locked-down runtime. */
async function startFunction(conditions: string[]): Promise<{ runtime: EdgeRuntime; wasmFiles: string[] }> {
  const { dir } = await installedPackage()
  const fn = await bundle(join(dir, 'suite/run-edge.mjs'), { conditions, format: 'iife', wasm: 'global' })
  const modules: Record<string, WebAssembly.Module> = {}
  for (const [file, bytes] of fn.wasm) modules[basename(file)] = await WebAssembly.compile(bytes)
  const started = new EdgeRuntime({
    codeGeneration: { strings: false, wasm: false },
    extend: (context) => Object.assign(context, { __jwt_wasm_modules: modules }),
    initialCode: fn.code,
  })
  return { runtime: started, wasmFiles: [...fn.wasm.keys()] }
}

beforeAll(async () => {
  const started = await startFunction(['edge-light', 'worker', 'browser'])
  expect(started.wasmFiles.map((file) => file.replace(/.*\/jwt-wasm\/dist\//, '')).sort()).toEqual(['jwt-pk.wasm', 'jwt.wasm'])
  runtime = started.runtime
})

describe('edge-runtime (Vercel, from the tarball)', () => {
  test('the runtime forbids compiling wasm from bytes, as Vercel does', async () => {
    const response = await runtime.dispatchFetch(`${url}/wasm-from-bytes`)
    expect(await response.json()).toEqual({ allowed: false })
  })

  test('the default entry (embedded bytes) is refused there, with an error naming the edge entry', async () => {
    const { runtime: embedded } = await startFunction(['worker', 'browser'])
    const result = (await (await embedded.dispatchFetch(`${url}/probe`)).json()) as { ok: boolean; message: string }
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/forbids compiling WebAssembly from bytes.*'workerd' or 'edge-light' export condition/)
  })

  test('the edge function passes the smoke suite', async () => {
    const response = await runtime.dispatchFetch(`${url}/smoke`, { method: 'POST', body: JSON.stringify(await joseVectors()) })
    const result = (await response.json()) as SmokeResult
    expect(result.runtime).toBe('edge-runtime (edge-runtime)')
    expect(result.failed).toEqual([])
    expect(result.passed).toEqual(SMOKE_TESTS)
  })

  test('a guarded route answers 200 with a token and 401 without', async () => {
    const token = await guardedRouteToken(GUARDED_SECRET, 'route-user')
    const ok = await runtime.dispatchFetch(`${url}/guarded`, { headers: { authorization: `Bearer ${token}` } })
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({ identity: 'route-user' })
    const missing = await runtime.dispatchFetch(`${url}/guarded`)
    expect(missing.status).toBe(401)
  })
})
