// How ASCII text crosses a module's boundary (the HS module's, and the asymmetric module's),
// for the entries that compile wasm from bytes: the string pump (assembly/strings.wat), which links only where the runtime has the
// JS String Builtins; else Node's Buffer, whose latin1Slice reads without the subarray and
// the UTF-8 decoding of TextDecoder (verify+decode about 9% less on Node 20,
// bench/quick.mjs). Anywhere else text crosses through TextEncoder/TextDecoder.
import { STRINGS_WASM_HEX } from './strings-bytes.generated.js'
import { hexBytes } from './compile.js'

/** StringPump in src/util/wasm-text.ts (runtime/ imports no other layer). */
interface Pump {
  put?(text: string, at: number): number
  get(at: number, length: number): string | null
}

/** The pump over a module's memory, or undefined where there is none. */
export function stringPump(memory: WebAssembly.Memory): Pump | undefined {
  try {
    // The second argument is WebAssembly's compile options (JS String Builtins); runtimes
    // without them ignore it, and the module's wasm:js-string imports then do not link.
    const module = new (WebAssembly.Module as new (bytes: BufferSource, options: object) => WebAssembly.Module)(hexBytes(STRINGS_WASM_HEX), { builtins: ['js-string'] })
    return new WebAssembly.Instance(module, { jwt: { memory } }).exports as unknown as Pump
  } catch {
    const bytes = (globalThis as { Buffer?: { from?(buffer: ArrayBuffer): { latin1Slice?(start: number, end: number): string } } }).Buffer?.from?.(memory.buffer)
    return bytes?.latin1Slice && { get: (at, length) => bytes.latin1Slice!(at, at + length) }
  }
}
