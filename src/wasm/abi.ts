// The JS side of the boundary: one instance, its exports, and views over its memory made
// once. The memory has a fixed size (initial = maximum), so the views never detach.
import { JWTError, type JWTErrorCode } from '../errors.js'
import type { StringPump } from '../util/wasm-text.js'

interface Exports {
  memory: WebAssembly.Memory
  inPtr(): number
  outPtr(): number
  decPtr(): number
  resPtr(): number
  keyStatePtr(): number
  maxToken(): number
  setKey(alg: number, len: number): void
  encode(len: number): number
  decode(len: number): number
  sign(alg: number, payloadLength: number): number
  verify(alg: number, len: number, now: number, leeway: number): number
  signOwn(alg: number, payloadLength: number): number
  verifyRing(identify: number, len: number, now: number, leeway: number): number
  headerId(len: number): number
  verifyKeyed(alg: number, now: number, leeway: number): number
  ownKeyPtr(): number
  membersPtr(): number
  setOwnHeader(alg: number, length: number): void
  checkTimes(now: number, leeway: number): number
}

/** assembly/status.ts */
export const Status = {
  OK: 0,
  MALFORMED: 1,
  TOKEN_TOO_LARGE: 2,
  ALGORITHM_MISMATCH: 3,
  INVALID_SIGNATURE: 4,
  EXPIRED: 5,
  NOT_YET_VALID: 6,
  INVALID_CLAIMS: 7,
  NUMBERS_PENDING: 8,
  UNKNOWN_KEY: 9,
  KID_PENDING: 10,
  HEADER_PENDING: 11,
} as const

const STATUS_CODES: readonly JWTErrorCode[] = [
  'MALFORMED', // OK never becomes an error
  'MALFORMED',
  'TOKEN_TOO_LARGE',
  'ALGORITHM_MISMATCH',
  'INVALID_SIGNATURE',
  'EXPIRED',
  'NOT_YET_VALID',
  'INVALID_CLAIMS',
  'MALFORMED', // NUMBERS_PENDING is not a verdict
  'UNKNOWN_KEY',
]

export function statusError(status: number): JWTError {
  return new JWTError(STATUS_CODES[status] ?? 'MALFORMED')
}

/** assembly/claims.ts and assembly/token.ts: offsets inside RES. */
export const RES_PAYLOAD = 0
export const RES_PAYLOAD_LENGTH = 4
export const RES_PAYLOAD_ASCII = 12
export const RES_AUDIENCE = 8
export const RES_TIME = 16
export const RES_VALUE = 64
export const TIME_PENDING = 2
/** assembly/token.ts: the kid verifyRing found (length -1: none), as bytes inside RES. */
export const RES_KID_LENGTH = 96
export const RES_KID = 128
/** assembly/token.ts: the header segment's id, with HEADER_PENDING. */
export const RES_HEADER_ID = 100
/** assembly/token.ts: a ring key's header, first-block state and header length (OWN_KEY), and where in it the header starts. */
export const OWN_HEADER_MAX = 256
export const OWN_KEY_SIZE = 464
export const OWN_HEADER_AT = 208
/** Bytes of cached key schedule (inner and outer chaining states), assembly/hmac.ts. */
export const KEY_STATE_SIZE = 128

export interface Abi {
  readonly exports: Exports
  readonly bytes: Uint8Array
  /** IN[0, MAX_TOKEN), the target of every encodeInto: a subarray per call cost a third as much as the encoding. */
  readonly input: Uint8Array
  readonly view: DataView
  readonly IN: number
  readonly OUT: number
  readonly DEC: number
  readonly RES: number
  readonly KEY_STATE: number
  /** The ring key verifyRing compares headers with (assembly/token.ts OWN_KEY); its header is at OWN_HEADER_AT. */
  readonly OWN_KEY: number
  /** The last payload's top-level members (assembly/json.ts MEMBERS), for src/util/members.ts. */
  readonly MEMBERS: number
  readonly MAX_TOKEN: number
  /** The string pump over this memory (assembly/strings.wat), where the runtime links it. */
  readonly strings: StringPump | undefined
}

let loadModule: (() => WebAssembly.Module) | undefined
let loadStrings: ((memory: WebAssembly.Memory) => StringPump | undefined) | undefined
let abi: Abi | undefined

/**
 * Each entry point (src/index.ts, src/edge.ts) names its loader here, and the string pump's
 * where it can compile wasm from bytes (src/runtime/strings.ts); nothing is compiled until
 * first use.
 */
export function provideModule(load: () => WebAssembly.Module, strings?: (memory: WebAssembly.Memory) => StringPump | undefined): void {
  loadModule ??= load
  loadStrings ??= strings
}

/** The one instance, created on first use. */
export function getAbi(): Abi {
  return abi ?? (abi = instantiate())
}

function instantiate(): Abi {
  if (!loadModule) throw new Error('jwt-wasm: no WebAssembly loader; import the package through its entry point')
  const instance = new WebAssembly.Instance(loadModule(), {})
  const exports = instance.exports as unknown as Exports
  const buffer = exports.memory.buffer
  const IN = exports.inPtr()
  const MAX_TOKEN = exports.maxToken()
  return {
    exports,
    bytes: new Uint8Array(buffer),
    input: new Uint8Array(buffer, IN, MAX_TOKEN),
    view: new DataView(buffer),
    IN,
    OUT: exports.outPtr(),
    DEC: exports.decPtr(),
    RES: exports.resPtr(),
    KEY_STATE: exports.keyStatePtr(),
    OWN_KEY: exports.ownKeyPtr(),
    MEMBERS: exports.membersPtr(),
    MAX_TOKEN,
    strings: loadStrings?.(exports.memory),
  }
}
