// The inspector page in real headless Chromium (Debian's /usr/bin/chromium through
// playwright-core, launched as test/runtimes does), served by `node examples/demo.mjs`
// exactly as `npm start` serves it, against the built package (dist/). Screenshots go to
// .tmp/artifacts/ (git-ignored); UPDATE_DOCS_SCREENSHOT=1 also writes docs/inspector.png.
import { createHmac } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDemo, stopDemo, type Demo } from '../helpers/demo-server.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
const available = existsSync(CHROMIUM)
if (!available && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing and CI=true: install it (apt-get install -y chromium)`)

const SECRET = 'inspector-test-secret-0123456789'
const ARTIFACTS = join(ROOT, '.tmp/artifacts')
const EXPECTED_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

let demo: Demo | undefined
let url = ''
let browser: Browser
let context: BrowserContext
let page: Page
let first: Response
const requests: { url: string; headers: Record<string, string>; body: string | null }[] = []
const problems: string[] = []

beforeAll(async () => {
  if (!available) return
  demo = await startDemo({ JWT_SECRET: SECRET })
  url = demo.url
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS })
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  context.on('request', async (request) => {
    requests.push({ url: request.url(), headers: await request.allHeaders(), body: request.postData() })
  })
  // Runs before the page's own scripts; CSP does not apply to it.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => ((window as any).__violations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  page = await context.newPage()
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`))
  first = (await page.goto(`${url}/`))!
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 })
})

afterAll(async () => {
  await browser?.close()
  await stopDemo(demo)
})

/** A token from exact header and payload, signed by node:crypto. */
function signRaw(header: string, payload: string, secret = SECRET): string {
  const input = `${Buffer.from(header).toString('base64url')}.${Buffer.from(payload).toString('base64url')}`
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`
}
const now = () => Math.floor(Date.now() / 1000)
const text = (selector: string) => page.locator(selector).innerText()
const warnings = async () => (await page.locator('#warnings li').allInnerTexts()).join('\n')

/** A fresh load of the page (cookies stay: they belong to the browser context). */
async function reopen() {
  await page.goto(`${url}/`)
  await page.waitForSelector('html[data-ready="true"]')
}

async function paste(token: string) {
  await page.fill('#token', token)
}

describe.skipIf(!available)('the inspector page', () => {
  it('loads under the strict CSP from this origin only, with no inline script or style and no violation', async () => {
    expect(first.status()).toBe(200)
    expect(first.headers()['content-security-policy']).toBe(EXPECTED_CSP)
    const origin = new URL(url).origin
    expect(requests.map((r) => new URL(r.url).origin).filter((o) => o !== origin)).toEqual([])
    const paths = new Set(requests.map((r) => new URL(r.url).pathname))
    const files = ['/', '/inspector/analyze.js', '/inspector/dom.js', '/inspector/flow.js', '/inspector/inspector.css', '/inspector/inspector.js', '/jwt-wasm/browser.js']
    expect([...paths].filter((p) => !files.includes(p) && p !== '/inspector/favicon.svg')).toEqual([])
    for (const path of files) expect(paths).toContain(path)
    const html = readFileSync(join(ROOT, 'examples/inspector/index.html'), 'utf8')
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i)
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
    expect(await page.evaluate(() => (window as any).__violations ?? [])).toEqual([])
    expect(problems).toEqual([])
  })

  it('reads a pasted demo token: header, claims, times, type, fresh, kid, jti', async () => {
    const login = await fetch(`${url}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'demo', password: 'demo-password' }) })
    const { access_token: token } = (await login.json()) as { access_token: string }
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString())
    const before = requests.length
    await paste(token)
    expect(JSON.parse(await text('#claims'))).toEqual(claims)
    expect(JSON.parse(await text('#header'))).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(await text('#summary')).toMatch(/^Decoded, NOT verified/)
    const facts = Object.fromEntries(await page.locator('#facts dt').evaluateAll((dts) => dts.map((dt) => [dt.textContent, dt.nextElementSibling!.textContent])))
    expect(facts).toMatchObject({ alg: 'HS256', type: 'access', fresh: 'true', sub: 'demo', kid: '—', jti: claims.jti })
    const exp = await page.locator('#times tr[data-claim="exp"] td').allInnerTexts()
    expect(exp[1]).toMatch(/^expires in 1[45] min$/)
    expect(await page.locator('#times tr[data-claim="exp"] time').getAttribute('datetime')).toBe(new Date(claims.exp * 1000).toISOString())
    expect(exp[0]).toBe(await page.evaluate((s) => new Date(s * 1000).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'long' }), claims.exp))
    expect(await page.locator('#times tr[data-claim="iat"] td').last().innerText()).toMatch(/^issued \d+ s ago$/)
    expect(await warnings()).toMatch(/^None/)
    expect(requests.length).toBe(before)
  })

  it('verifies in wasm with the right secret, refuses a wrong one, with the network cut', async () => {
    const token = signRaw('{"alg":"HS256","typ":"JWT"}', JSON.stringify({ sub: 'alice', exp: now() + 600, role: 'admin' }))
    const before = requests.length
    await context.setOffline(true)
    try {
      await paste(token)
      await page.fill('#secret', SECRET)
      expect(await text('#verdict')).toBe('Verified with HS256: the signature matches and the claims hold now (identity "alice").')
      await page.fill('#secret', 'a-wrong-secret-of-enough-length')
      expect(await text('#verdict')).toMatch(/^INVALID_SIGNATURE: Invalid token signature\. The signature does not match/)
      await page.fill('#secret', 'short')
      expect(await text('#verdict')).toBe('Cannot verify with this secret: Secret key must be at least 16 characters.')
      await page.fill('#secret', SECRET)
      await page.selectOption('#alg', 'HS512')
      expect(await text('#verdict')).toMatch(/^ALGORITHM_MISMATCH: Invalid token algorithm\./)
      await page.selectOption('#alg', 'HS256')
      await paste(signRaw('{"alg":"HS256","typ":"JWT"}', JSON.stringify({ sub: 'a', exp: now() - 5 })))
      expect(await text('#verdict')).toMatch(/^EXPIRED: Token has expired\./)
      await paste(signRaw('{"alg":"HS256","typ":"JWT"}', JSON.stringify({ sub: 'a', exp: now() + 60, aud: 'api' })))
      expect(await text('#verdict')).toMatch(/^INVALID_AUDIENCE: /)
      await page.fill('#audience', 'web, api')
      expect(await text('#verdict')).toMatch(/^Verified with HS256/)
      await page.fill('#audience', '')
    } finally {
      await context.setOffline(false)
    }
    expect(requests.length).toBe(before)
  })

  it.each([
    ['expired', { sub: 'a', exp: -3 * 3600 - 20 }, '{"alg":"HS256","typ":"JWT"}', /Refused: Expired 3 h ago/],
    ['not yet valid', { sub: 'a', exp: 7200, nbf: 1800 + 20 }, '{"alg":"HS256","typ":"JWT"}', /Warning: Not yet valid: valid in 30 min/],
    ['no exp', { sub: 'a' }, '{"alg":"HS256","typ":"JWT"}', /Refused: No exp: the token never expires/],
    ['alg not HS*', { sub: 'a', exp: 60 }, '{"alg":"RS256","typ":"JWT","kid":"k1"}', /alg is "RS256", not HS256, HS384 or HS512[\s\S]*Note: kid "k1" names a key/],
    ['alg none', { sub: 'a', exp: 60 }, '{"alg":"none"}', /alg is "none": an unsigned token/],
    ['duplicate names', '{"sub":"alice","exp":EXP,"sub":"admin"}', '{"alg":"HS256","typ":"JWT"}', /The payload has the name "sub" twice\. JSON\.parse keeps the last value and other parsers the first/],
    ['duplicate names, escaped and nested', '{"org":{"id":1,"\\u0069d":2},"exp":EXP}', '{"alg":"HS256","typ":"JWT"}', /the name "org\.id" twice/],
  ])('says in words why: %s', async (_, claims, header, expected) => {
    const payload = typeof claims === 'string' ? claims.replace('EXP', String(now() + 60)) : JSON.stringify(Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, typeof v === 'number' ? now() + v : v])))
    await paste(signRaw(header, payload))
    expect(await warnings()).toMatch(expected)
  })

  it('says why a non-canonical encoding is refused: padding, base64 characters, non-zero trailing bits', async () => {
    const token = signRaw('{"alg":"HS256","typ":"JWT"}', JSON.stringify({ sub: 'a', exp: now() + 60 }))
    const [h, p, s] = token.split('.') as [string, string, string]
    const padded = `${h}${'='.repeat((4 - (h.length % 4)) % 4) || '=='}.${p}.${s}`
    await paste(`${h}==.${p}.${s}`)
    expect(await warnings()).toMatch(/The header ends in = padding[\s\S]*jwt-wasm accepts exactly one spelling per token/)
    expect(padded).toBeTruthy()
    // The signature of HS256 is 32 bytes: 43 characters whose last carries 2 unused bits.
    const last = s.at(-1)!
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const twin = alphabet[alphabet.indexOf(last) ^ 1]!
    await paste(`${h}.${p}.${s.slice(0, -1)}${twin}`)
    expect(await warnings()).toMatch(/The signature is not in canonical form: its last character has unused bits that are not zero/)
    await page.fill('#secret', SECRET)
    expect(await text('#verdict')).toMatch(/^MALFORMED: Invalid token format/)
    await paste(`${h}.${p.replaceAll('-', '+').replaceAll('_', '/')}x+.${s}`)
    expect(await text('#summary')).toMatch(/Cannot read|Decoded/)
  })

  it('sends no request carrying the token or the secret, and stores nothing', async () => {
    const pasted = signRaw('{"alg":"HS256","typ":"JWT"}', JSON.stringify({ sub: 'carol', exp: now() + 600 }))
    await paste(pasted)
    await page.fill('#secret', SECRET)
    await page.waitForTimeout(300)
    for (const request of requests) {
      const seen = `${request.url}\n${JSON.stringify(request.headers)}\n${request.body ?? ''}`
      expect(seen).not.toContain(SECRET)
      expect(seen).not.toContain(pasted.split('.')[2])
      expect(seen).not.toContain(pasted.split('.')[1])
    }
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      cookie: document.cookie,
    }))
    expect(stored).toMatchObject({ local: 0, session: 0, databases: 0, caches: 0 })
    expect(stored.cookie).not.toContain(pasted.split('.')[1])
  })

  it('drives the demo API’s cookie flow, CSRF refusal included', async () => {
    await reopen()
    const step = async (name: string) => {
      const before = await page.locator('#log > li').count()
      await page.click(`[data-step="${name}"]`)
      await page.waitForFunction((n) => document.querySelectorAll('#log > li[data-status]').length > n, before)
      const first = page.locator('#log > li').first()
      return { status: Number(await first.getAttribute('data-status')), text: await first.innerText() }
    }
    const csrfHeaders = () => requests.filter((r) => r.url.endsWith('/refresh')).map((r) => r.headers['x-csrf-token'])

    expect(await text('#cookies')).toMatch(/^None/)
    expect(await step('protected')).toMatchObject({ status: 401, text: expect.stringContaining('MISSING_TOKEN') })
    const login = await step('login')
    expect(login.status).toBe(200)
    expect(login.text).toContain('"login": true')
    const cookies = await text('#cookies')
    expect(cookies).toMatch(/csrf_access_token = [\w-]+…/)
    expect(cookies).toMatch(/access_token_cookie: HttpOnly, so no script \(this page included\) can read it/)
    expect(cookies).toMatch(/refresh_token_cookie: HttpOnly/)
    const jar = await page.evaluate(() => document.cookie)
    expect(jar).toContain('csrf_refresh_token=')
    expect(jar).not.toContain('access_token_cookie')

    expect(await step('protected')).toMatchObject({ status: 200, text: expect.stringContaining('"user": "demo"') })
    expect(await step('fresh')).toMatchObject({ status: 200, text: expect.stringContaining('password changed') })
    const refused = await step('refresh-no-csrf')
    expect(refused.status).toBe(401)
    expect(refused.text).toContain('"code": "CSRF_FAILED"')
    expect(refused.text).toContain('no X-CSRF-TOKEN header, on purpose')
    const refreshed = await step('refresh')
    expect(refreshed.status).toBe(200)
    const csrfCookie = /csrf_refresh_token=([^;]+)/.exec(jar)![1]
    expect(csrfHeaders().slice(-2)).toEqual([undefined, csrfCookie])
    expect(await step('fresh')).toMatchObject({ status: 401, text: expect.stringContaining('FRESH_REQUIRED') })
    expect(await step('protected')).toMatchObject({ status: 200 })

    // The refreshed access token goes to the left panel with one click.
    await page.locator('#log > li').nth(2).getByRole('button', { name: 'Inspect access_token' }).click()
    expect(JSON.parse(await text('#claims'))).toMatchObject({ sub: 'demo', type: 'access', fresh: false })

    expect(await step('logout')).toMatchObject({ status: 200, text: expect.stringContaining('"logout": true') })
    expect(await text('#cookies')).toMatch(/^None/)
    expect(await page.evaluate(() => document.cookie)).toBe('')
    expect(await step('protected')).toMatchObject({ status: 401, text: expect.stringContaining('MISSING_TOKEN') })
    expect(problems.filter((p) => !/status of 40[15]/.test(p))).toEqual([])
  })

  it('is usable by keyboard, labelled, with visible focus and readable contrast', async () => {
    const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, textarea, select')].filter((e) => (e as HTMLInputElement).labels?.length === 0).map((e) => e.id))
    expect(unlabelled).toEqual([])
    await reopen()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the inspector')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('token')
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle + ' ' + getComputedStyle(document.activeElement!).outlineWidth)
    expect(outline).toBe('solid 3px')
    await page.keyboard.type(signRaw('{"alg":"HS256","typ":"JWT"}', JSON.stringify({ sub: 'kbd', exp: now() - 60 })))
    expect(await warnings()).toMatch(/Expired 1 min ago/)
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'secret'; i++) await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('secret')
    await page.keyboard.type(SECRET)
    expect(await text('#verdict')).toMatch(/^EXPIRED/)
    // Reach a demo button by keyboard and press it with Enter.
    for (let i = 0; i < 30 && (await page.evaluate(() => (document.activeElement as HTMLElement)?.dataset.step)) !== 'protected'; i++) await page.keyboard.press('Tab')
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid')
    await page.keyboard.press('Enter')
    await page.waitForSelector('#log > li[data-status]')

    // WCAG 2.1 contrast of every text-bearing element against its painted background.
    const low = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number)
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!)
      }
      const background = (e: Element | null): number[] => {
        for (; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor)
          if (c.length === 3 || c[3] === 1) return c
        }
        return [255, 255, 255]
      }
      const out: string[] = []
      for (const e of document.querySelectorAll('body *')) {
        const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim())
        if (!own || (e as HTMLElement).offsetParent === null) continue
        const [a, b] = [lum(rgb(getComputedStyle(e).color)), lum(background(e))]
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
        if (ratio < 4.5) out.push(`${e.tagName}.${e.className} ${ratio.toFixed(2)}`)
      }
      return out
    })
    expect(low).toEqual([])
  })

  it('fits 360 px and a desktop; screenshots of both', async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    await reopen()
    const login = await fetch(`${url}/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'demo', password: 'demo-password' }) })
    await paste(((await login.json()) as { access_token: string }).access_token)
    await page.fill('#secret', SECRET)
    for (const name of ['login', 'protected', 'refresh-no-csrf']) {
      const before = await page.locator('#log > li[data-status]').count()
      await page.click(`[data-step="${name}"]`)
      await page.waitForFunction((n) => document.querySelectorAll('#log > li[data-status]').length > n, before)
    }
    for (const [name, width] of [['desktop', 1280], ['narrow', 360]] as const) {
      await page.setViewportSize({ width, height: 900 })
      expect([name, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([name, width])
      await page.screenshot({ path: join(ARTIFACTS, `inspector-${name}.png`), fullPage: true })
    }
    const [left, right] = await page.locator('main > section').evaluateAll((s) => s.map((e) => e.getBoundingClientRect().left))
    expect(left).toBe(right) // stacked at 360 px
    await page.setViewportSize({ width: 1280, height: 900 })
    const [l2, r2] = await page.locator('main > section').evaluateAll((s) => s.map((e) => e.getBoundingClientRect().left))
    expect(r2).toBeGreaterThan(l2!) // side by side on a desktop
    // The docs get the first screenful only (a full page is several times the bytes).
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') await page.screenshot({ path: join(ROOT, 'docs/inspector.png') })
  })
})
