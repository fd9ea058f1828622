// The string pump (assembly/strings.wat) for the entries that compile wasm from bytes. It
// links only where the runtime provides the JS String Builtins; anywhere else (or where
// compiling is refused) there is none, and text crosses through TextEncoder/TextDecoder.
import { STRINGS_WASM_HEX } from './strings-bytes.generated.js'
import { hexBytes } from './compile.js'

/** Its exports: StringPump in src/util/wasm-text.ts (runtime/ imports no other layer). */
interface Pump {
  put(text: string, at: number): number
  get(at: number, length: number): string | null
}

/** The pump over the HS module's memory, or undefined where it does not link. */
export function stringPump(memory: WebAssembly.Memory): Pump | undefined {
  try {
    // The second argument is WebAssembly's compile options (JS String Builtins); runtimes
    // without them ignore it, and the module's wasm:js-string imports then do not link.
    const module = new (WebAssembly.Module as new (bytes: BufferSource, options: object) => WebAssembly.Module)(hexBytes(STRINGS_WASM_HEX), { builtins: ['js-string'] })
    return new WebAssembly.Instance(module, { jwt: { memory } }).exports as unknown as Pump
  } catch {
    return undefined
  }
}
