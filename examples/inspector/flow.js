// The demo API panel: the seed's cookie flow driven from the browser with real cookies.
// The CSRF header is read from document.cookie, as a page of your own would; the HttpOnly
// token cookies cannot be read, so they are described from what the readable ones show.
import { el, shorten } from './dom.js'

const CSRF_HEADER = 'X-CSRF-TOKEN'

const STEPS = {
  login: { method: 'POST', path: '/login', credentials: true },
  protected: { method: 'GET', path: '/protected' },
  fresh: { method: 'POST', path: '/change-password', csrf: 'csrf_access_token' },
  refresh: { method: 'POST', path: '/refresh', csrf: 'csrf_refresh_token' },
  'refresh-no-csrf': { method: 'POST', path: '/refresh' },
  logout: { method: 'POST', path: '/logout', csrf: 'csrf_access_token' },
}

/** The cookies this page can read: every one but the HttpOnly ones. */
function readableCookies() {
  return Object.fromEntries(
    document.cookie
      .split(';')
      .map((pair) => pair.trim())
      .filter(Boolean)
      .map((pair) => [pair.slice(0, pair.indexOf('=')), decodeURIComponent(pair.slice(pair.indexOf('=') + 1))]),
  )
}

export function startFlow({ inspect }) {
  const log = document.getElementById('log')
  const cookieList = document.getElementById('cookies')

  function showCookies() {
    const cookies = readableCookies()
    const items = Object.entries(cookies).map(([name, value]) => el('li', {}, el('code', {}, name), ` = ${shorten(value, 12)}: readable by scripts, so this page can copy it into the ${CSRF_HEADER} header.`))
    const httpOnly = [
      ['csrf_access_token', 'access_token_cookie', 'the access token'],
      ['csrf_refresh_token', 'refresh_token_cookie', 'the refresh token'],
    ]
    for (const [csrf, name, what] of httpOnly) {
      if (csrf in cookies) {
        items.push(el('li', { class: 'httponly' }, el('code', {}, name), `: HttpOnly, so no script (this page included) can read it. It holds ${what}; the browser sends it by itself, and the server checks that the ${CSRF_HEADER} header equals its csrf claim, whose copy is ${csrf}.`))
      }
    }
    cookieList.replaceChildren(...(items.length ? items : [el('li', {}, 'None. Log in to get the four cookies (two HttpOnly token cookies, two readable CSRF cookies).')]))
  }

  async function run(name) {
    const step = STEPS[name]
    const headers = {}
    const notes = []
    let body
    if (step.credentials) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify({ username: document.getElementById('username').value, password: document.getElementById('password').value })
    }
    if (step.csrf) {
      const value = readableCookies()[step.csrf]
      if (value !== undefined) {
        headers[CSRF_HEADER] = value
        notes.push(`${CSRF_HEADER}: ${shorten(value, 12)} (copied from the ${step.csrf} cookie)`)
      } else {
        notes.push(`no ${CSRF_HEADER}: there is no ${step.csrf} cookie`)
      }
    } else if (step.method !== 'GET' && name === 'refresh-no-csrf') {
      notes.push(`no ${CSRF_HEADER} header, on purpose: the server must refuse`)
    }
    if (body) notes.push(`body ${body.replace(/"password":"[^"]*"/, '"password":"…"')}`)
    notes.push('Cookie: added by the browser (scripts cannot see which)')

    const entry = el('li', { class: 'pending' }, el('p', { class: 'request' }, el('strong', {}, `${step.method} ${step.path}`)), el('ul', { class: 'notes' }, notes.map((n) => el('li', {}, n))))
    log.prepend(entry)
    let response
    try {
      response = await fetch(step.path, { method: step.method, headers, body, credentials: 'same-origin', cache: 'no-store' })
    } catch (error) {
      entry.className = 'failed'
      entry.append(el('p', { class: 'answer' }, `No answer: ${error.message}. Is the demo server running?`))
      return
    }
    const text = await response.text()
    let json
    try {
      json = JSON.parse(text)
    } catch {
      json = undefined
    }
    entry.className = response.ok ? 'ok' : 'refused'
    entry.dataset.status = String(response.status)
    const answer = el('div', { class: 'answer' }, el('p', {}, el('strong', {}, `${response.status} ${response.statusText}`), response.headers.get('www-authenticate') ? ` · WWW-Authenticate: ${response.headers.get('www-authenticate')}` : ''))
    const tokens = []
    const shown = json === undefined ? text : JSON.stringify(json, (key, value) => (typeof value === 'string' && /_token$/.test(key) ? (tokens.push([key, value]), shorten(value)) : value), 2)
    answer.append(el('pre', { tabindex: 0 }, shown))
    for (const [key, token] of tokens) answer.append(el('button', { type: 'button', class: 'small', onclick: () => inspect(token) }, `Inspect ${key}`))
    if (response.ok && (step.path === '/login' || step.path === '/refresh' || step.path === '/logout')) {
      answer.append(el('p', { class: 'help' }, 'Its Set-Cookie headers are hidden from scripts; the cookie list shows what they did.'))
    }
    entry.append(answer)
    showCookies()
  }

  for (const button of document.querySelectorAll('[data-step]')) button.addEventListener('click', () => run(button.dataset.step))
  document.getElementById('clear-log').addEventListener('click', () => log.replaceChildren())
  showCookies()
}
