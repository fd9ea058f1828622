// Edges that forbid compiling wasm from bytes: their bundlers compile an imported .wasm
// file ahead of time. `?module` is the spelling both sides accept: Next.js and Vercel
// require it (plain `.wasm` would become async webpack wasm), and Wrangler's default
// rules treat `**/*.wasm` and `**/*.wasm?module` alike as CompiledWasm. The path is
// rewritten to the shipped sibling './jwt.wasm?module' by scripts/build-js.mjs. No
// import.meta.url: workerd has none.
import wasm from '../../build/jwt.wasm?module'
import { importedModule } from './imported.js'

export const edgeModule = importedModule(wasm, './jwt.wasm?module')
