// The packed tarball as published: publint and @arethetypeswrong/cli find nothing wrong,
// it ships exactly the files needed, and every entry exports the same names (api.ts),
// with no top-level await (so require works) and no import.meta (workerd has none).
import { build, transform } from 'esbuild'
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import { beforeAll, describe, expect, test } from 'vitest'
import { installedPackage, ROOT, type Installed } from './harness/package.js'
import { runSmoke, SMOKE_TESTS } from './harness/run.js'
import { joseVectors } from './harness/vectors.js'

let packed: Installed
const ENTRIES = ['dist/index.js', 'dist/edge.js']
const CORE_ENTRIES = ['dist/core.js', 'dist/core-edge.js']

beforeAll(async () => {
  packed = await installedPackage()
})

/** Value exports of an ES module, read statically (the edge entries cannot load in Node). */
async function esmExports(file: string): Promise<string[]> {
  const result = await build({ entryPoints: [file], bundle: false, write: false, metafile: true, format: 'esm', logLevel: 'silent', outdir: 'out' })
  return Object.values(result.metafile.outputs)[0].exports.sort()
}

describe('the packed tarball', () => {
  test('publint reports nothing', async () => {
    const tarball = readFileSync(packed.tarball)
    const { messages, pkg } = await publint({ pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) }, level: 'suggestion', strict: true })
    expect(messages.map((message) => formatMessage(message, pkg, { color: false }))).toEqual([])
  })

  test('@arethetypeswrong/cli reports no problem for node10, node16 (CJS and ESM) or bundlers', async () => {
    const attw = join(ROOT, 'node_modules/.bin/attw')
    const output = await new Promise<string>((resolve, reject) =>
      execFile(attw, [packed.tarball, '--format', 'json', '--profile', 'strict'], { cwd: ROOT }, (error, stdout) =>
        error && !stdout ? reject(error) : resolve(stdout),
      ),
    )
    const { analysis } = JSON.parse(output)
    expect(analysis.problems).toEqual([])
    expect(Object.keys(analysis.entrypoints).sort()).toEqual(['.', './asymmetric', './core', './express', './fastify', './hono', './package.json', './redis'])
  })

  test('ships the entries, the wasm and its text form, and declarations; no sources or tests', () => {
    const files = (readdirSync(packed.pkg, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(packed.pkg.length + 1))
      .sort()
    const unexpected = files.filter(
      (file) =>
        !/^(package\.json|README\.md|LICENSE|dist\/((index|edge|core|core-edge|asymmetric|asymmetric-edge|cli)\.js|(index|core|asymmetric)\.cjs|(express|fastify|hono|redis)\.c?js|jwt(-pk)?\.wasm|jwt(-pk)?\.wat|types\/.+\.d\.ts|types-cjs\/(.+\.d\.ts|package\.json)))$/.test(file),
    )
    expect(unexpected).toEqual([])
    for (const file of ['LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/edge.js', 'dist/core.js', 'dist/core.cjs', 'dist/core-edge.js', 'dist/jwt.wasm', 'dist/jwt.wat', 'dist/types/index.d.ts', 'dist/types-cjs/index.d.ts', 'dist/types/core.d.ts']) {
      expect(files).toContain(file)
    }
    // The edge entries' imported module and the bytes the default entries embed are the same module.
    for (const entry of ['dist/index.js', 'dist/core.js']) {
      const embedded = /"(0061736d[0-9a-f]+)"/.exec(readFileSync(join(packed.pkg, entry), 'utf8'))?.[1]
      expect(Buffer.from(embedded ?? '', 'hex').equals(readFileSync(join(packed.pkg, 'dist/jwt.wasm'))), entry).toBe(true)
    }
    for (const file of ['dist/asymmetric.js', 'dist/asymmetric.cjs', 'dist/asymmetric-edge.js', 'dist/jwt-pk.wasm', 'dist/jwt-pk.wat', 'dist/types/asymmetric.d.ts', 'dist/types-cjs/asymmetric.d.ts']) {
      expect(files).toContain(file)
    }
    // Each entry carries exactly one module: the HS one, or (jwt-wasm/asymmetric) the asymmetric one.
    const hs = readFileSync(join(packed.pkg, 'dist/jwt.wasm')).toString('hex')
    const pk = readFileSync(join(packed.pkg, 'dist/jwt-pk.wasm')).toString('hex')
    for (const entry of ['dist/asymmetric.js', 'dist/asymmetric.cjs']) {
      const embedded = /"(0061736d[0-9a-f]+)"/.exec(readFileSync(join(packed.pkg, entry), 'utf8'))?.[1]
      expect([entry, embedded === pk]).toEqual([entry, true])
    }
    for (const entry of ['dist/index.js', 'dist/index.cjs', 'dist/edge.js', 'dist/core.js', 'dist/core.cjs', 'dist/core-edge.js', 'dist/asymmetric.js', 'dist/asymmetric.cjs', 'dist/asymmetric-edge.js']) {
      const code = readFileSync(join(packed.pkg, entry), 'utf8')
      expect([entry, code.includes(hs), code.includes(pk)]).toEqual([entry, /(index|core)\.c?js$/.test(entry), /asymmetric\.c?js$/.test(entry)])
    }
    const manifest = JSON.parse(readFileSync(join(packed.pkg, 'package.json'), 'utf8'))
    expect(manifest.sideEffects).toBe(false)
    expect(manifest.dependencies ?? {}).toEqual({})
  })

  test('every entry, ESM and CommonJS, exports the names of src/api.ts', async () => {
    const api = await esmExports(join(ROOT, 'src/api.ts'))
    expect(api).toContain('JWT')
    for (const entry of ENTRIES) expect([entry, await esmExports(join(packed.pkg, entry))]).toEqual([entry, api])
    const esm = await import(pathToFileURL(join(packed.pkg, 'dist/index.js')).href)
    expect(Object.keys(esm).sort()).toEqual(api)
    const cjs = createRequire(join(packed.dir, 'package.json'))('jwt-wasm')
    expect(Object.keys(cjs).sort()).toEqual(api)
  })

  test('jwt-wasm/core, ESM and CommonJS, exports the names of src/api-core.ts, and no HTTP code', async () => {
    const api = await esmExports(join(ROOT, 'src/api-core.ts'))
    expect(api).toEqual(['ERROR_MESSAGES', 'JWT', 'JWTError', 'decodeUnverified'])
    for (const entry of CORE_ENTRIES) {
      expect([entry, await esmExports(join(packed.pkg, entry))]).toEqual([entry, api])
      // The cookie package and the guards' headers: none of it may reach a token-only bundle.
      expect([entry, /set-cookie|www-authenticate|parseCookie|csrf_access_token/i.test(readFileSync(join(packed.pkg, entry), 'utf8'))]).toEqual([entry, false])
    }
    const cjs = createRequire(join(packed.dir, 'package.json'))('jwt-wasm/core')
    expect(Object.keys(cjs).sort()).toEqual(api)
  })

  test('jwt-wasm/asymmetric, ESM and CommonJS, exports the names of src/api-asymmetric.ts, with the main entry\'s JWTError', async () => {
    const api = await esmExports(join(ROOT, 'src/api-asymmetric.ts'))
    expect(api).toEqual(['ERROR_MESSAGES', 'JWTError', 'JWTVerifier', 'KeySet', 'RemoteKeySet'])
    for (const entry of ['dist/asymmetric.js', 'dist/asymmetric-edge.js']) expect([entry, await esmExports(join(packed.pkg, entry))]).toEqual([entry, api])
    const require = createRequire(join(packed.dir, 'package.json'))
    expect(Object.keys(require('jwt-wasm/asymmetric')).sort()).toEqual(api)
    expect(require('jwt-wasm/asymmetric').JWTError).toBe(require('jwt-wasm').JWTError)
    expect(readFileSync(join(packed.pkg, 'dist/asymmetric-edge.js'), 'utf8')).toMatch(/^import \w+ from "\.\/jwt-pk\.wasm\?module";$/m)
  })

  test('no top-level await anywhere, no import.meta anywhere, and the edge entry imports the shipped wasm', async () => {
    for (const entry of [...ENTRIES, ...CORE_ENTRIES, 'dist/asymmetric.js', 'dist/asymmetric-edge.js', 'dist/express.js', 'dist/fastify.js', 'dist/hono.js', 'dist/redis.js']) {
      const code = readFileSync(join(packed.pkg, entry), 'utf8')
      expect([entry, code.includes('import.meta')]).toEqual([entry, false])
      // The CommonJS output format has no top-level await, so this fails if there is one.
      await expect(transform(code, { format: 'cjs', logLevel: 'silent' })).resolves.toBeTruthy()
    }
    expect(readFileSync(join(packed.pkg, 'dist/edge.js'), 'utf8')).toMatch(/^import \w+ from "\.\/jwt\.wasm\?module";$/m)
    expect(readFileSync(join(packed.pkg, 'dist/index.js'), 'utf8')).not.toMatch(/\.wasm["']/)
  })

  test('the adapters (jwt-wasm/express, /fastify, /hono) reach the core by the package name, so they share it', async () => {
    for (const name of ['express', 'fastify', 'hono']) {
      for (const file of [`dist/${name}.js`, `dist/${name}.cjs`]) {
        const code = readFileSync(join(packed.pkg, file), 'utf8')
        expect([file, /from "jwt-wasm"|require\("jwt-wasm"\)/.test(code), /WASM_HEX|class JWT\b/.test(code)]).toEqual([file, true, false])
      }
    }
    // The Express adapter imports Express's types only, so it loads without Express installed.
    const express = await import(pathToFileURL(join(packed.pkg, 'dist/express.js')).href)
    expect(typeof express.jwtRequired).toBe('function')
  })

  test('jwt-wasm/redis, ESM and CommonJS: RedisStore with no wasm and no Redis client inside', async () => {
    for (const file of ['dist/redis.js', 'dist/redis.cjs']) {
      const code = readFileSync(join(packed.pkg, file), 'utf8')
      expect([file, /WASM_HEX|0061736d|class JWT\b/.test(code), /(from|require\()\s*["'](redis|ioredis|iovalkey|@redis\/client)["']/.test(code)]).toEqual([file, false, false])
    }
    const esm = await import(pathToFileURL(join(packed.pkg, 'dist/redis.js')).href)
    const cjs = createRequire(join(packed.dir, 'package.json'))('jwt-wasm/redis')
    for (const mod of [esm, cjs]) expect(Object.keys(mod).filter((k) => k !== 'default' && k !== '__esModule').sort()).toEqual(['RedisStore', 'ioredisCommands', 'nodeRedisCommands'])
    expect(() => new esm.RedisStore({ client: {} })).toThrow(/RedisStore option client/)
  })

  test('"sideEffects": false does not lose the loader: a minified, tree-shaken bundle still works', async () => {
    // Each entry is one file, so a bundler that drops side-effect-free modules cannot
    // separate an entry's provideModule() call from the code it configures.
    const result = await build({
      entryPoints: [join(packed.dir, 'suite/run.mjs')],
      bundle: true, minify: true, treeShaking: true, write: false, format: 'esm', platform: 'node', target: 'node20', logLevel: 'silent',
    })
    const out = join(packed.dir, 'bundled-suite.mjs')
    writeFileSync(out, result.outputFiles[0].text)
    const smoke = await runSmoke(process.execPath, [out, JSON.stringify(await joseVectors())], packed.dir)
    expect(smoke.failed).toEqual([])
    expect(smoke.passed).toEqual(SMOKE_TESTS)
  })
})
