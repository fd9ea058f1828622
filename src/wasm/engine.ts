// Safe operations over abi.ts: strings in and out, status codes, key schedules. The only
// module that touches wasm memory.
import { getAbi, Status, KEY_STATE_SIZE, RES_AUDIENCE, OWN_HEADER_AT, OWN_HEADER_MAX, RES_HEADER_ID, RES_KID, RES_KID_LENGTH, RES_PAYLOAD, RES_PAYLOAD_ASCII, RES_PAYLOAD_LENGTH, RES_TIME, RES_VALUE, TIME_PENDING, type Abi } from './abi.js'
import { readAscii, readText, settleNumbers, writeInput as writeText, writeToken } from '../util/wasm-text.js'
import { nameCache, payloadObject } from '../util/members.js'

/** The result area's time layout (assembly/claims.ts), for settleNumbers. */
const TIMES = { RES_TIME, RES_VALUE, TIME_PENDING }

// The token layer reads verdicts through here, never the ABI itself.
export { Status, statusError } from './abi.js'

/** 0 HS256, 1 HS384, 2 HS512: the engine's algorithm numbers. */
export type AlgorithmId = 0 | 1 | 2

/**
 * An HMAC key as the engine uses it: the chaining states after the ipad and opad blocks.
 * The secret itself is not kept anywhere once this exists.
 */
export interface KeySchedule {
  readonly alg: AlgorithmId
  readonly state: Uint8Array
}

// The schedule now in wasm memory. Switching costs one 128-byte copy.
let loaded: Uint8Array | undefined

function useKey(abi: Abi, key: KeySchedule): void {
  if (loaded !== key.state) {
    abi.bytes.set(key.state, abi.KEY_STATE)
    loaded = key.state
  }
}

/** Text to sign at IN; its UTF-8 length, or -1 when it does not fit. ASCII through the pump when there is one. */
function writeInput(abi: Abi, value: string): number {
  const pump = abi.strings
  return pump?.put && value.length <= abi.MAX_TOKEN && pump.put(value, abi.IN) < 128 ? value.length : writeText(abi.input, value)
}

export function scheduleKey(alg: AlgorithmId, secret: Uint8Array): KeySchedule {
  const abi = getAbi()
  if (secret.length > abi.MAX_TOKEN) throw new RangeError(`Secret key must be at most ${abi.MAX_TOKEN} bytes`)
  abi.bytes.set(secret, abi.IN)
  abi.exports.setKey(alg, secret.length) // wipes the secret from IN
  const state = abi.bytes.slice(abi.KEY_STATE, abi.KEY_STATE + KEY_STATE_SIZE)
  loaded = undefined
  return { alg, state }
}

/** Signs the payload JSON; returns the compact token, or null if it would exceed the engine's limit. */
export function signPayload(key: KeySchedule, payloadJson: string): string | null {
  const abi = getAbi()
  const length = writeInput(abi, payloadJson)
  if (length < 0) return null
  useKey(abi, key)
  const n = abi.exports.sign(key.alg, length)
  return n < 0 ? null : readAscii(abi, abi.OUT, n)
}

/**
 * A ring key with one of its own base64url header segments, as bytes: the one it signs with
 * (with its kid), or for the keylessKey also the kid-less one (src/token/keyring.ts).
 */
export interface Signer {
  readonly schedule: KeySchedule
  readonly header: Uint8Array
}

// The ring key whose header is in wasm memory (OWN_KEY), with the first-block state the
// engine derived from it and its key; like `loaded`, known by identity: one header array
// per ring key and header (src/token/keyring.ts), so the same array means the same key.
let own: Signer | undefined
// The ring that key belongs to, when a verification loaded it: another ring's key must never
// check a token (verifyTokenSelected). Unknown (undefined) after any other load.
let ownRing: KeySelector | undefined

// Each ring key's OWN_KEY region as the engine left it, by header array: switching back to a
// key copies it instead of hashing its first block again. Secret-derived; forgetKey wipes it.
const saved = new WeakMap<Uint8Array, Uint8Array>()

/** Loads a ring key and its header (assembly/token.ts setOwnHeader). */
function useSigner(abi: Abi, signer: Signer): void {
  useKey(abi, signer.schedule)
  const header = signer.header
  if (own?.header === header) return
  ownRing = undefined
  const region = saved.get(header)
  if (region !== undefined) {
    abi.bytes.set(region, abi.OWN_KEY)
  } else {
    // At most 219 characters for a kid of 64 (src/token/keyring.ts); never past the region.
    if (header.length > OWN_HEADER_MAX) throw new RangeError('Key ring header too long')
    abi.bytes.set(header, abi.OWN_KEY + OWN_HEADER_AT)
    abi.exports.setOwnHeader(signer.schedule.alg, header.length)
    saved.set(header, abi.bytes.slice(abi.OWN_KEY, abi.OWN_KEY + OWN_HEADER_AT + header.length))
  }
  own = signer
}

/** Signs the payload JSON with a key ring's signing key: its header, with its kid, heads the token. */
export function signPayloadWithHeader(signer: Signer, payloadJson: string): string | null {
  const abi = getAbi()
  const length = writeInput(abi, payloadJson)
  if (length < 0) return null
  useSigner(abi, signer)
  const n = abi.exports.signOwn(signer.schedule.alg, length)
  return n < 0 ? null : readAscii(abi, abi.OUT, n)
}

/**
 * Wipes a ring key that will not be used again (a removed key): its schedule, the engine's
 * copies of it and of the first-block state derived from it when they are the loaded ones,
 * and the saved copy of its OWN_KEY region. Called once per own header of the key.
 */
export function forgetKey(key: Signer): void {
  const abi = getAbi()
  if (loaded === key.schedule.state) {
    abi.bytes.fill(0, abi.KEY_STATE, abi.KEY_STATE + KEY_STATE_SIZE)
    loaded = undefined
  }
  if (own?.header === key.header) {
    abi.exports.setOwnHeader(0, -1) // wipes the first-block state
    own = undefined
  }
  saved.get(key.header)?.fill(0)
  saved.delete(key.header)
  key.schedule.state.fill(0)
}

/** How a key ring answers the engine. */
export interface KeySelector {
  /** The schedule of the key with exactly this kid (null: the header has none), or undefined when there is none. */
  select(kid: string | null): KeySchedule | undefined
  /** The signing key, and the header segment it writes: most tokens a server sees carry it. */
  readonly signer: Signer
  /**
   * The ring key one of whose own header segments (with its kid, or the keylessKey's
   * without one) has this headerId; else undefined. A hint, not a selection: the engine
   * then compares the segments whole.
   */
  signerFor(headerId: number): Signer | undefined
}

/**
 * The engine's id of a ring key's own header segment (assembly/token.ts headerId), for
 * KeySelector.signerFor; taken once per key, when it joins the ring: it writes the
 * engine's input, so never while a verification is asking for a key.
 */
export function headerId(header: Uint8Array): number {
  const abi = getAbi()
  abi.bytes.set(header, abi.IN)
  return abi.exports.headerId(header.length)
}

/**
 * Verifies a token against a key ring and returns a Status. A header segment equal, byte
 * for byte, to a ring key's own (Signer) is checked with that key, its decoding and scan
 * skipped: strict base64url gives it one decoding, that key's alg and kid (or none). The
 * loaded key's is compared first; any other is found by the id the engine reports
 * (ring.signerFor), a hint that the engine checks by comparing that key's segment whole.
 * Any other header's kid is reported by the engine, the ring names one key or none
 * (UNKNOWN_KEY, no MAC computed), and only that key is checked. Never a second key.
 */
export function verifyTokenSelected(ring: KeySelector, token: string, now: number, leeway: number): number {
  const abi = getAbi()
  if (token.length > abi.MAX_TOKEN) return Status.TOKEN_TOO_LARGE
  const length = writeToken(abi, token)
  if (length < 0) return Status.MALFORMED
  // The loaded key stays if it is this ring's (its schedule may have been swapped out since).
  useSigner(abi, ownRing === ring && own !== undefined ? own : ring.signer)
  ownRing = ring
  let status = abi.exports.verifyRing(1, length, now, leeway)
  if (status === Status.HEADER_PENDING) {
    const found = ring.signerFor(abi.view.getUint32(abi.RES + RES_HEADER_ID, true))
    if (found !== undefined) {
      useSigner(abi, found)
      ownRing = ring
    }
    status = abi.exports.verifyRing(0, length, now, leeway)
  }
  if (status === Status.KID_PENDING) {
    const key = ring.select(kidText(abi))
    if (key === undefined) return Status.UNKNOWN_KEY
    useKey(abi, key)
    status = abi.exports.verifyKeyed(key.alg, now, leeway)
  }
  return status === Status.NUMBERS_PENDING ? settleNumbers(abi, TIMES, now, leeway) : status
}

// The engine checked every byte is printable ASCII, so each is one UTF-16 unit.
function kidText(abi: Abi): string | null {
  const n = abi.view.getInt32(abi.RES + RES_KID_LENGTH, true)
  if (n < 0) return null
  const bytes = abi.bytes
  let kid = ''
  for (let i = abi.RES + RES_KID, end = i + n; i < end; i++) kid += String.fromCharCode(bytes[i])
  return kid
}

/**
 * Verifies a token and returns a Status. After Status.OK, payloadJson() returns its payload
 * text. JWT has already applied maxTokenLength (at most MAX_TOKEN); the check here keeps the
 * engine's own limit for any other caller.
 */
export function verifyToken(key: KeySchedule, token: string, now: number, leeway: number): number {
  const abi = getAbi()
  if (token.length > abi.MAX_TOKEN) return Status.TOKEN_TOO_LARGE
  const length = writeToken(abi, token)
  if (length < 0) return Status.MALFORMED
  useKey(abi, key)
  const status = abi.exports.verify(key.alg, length, now, leeway)
  return status === Status.NUMBERS_PENDING ? settleNumbers(abi, TIMES, now, leeway) : status
}

/**
 * After verifyToken answered EXPIRED (which it does only once the signature and the claim
 * types are checked): the time checks again as if exp had not passed, so nbf and iat still
 * apply. For decodeToken's allowExpired.
 */
export function checkTimesExceptExpiry(now: number, leeway: number): number {
  const abi = getAbi()
  // checkTimes reads exp from RES_VALUE; one that ends after now + leeway passes its test.
  abi.view.setFloat64(abi.RES + RES_VALUE, now - leeway + 1, true)
  return abi.exports.checkTimes(now, leeway)
}

/** The payload JSON of the token verifyToken last accepted. */
export function payloadJson(): string {
  const abi = getAbi()
  const view = abi.view
  const start = view.getUint32(abi.RES + RES_PAYLOAD, true)
  const length = view.getUint32(abi.RES + RES_PAYLOAD_LENGTH, true)
  // UTF-8 (a BOM, say) goes to TextDecoder: it keeps a BOM for JSON.parse to refuse.
  return view.getUint32(abi.RES + RES_PAYLOAD_ASCII, true) ? readAscii(abi, start, length) : readText(abi.bytes, start, length)
}

// The member names the engine has given ids (src/util/members.ts): one cache for the one instance.
const names = nameCache()

/** The claims of the payload the last verification accepted: the object JSON.parse gives for payloadJson(). */
export function payloadClaims(): Record<string, unknown> {
  return payloadObject(getAbi(), RES_PAYLOAD, RES_PAYLOAD_ASCII, payloadJson, names)
}

/** Whether the payload verifyToken last accepted has a top-level aud member. */
export function payloadHasAudience(): boolean {
  const abi = getAbi()
  return abi.view.getInt32(abi.RES + RES_AUDIENCE, true) !== 0
}

/** base64url of bytes. Its one caller encodes a new secret (JWT.generateSecret), so both copies are wiped from wasm memory. */
export function base64urlEncode(bytes: Uint8Array): string {
  const abi = getAbi()
  // The text goes to OUT, which holds MAX_TOKEN characters: 3/4 of that in bytes.
  if (bytes.length > (abi.MAX_TOKEN / 4) * 3) throw new RangeError('Input too large')
  abi.bytes.set(bytes, abi.IN)
  const n = abi.exports.encode(bytes.length)
  // Not through the pump, whose buffer would keep a copy of the secret's text.
  const encoded = readText(abi.bytes, abi.OUT, n)
  abi.bytes.fill(0, abi.IN, abi.IN + bytes.length)
  abi.bytes.fill(0, abi.OUT, abi.OUT + n)
  return encoded
}

/**
 * Strict base64url (no padding, canonical trailing bits); null if the text is not. With
 * `secret`, the copies made in wasm memory are wiped (a JWK's k).
 */
export function base64urlDecode(value: string, secret = false): Uint8Array | null {
  const abi = getAbi()
  // Not through the pump, whose buffer would keep a copy of a secret's text.
  const length = writeText(abi.input, value)
  if (length !== value.length) {
    if (secret) abi.input.fill(0)
    return null
  }
  const n = abi.exports.decode(length)
  const bytes = n < 0 ? null : abi.bytes.slice(abi.DEC, abi.DEC + n)
  if (secret) {
    abi.bytes.fill(0, abi.IN, abi.IN + length)
    if (n > 0) abi.bytes.fill(0, abi.DEC, abi.DEC + n)
  }
  return bytes
}
