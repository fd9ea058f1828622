// Footprint: the wasm module's size, and the gzipped size of a minified browser bundle of
// an app that creates and verifies tokens (esbuild, browser condition, tree-shaken from
// the built package), beside jose's HS256 sign + verify bundled the same way.
// Run: npm run footprint (builds first, and with --write puts this output and the verdict on
// the 8 KiB aim into the footprint block of docs/performance.md), or node bench/footprint.mjs after npm run build.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { writeDocBlock } from './readme.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length
const kib = (n) => `${(n / 1024).toFixed(2)} KiB`

/** Minified esbuild bundle of `code`, resolving packages (jwt-wasm included) from the repo. */
async function bundle(code, conditions = ['browser']) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions,
    target: 'es2022',
    legalComments: 'none',
    external: ['*.wasm', '*.wasm?module'],
    // A git worktree's node_modules may be a symlink to another checkout's: resolve through
    // the link's own path so the bundle (module keys, part names) is a clone's byte for byte.
    preserveSymlinks: true,
    logLevel: 'silent',
  })
  return result.outputFiles[0].contents
}

const app = `import { JWT } from 'jwt-wasm'
const jwt = new JWT({ secretKey: 'footprint-secret-0123456789abcdef' })
const token = jwt.createAccessToken('alice')
console.log(jwt.decodeToken(token), jwt.verifyToken(token))`

const guarded = `import { JWT } from 'jwt-wasm'
const jwt = new JWT({ secretKey: 'footprint-secret-0123456789abcdef' })
export default { fetch: jwt.required((request) => ({ identity: request.jwtIdentity })) }`

const jose = `import { SignJWT, jwtVerify } from 'jose'
const key = new TextEncoder().encode('footprint-secret-0123456789abcdef')
const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('alice').setExpirationTime('15m').sign(key)
console.log(await jwtVerify(token, key))`

const wasm = readFileSync(new URL('../dist/jwt.wasm', import.meta.url))
const rows = [
  ['build/jwt.wasm (the module)', wasm],
  ['the module as embedded base64 (what the default entry carries)', Buffer.from(wasm.toString('base64'))],
  ['browser app: create + decode + verify (wasm embedded)', await bundle(app)],
  ['browser app + guard on Request/Response', await bundle(guarded)],
  ['workerd app: create + decode + verify (wasm imported, JS only)', await bundle(app, ['workerd', 'worker', 'browser'])],
  ['jose 6: HS256 sign + verify (no wasm), for comparison', await bundle(jose)],
]

// Where the JavaScript goes: the same app bundled from the sources (edge entry, so the
// wasm stays out), minified bytes per part. ignoreAnnotations: the package's own
// "sideEffects": false would otherwise drop the source entry's provideModule() call
// (dist/ entries are single files, where it stays).
const parts = await build({
  ignoreAnnotations: true,
  stdin: { contents: app.replace("'jwt-wasm'", "'./src/edge.ts'"), resolveDir: root, loader: 'ts' },
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
  // Issue 5's aim: at most 8 KiB gzipped for a browser bundle that creates and verifies tokens.
  const aim = 8 * 1024
  const appGz = gzip(rows[2][1])
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`
  const total = sorted.reduce((t, [, n]) => t + n, 0)
  const httpAndCookie = (byPart.get('src/http') ?? 0) + (byPart.get('cookie') ?? 0)
  writeDocBlock(
    'footprint',
    `\`\`\`\n${lines.join('\n')}\n\`\`\`\n\n` +
      `The 8 KiB target is ${appGz <= aim ? 'met' : 'not met'}: the browser app is ${kib(appGz)} gzipped. The module alone is\n` +
      `${kib(gzip(rows[0][1]))} gzipped (${kib(gzip(rows[1][1]))} as the embedded base64), and the JavaScript does not\n` +
      `tree-shake below the JWT class, which references the guard and cookie layer: \`src/http\`\n` +
      `and \`cookie\` are ${kb(httpAndCookie)} of the ${kb(total)} of minified JavaScript (the last line).`,
  )
}
