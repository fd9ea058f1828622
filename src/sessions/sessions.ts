// Sessions over a SessionStore: login opens one (its id is the `sid` claim of both tokens,
// the OIDC session-id claim name), logout ends it, "log out everywhere" ends all of an
// identity's, refresh tokens rotate with reuse detection (RFC 9700 §4.14.2), and single
// tokens can be denied by jti. The guards call check() on every request.
//
// Every store call goes through one gate: the library's own deadline (clients queue commands
// while their server is away), a cap on calls still pending at the client (so memory stays
// bounded during an outage), and the mapping of any failure to 503 STORE_UNAVAILABLE. No
// token is minted unless the store step it depends on succeeded.
import { JWTError } from '../errors.js'
import type { Claims, TokenType } from '../token/claims.js'
import { randomHex } from '../token/payload.js'
import { withDeadline } from './deadline.js'
import type { ResolvedSessionOptions } from './options.js'

/** What sessions need of the token layer (the JWT provides it). */
export interface TokenIssuer {
  decodeToken(token: string, options?: { allowExpired?: boolean }): Claims
  /** Signs a token of `type` for `sub` with exactly this exp (and this jti, when given). */
  mint(sub: string, type: TokenType, fields: { exp: number; jti?: string; fresh?: boolean; claims: Record<string, unknown> }): string
  readonly options: { readonly accessExpires: number; readonly refreshExpires: number; readonly leeway: number; readonly clock: () => number }
}

export interface SessionTokens {
  readonly accessToken: string
  readonly refreshToken: string
}

export interface StartSessionOptions {
  /** Custom claims, written into both tokens and carried through every rotation. */
  claims?: Record<string, unknown>
  /** Marks the access token as from a login (true). */
  fresh?: boolean
}

/**
 * Store calls still pending at the client beyond which new ones fail at once: a client that
 * queues while its server is away would otherwise hold every request of the outage.
 */
const MAX_PENDING = 1024

/** Claims the library writes: never carried from an old token into its successor. */
const WRITTEN: ReadonlySet<string> = new Set(['sub', 'iat', 'nbf', 'exp', 'jti', 'type', 'fresh', 'csrf', 'iss', 'aud', 'identity', 'sid'])

function identityOf(identity: unknown): string {
  if (typeof identity === 'string') return identity
  if (typeof identity === 'number' && Number.isFinite(identity)) return String(identity)
  throw new TypeError('identity must be a string or a finite number')
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

export class Sessions {
  readonly #tokens: TokenIssuer
  readonly #options: ResolvedSessionOptions
  #pending = 0
  /** Fail-open only: whether this outage was logged already. */
  #outageLogged = false

  constructor(tokens: TokenIssuer, options: ResolvedSessionOptions) {
    this.#tokens = tokens
    this.#options = options
  }

  /** One store call through the gate: deadline, pending cap, any failure as STORE_UNAVAILABLE. */
  async #call<T>(step: () => Promise<T>): Promise<T> {
    if (this.#pending >= MAX_PENDING) throw new JWTError('STORE_UNAVAILABLE')
    let promise: Promise<T>
    try {
      promise = Promise.resolve(step())
    } catch {
      throw new JWTError('STORE_UNAVAILABLE')
    }
    this.#pending++
    const settled = () => void this.#pending--
    promise.then(settled, settled)
    try {
      const value = await withDeadline(promise, this.#options.storeTimeoutMs, 'The session store')
      this.#outageLogged = false
      return value
    } catch {
      // The cause (a client error, a missed deadline) stays out of the JWTError: it may name keys.
      throw new JWTError('STORE_UNAVAILABLE')
    }
  }

  /**
   * The guards' check, after the token's own checks: its session must still exist (when it
   * has a `sid`) and its `jti` must not be denied. One store call; none for a token that
   * carries neither. REVOKED otherwise; STORE_UNAVAILABLE when the store cannot answer,
   * unless storeFailOpen (then logged once per outage, and the token passes).
   */
  async check(claims: Claims): Promise<void> {
    const sub = str(claims.sub)
    const sid = str(claims.sid)
    const jti = str(claims.jti)
    if (sub === undefined || (sid === undefined && jti === undefined)) return
    let live: boolean
    try {
      live = await this.#call(() => this.#options.store.checkToken(sub, sid, jti))
    } catch (error) {
      if (!this.#options.storeFailOpen) throw error
      if (!this.#outageLogged) {
        this.#outageLogged = true
        console.warn('jwt-wasm: the session store is unavailable; letting tokens through unchecked (storeFailOpen) until it answers again')
      }
      return
    }
    if (!live) throw new JWTError('REVOKED')
  }

  /** Login: a new session and its two tokens. Nothing is returned unless the store recorded it. */
  async start(identity: unknown, options: StartSessionOptions = {}): Promise<SessionTokens & { readonly sid: string }> {
    if (typeof options !== 'object' || options === null) throw new TypeError('startSession options must be an object')
    const { claims = {}, fresh = true, ...rest } = options
    for (const name of Object.keys(rest)) throw new TypeError(`Unknown startSession option: ${name}`)
    if (typeof fresh !== 'boolean') throw new TypeError('fresh must be true or false')
    if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) throw new TypeError('claims must be a plain object')
    if (Object.hasOwn(claims, 'sid')) throw new TypeError('Claim name sid is reserved; choose another name')
    const sub = identityOf(identity)
    const { accessExpires, refreshExpires, clock } = this.#tokens.options
    const now = Math.floor(clock())
    const lifetime = this.#options.sessionExpires
    const end = now + lifetime
    const sid = randomHex()
    const jti = randomHex()
    const exp = Math.min(now + refreshExpires, end)
    const carried = { ...claims, sid }
    const refreshToken = this.#tokens.mint(sub, 'refresh', { exp, jti, claims: carried })
    const accessToken = this.#tokens.mint(sub, 'access', { exp: Math.min(now + accessExpires, end), fresh, claims: carried })
    await this.#call(() => this.#options.store.openSession(sub, sid, { jti, exp, end }, lifetime))
    return { accessToken, refreshToken, sid }
  }

  /** Logout: ends the token's session. False when the token belongs to no session (it has no sid). */
  async end(tokenOrClaims: string | Claims): Promise<boolean> {
    const claims = this.#claims(tokenOrClaims, 'endSession')
    const sid = str(claims.sid)
    if (sid === undefined) return false
    const sub = this.#sub(claims)
    await this.#call(() => this.#options.store.endSession(sub, sid))
    return true
  }

  /** Logout everywhere: every session of the identity that exists now. */
  async endAll(identity: unknown): Promise<void> {
    const sub = identityOf(identity)
    await this.#call(() => this.#options.store.endAllSessions(sub))
  }

  /** Denies one token by jti until its own exp (plus leeway). False when it has expired already (nothing to deny). */
  async revoke(tokenOrClaims: string | Claims): Promise<boolean> {
    const claims = this.#claims(tokenOrClaims, 'revokeToken')
    const sub = this.#sub(claims)
    const jti = str(claims.jti)
    if (jti === undefined || typeof claims.exp !== 'number' || !Number.isFinite(claims.exp)) throw new JWTError('INVALID_CLAIMS')
    const { leeway, clock } = this.#tokens.options
    const ttl = Math.ceil(claims.exp + leeway - clock())
    if (ttl <= 0) return false
    await this.#call(() => this.#options.store.denyToken(sub, jti, ttl))
    return true
  }

  /**
   * Refresh-token rotation with reuse detection. `refresh` is a refresh token, or the claims
   * jwtRefreshTokenRequired verified (`verified` true): its signature, exp and type are
   * checked before the store is touched. ROTATED and GRACE give tokens; REUSED ends the
   * session (REFRESH_REUSED); a session already gone is REVOKED.
   */
  async rotate(refresh: string | Claims, verified: boolean): Promise<SessionTokens> {
    let claims: Claims
    if (typeof refresh === 'string') claims = this.#tokens.decodeToken(refresh)
    else if (verified) claims = refresh
    else throw new TypeError('rotateRefreshToken takes a refresh token, or the claims that jwtRefreshTokenRequired verified')
    if (claims.type !== 'refresh') throw new JWTError('REFRESH_REQUIRED')
    const { accessExpires, refreshExpires, leeway, clock } = this.#tokens.options
    const now = clock()
    // Claims from a guard were checked a moment ago; the time may have moved past exp since.
    if (!(now < claims.exp + leeway)) throw new JWTError('EXPIRED')
    const sub = this.#sub(claims)
    const sid = str(claims.sid)
    const jti = str(claims.jti)
    // Reuse detection needs a session: refresh tokens from createRefreshToken have none.
    if (sid === undefined || jti === undefined) throw new JWTError('INVALID_CLAIMS')
    const store = this.#options.store
    // A refresh token denied by revokeToken must not rotate (a guard checked this already).
    if (typeof refresh === 'string' && !(await this.#call(() => store.checkToken(sub, undefined, jti)))) throw new JWTError('REVOKED')
    const next = randomHex()
    const result = await this.#call(() => store.rotateRefresh(sub, sid, jti, { jti: next, exp: Math.floor(now) + refreshExpires }, this.#options.reuseGraceSeconds * 1000))
    if (!('jti' in result)) throw new JWTError(result.outcome === 'REUSED' ? 'REFRESH_REUSED' : 'REVOKED')
    const carried: Record<string, unknown> = { sid }
    for (const name of Object.keys(claims)) if (!WRITTEN.has(name)) carried[name] = claims[name]
    return {
      accessToken: this.#tokens.mint(sub, 'access', { exp: Math.min(Math.floor(now) + accessExpires, result.exp), fresh: false, claims: carried }),
      refreshToken: this.#tokens.mint(sub, 'refresh', { exp: result.exp, jti: result.jti, claims: carried }),
    }
  }

  /** A token's claims (verified, expired allowed: logging out with an expired token is fine), or given claims. */
  #claims(tokenOrClaims: string | Claims, name: string): Claims {
    if (typeof tokenOrClaims === 'string') return this.#tokens.decodeToken(tokenOrClaims, { allowExpired: true })
    if (typeof tokenOrClaims !== 'object' || tokenOrClaims === null) throw new TypeError(`${name} takes a token or its decoded claims`)
    return tokenOrClaims
  }

  #sub(claims: Claims): string {
    const sub = str(claims.sub)
    if (sub === undefined) throw new JWTError('INVALID_CLAIMS')
    return sub
  }
}
