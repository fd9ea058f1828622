// The inspector page's files (examples/inspector/), served by `npm start` beside the demo
// API, under a strict Content-Security-Policy: scripts and styles from this origin only,
// no inline script or style, and WebAssembly compilation allowed ('wasm-unsafe-eval', which
// allows wasm only, not JavaScript eval). A fixed list of files: no path from the URL ever
// reaches the file system.
import { readFileSync } from 'node:fs'

const root = new URL('../', import.meta.url)
const page = new URL('inspector/', import.meta.url)

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The package's browser build, found the way a bundler finds it: the exports map's
 * `jwt-wasm/core` entry when there is one, else the main entry, under the browser and
 * import conditions. Nothing is built for the page beyond `npm run build`.
 */
function browserBuild() {
  const { exports } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'))
  const pick = (target) => {
    if (typeof target === 'string') return target
    for (const condition of ['browser', 'import', 'default']) if (target?.[condition] !== undefined) return pick(target[condition])
    throw new Error('package.json has no browser/import build for the inspector')
  }
  return new URL(pick(exports['./core'] ?? exports['.']), root)
}

const FILES = {
  '/': [new URL('index.html', page), 'text/html; charset=utf-8'],
  '/inspector/inspector.css': [new URL('inspector.css', page), 'text/css; charset=utf-8'],
  '/inspector/inspector.js': [new URL('inspector.js', page), 'text/javascript; charset=utf-8'],
  '/inspector/analyze.js': [new URL('analyze.js', page), 'text/javascript; charset=utf-8'],
  '/inspector/flow.js': [new URL('flow.js', page), 'text/javascript; charset=utf-8'],
  '/inspector/dom.js': [new URL('dom.js', page), 'text/javascript; charset=utf-8'],
  '/inspector/favicon.svg': [new URL('favicon.svg', page), 'image/svg+xml'],
  '/jwt-wasm/browser.js': [browserBuild, 'text/javascript; charset=utf-8'],
}

/** The page's files as a fetch handler: a Response for one of them, or null for anything else. */
export function serveInspector(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const file = FILES[new URL(request.url).pathname]
  if (!file) return null
  const [where, type] = file
  const body = readFileSync(typeof where === 'function' ? where() : where)
  return new Response(request.method === 'HEAD' ? null : body, {
    headers: {
      'content-type': type,
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cache-control': 'no-store',
    },
  })
}
