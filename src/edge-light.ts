// The Vercel Edge / Next.js edge-route entry (export condition "edge-light"). Vercel's
// edge runtime refuses to compile wasm from bytes, so the module arrives precompiled
// through an import of jwt.wasm?module. The export list lives in api.ts.
import { provideModule } from './wasm/abi.js'
import { edgeLightModule } from './runtime/edge-light.js'

provideModule(edgeLightModule)

export * from './api.js'
