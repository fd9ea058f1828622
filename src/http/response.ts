// Turning a handler's return value, or a refusal, into a standard Response.
import type { JWTError } from '../errors.js'
import { challenge, errorBody, refusalHeaders } from './refusal.js'

function isBodyInit(body: object): body is Exclude<BodyInit, string> {
  return (
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream) ||
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    body instanceof URLSearchParams
  )
}

function withType(init: ResponseInit | undefined, type: string): ResponseInit {
  const headers = new Headers(init?.headers)
  if (!headers.has('content-type')) headers.set('content-type', type)
  return { ...init, headers }
}

/**
 * The seed's make_response on the Web Response: a Response unchanged (init ignored), a
 * string as text/plain, undefined as 204 No Content, binary bodies (ArrayBuffer, typed
 * arrays, Blob, ReadableStream, FormData, URLSearchParams) as they are, anything else
 * (objects, arrays, numbers, booleans, null) as JSON. `init` adds status and headers.
 */
export function makeResponse(body?: unknown, init?: ResponseInit): Response {
  if (body instanceof Response) return body
  if (body === undefined) return new Response(null, { status: 204, ...init })
  if (typeof body === 'string') return new Response(body, withType(init, 'text/plain; charset=utf-8'))
  if (typeof body === 'object' && body !== null && isBodyInit(body)) return new Response(body, init)
  const json = JSON.stringify(body)
  if (json === undefined) throw new TypeError(`makeResponse cannot send a ${typeof body} as JSON`)
  return new Response(json, withType(init, 'application/json'))
}

/** The default refusal: the error's status (401, or 503 for a store that cannot answer), `{"error", "code"}` as JSON, and the RFC 6750 challenge. */
export function errorResponse(error: JWTError, headerType = 'Bearer'): Response {
  return refusalResponse(error, challenge(error, headerType))
}

/** A refusal with its challenge already written (authenticate() writes it), and the body onError chose, if any. */
export function refusalResponse(error: JWTError, wwwAuthenticate: string, body: unknown = errorBody(error)): Response {
  return makeResponse(body, { status: error.status, headers: refusalHeaders(error, wwwAuthenticate) as Record<string, string> })
}
