// The edge entry (export conditions "workerd" and "edge-light": Cloudflare Workers, Vercel
// Edge, Next.js edge routes). Those runtimes refuse to compile wasm from bytes, so the
// module arrives precompiled through an import of jwt.wasm?module. The export list lives
// in api.ts.
import { provideModule } from './wasm/abi.js'
import { edgeModule } from './runtime/edge.js'

provideModule(edgeModule)

export * from './api.js'
