// The layer rule of docs/design.md, checked on every import in src/ (values and types alike,
// read by the TypeScript compiler): each import points down the stack, and no cycle exists.
//
//   util, errors  <-  wasm  <-  token  <-  sessions  <-  http  <-  jwt.ts  <-  api*.ts  <-  entries
//   runtime/ is reached only from the entries; adapters/ reach the core only through api.ts
//   (which the build rewrites to the package name); pk/ and wasm-pk/ sit beside token/.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, test } from 'vitest'

const SRC = new URL('../../src/', import.meta.url).pathname

/** A file's layer: its folder, or its own name for the top-level files. */
function layerOf(file: string): string {
  const [first, second] = file.split('/')
  if (second !== undefined) return first!
  return file.replace(/\.ts$/, '')
}

// Each layer and what it may import (besides itself). Entries are the files that name a loader.
const ENTRIES = ['index', 'edge', 'core', 'core-edge']
const ALLOWED: Record<string, readonly string[]> = {
  errors: [],
  util: [],
  wasm: ['errors', 'util'],
  runtime: [],
  token: ['errors', 'util', 'wasm'],
  sessions: ['errors', 'util', 'wasm', 'token'],
  http: ['errors', 'util', 'token', 'sessions'],
  jwt: ['errors', 'util', 'token', 'sessions', 'http'],
  'api-core': ['errors', 'token'],
  api: ['errors', 'token', 'sessions', 'http', 'jwt'],
  adapters: ['api'],
  // jwt-wasm/redis: its own entry over the session store, no wasm, no loader.
  redis: ['sessions'],
  cli: ['api-core'],
  'wasm-pk': ['errors', 'util', 'runtime'],
  pk: ['errors', 'util', 'wasm-pk', 'token'],
  'api-asymmetric': ['errors', 'token', 'pk'],
  asymmetric: ['wasm-pk', 'runtime', 'api-asymmetric'],
  'asymmetric-edge': ['wasm-pk', 'runtime', 'api-asymmetric'],
  ...Object.fromEntries(ENTRIES.map((entry) => [entry, ['wasm', 'runtime', entry.startsWith('core') ? 'api-core' : 'api']])),
}

function sources(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.generated.ts'))
}

/** Every relative import and re-export of a file, as repository paths under src/. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(SRC, file), 'utf8'), true, true)
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(SRC, join(SRC, dirname(file), spec)).replace(/\.js$/, '.ts').replace(/\?module$/, ''))
}

const graph = new Map(sources().map((file) => [file, importsOf(file)]))

describe('src/ imports', () => {
  test('every file belongs to a known layer', () => {
    expect([...graph.keys()].filter((file) => !(layerOf(file) in ALLOWED))).toEqual([])
  })

  test('every import points down the layers', () => {
    const wrong: string[] = []
    for (const [file, imports] of graph) {
      const from = layerOf(file)
      for (const target of imports) {
        if (target.startsWith('..') || target.endsWith('.wasm')) continue
        const to = layerOf(target)
        if (to !== from && !ALLOWED[from]?.includes(to)) wrong.push(`${file} -> ${target}`)
      }
    }
    expect(wrong).toEqual([])
  })

  test('no import cycle', () => {
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' -> '))
        return
      }
      state.set(file, 'open')
      for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next, [...path, file])
      state.set(file, 'done')
    }
    for (const file of graph.keys()) visit(file, [])
    expect(cycles).toEqual([])
  })

  test('the checks can fail: the old back edge would be caught', () => {
    const from = layerOf('token/jwt-base.ts')
    expect(ALLOWED[from]!.includes(layerOf('http/guards.ts'))).toBe(false)
  })
})
