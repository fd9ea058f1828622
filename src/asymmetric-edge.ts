// The jwt-wasm/asymmetric entry under the "workerd" and "edge-light" conditions: the module
// arrives precompiled through an import of jwt-pk.wasm?module (see edge.ts).
import { providePkModule } from './wasm-pk/abi.js'
import { edgePkModule } from './runtime/pk-edge.js'

providePkModule(edgePkModule)

export * from './api-asymmetric.js'
