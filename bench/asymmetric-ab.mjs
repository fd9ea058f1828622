// A/B of jwt-wasm/asymmetric builds, for work on assembly/pk/ and src/pk/: verify+decode
// (JWTVerifier.verify) of the asymmetric fixture by several builds in one process, each
// against the platform's floor, interleaved (bench/asymmetric-ab-core.mjs says why and how).
// dist/asymmetric.js embeds its wasm, so a copy of it is a whole build (JS and wasm):
//   cp dist/asymmetric.js /tmp/before.js; (change, npm run build)
//   node bench/asymmetric-ab.mjs /tmp/before.js dist/asymmetric.js
//   node bench/asymmetric-ab.mjs --chromium /tmp/before.js dist/asymmetric.js
// Node's floor is crypto.verify on a KeyObject; Chromium's (headless /usr/bin/chromium, or
// $CHROMIUM) is crypto.subtle.verify on an imported CryptoKey, with jose timed beside the builds.
// Env: AB_CASES picks fixture cases (default RS256-2048; e.g. RS256-2048,PS256-2048,RS256-4096),
// AB_BATCHES the timed batches per case (300). Not part of npm run bench: its figures are
// ratios between builds for one change, not results.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { runAb } from './asymmetric-ab-core.mjs'

const args = process.argv.slice(2)
const chromium = args[0] === '--chromium'
const files = chromium ? args.slice(1) : args
if (files.length === 0) throw new Error('usage: node bench/asymmetric-ab.mjs [--chromium] a/asymmetric.js [b/asymmetric.js ...]')
const options = { cases: (process.env.AB_CASES ?? 'RS256-2048').split(','), batches: Number(process.env.AB_BATCHES ?? 300) }

if (!chromium) {
  const { constants, createPublicKey, verify } = await import('node:crypto')
  const builds = []
  // Each file is its own module instance, with its own wasm instance and loaded key.
  for (const file of files) builds.push({ name: file, ...(await import(pathToFileURL(resolve(file)).href)) })
  const floorsFor = (f) => {
    const keyObject = createPublicKey({ key: f.jwk, format: 'jwk' })
    const key = f.alg.startsWith('PS') ? { key: keyObject, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: Number(f.alg.slice(2)) / 8 } : keyObject
    const input = Buffer.from(f.input)
    return [{ name: 'crypto.verify', fn: () => verify(`sha${f.alg.slice(2)}`, input, key, f.signature) }]
  }
  for (const line of await runAb({ builds, floorsFor, ...options })) console.log(line)
} else {
  const { build } = await import('esbuild')
  const { createServer } = await import('node:http')
  const { mkdtempSync, rmSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const { chromium: browser } = await import('playwright-core')
  const core = new URL('./asymmetric-ab-core.mjs', import.meta.url).pathname
  const fixture = new URL('./asymmetric-fixture.mjs', import.meta.url).pathname
  const entry = [
    `import { runAb } from ${JSON.stringify(core)}`,
    `import { webCryptoParams } from ${JSON.stringify(fixture)}`,
    `import { importJWK, jwtVerify } from 'jose'`,
    ...files.map((file, i) => `import * as b${i} from ${JSON.stringify(resolve(file))}`),
    `const builds = [${files.map((file, i) => `{ name: ${JSON.stringify(file)}, ...b${i} }`).join(', ')}]`,
    'async function floorsFor(f) {',
    '  const bytes = new TextEncoder().encode(f.input)',
    '  const joseKey = await importJWK(f.jwk, f.alg)',
    '  return [',
    "    { name: 'subtle.verify', fn: () => crypto.subtle.verify(webCryptoParams(f.alg), f.publicKey, f.signature, bytes) },",
    "    { name: 'jose', fn: () => jwtVerify(f.token, joseKey, { algorithms: [f.alg] }) },",
    '  ]',
    '}',
    'window.runAb = (options) => runAb({ builds, floorsFor, ...options })',
    'window.abReady = true',
  ].join('\n')
  const bundle = await build({
    stdin: { contents: entry, resolveDir: new URL('.', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    preserveSymlinks: true,
    logLevel: 'error',
  })
  const script = bundle.outputFiles[0].text
  const html = '<!doctype html><meta charset="utf-8"><title>jwt-wasm A/B</title><script type="module" src="/ab.js"></script>'
  // Cross-origin isolation gives performance.now() its finest resolution (5 us, not 100 us).
  const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }
  const server = createServer((req, res) => {
    if (req.url === '/ab.js') res.writeHead(200, { ...ISOLATED, 'content-type': 'text/javascript' }).end(script)
    else res.writeHead(200, { ...ISOLATED, 'content-type': 'text/html' }).end(html)
  })
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  const profile = mkdtempSync(join(tmpdir(), 'jwt-wasm-ab-'))
  // The runtime matrix's flags (bench/browser.bench.mjs).
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  const context = await browser.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: flags })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`))
    await page.goto(`http://127.0.0.1:${server.address().port}/`)
    await page.waitForFunction(() => window.abReady === true, null, { timeout: 60_000 })
    for (const line of await page.evaluate((o) => window.runAb(o), options)) console.log(line)
  } finally {
    await context.close()
    server.close()
    rmSync(profile, { recursive: true, force: true })
  }
}
