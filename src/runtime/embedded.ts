// The default loader: the module's bytes travel inside the JavaScript, so importing the
// package is the whole setup (no fetch, no file path, no await) in Node, browsers, Deno
// and Bun. Edges that forbid compiling wasm from bytes use edge.ts (imported.ts) instead.
import { WASM_HEX } from './wasm-bytes.generated.js'
import { compile, hexBytes } from './compile.js'

export function embeddedModule(): WebAssembly.Module {
  return compile(hexBytes(WASM_HEX))
}
