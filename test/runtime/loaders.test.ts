// The loaders in src/runtime/: the embedded module, the imported one, and the errors that
// name the fix when a runtime refuses to compile bytes. (The real refusals, in Chromium
// under a CSP, workerd and edge-runtime, are in test/runtimes/.)
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { compile, CSP_FIX, EDGE_FIX } from '../../src/runtime/compile.js'
import { embeddedModule } from '../../src/runtime/embedded.js'
import { importedModule } from '../../src/runtime/imported.js'

const bytes = new Uint8Array(readFileSync(new URL('../../build/jwt.wasm', import.meta.url)))
const exportsOf = (module: WebAssembly.Module) => WebAssembly.Module.exports(module).map((e) => e.name)

afterEach(() => {
  vi.restoreAllMocks()
})

describe('embeddedModule', () => {
  test('decodes the embedded bytes into the built module', () => {
    expect(exportsOf(embeddedModule())).toEqual(exportsOf(new WebAssembly.Module(bytes)))
  })
})

describe('importedModule', () => {
  test('hands over a WebAssembly.Module as it is', () => {
    const module = new WebAssembly.Module(bytes)
    expect(importedModule(module, './jwt.wasm?module')()).toBe(module)
  })

  test('compiles bytes, from an ArrayBuffer or a view', () => {
    expect(exportsOf(importedModule(bytes.slice().buffer, 'x')())).toContain('verify')
    expect(exportsOf(importedModule(new Uint8Array([0, ...bytes]).subarray(1), 'x')())).toContain('verify')
  })

  test('anything else is a TypeError naming the specifier and the fix, on first use only', () => {
    const load = importedModule('/assets/jwt.wasm', './jwt.wasm?module')
    expect(load).toThrow(TypeError)
    expect(load).toThrow(/import of '\.\/jwt\.wasm\?module' did not give a WebAssembly\.Module \(got string\)\. Configure the bundler/)
  })
})

describe('compile', () => {
  const refuse = (message: string) =>
    vi.spyOn(WebAssembly, 'Module').mockImplementation(function () {
      throw new WebAssembly.CompileError(message)
    } as never)

  test("a Content-Security-Policy refusal names 'wasm-unsafe-eval'", () => {
    refuse("WebAssembly.Module(): Refused to compile or instantiate WebAssembly module because 'unsafe-eval' is not an allowed source of script")
    expect(() => compile(bytes)).toThrow(`jwt-wasm could not compile its WebAssembly module: ${CSP_FIX}`)
  })

  test('an embedder refusal (workerd, Vercel) names the edge conditions', () => {
    refuse('WebAssembly.Module(): Wasm code generation disallowed by embedder')
    expect(() => compile(bytes)).toThrow(`jwt-wasm could not compile its WebAssembly module: ${EDGE_FIX}`)
  })

  test('the original error is kept as the cause; other errors pass through unchanged', () => {
    refuse('Wasm code generation disallowed by embedder')
    const error = (() => {
      try {
        compile(bytes)
      } catch (e) {
        return e as Error
      }
    })()
    expect(error?.cause).toBeInstanceOf(WebAssembly.CompileError)
    vi.restoreAllMocks()
    expect(() => compile(new Uint8Array([1, 2, 3]))).toThrow(WebAssembly.CompileError)
  })
})
