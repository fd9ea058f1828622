// The benchmark and footprint figures of docs/performance.md are generated (bench/readme.mjs,
// bench/footprint.mjs), never typed: these checks fail when they were edited by hand or went
// stale against the build. Fix by running the command named in the failure, not by editing
// the figures.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { describe, expect, test } from 'vitest'

const file = (path: string) => new URL(`../../${path}`, import.meta.url)
const read = (path: string) => readFileSync(file(path), 'utf8')

const DOC = 'docs/performance.md'

function block(name: string): string {
  const doc = read(DOC)
  const start = doc.indexOf(`<!-- ${name}:start`)
  const end = doc.indexOf(`<!-- ${name}:end -->`)
  expect(start, `${DOC} has a ${name} block`).toBeGreaterThan(0)
  expect(end).toBeGreaterThan(start)
  return doc.slice(doc.indexOf('-->', start) + 3, end).trim()
}

test('generated figures live only in docs/performance.md, where the README links', () => {
  expect(read('README.md')).not.toMatch(/<!-- \w[\w-]*:start/)
  expect(read('README.md')).toContain('](docs/performance.md)')
})

describe('benchmark figures (npm run bench writes them)', () => {
  const results = read('bench/RESULTS.md')

  test('come from the run in bench/RESULTS.md: its date, and every figure appears there', () => {
    const summary = block('bench')
    const date = /^- Date: (\d{4}-\d\d-\d\d)/m.exec(results)?.[1]
    expect(summary).toContain(`(${date})`)
    // The targets ("at most 0.15x", "a target of 1.2x") are issue 6's, not measurements.
    const figures = summary.replace(/(at most|a target of) [\d.]+x/g, '').match(/[-+]?\d+\.\d+x?/g) ?? []
    expect(figures.length).toBeGreaterThan(20)
    // Whole figures only: 1.63x must appear as 1.63x, not inside 11.63x or 1.634.
    const inResults = (figure: string) => new RegExp(`(^|[^\\d.])${figure.replace(/[.+]/g, '\\$&')}(?![\\d])`, 'm').test(results)
    expect(figures.filter((figure) => !inResults(figure))).toEqual([])
  })

  test('bench/RESULTS.md measured the engine that is built now (else: npm run bench)', () => {
    const measured = Number(/^- jwt-wasm engine: build\/jwt\.wasm, (\d+) bytes/m.exec(results)?.[1])
    expect(existsSync(file('build/jwt.wasm'))).toBe(true)
    expect(measured, 'bench/RESULTS.md is from another build of the engine: run npm run bench').toBe(statSync(file('build/jwt.wasm')).size)
  })
})

describe('footprint figures (npm run footprint writes them)', () => {
  test('match what bench/footprint.mjs prints for the current build', () => {
    expect(existsSync(file('dist/index.js')), 'dist/ is missing: run npm run build (npm test does)').toBe(true)
    const printed = execFileSync(process.execPath, [file('bench/footprint.mjs').pathname], { encoding: 'utf8' }).trim().split('\n').slice(1)
    const quoted = block('footprint').split('\n').slice(2, 2 + printed.length)
    expect(quoted, `${DOC} footprint block is stale: run npm run footprint`).toEqual(printed)
  })
})
