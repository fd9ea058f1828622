// Text across a wasm boundary, the same for both modules (src/wasm/, src/wasm-pk/): strings are
// written into a module's input region and read back from its memory, and time claims spelled
// other than as short integers are settled in JS. Each module's abi.ts owns its memory; these
// take its views and offsets as arguments.

const encoder = new TextEncoder()
// ignoreBOM: a BOM must reach JSON.parse (which refuses it), never be stripped silently.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true })

/**
 * How ASCII text crosses faster than through TextEncoder/TextDecoder, where the runtime
 * allows (src/runtime/strings.ts): the string pump (assembly/strings.wat, JS String
 * Builtins: Chromium, Deno), or Node's Buffer (Node, Bun), which only reads.
 */
export interface StringPump {
  /** Writes text's units as bytes at `at`; returns them ORed together (above 0x7f: not ASCII, bytes unusable). */
  put?(text: string, at: number): number
  /** The text of the bytes at [at, at + length), which the caller knows are ASCII (the pump returns null if not). */
  get(at: number, length: number): string | null
}

/** Writes text at the start of `input`; its UTF-8 length, or -1 when it does not fit. */
export function writeInput(input: Uint8Array, text: string): number {
  const { read, written } = encoder.encodeInto(text, input)
  return read < text.length ? -1 : written
}

/** The UTF-8 text at bytes[start, start + length). */
export function readText(bytes: Uint8Array, start: number, length: number): string {
  return decoder.decode(bytes.subarray(start, start + length))
}

/** What writeToken and readAscii use of a module's abi.ts: its memory, input region and string pump. */
export interface TextMemory {
  readonly bytes: Uint8Array
  /** IN[0, MAX_TOKEN). */
  readonly input: Uint8Array
  readonly IN: number
  readonly strings: StringPump | undefined
}

/**
 * A token at IN; its length, or -1 when a character is outside ASCII (the base64url
 * alphabet and the dot are ASCII, so that is a format error, never a size one: a longer
 * UTF-8 form, or one that no longer fits, means such a character). The caller has checked
 * that token.length is at most MAX_TOKEN.
 */
export function writeToken(memory: TextMemory, token: string): number {
  const pump = memory.strings
  return (pump?.put ? pump.put(token, memory.IN) < 128 : writeInput(memory.input, token) === token.length) ? token.length : -1
}

/** Text the module found to be ASCII (at most MAX_TOKEN bytes): through the pump where there is one. */
export function readAscii(memory: TextMemory, start: number, length: number): string {
  return memory.strings?.get(start, length) ?? readText(memory.bytes, start, length)
}

/** What settleNumbers reads: a module's memory views and its result area's layout (assembly/claims.ts). */
export interface PendingNumbers {
  readonly bytes: Uint8Array
  readonly view: DataView
  readonly RES: number
  readonly exports: { checkTimes(now: number, leeway: number): number }
}

export interface TimeLayout {
  readonly RES_TIME: number
  readonly RES_VALUE: number
  readonly TIME_PENDING: number
}

/**
 * Time claims spelled other than as short integers: Number() on the exact JSON text rounds as
 * JSON.parse does, so the engine and the returned claims see the same value. Then the
 * module's time checks run on the settled values.
 */
export function settleNumbers(abi: PendingNumbers, layout: TimeLayout, now: number, leeway: number): number {
  for (let i = 0; i < 3; i++) {
    const at = abi.RES + layout.RES_TIME + 16 * i
    if (abi.view.getInt32(at, true) !== layout.TIME_PENDING) continue
    const start = abi.view.getUint32(at + 4, true)
    const end = abi.view.getUint32(at + 8, true)
    abi.view.setFloat64(abi.RES + layout.RES_VALUE + 8 * i, Number(readText(abi.bytes, start, end - start)), true)
  }
  return abi.exports.checkTimes(now, leeway)
}
