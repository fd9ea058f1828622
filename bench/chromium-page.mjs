// What every Chromium bench does around its own page script: bundle it with esbuild, serve it
// from 127.0.0.1 (a secure context, so crypto.subtle exists), open it in headless Chromium
// with the runtime matrix's flags in a throwaway profile, wait for the page's ready flag, hand
// the page over, and clean everything up. Used by browser.bench.mjs, browser-profile.mjs,
// browser-quick.mjs and asymmetric-ab.mjs.
import { build } from 'esbuild'
import { createServer } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
// Cross-origin isolation gives performance.now() its finest resolution (5 us, not 100 us).
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }

/**
 * Runs `use(page, context)` on the bundled page once `window[ready]` is true; returns its result.
 * `esbuild`: the entry (entryPoints or stdin) and any other build options; `isolated: false`
 * serves the page without the cross-origin isolation headers.
 */
export async function withChromiumPage({ esbuild, ready, title = 'jwt-wasm bench', isolated = true }, use) {
  const bundle = await build({ bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'error', ...esbuild })
  const script = bundle.outputFiles[0].text
  const html = `<!doctype html><meta charset="utf-8"><title>${title}</title><script type="module" src="/page.js"></script>`
  const headers = isolated ? ISOLATED : {}
  const server = createServer((req, res) => {
    if (req.url === '/page.js') res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(script)
    else res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(html)
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const profile = mkdtempSync(join(tmpdir(), 'jwt-wasm-chromium-'))
  try {
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS })
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`))
      await page.goto(`http://127.0.0.1:${server.address().port}/`)
      await page.waitForFunction((flag) => window[flag] === true, ready, { timeout: 60_000 })
      return await use(page, context)
    } finally {
      await context.close()
    }
  } finally {
    server.close()
    rmSync(profile, { recursive: true, force: true })
  }
}
