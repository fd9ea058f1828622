// The asymmetric module's default loader: its bytes travel inside the JavaScript of the
// jwt-wasm/asymmetric entry (Node, browsers, Deno, Bun), and only there.
import { PK_WASM_HEX } from './pk-bytes.generated.js'
import { compile, hexBytes } from './compile.js'

export function embeddedPkModule(): WebAssembly.Module {
  return compile(hexBytes(PK_WASM_HEX))
}
