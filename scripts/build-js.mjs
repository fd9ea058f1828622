// Bundles src/ into dist/: ESM and CommonJS from the same sources, plus declarations.
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true })

const common = { bundle: true, platform: 'neutral', target: 'es2022', sourcemap: false, logLevel: 'warning' }
await build({ ...common, entryPoints: { index: 'src/index.ts' }, format: 'esm', outdir: 'dist', outExtension: { '.js': '.js' } })
await build({ ...common, entryPoints: { index: 'src/index.ts' }, format: 'cjs', outdir: 'dist', outExtension: { '.js': '.cjs' } })
execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' })
