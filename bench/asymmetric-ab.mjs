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
  const { withChromiumPage } = await import('./chromium-page.mjs')
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
  const esbuild = { stdin: { contents: entry, resolveDir: new URL('.', import.meta.url).pathname, loader: 'js' }, preserveSymlinks: true }
  await withChromiumPage({ esbuild, ready: 'abReady', title: 'jwt-wasm A/B' }, async (page) => {
    for (const line of await page.evaluate((o) => window.runAb(o), options)) console.log(line)
  })
}
