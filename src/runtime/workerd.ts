// workerd (Cloudflare Workers, Wrangler, Miniflare): a `.wasm` import is a CompiledWasm
// module, i.e. a WebAssembly.Module. The path is rewritten to the shipped sibling
// './jwt.wasm' by scripts/build-js.mjs. No import.meta.url: workerd has none.
import wasm from '../../build/jwt.wasm'
import { importedModule } from './imported.js'

export const workerdModule = importedModule(wasm, './jwt.wasm')
