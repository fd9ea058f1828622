// The package as a user gets it: `npm pack` of the built tree, installed from the tarball
// into a scratch folder beside a copy of the shared suite. Packed once per change: test
// files running in parallel share one scratch folder, keyed by the content packed.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../../..')
const SUITE = join(ROOT, 'test/runtimes/suite')
const SCRATCH = join(ROOT, '.tmp/runtimes')

export interface Installed {
  /** The scratch folder: package.json, node_modules/jwt-wasm, suite/. */
  dir: string
  /** The tarball `npm pack` wrote. */
  tarball: string
  /** The installed package's folder. */
  pkg: string
}

let installed: Promise<Installed> | undefined

/** Packs and installs once per content; later calls (and other test files) reuse it. */
export function installedPackage(): Promise<Installed> {
  return (installed ??= install())
}

async function install(): Promise<Installed> {
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does)')
  const key = contentKey()
  const dir = join(SCRATCH, key)
  const result = { dir, tarball: join(dir, 'jwt-wasm.tgz'), pkg: join(dir, 'node_modules/jwt-wasm') }
  mkdirSync(SCRATCH, { recursive: true })
  const lock = `${dir}.lock`
  for (;;) {
    if (existsSync(join(dir, 'ready'))) return result
    try {
      mkdirSync(lock)
      break
    } catch {
      // Another test file is packing the same content; a lock older than two minutes is stale.
      const locked = statSync(lock, { throwIfNoEntry: false })?.mtimeMs
      if (locked !== undefined && Date.now() - locked > 120_000) rmSync(lock, { recursive: true, force: true })
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  try {
    if (existsSync(join(dir, 'ready'))) return result
    // Folders of other contents may belong to a concurrent run; only old ones are removed.
    for (const old of readdirSync(SCRATCH)) {
      const path = join(SCRATCH, old)
      if (Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 3_600_000) rmSync(path, { recursive: true, force: true })
    }
    mkdirSync(dir, { recursive: true })
    // --ignore-scripts: npm test has just built dist/; prepack would build it again.
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' }))
    cpSync(join(dir, packed.filename), result.tarball)
    rmSync(join(dir, packed.filename))
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'jwt-wasm-scratch', private: true, type: 'module' }, null, 2))
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', './jwt-wasm.tgz'], { cwd: dir, stdio: 'pipe' })
    cpSync(SUITE, join(dir, 'suite'), { recursive: true })
    writeFileSync(join(dir, 'ready'), new Date().toISOString())
    return result
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

/** A hash of everything that can change what is packed or run. */
function contentKey(): string {
  const hash = createHash('sha256')
  const add = (file: string) => hash.update(file).update(readFileSync(file))
  add(join(ROOT, 'package.json'))
  if (existsSync(join(ROOT, 'README.md'))) add(join(ROOT, 'README.md'))
  for (const base of [join(ROOT, 'dist'), SUITE]) {
    for (const file of (readdirSync(base, { recursive: true }) as string[]).sort()) {
      const path = join(base, file)
      if (statSync(path).isFile()) add(path)
    }
  }
  return hash.digest('hex').slice(0, 16)
}
