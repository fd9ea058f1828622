// The jwt-wasm/core entry on workerd and edge-light, which refuse to compile wasm from bytes:
// the module arrives precompiled through an import of jwt.wasm?module. The export list lives
// in api-core.ts.
import { provideModule } from './wasm/abi.js'
import { edgeModule } from './runtime/edge.js'

provideModule(edgeModule)

export * from './api-core.js'
