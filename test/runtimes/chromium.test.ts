// Headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core), from the packed
// tarball: the page imports the package bundled by esbuild (browser condition) and unbundled
// through an import map; a strict Content-Security-Policy gives the error naming the fix.
// Without /usr/bin/chromium the file reports itself skipped, except under CI=true.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { bundle } from './harness/bundle.js'
import { installedPackage } from './harness/package.js'
import { SMOKE_TESTS, type SmokeResult } from './harness/run.js'
import { joseVectors } from './harness/vectors.js'

// CHROMIUM_PATH overrides the path (e.g. to check the skip path without uninstalling it).
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const available = existsSync(CHROMIUM)
if (!available && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing and CI=true: install it (apt-get install -y chromium)`)

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.cjs': 'text/javascript', '.wasm': 'application/wasm' }
const page = (body: string) => `<!doctype html><meta charset="utf-8"><title>jwt-wasm</title>${body}`

let server: Server
let origin: string
let context: BrowserContext
let profile: string

beforeAll(async () => {
  if (!available) return
  const { dir, pkg } = await installedPackage()
  const exports = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).exports
  const browserEntry = (entry: string) => String(exports[entry].browser.import.default).replace(/^\.\//, '')
  const browserBundle = (runner: string) => bundle(join(dir, 'suite', runner), { conditions: ['browser'], format: 'esm', platform: 'browser' })
  const files: Record<string, { body: string | Buffer; csp?: string }> = {
    '/bundled.js': { body: (await browserBundle('run-browser.mjs')).code },
    '/csp.js': { body: (await browserBundle('run-csp.mjs')).code },
    '/bundled.html': { body: page('<script type="module" src="/bundled.js"></script>') },
    // The import map points where the exports map's browser/import condition points.
    '/importmap.html': {
      body: page(
        `<script type="importmap">${JSON.stringify({ imports: { 'jwt-wasm': `/node_modules/jwt-wasm/${browserEntry('.')}`, 'jwt-wasm/core': `/node_modules/jwt-wasm/${browserEntry('./core')}`, 'jwt-wasm/asymmetric': `/node_modules/jwt-wasm/${browserEntry('./asymmetric')}` } })}</script>` +
          '<script type="module" src="/suite/run-browser.mjs"></script>',
      ),
    },
    '/csp-strict.html': { body: page('<script type="module" src="/csp.js"></script>'), csp: "script-src 'self'" },
    '/csp-wasm.html': { body: page('<script type="module" src="/csp.js"></script>'), csp: "script-src 'self' 'wasm-unsafe-eval'" },
  }
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const generated = files[path]
    const file = normalize(join(dir, path))
    if (!generated && (!file.startsWith(dir) || !existsSync(file))) return void response.writeHead(404).end()
    const headers: Record<string, string> = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }
    if (generated?.csp) headers['content-security-policy'] = generated.csp
    response.writeHead(200, headers).end(generated ? generated.body : readFileSync(file))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  profile = mkdtempSync(join(tmpdir(), 'jwt-wasm-chromium-'))
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS })
  const vectors = JSON.stringify(await joseVectors())
  await context.addInitScript(`window.__vectors = ${vectors}`)
})

afterAll(async () => {
  await context?.close()
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  if (profile) rmSync(profile, { recursive: true, force: true })
})

async function open<T>(path: string, global: string): Promise<T> {
  const tab = await context.newPage()
  const errors: string[] = []
  tab.on('pageerror', (error) => errors.push(error.message))
  try {
    await tab.goto(`${origin}${path}`)
    const value = await tab.waitForFunction((name) => (window as any)[name], global, { timeout: 20_000 }).catch(() => undefined)
    if (!value) throw new Error(`${path} did not set window.${global}; page errors: ${errors.join('; ') || 'none'}`)
    return (await tab.evaluate((name) => (window as any)[name], global)) as T
  } finally {
    await tab.close()
  }
}

describe.skipIf(!available)('Chromium (from the tarball)', () => {
  test('bundled by esbuild: passes the smoke suite', async () => {
    const result = await open<SmokeResult>('/bundled.html', '__smoke')
    expect(result.runtime).toMatch(/HeadlessChrome|Chrome\//)
    expect(result.failed).toEqual([])
    expect(result.passed).toEqual(SMOKE_TESTS)
  })

  test('unbundled through an import map: passes the smoke suite', async () => {
    const result = await open<SmokeResult>('/importmap.html', '__smoke')
    expect(result.runtime).toMatch(/HeadlessChrome|Chrome\//)
    expect(result.failed).toEqual([])
    expect(result.passed).toEqual(SMOKE_TESTS)
  })

  test("a Content-Security-Policy without 'wasm-unsafe-eval' gives an error naming the fix", async () => {
    const result = await open<{ ok: boolean; message?: string }>('/csp-strict.html', '__csp')
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/Content-Security-Policy forbids it\. Add 'wasm-unsafe-eval' to script-src/)
  })

  test("with 'wasm-unsafe-eval' in script-src the same page works", async () => {
    expect(await open('/csp-wasm.html', '__csp')).toEqual({ ok: true })
  })
})
