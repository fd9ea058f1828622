// The asymmetric module's default loader: its bytes travel inside the JavaScript of the
// jwt-wasm/asymmetric entry (Node, browsers, Deno, Bun), and only there.
import { PK_WASM_BASE64 } from './pk-bytes.generated.js'
import { compile } from './compile.js'

export function embeddedPkModule(): WebAssembly.Module {
  const text = atob(PK_WASM_BASE64)
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return compile(bytes)
}
