// The asymmetric module on edges that forbid compiling wasm from bytes (see edge.ts): an
// import their bundlers compile ahead of time, rewritten by scripts/build-js.mjs to the
// shipped sibling './jwt-pk.wasm?module'.
import wasm from '../../build/jwt-pk.wasm?module'
import { importedModule } from './imported.js'

export const edgePkModule = importedModule(wasm, './jwt-pk.wasm?module')
