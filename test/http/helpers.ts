// Helpers for the guard, cookie and CSRF tests: the fixed-clock JWT of ../token/helpers.ts,
// Request builders, and a small cookie jar that applies Set-Cookie the way a browser does (RFC 6265 §5.3).
import { parseSetCookie } from 'cookie'

export { NOW, SECRET, makeJwt } from '../token/helpers.js'

export interface RequestSpec {
  method?: string
  bearer?: string
  authorization?: string
  cookies?: Record<string, string>
  headers?: Record<string, string>
}

/** A real Request to http://test.local + path. */
export function request(path = '/', { method = 'GET', bearer, authorization, cookies, headers = {} }: RequestSpec = {}): Request {
  const h = new Headers(headers)
  if (bearer !== undefined) h.set('authorization', `Bearer ${bearer}`)
  if (authorization !== undefined) h.set('authorization', authorization)
  if (cookies) h.set('cookie', Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join('; '))
  return new Request(`http://test.local${path}`, { method, headers: h })
}

export async function body(response: Response): Promise<unknown> {
  return JSON.parse(await response.text())
}

/** Every Set-Cookie of a response, parsed back by the cookie package. */
export function setCookies(target: Response | Headers): ReturnType<typeof parseSetCookie>[] {
  const headers = target instanceof Response ? target.headers : target
  return headers.getSetCookie().map((line) => parseSetCookie(line))
}

interface Stored {
  value: string
  path: string
  domain: string | undefined
  expiresAt: number | undefined
  httpOnly: boolean
}

/** A browser-like jar: keyed by name, domain and path; Max-Age wins over Expires; past expiry deletes. */
export class CookieJar {
  readonly #cookies = new Map<string, Stored>()
  readonly now: () => number
  // A plain parameter, not a parameter property: tsconfig has erasableSyntaxOnly.
  constructor(now: () => number = () => Date.now() / 1000) {
    this.now = now
  }

  absorb(target: Response | Headers): this {
    for (const c of setCookies(target)) {
      const key = `${c.name}|${c.domain ?? ''}|${c.path ?? '/'}`
      const expiresAt = c.maxAge !== undefined ? this.now() + c.maxAge : c.expires ? c.expires.getTime() / 1000 : undefined
      if (expiresAt !== undefined && expiresAt <= this.now()) this.#cookies.delete(key)
      else this.#cookies.set(key, { value: c.value ?? '', path: c.path ?? '/', domain: c.domain, expiresAt, httpOnly: !!c.httpOnly })
    }
    return this
  }

  /** The cookies a request to `path` carries, longest path first (RFC 6265 §5.4). */
  cookiesFor(path: string): Record<string, string> {
    const matching = [...this.#cookies.entries()]
      .filter(([, c]) => path === c.path || path.startsWith(c.path.endsWith('/') ? c.path : `${c.path}/`))
      .sort(([, a], [, b]) => b.path.length - a.path.length)
    const out: Record<string, string> = {}
    for (const [key, c] of matching) {
      const name = key.slice(0, key.indexOf('|'))
      if (!(name in out)) out[name] = c.value
    }
    return out
  }

  header(path: string): string {
    return Object.entries(this.cookiesFor(path)).map(([k, v]) => `${k}=${v}`).join('; ')
  }

  get(name: string): string | undefined {
    for (const [key, c] of this.#cookies) if (key.startsWith(`${name}|`)) return c.value
    return undefined
  }

  get size(): number {
    return this.#cookies.size
  }
}
