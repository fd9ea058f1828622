// A fetch handler over the smoke suite, for the runtimes driven by requests from Node
// (workerd, edge-runtime): POST /smoke runs the suite with the vectors in the body; GET
// /guarded is a route behind jwt.required; GET /probe tries one token and reports the
// error, if any; GET /wasm-from-bytes says whether this runtime lets code compile wasm
// from bytes (the edges do not, which is why they have their own entries).
import { smoke } from './smoke.mjs'

export const GUARDED_SECRET = 'guarded-route-secret-0123456789abcdef'

export function createHandler(lib, core, asymmetric) {
  let guarded
  return async (request) => {
    const { pathname } = new URL(request.url)
    if (pathname === '/smoke') return Response.json(await smoke(lib, await request.json(), core, asymmetric))
    if (pathname === '/guarded') {
      guarded ??= new lib.JWT({ secretKey: GUARDED_SECRET }).required((req) => ({ identity: req.jwtIdentity }))
      return guarded(request)
    }
    if (pathname === '/probe') return Response.json(probe(lib))
    if (pathname === '/wasm-from-bytes') return Response.json({ allowed: canCompileBytes() })
    return new Response('not found', { status: 404 })
  }
}

export function probe(lib) {
  try {
    new lib.JWT({ secretKey: GUARDED_SECRET }).createAccessToken('alice')
    return { ok: true }
  } catch (error) {
    return { ok: false, message: String(error?.message ?? error) }
  }
}

function canCompileBytes() {
  try {
    new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))
    return true
  } catch {
    return false
  }
}
