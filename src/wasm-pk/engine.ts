// Safe operations over abi.ts: strings in and out, status codes, keys. The only module that
// touches the asymmetric module's memory.
import { getPkAbi, Status, RES_ALG, RES_AUDIENCE, RES_KID, RES_KID_END, RES_KID_START, RES_PAYLOAD, RES_PAYLOAD_ASCII, RES_PAYLOAD_LENGTH, RES_TIME, RES_VALUE, TIME_PENDING, type PkAbi } from './abi.js'
import { readAscii, readText, settleNumbers, writeInput, writeToken } from '../util/wasm-text.js'
import { nameCache, payloadObject } from '../util/members.js'

/** A public key in the layout its family's verify function reads at KEY (src/pk/rsa.ts and its siblings). */
export interface KeyData {
  readonly layout: Uint8Array
}

/** The result area's time layout (assembly/claims.ts), for settleNumbers. */
const TIMES = { RES_TIME, RES_VALUE, TIME_PENDING }

// The layout now at KEY. Switching costs one copy of a few kilobytes.
let loaded: Uint8Array | undefined

function useKey(abi: PkAbi, key: KeyData): void {
  if (loaded !== key.layout) {
    abi.bytes.set(key.layout, abi.KEY)
    loaded = key.layout
  }
}

/** Compiles and instantiates the module now (the first key import does). */
export function loadPkModule(): void {
  getPkAbi()
}

/** Strict base64url (no padding, canonical trailing bits), as for token segments; null if the text is not. */
export function base64urlBytes(value: string): Uint8Array | null {
  const abi = getPkAbi()
  if (value.length > abi.MAX_TOKEN) return null
  const length = writeInput(abi.input, value)
  if (length !== value.length) return null
  const n = abi.exports.decode(length)
  return n < 0 ? null : abi.bytes.slice(abi.DEC, abi.DEC + n)
}

/**
 * First half of a verification: size, segments, base64url, header profile. After
 * Status.OK, parsedAlgorithm() and parsedKid() describe the header; the caller picks a
 * key and calls verifyParsed. The token is ASCII or malformed: a longer UTF-8 form means
 * a character base64url does not have.
 */
export function parseToken(token: string): number {
  const abi = getPkAbi()
  if (token.length > abi.MAX_TOKEN) return Status.TOKEN_TOO_LARGE
  const length = writeToken(abi, token)
  if (length < 0) return Status.MALFORMED
  return abi.exports.parse(length)
}

/** The header's alg as the module numbers it (src/pk/algorithms.ts). */
export function parsedAlgorithm(): number {
  const abi = getPkAbi()
  return abi.view.getInt32(abi.RES + RES_ALG, true)
}

// The last kid's raw JSON text and its string: tokens from one issuer carry the same few
// kids over and over, and comparing a few bytes costs less than decoding them again (a
// TextDecoder call is about 0.2 us in Chromium). The same text always decodes the same.
let lastKidText = new Uint8Array(0)
let lastKid = ''
const KID_CACHE_MAX = 64

/** The header's kid, or undefined when it has none. */
export function parsedKid(): string | undefined {
  const abi = getPkAbi()
  if (abi.view.getInt32(abi.RES + RES_KID, true) === 0) return undefined
  const start = abi.view.getUint32(abi.RES + RES_KID_START, true)
  const length = abi.view.getUint32(abi.RES + RES_KID_END, true) - start
  const bytes = abi.bytes
  if (length === lastKidText.length) {
    let i = 0
    while (i < length && bytes[start + i] === lastKidText[i]) i++
    if (i === length) return lastKid
  }
  const raw = readText(abi.bytes, start, length)
  // The raw JSON string text, already validated by the scanner: escapes are rare.
  const kid = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw
  if (length <= KID_CACHE_MAX) {
    lastKidText = bytes.slice(start, start + length)
    lastKid = kid
  }
  return kid
}

/** Second half: the signature under key, then the payload and time claims. */
export function verifyParsed(alg: number, key: KeyData, now: number, leeway: number): number {
  const abi = getPkAbi()
  useKey(abi, key)
  const status = abi.exports.verify(alg, now, leeway)
  return status === Status.NUMBERS_PENDING ? settleNumbers(abi, TIMES, now, leeway) : status
}

/** Only the signature of the parsed token (JWS test vectors, whose payloads need not be JSON). */
export function verifyParsedSignature(alg: number, key: KeyData): number {
  const abi = getPkAbi()
  useKey(abi, key)
  return abi.exports.verifyJws(alg)
}


/** The payload JSON of the token verifyParsed last accepted. */
export function payloadJson(): string {
  const abi = getPkAbi()
  const view = abi.view
  const start = view.getUint32(abi.RES + RES_PAYLOAD, true)
  const length = view.getUint32(abi.RES + RES_PAYLOAD_LENGTH, true)
  // UTF-8 (a BOM, say) goes to TextDecoder: it keeps a BOM for JSON.parse to refuse.
  return view.getUint32(abi.RES + RES_PAYLOAD_ASCII, true) ? readAscii(abi, start, length) : readText(abi.bytes, start, length)
}

// The member names this module's engine has given ids (src/util/members.ts).
const names = nameCache()

/** The claims of the payload the last verification accepted: the object JSON.parse gives for payloadJson(). */
export function payloadClaims(): Record<string, unknown> {
  return payloadObject(getPkAbi(), RES_PAYLOAD, RES_PAYLOAD_ASCII, payloadJson, names)
}

/** Whether that payload has a top-level aud member. */
export function payloadHasAudience(): boolean {
  const abi = getPkAbi()
  return abi.view.getInt32(abi.RES + RES_AUDIENCE, true) !== 0
}

/** The signature scheme alone on raw bytes: for the test vectors (Wycheproof signs bytes, not tokens). */
export function verifyMessage(alg: number, key: KeyData, message: Uint8Array, signature: Uint8Array): boolean {
  const abi = getPkAbi()
  if (message.length > abi.MAX_TOKEN || signature.length > abi.MAX_SIGNATURE) return false
  useKey(abi, key)
  abi.bytes.set(message, abi.IN)
  abi.bytes.set(signature, abi.OUT)
  return abi.exports.verifyMessage(alg, message.length, signature.length) === 1
}

/**
 * The layout of a P-256, P-384 or P-521 public key (x and y, 32, 48 or 66 bytes each, as the caller
 * checked), built in the module (it validates the point and precomputes the key's table),
 * or null if the point is not on the curve.
 */
export function importEcLayout(crv: 'P-256' | 'P-384' | 'P-521', x: Uint8Array, y: Uint8Array): Uint8Array | null {
  const abi = getPkAbi()
  abi.bytes.set(x, abi.IN)
  abi.bytes.set(y, abi.IN + x.length)
  const size = crv === 'P-256' ? abi.exports.importEcP256() : crv === 'P-384' ? abi.exports.importEcP384() : abi.exports.importEcP521()
  // The import wrote at KEY: whatever key was loaded there is gone, and this one is there.
  loaded = undefined
  if (size === 0) return null
  const layout = abi.bytes.slice(abi.KEY, abi.KEY + size)
  loaded = layout
  return layout
}

/**
 * An Ed25519 public key (the 32 bytes of RFC 8037 §2's x) decoded, checked and with its
 * table built by the module (assembly/pk/ed25519.ts), as a copy of its layout; or the
 * module's reason for refusing it: 1 not canonical, 2 not a curve point, 3 of small order.
 */
export function importEd25519(x: Uint8Array): Uint8Array | number {
  const abi = getPkAbi()
  abi.bytes.set(x, abi.IN)
  const status = abi.exports.importEd25519Key()
  abi.bytes.fill(0, abi.IN, abi.IN + x.length)
  // The import wrote at KEY: whatever key was loaded there is gone.
  loaded = undefined
  if (status !== 0) return status
  const layout = abi.bytes.slice(abi.KEY, abi.KEY + abi.exports.ed25519KeyBytes())
  loaded = layout
  return layout
}
