/**
 * Every way a token can be refused, with its stable code and message. Messages never
 * contain the token, its claims or the secret: they end up in logs and HTTP responses.
 *
 * Catch by class and switch on the code:
 * ```ts
 * try { jwt.decodeToken(token) }
 * catch (e) { if (e instanceof JWTError && e.code === 'EXPIRED') … }
 * ```
 * or, across bundle copies where instanceof can fail, by `JWTError.is(e)`.
 */
export const ERROR_MESSAGES = {
  MALFORMED: 'Invalid token format',
  TOKEN_TOO_LARGE: 'Token too large',
  ALGORITHM_MISMATCH: 'Invalid token algorithm',
  INVALID_SIGNATURE: 'Invalid token signature',
  EXPIRED: 'Token has expired',
  NOT_YET_VALID: 'Token not yet valid',
  INVALID_CLAIMS: 'Invalid token claims',
  INVALID_ISSUER: 'Invalid token issuer',
  INVALID_AUDIENCE: 'Invalid token audience',
  MISSING_TOKEN: 'Missing JWT token',
  ACCESS_REQUIRED: 'Access token required, not refresh token',
  FRESH_REQUIRED: 'Fresh token required',
  REFRESH_REQUIRED: 'Refresh token required',
  REVOKED: 'Token has been revoked',
  CSRF_FAILED: 'CSRF token missing or invalid',
  UNKNOWN_KEY: 'Unknown token key',
  REFRESH_REUSED: 'Refresh token reuse detected',
  STORE_UNAVAILABLE: 'Session store unavailable',
  KEYS_UNAVAILABLE: 'Token keys unavailable',
} as const

export type JWTErrorCode = keyof typeof ERROR_MESSAGES

/**
 * The HTTP status the guards answer each code with. A token's own fault is 401; a store or
 * key set that cannot answer is the server's fault, 503, so that a client keeps its tokens
 * and retries instead of throwing them away.
 */
const SERVER_SIDE: ReadonlySet<JWTErrorCode> = new Set(['STORE_UNAVAILABLE', 'KEYS_UNAVAILABLE'])

// V8 and JavaScriptCore read Error.stackTraceLimit; a frozen realm (SES) may not let us set it.
const STACK_LIMIT_WRITABLE = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')?.writable === true

class JWTErrorClass extends Error {
  /** Stable, machine-readable reason; see ERROR_MESSAGES. */
  readonly code: JWTErrorCode
  /**
   * The HTTP status the guards answer with: 401 Unauthorized for a refused token, 503 Service
   * Unavailable when a session store or key set could not answer. An HTTP notion in the token
   * layer, kept because it is public API.
   */
  readonly status: 401 | 503

  constructor(code: JWTErrorCode, message: string = ERROR_MESSAGES[code]) {
    // A refused token is bad input, not a bug: its stack would only point into this
    // library, and capturing one costs several times a whole verification (see
    // bench/RESULTS.md), which an attacker sending garbage tokens would make us pay.
    const limit = Error.stackTraceLimit
    if (STACK_LIMIT_WRITABLE) Error.stackTraceLimit = 0
    try {
      super(message)
    } finally {
      if (STACK_LIMIT_WRITABLE) Error.stackTraceLimit = limit
    }
    this.name = 'JWTError'
    this.code = code
    this.status = SERVER_SIDE.has(code) ? 503 : 401
  }

  /** True for a JWTError from any copy of this package (instanceof fails across copies). */
  static is(value: unknown): value is JWTError {
    return value instanceof JWTError || (value instanceof Error && value.name === 'JWTError' && typeof (value as JWTError).code === 'string')
  }
}

/**
 * One JWTError class per realm, whichever bundle defines it first: the main entry,
 * jwt-wasm/core and jwt-wasm/asymmetric are separate bundles (so that each carries only its
 * own WebAssembly module), and `instanceof JWTError` must hold across them. The key names
 * the class's shape; a change to it takes a new key.
 */
const REGISTRY = Symbol.for('jwt-wasm.JWTError.v1')
export const JWTError: typeof JWTErrorClass = ((globalThis as Record<symbol, unknown>)[REGISTRY] as typeof JWTErrorClass | undefined) ?? ((globalThis as Record<symbol, unknown>)[REGISTRY] = JWTErrorClass)
export type JWTError = JWTErrorClass
