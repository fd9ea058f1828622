// Footprint: the wasm module's size, and the gzipped size of a minified browser bundle of
// an app that creates and verifies tokens (esbuild, browser condition, tree-shaken from
// the built package), through each entry, beside jose's HS256 sign + verify bundled the
// same way. test/bundles.test.ts holds the budgets; this reports.
// Run: npm run footprint (builds first, and with --write puts this output and the verdict on
// the 12 KiB target into the footprint block of docs/performance.md), or node bench/footprint.mjs after npm run build.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { writeDocBlock } from './readme.mjs'
import { bundle, APPS } from './bundle.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length
const kib = (n) => `${(n / 1024).toFixed(2)} KiB`

const wasm = readFileSync(new URL('../dist/jwt.wasm', import.meta.url))
const rows = [
  ['build/jwt.wasm (the module)', wasm],
  ['the module as embedded hex (what the entries carry)', Buffer.from(wasm.toString('hex'))],
  ['the module as base64, for comparison', Buffer.from(wasm.toString('base64'))],
  ['jwt-wasm/core browser app: create + decode + verify', await bundle(APPS.core)],
  ['jwt-wasm browser app: create + decode + verify', await bundle(APPS.main)],
  ['jwt-wasm browser app + guard on Request/Response', await bundle(APPS.guarded)],
  ['jwt-wasm/core workerd app (wasm imported, JS only)', await bundle(APPS.core, ['workerd', 'worker', 'browser'])],
  ['jwt-wasm workerd app (wasm imported, JS only)', await bundle(APPS.main, ['workerd', 'worker', 'browser'])],
  ['jose 6: HS256 sign + verify (no wasm), for comparison', await bundle(APPS.jose)],
]

// Where the JavaScript goes: the core app bundled from the sources (edge entry, so the
// wasm stays out), minified bytes per part. ignoreAnnotations: the package's own
// "sideEffects": false would otherwise drop the source entry's provideModule() call
// (dist/ entries are single files, where it stays).
const parts = await build({
  ignoreAnnotations: true,
  stdin: { contents: APPS.core.replace("'jwt-wasm/core'", "'./src/core-edge.ts'"), resolveDir: root, loader: 'ts' },
  bundle: true, minify: true, write: false, metafile: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'],
  external: ['*.wasm', '*.wasm?module'], preserveSymlinks: true, logLevel: 'silent',
})
const byPart = new Map()
for (const [file, { bytesInOutput }] of Object.entries(Object.values(parts.metafile.outputs)[0].inputs)) {
  const part = file.startsWith('node_modules/') ? file.split('/')[1] : file.split('/').slice(0, -1).join('/') || file
  byPart.set(part, (byPart.get(part) ?? 0) + bytesInOutput)
}

const lines = [`${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, node ${process.version}, ${new Date().toISOString()}`]
const width = Math.max(...rows.map(([name]) => name.length))
for (const [name, bytes] of rows) lines.push(`${name.padEnd(width)}  ${String(bytes.length).padStart(7)} B  ${kib(gzip(bytes)).padStart(10)} gzipped`)
const sorted = [...byPart].sort((x, y) => y[1] - x[1])
lines.push(`minified JS by part: ${sorted.map(([part, n]) => `${part} ${n} B`).join(', ')}`)
console.log(lines.join('\n'))

if (process.argv.includes('--write')) {
  // Issue 10's target: at most 12 KiB gzipped for the core app, wasm included.
  const target = 12 * 1024
  const coreGz = gzip(rows[3][1])
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`
  const total = sorted.reduce((t, [, n]) => t + n, 0)
  const wasmGz = gzip(rows[1][1])
  writeDocBlock(
    'footprint',
    `\`\`\`\n${lines.join('\n')}\n\`\`\`\n\n` +
      `The 12 KiB target for \`jwt-wasm/core\` is ${coreGz <= target ? 'met' : 'not met'}: the core app is ${kib(coreGz)} gzipped, of which\n` +
      `the embedded module is ${kib(wasmGz)} (${kib(gzip(rows[0][1]))} as raw wasm) and the JavaScript the rest:\n` +
      `${kb(total)} minified, by part in the last line. The main entry's app also carries the guards,\n` +
      `the cookie code and \`cookie\` (${kib(gzip(rows[4][1]) - coreGz)} more).`,
  )
}
