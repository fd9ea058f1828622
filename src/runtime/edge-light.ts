// Vercel Edge Functions and Next.js edge routes: Next's bundler gives a WebAssembly.Module
// for a `.wasm?module` import (plain `.wasm` would become async webpack wasm). The path
// is rewritten to the shipped sibling './jwt.wasm?module' by scripts/build-js.mjs.
import wasm from '../../build/jwt.wasm?module'
import { importedModule } from './imported.js'

export const edgeLightModule = importedModule(wasm, './jwt.wasm?module')
