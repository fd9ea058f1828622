// The layering the adapters promise, checked on the sources: the core imports no framework;
// each adapter imports only its own framework (types only, but for Hono's HTTPException
// class) and reaches the core only through ../api.js, the public surface (which the build
// turns into an import of 'jwt-wasm', so an adapter never carries a second core).
import { readdirSync, readFileSync } from 'node:fs'
import { expect, it } from 'vitest'

const src = new URL('../../src/', import.meta.url)
const FRAMEWORKS = /^(express|fastify|hono)(\/|$)/

function imports(file: string): { spec: string; typeOnly: boolean }[] {
  const text = readFileSync(new URL(file, src), 'utf8')
  return [...text.matchAll(/^(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]/gms)].map((m) => ({ spec: m[3]!, typeOnly: m[2] !== undefined }))
}

it('the core imports no framework', () => {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.startsWith('adapters'))
  expect(files.length).toBeGreaterThan(10)
  for (const file of files) {
    expect(imports(file).filter(({ spec }) => FRAMEWORKS.test(spec)), file).toEqual([])
  }
})

it.each([
  ['express', []],
  ['fastify', []],
  ['hono', ['hono/http-exception']],
])('src/adapters/%s.ts imports its framework’s types (values only: %j) and the core only through ../api.js', (name, values) => {
  const found = imports(`adapters/${name}.ts`)
  for (const { spec, typeOnly } of found) {
    if (spec.startsWith('.')) expect(spec).toBe('../api.js')
    else {
      expect(spec.split('/')[0]).toBe(name)
      if (!typeOnly) expect(values).toContain(spec)
    }
  }
  expect(found.some(({ spec }) => spec === '../api.js')).toBe(true)
})
