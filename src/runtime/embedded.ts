// The default loader: the module's bytes travel inside the JavaScript, so importing the
// package is the whole setup (no fetch, no file path, no await) in Node, browsers, Deno
// and Bun. Edges that forbid compiling wasm from bytes use imported.ts instead.
import { WASM_BASE64 } from './wasm-bytes.generated.js'
import { compile } from './compile.js'

export function embeddedModule(): WebAssembly.Module {
  const text = atob(WASM_BASE64)
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return compile(bytes)
}
