// Bundles src/ into dist/. Every core entry is one self-contained file over the same core;
// only the wasm loader differs (src/runtime/). Self-contained rather than code-split so that
// a bundler honouring "sideEffects": false can never separate an entry's provideModule()
// call from the core it configures.
//
//   dist/index.js    ESM, embedded module (import, browser)   dist/index.cjs  the same, CommonJS (require)
//   dist/edge.js     ESM, imports ./jwt.wasm?module (workerd, edge-light)
//   dist/core.js, core.cjs, core-edge.js                     jwt-wasm/core: the same three, tokens only (src/api-core.ts)
//   dist/redis.js, redis.cjs                                  jwt-wasm/redis: RedisStore (src/redis.ts), no wasm
//   dist/jwt.wasm, dist/jwt.wat                               the module the edge entry imports, and its text form
//   dist/<adapter>.js, .cjs                                   src/adapters/*.ts; they import the core as 'jwt-wasm'
//   dist/cli.js      the `jwt-wasm` command (bin): Node ESM with a shebang; imports the core as 'jwt-wasm/core'
//   dist/asymmetric.js, .cjs, asymmetric-edge.js              jwt-wasm/asymmetric: embeds (or, on edges, imports
//                                                             ./jwt-pk.wasm?module) the asymmetric module only
//   dist/types/      declarations (ESM)                       dist/types-cjs/ the same tree, typed as CommonJS
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { chmodSync, copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'

const root = new URL('../', import.meta.url)
const dist = new URL('dist/', root)
rmSync(dist, { recursive: true, force: true })
mkdirSync(dist)

/** Imports of build/jwt.wasm stay imports, of the copy shipped beside the entry. */
const shippedWasm = {
  name: 'shipped-wasm',
  setup(b) {
    b.onResolve({ filter: /\/build\/jwt(-pk)?\.wasm(\?module)?$/ }, (args) => ({
      path: `./${args.path.includes('jwt-pk') ? 'jwt-pk' : 'jwt'}.wasm${args.path.endsWith('?module') ? '?module' : ''}`,
      external: true,
    }))
  },
}

/**
 * An adapter reaches the core only through the package's own name, so at run time it shares
 * the one core (default JWT, JWTError class, wasm instance) of whichever entry the runtime's
 * conditions select, instead of carrying a second copy.
 */
const coreByName = {
  name: 'core-by-name',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/api\.js$/ }, () => ({ path: 'jwt-wasm', external: true }))
  },
}

// cookie (MIT) is bundled so that the package has no runtime dependencies and loads unbundled
// in a browser through an import map; its notice travels with the code.
const banner = { js: '/*! jwt-wasm, MIT. Includes cookie 1.x, MIT, (c) 2012-2014 Roman Shtylman, (c) 2015 Douglas Christopher Wilson */' }
// preserveSymlinks: a bundled module's path becomes a key in dist/ (esbuild's __commonJS), so
// resolve through a symlinked node_modules (a git worktree's) by the link's own path, and
// every checkout builds the same bytes, naming no folder outside the repository.
const common = { bundle: true, platform: 'neutral', mainFields: ['module', 'main'], target: 'es2022', sourcemap: false, logLevel: 'warning', preserveSymlinks: true }
const core = { ...common, banner, plugins: [shippedWasm] }
await build({ ...core, format: 'esm', outdir: 'dist', entryPoints: { index: 'src/index.ts', edge: 'src/edge.ts' } })
await build({ ...core, format: 'cjs', outfile: 'dist/index.cjs', entryPoints: ['src/index.ts'] })
// jwt-wasm/core carries no HTTP code, so no cookie notice either.
const tokenOnly = { ...common, plugins: [shippedWasm] }
await build({ ...tokenOnly, format: 'esm', outdir: 'dist', entryPoints: { core: 'src/core.ts', 'core-edge': 'src/core-edge.ts' } })
await build({ ...tokenOnly, format: 'cjs', outfile: 'dist/core.cjs', entryPoints: ['src/core.ts'] })
// jwt-wasm/redis: the session store on Redis, no wasm and no client library in it.
await build({ ...common, format: 'esm', outfile: 'dist/redis.js', entryPoints: ['src/redis.ts'] })
await build({ ...common, format: 'cjs', outfile: 'dist/redis.cjs', entryPoints: ['src/redis.ts'] })
copyFileSync(new URL('build/jwt.wasm', root), new URL('jwt.wasm', dist))
copyFileSync(new URL('build/jwt.wat', root), new URL('jwt.wat', dist))

// jwt-wasm/asymmetric: its own bundles, carrying the asymmetric module and not the HS one.
// JWTError is still one class across entries (src/errors.ts keeps it per realm).
const asymmetric = { ...common, plugins: [shippedWasm] }
await build({ ...asymmetric, format: 'esm', outdir: 'dist', entryPoints: { asymmetric: 'src/asymmetric.ts', 'asymmetric-edge': 'src/asymmetric-edge.ts' } })
await build({ ...asymmetric, format: 'cjs', outfile: 'dist/asymmetric.cjs', entryPoints: ['src/asymmetric.ts'] })
copyFileSync(new URL('build/jwt-pk.wasm', root), new URL('jwt-pk.wasm', dist))
copyFileSync(new URL('build/jwt-pk.wat', root), new URL('jwt-pk.wat', dist))

// Framework adapters: frameworks stay external (optional peer dependencies).
const adapters = readdirSync(new URL('src/adapters/', root)).filter((file) => file.endsWith('.ts'))
for (const file of adapters) {
  const name = basename(file, '.ts')
  for (const [format, ext] of [['esm', 'js'], ['cjs', 'cjs']]) {
    const { metafile } = await build({ ...common, format, outfile: `dist/${name}.${ext}`, entryPoints: [`src/adapters/${file}`], packages: 'external', plugins: [coreByName], metafile: true })
    const inputs = Object.keys(metafile.inputs)
    if (inputs.length !== 1) throw new Error(`src/adapters/${file} may import the core only through ../api.js; it also bundles ${inputs.filter((i) => !i.endsWith(file)).join(', ')}`)
  }
}

// The command line: Node only, and like the adapters it reaches the core by the package's
// name, here the token-only jwt-wasm/core (it needs no HTTP code).
const tokenCoreByName = {
  name: 'token-core-by-name',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/api-core\.js$/ }, () => ({ path: 'jwt-wasm/core', external: true }))
  },
}
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))
const cli = await build({
  ...common,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: 'dist/cli.js',
  entryPoints: ['src/cli/main.ts'],
  banner: { js: '#!/usr/bin/env node' },
  define: { __VERSION__: JSON.stringify(version) },
  plugins: [tokenCoreByName],
  metafile: true,
})
const outside = Object.keys(cli.metafile.inputs).filter((input) => !input.startsWith('src/cli/'))
if (outside.length) throw new Error(`src/cli/ may import the core only through ../api-core.js; it also bundles ${outside.join(', ')}`)
chmodSync(new URL('cli.js', dist), 0o755)

// Declarations: one tsc run, then the same tree again under a package.json that makes
// its .d.ts files CommonJS, so `require` users get types that match the .cjs files.
execFileSync(process.execPath, [new URL('node_modules/typescript/bin/tsc', root).pathname, '-p', 'tsconfig.json', '--outDir', 'dist/types'], {
  stdio: 'inherit',
  cwd: root,
})
pruneDeclarations(new URL('types/', dist), ['index.d.ts', 'core.d.ts', 'redis.d.ts', 'asymmetric.d.ts', ...adapters.map((file) => `adapters/${basename(file, '.ts')}.d.ts`)])
cpSync(new URL('types/', dist), new URL('types-cjs/', dist), { recursive: true })
writeFileSync(new URL('types-cjs/package.json', dist), '{ "type": "commonjs" }\n')

for (const file of readdirSync(dist).filter((f) => /\.c?js$/.test(f))) {
  console.log(`dist/${file}: ${readFileSync(new URL(file, dist)).length} bytes`)
}

/** Keeps only the declaration files the public entries reach (the loaders' are internal). */
function pruneDeclarations(dir, entries) {
  const reached = new Set()
  const visit = (file) => {
    if (reached.has(file)) return
    reached.add(file)
    const text = readFileSync(new URL(file, dir), 'utf8')
    for (const [, spec] of text.matchAll(/(?:from\s+|import\()['"](\.[^'"]+)\.js['"]/g)) {
      visit(new URL(`${spec}.d.ts`, new URL(file, dir)).href.slice(dir.href.length))
    }
  }
  for (const entry of entries) visit(entry)
  for (const file of readdirSync(dir, { recursive: true })) {
    if (file.endsWith('.d.ts') && !reached.has(file)) rmSync(new URL(file, dir))
  }
  for (const sub of readdirSync(dir, { recursive: true, withFileTypes: true }).reverse()) {
    const path = new URL(`${sub.parentPath}/${sub.name}`, 'file://')
    if (sub.isDirectory() && readdirSync(path).length === 0) rmSync(path, { recursive: true })
  }
}
