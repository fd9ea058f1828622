// Bundles src/ into dist/. Every entry is one self-contained file over the same core; only
// the wasm loader differs (src/runtime/). Self-contained rather than code-split so that a
// bundler honouring "sideEffects": false can never separate an entry's provideModule() call
// from the core it configures.
//
//   dist/index.js   ESM, embedded module (import, browser)   dist/index.cjs  the same, CommonJS (require)
//   dist/workerd.js ESM, imports ./jwt.wasm (workerd)        dist/edge-light.js imports ./jwt.wasm?module (edge-light)
//   dist/jwt.wasm, dist/jwt.wat                              the module the edge entries import, and its text form
//   dist/types/     declarations (ESM)                       dist/types-cjs/ the same tree, typed as CommonJS
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

const root = new URL('../', import.meta.url)
const dist = new URL('dist/', root)
rmSync(dist, { recursive: true, force: true })
mkdirSync(dist)

/** Imports of build/jwt.wasm stay imports, of the copy shipped beside the entry. */
const shippedWasm = {
  name: 'shipped-wasm',
  setup(b) {
    b.onResolve({ filter: /\/build\/jwt\.wasm(\?module)?$/ }, (args) => ({
      path: `./jwt.wasm${args.path.endsWith('?module') ? '?module' : ''}`,
      external: true,
    }))
  },
}

// cookie (MIT) is bundled so that the package has no runtime dependencies and loads unbundled
// in a browser through an import map; its notice travels with the code.
const banner = { js: '/*! jwt-wasm, MIT. Includes cookie 1.x, MIT, (c) 2012-2014 Roman Shtylman, (c) 2015 Douglas Christopher Wilson */' }
const common = { banner, bundle: true, platform: 'neutral', mainFields: ['module', 'main'], target: 'es2022', sourcemap: false, logLevel: 'warning', plugins: [shippedWasm] }
await build({ ...common, format: 'esm', outdir: 'dist', entryPoints: { index: 'src/index.ts', workerd: 'src/workerd.ts', 'edge-light': 'src/edge-light.ts' } })
await build({ ...common, format: 'cjs', outfile: 'dist/index.cjs', entryPoints: ['src/index.ts'] })
copyFileSync(new URL('build/jwt.wasm', root), new URL('jwt.wasm', dist))
copyFileSync(new URL('build/jwt.wat', root), new URL('jwt.wat', dist))

// Declarations: one tsc run, then the same tree again under a package.json that makes
// its .d.ts files CommonJS, so `require` users get types that match dist/index.cjs.
execFileSync(process.execPath, [new URL('node_modules/typescript/bin/tsc', root).pathname, '-p', 'tsconfig.json', '--outDir', 'dist/types'], {
  stdio: 'inherit',
  cwd: root,
})
pruneDeclarations(new URL('types/', dist), 'index.d.ts')
cpSync(new URL('types/', dist), new URL('types-cjs/', dist), { recursive: true })
writeFileSync(new URL('types-cjs/package.json', dist), '{ "type": "commonjs" }\n')

for (const file of ['index.js', 'index.cjs', 'workerd.js', 'edge-light.js']) {
  const size = readFileSync(new URL(file, dist)).length
  console.log(`dist/${file}: ${size} bytes`)
}

/** Keeps only the declaration files the public entry reaches (the loaders' are internal). */
function pruneDeclarations(dir, entry) {
  const reached = new Set()
  const visit = (file) => {
    if (reached.has(file)) return
    reached.add(file)
    const text = readFileSync(new URL(file, dir), 'utf8')
    for (const [, spec] of text.matchAll(/(?:from\s+|import\()['"](\.[^'"]+)\.js['"]/g)) {
      visit(new URL(`${spec}.d.ts`, new URL(file, dir)).href.slice(dir.href.length))
    }
  }
  visit(entry)
  for (const file of readdirSync(dir, { recursive: true })) {
    if (file.endsWith('.d.ts') && !reached.has(file)) rmSync(new URL(file, dir))
  }
  for (const sub of readdirSync(dir, { recursive: true, withFileTypes: true }).reverse()) {
    if (sub.isDirectory() && readdirSync(new URL(`${sub.parentPath}/${sub.name}`, 'file://')).length === 0) rmSync(new URL(`${sub.parentPath}/${sub.name}`, 'file://'), { recursive: true })
  }
}
