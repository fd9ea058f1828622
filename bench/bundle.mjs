// The apps whose bundles bench/footprint.mjs reports and test/bundles.test.ts budgets, and the
// one way both bundle them: minified esbuild output resolving jwt-wasm from the repo's dist/.
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

export const APPS = {
  core: `import { JWT } from 'jwt-wasm/core'
const jwt = new JWT({ secretKey: 'footprint-secret-0123456789abcdef' })
const token = jwt.createAccessToken('alice')
console.log(jwt.decodeToken(token), jwt.verifyToken(token))`,
  main: `import { JWT } from 'jwt-wasm'
const jwt = new JWT({ secretKey: 'footprint-secret-0123456789abcdef' })
const token = jwt.createAccessToken('alice')
console.log(jwt.decodeToken(token), jwt.verifyToken(token))`,
  guarded: `import { JWT } from 'jwt-wasm'
const jwt = new JWT({ secretKey: 'footprint-secret-0123456789abcdef' })
export default { fetch: jwt.required((request) => ({ identity: request.jwtIdentity })) }`,
  jose: `import { SignJWT, jwtVerify } from 'jose'
const key = new TextEncoder().encode('footprint-secret-0123456789abcdef')
const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('alice').setExpirationTime('15m').sign(key)
console.log(await jwtVerify(token, key))`,
}

/** Minified esbuild bundle of `code` (browser conditions unless told), as bytes. */
export async function bundle(code, conditions = ['browser']) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions,
    target: 'es2022',
    legalComments: 'none',
    external: ['*.wasm', '*.wasm?module'],
    // A git worktree's node_modules may be a symlink to another checkout's: resolve through
    // the link's own path so the bundle (module keys, part names) is a clone's byte for byte.
    preserveSymlinks: true,
    logLevel: 'silent',
  })
  return result.outputFiles[0].contents
}
