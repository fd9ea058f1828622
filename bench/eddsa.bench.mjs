// EdDSA (Ed25519) verify+decode: jwt-wasm/asymmetric against node:crypto, jose and fast-jwt
// on Node, and against crypto.subtle and jose in Chromium (headless, the runtime matrix's
// flags), each paired with its platform's floor: crypto.verify with a KeyObject on Node,
// crypto.subtle.verify in Chromium. Also the key import (decode, checks, table) and the
// module's size. Run through bench/run.mjs (npm run bench); alone:
// node bench/eddsa.bench.mjs [out.json]
import { build } from 'esbuild'
import { createServer } from 'node:http'
import { execFileSync } from 'node:child_process'
import { createPublicKey, verify as cryptoVerify } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createVerifier } from 'fast-jwt'
import { jwtVerify } from 'jose'
import { chromium } from 'playwright-core'
import { JWTVerifier, KeySet } from '../dist/asymmetric.js'
import { checkCases, eddsaFixture, refused } from './eddsa-fixture.mjs'
import { runPaired } from './harness.mjs'
import { moduleSizes } from './eddsa-size.mjs'

const quick = process.env.BENCH_QUICK === '1'
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (quick ? 2 : 7))
const CPU_TIME = Number(process.env.BENCH_CPU_MS ?? (quick ? 8 : 25)) * 1e6
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

async function nodeCases() {
  const f = await eddsaFixture()
  const keyObject = createPublicKey({ key: f.jwk, format: 'jwk' })
  const pem = keyObject.export({ format: 'pem', type: 'spki' })
  const set = KeySet.from({ keys: [f.jwk] })
  const ours = new JWTVerifier({ keys: set, algorithms: ['EdDSA'] })
  const oursCached = new JWTVerifier({ keys: set, algorithms: ['EdDSA'], cache: { size: 1000 } })
  const fast = createVerifier({ key: pem, algorithms: ['EdDSA'] })
  const input = Buffer.from(f.input)
  const signature = Buffer.from(f.signature)
  const floor = () => cryptoVerify(null, input, keyObject, signature)
  const list = [
    ['floor', 'node:crypto verify (KeyObject)', floor],
    ['verify+decode', 'jwt-wasm', () => ours.verify(f.token)],
    ['verify+decode', 'fast-jwt', () => fast(f.token)],
    ['verify+decode', 'jose', () => jwtVerify(f.token, f.publicKey, { algorithms: ['EdDSA'] }).then((r) => r.payload)],
    ['cached verify', 'jwt-wasm', () => oursCached.verify(f.token)],
    ['reject', 'jwt-wasm verifyToken', () => !ours.verifyToken(f.bad)],
    ['reject', 'node:crypto verify', () => !cryptoVerify(null, input, keyObject, Buffer.from(f.bad.split('.')[2], 'base64url'))],
    ['reject', 'fast-jwt', refused(() => fast(f.bad))],
    ['reject', 'jose', refused(() => jwtVerify(f.bad, f.publicKey, { algorithms: ['EdDSA'] }))],
    // Per key, once: decoding and checking the point and building its table.
    ['key import', 'jwt-wasm KeySet.from', () => KeySet.from({ keys: [f.jwk] }).size === 1],
    ['key import', 'node:crypto createPublicKey', () => createPublicKey({ key: f.jwk, format: 'jwk' }).type === 'public'],
  ]
  await checkCases(list.filter(([op]) => op !== 'key import'), f.payload)
  return list.map(([op, lib, fn]) => ({ op, alg: 'EdDSA', lib, fn, floor }))
}

async function browserRun() {
  const bundle = await build({
    entryPoints: [new URL('./browser/eddsa-page.mjs', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external: ['bun:jsc', 'node:*'],
    logLevel: 'error',
  })
  const script = bundle.outputFiles[0].text
  const html = '<!doctype html><meta charset="utf-8"><title>jwt-wasm EdDSA bench</title><script type="module" src="/bench.js"></script>'
  const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { ...ISOLATED, 'content-type': 'text/javascript' }).end(script)
    else res.writeHead(200, { ...ISOLATED, 'content-type': 'text/html' }).end(html)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const profile = mkdtempSync(join(tmpdir(), 'jwt-wasm-chromium-'))
  const version = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`))
    await page.goto(`http://127.0.0.1:${server.address().port}/`)
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 60_000 })
    const results = await page.evaluate((o) => window.runBench(o), { rounds: ROUNDS, cpuTime: CPU_TIME })
    return { version, results }
  } finally {
    await context.close()
    server.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

const started = Date.now()
const node = await runPaired(await nodeCases(), {
  rounds: ROUNDS,
  cpuTime: CPU_TIME,
  // mitata batches calls under 65 us (a verification here is about 40) into one sample; a
  // sample of 128 lasts 5 ms, long enough on a shared machine to be preempted more often
  // than the floor's single 100 us call, which inflates the median against the floor.
  // Four calls per sample keep samples near the floor's length.
  batchSamples: 4,
  progress: (r, n) => process.stderr.write(`eddsa bench (node): round ${r}/${n} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`),
})
const browser = await browserRun()
const sizes = await moduleSizes()
const out = { rounds: ROUNDS, cpuTimeMs: CPU_TIME / 1e6, sizes, node, browser }
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(out, null, 1))
else {
  for (const [where, results] of [['node', node], [browser.version, browser.results]]) {
    for (const r of results) console.log(`${where.padEnd(20)} ${r.op.padEnd(14)} ${r.lib.padEnd(32)} ${(r.medianNs / 1000).toFixed(2).padStart(8)} us  x${r.ratio.toFixed(2)}`)
  }
  console.log(`build/jwt-pk.wasm: ${sizes.full.bytes} bytes, ${sizes.without.bytes} without Ed25519`)
}
