// End to end: `node examples/demo.mjs` on an ephemeral port (PORT=0), as `npm start` runs
// it after the build, driven over real HTTP with a browser-like cookie jar. The demo
// imports 'jwt-wasm' (the package's own name), so this runs against dist/: build first.
import { execFileSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startDemo, stopDemo, type Demo } from '../helpers/demo-server.js'
import { CookieJar } from './helpers.js'

let demo: Demo
let child: ChildProcess
let url = ''
const output = () => demo.output()

beforeAll(async () => {
  demo = await startDemo()
  ;({ url, child } = demo)
})

afterAll(() => stopDemo(demo))

const jar = new CookieJar()

async function call(method: string, path: string, { csrf, json, bearer }: { csrf?: string; json?: unknown; bearer?: string } = {}) {
  const headers = new Headers()
  const cookie = jar.header(path)
  if (cookie) headers.set('cookie', cookie)
  if (csrf) headers.set('x-csrf-token', jar.get(csrf) ?? '')
  if (bearer) headers.set('authorization', `Bearer ${bearer}`)
  if (json !== undefined) headers.set('content-type', 'application/json')
  const response = await fetch(url + path, { method, headers, body: json === undefined ? undefined : JSON.stringify(json) })
  jar.absorb(response)
  return { status: response.status, body: await response.json(), challenge: response.headers.get('www-authenticate') }
}

it('prints the URL, the inspector, the demo user and a curl command for each step', () => {
  expect(output()).toContain(`Token inspector: open ${url}/ in a browser (the API's routes: ${url}/api)`)
  expect(output()).toContain('Demo user: demo / demo-password')
  expect(output()).toContain('Sessions: in memory (MemoryStore; set REDIS_URL to share them between processes)')
  for (const path of ['/login', '/protected', '/feed', '/refresh', '/change-password', '/logout', '/logout-all']) expect(output()).toContain(`${url}${path}`)
  expect(output()).toContain('X-CSRF-TOKEN: $(awk')
})

it('serves the inspector page at / under a strict CSP, and the route list at /api', async () => {
  const page = await fetch(`${url}/`)
  expect(page.status).toBe(200)
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
  expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval';/)
  expect(await page.text()).toContain('<title>jwt-wasm token inspector</title>')
  expect(await (await fetch(`${url}/api`)).json()).toEqual({ routes: ['POST /login', 'GET /protected', 'GET /feed', 'POST /refresh', 'POST /change-password', 'POST /logout', 'POST /logout-all', 'POST /revoke'] })
  // The browser build the page imports is the package's own, as built.
  const build = await fetch(`${url}/jwt-wasm/browser.js`)
  expect(build.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  expect(await build.text()).toMatch(/export \{[^}]*\bJWT\b/)
  expect((await fetch(`${url}/inspector/../package.json`)).status).toBe(404)
})

it('runs the seed’s whole flow over HTTP with cookies', async () => {
  expect(await call('GET', '/protected')).toEqual({ status: 401, body: { error: 'Missing JWT token', code: 'MISSING_TOKEN' }, challenge: 'Bearer' })
  expect((await call('POST', '/login', { json: { username: 'demo', password: 'nope' } })).status).toBe(401)
  expect(jar.size).toBe(0)

  const login = await call('POST', '/login', { json: { username: 'demo', password: 'demo-password' } })
  expect(login).toMatchObject({ status: 200, body: { login: true } })
  expect(jar.size).toBe(4)

  expect(await call('GET', '/protected')).toMatchObject({ status: 200, body: { user: 'demo', role: 'demo' } })
  expect(await call('GET', '/protected', { bearer: login.body.access_token })).toMatchObject({ status: 200, body: { user: 'demo' } })
  expect(await (await fetch(`${url}/feed`)).json()).toEqual({ feed: 'public' })
  expect(await call('GET', '/feed')).toMatchObject({ body: { feed: 'personalized for demo' } })

  // A fresh token from the login may change the password, with the CSRF header.
  expect(await call('POST', '/change-password')).toMatchObject({ status: 401, body: { code: 'CSRF_FAILED' } })
  expect(await call('POST', '/change-password', { csrf: 'csrf_access_token' })).toMatchObject({ status: 200, body: { status: 'password changed' } })

  // Refresh: the refresh cookie plus its own CSRF value.
  expect(await call('POST', '/refresh')).toMatchObject({ status: 401, body: { code: 'CSRF_FAILED' } })
  expect(await call('POST', '/refresh', { csrf: 'csrf_access_token' })).toMatchObject({ status: 401, body: { code: 'CSRF_FAILED' } })
  const before = jar.get('access_token_cookie')
  const oldRefresh = jar.get('refresh_token_cookie')!
  const refreshed = await call('POST', '/refresh', { csrf: 'csrf_refresh_token' })
  expect(refreshed.status).toBe(200)
  expect(jar.get('access_token_cookie')).toBe(refreshed.body.access_token)
  expect(jar.get('access_token_cookie')).not.toBe(before)
  // Sessions: the refresh token rotated too, and the first access token is still of the session.
  expect(jar.get('refresh_token_cookie')).toBe(refreshed.body.refresh_token)
  expect(jar.get('refresh_token_cookie')).not.toBe(oldRefresh)
  expect(await call('GET', '/protected', { bearer: before })).toMatchObject({ status: 200 })

  // The refreshed token is not fresh.
  expect(await call('POST', '/change-password', { csrf: 'csrf_access_token' })).toEqual({
    status: 401,
    body: { error: 'Fresh token required', code: 'FRESH_REQUIRED' },
    challenge: 'Bearer error="invalid_token", error_description="Fresh token required"',
  })
  expect(await call('GET', '/protected')).toMatchObject({ status: 200, body: { user: 'demo' } })

  // Logout is a state-changing request like any other: it needs the CSRF header with cookies.
  expect(await call('POST', '/logout')).toMatchObject({ status: 401, body: { code: 'CSRF_FAILED' } })
  const lastAccess = jar.get('access_token_cookie')!
  expect(await call('POST', '/logout', { csrf: 'csrf_access_token' })).toMatchObject({ status: 200, body: { logout: true } })
  expect(jar.size).toBe(0)
  expect(await call('GET', '/protected')).toMatchObject({ status: 401, body: { code: 'MISSING_TOKEN' } })
  // The session ended on the server: its tokens no longer work, even if kept elsewhere.
  expect(await call('GET', '/protected', { bearer: lastAccess })).toMatchObject({ status: 401, body: { code: 'REVOKED' } })
  expect(await call('GET', '/protected', { bearer: before })).toMatchObject({ status: 401, body: { code: 'REVOKED' } })
})

it('logs out everywhere: every session of the user ends, a new login works', async () => {
  const logins = []
  for (let i = 0; i < 2; i++) logins.push((await call('POST', '/login', { json: { username: 'demo', password: 'demo-password' } })).body)
  expect(await call('POST', '/logout-all', { bearer: logins[0].access_token })).toMatchObject({ status: 200, body: { logout: 'everywhere' } })
  for (const login of logins) {
    expect(await call('GET', '/protected', { bearer: login.access_token })).toMatchObject({ status: 401, body: { code: 'REVOKED' } })
    expect(await call('POST', '/refresh', { bearer: login.refresh_token })).toMatchObject({ status: 401, body: { code: 'REVOKED' } })
  }
  const again = (await call('POST', '/login', { json: { username: 'demo', password: 'demo-password' } })).body
  expect(await call('GET', '/protected', { bearer: again.access_token })).toMatchObject({ status: 200 })
  jar.absorb(new Headers()) // the logins above set cookies; the curl test starts from its own jar
})

// The printed commands, pasted as a newcomer would: each line through bash, in one
// directory (the jar.txt they share), checked against what its step says it does.
const hasCurl = (() => {
  try {
    execFileSync('curl', ['--version'], { stdio: 'ignore' })
    execFileSync('bash', ['-c', 'command -v awk'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

it.skipIf(!hasCurl)('prints curl commands that each do what their step says', () => {
  const lines = output().split('\n').filter((line) => line.startsWith('  curl ')).map((line) => line.trim())
  const [login, protectedRoute, feed, feedWithJar, changePassword, refresh, staleChangePassword, logoutThenProtected, withHeader] = lines
  expect(lines).toHaveLength(9)
  const dir = mkdtempSync(join(tmpdir(), 'jwt-wasm-demo-'))
  // -q (first): no ~/.curlrc; -sS: no progress meter; no proxy for 127.0.0.1 whatever the environment says.
  const env = { ...process.env, NO_PROXY: '*', no_proxy: '*' }
  const paste = (line: string) => execFileSync('bash', ['-c', line.replace(/^curl /, 'curl -q -sS ')], { cwd: dir, env, encoding: 'utf8' })
  try {
    const loggedIn = JSON.parse(paste(login!)) as { login: boolean; access_token: string }
    expect(loggedIn.login).toBe(true)
    expect(JSON.parse(paste(protectedRoute!))).toEqual({ user: 'demo', role: 'demo' })
    expect(JSON.parse(paste(feed!))).toEqual({ feed: 'public' })
    expect(JSON.parse(paste(feedWithJar!))).toEqual({ feed: 'personalized for demo' })
    expect(JSON.parse(paste(changePassword!))).toEqual({ status: 'password changed', user: 'demo' })
    expect(JSON.parse(paste(refresh!))).toHaveProperty('access_token')
    expect(staleChangePassword).toContain('# 401')
    expect(JSON.parse(paste(staleChangePassword!))).toEqual({ error: 'Fresh token required', code: 'FRESH_REQUIRED' })
    // The header step while the session lives; after logout the same token is refused.
    const withToken = withHeader!.replace('<access_token>', loggedIn.access_token)
    expect(JSON.parse(paste(withToken))).toEqual({ user: 'demo', role: 'demo' })
    const loggedOut = paste(logoutThenProtected!)
    expect(loggedOut.match(/^set-cookie: [a-z_]+=; Max-Age=0;/gim)).toHaveLength(4)
    expect(loggedOut).toContain('{"logout":true}{"error":"Missing JWT token","code":"MISSING_TOKEN"}')
    expect(JSON.parse(paste(withToken))).toEqual({ error: 'Token has been revoked', code: 'REVOKED' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

it('stops cleanly on a signal', async () => {
  const code = await new Promise((resolve) => {
    child.once('exit', resolve)
    child.kill('SIGINT')
  })
  expect(code).toBe(0)
  expect(output()).toContain('SIGINT: stopping the demo')
})
