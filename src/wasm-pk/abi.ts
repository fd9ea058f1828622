// The JS side of the asymmetric module's boundary (build/jwt-pk.wasm, assembly/pk/index.ts):
// one instance, its exports, and views over its memory made once. The memory has a fixed
// size, so the views never detach. The module is compiled on first use, which is the first
// key import: an app that verifies only HS tokens never loads it.
import type { StringPump } from '../util/wasm-text.js'

interface Exports {
  memory: WebAssembly.Memory
  inPtr(): number
  outPtr(): number
  decPtr(): number
  resPtr(): number
  keyPtr(): number
  keyMax(): number
  maxToken(): number
  maxSignature(): number
  decode(len: number): number
  parse(len: number): number
  verify(alg: number, now: number, leeway: number): number
  verifyJws(alg: number): number
  verifyMessage(alg: number, msgLen: number, sigLen: number): number
  checkTimes(now: number, leeway: number): number
  importEd25519Key(): number
  ed25519KeyBytes(): number
  importEcP256(): number
  importEcP384(): number
  importEcP521(): number
  membersPtr(): number
}

/** assembly/status.ts (compiled into both modules). */
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
  // The HS key ring's three (this module never returns them).
  UNKNOWN_KEY: 9,
  KID_PENDING: 10,
  HEADER_PENDING: 11,
} as const

/** assembly/claims.ts and assembly/pk/token.ts: offsets inside RES. */
export const RES_PAYLOAD = 0
export const RES_PAYLOAD_LENGTH = 4
export const RES_PAYLOAD_ASCII = 12
export const RES_AUDIENCE = 8
export const RES_TIME = 16
export const RES_VALUE = 64
export const TIME_PENDING = 2
/** What parse leaves in RES. */
export const RES_ALG = 128
export const RES_KID = 132
export const RES_KID_START = 136
export const RES_KID_END = 140

export interface PkAbi {
  readonly exports: Exports
  readonly bytes: Uint8Array
  /** IN[0, MAX_TOKEN): the target of every encodeInto. */
  readonly input: Uint8Array
  readonly view: DataView
  readonly IN: number
  readonly OUT: number
  readonly DEC: number
  readonly RES: number
  readonly KEY: number
  readonly KEY_MAX: number
  /** The last payload's top-level members (assembly/json.ts MEMBERS), for src/util/members.ts. */
  readonly MEMBERS: number
  readonly MAX_TOKEN: number
  readonly MAX_SIGNATURE: number
  /** The string pump over this memory (assembly/strings.wat), where the runtime links it. */
  readonly strings: StringPump | undefined
}

let loadModule: (() => WebAssembly.Module) | undefined
let loadStrings: ((memory: WebAssembly.Memory) => StringPump | undefined) | undefined
let abi: PkAbi | undefined

/**
 * Each asymmetric entry (src/asymmetric.ts, src/asymmetric-edge.ts) names its loader here,
 * and the string pump's where it can compile wasm from bytes (src/runtime/strings.ts).
 */
export function providePkModule(load: () => WebAssembly.Module, strings?: (memory: WebAssembly.Memory) => StringPump | undefined): void {
  loadModule ??= load
  loadStrings ??= strings
}

/** The one instance, created on first use. */
export function getPkAbi(): PkAbi {
  return abi ?? (abi = instantiate())
}

function instantiate(): PkAbi {
  if (!loadModule) throw new Error('jwt-wasm: no WebAssembly loader for the asymmetric module; import jwt-wasm/asymmetric')
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
    KEY: exports.keyPtr(),
    KEY_MAX: exports.keyMax(),
    MEMBERS: exports.membersPtr(),
    MAX_TOKEN,
    MAX_SIGNATURE: exports.maxSignature(),
    strings: loadStrings?.(exports.memory),
  }
}
