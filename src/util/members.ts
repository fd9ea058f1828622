// The object JSON.parse would return for a payload the engine has scanned, built from the
// engine's table of its top-level members (assembly/json.ts MEMBERS) rather than by parsing
// the text a second time: reading the payload's text out and JSON.parse were a quarter of
// HS256 verify+decode in Chromium and on Node; this build, reads included, costs about half
// as much (bench/browser-profile.mjs, bench/profile.mjs).
//
// Same object: own data properties in document order on a plain object, with the text's
// own values. Strings without escapes are read out of the module's memory one by one, each
// a string of its own: a slice of the payload's text would keep the whole payload alive for
// as long as the claim lives (from 13 characters in V8, 8 in JavaScriptCore), which
// JSON.parse's strings never do, and no way to copy a slice works in every engine. Integers
// of at most 15 digits come exact from the engine, any other number is Number() of its text
// (which rounds as JSON.parse does, ECMA-262 §25.5.1.1), and objects, arrays and strings
// with escapes are JSON.parse of their own span. Properties are assigned, which defines
// them exactly as JSON.parse does (CreateDataProperty) unless Object.prototype has a member
// of that name (an accessor such as __proto__, one frozen by a lockdown, or one prototype
// pollution added), so every name is looked up there at the time of its assignment: a name
// it has sends the document to JSON.parse. Asking once per name was about 13 ns a member
// cheaper, but wrong for a name Object.prototype gains after its first sight (its setter
// ran; a read-only one made decodeToken throw a TypeError). A computed-key object literal
// would need no lookup, but in V8 it ran at a quarter of JSON.parse's cost in some
// processes and slower than JSON.parse in others. Where the engine leaves no table (more
// than MEMBER_MAX members, a name with an escape or a byte above 0x7f), JSON.parse does it all.

/** assembly/json.ts M_*, MEMBER_AT and MEMBER_SIZE (test/wasm/constants.test.ts compares them); kinds below M_STRING need no text. */
export const M_INTEGER = 1
export const M_TRUE = 2
export const M_FALSE = 3
export const M_NULL = 4
export const M_STRING = 5
export const M_NUMBER = 6
export const M_JSON = 7
export const MEMBER_AT = 16
export const MEMBER_SIZE = 32

/** The strings of the names the engine has given ids, made once per id, and forgotten when the engine's epoch moves on. */
export interface NameCache {
  epoch: number
  keys: string[]
}

export function nameCache(): NameCache {
  return { epoch: -1, keys: [] }
}

/** What payloadObject reads of a module's abi.ts. */
export interface ScannedMemory {
  readonly view: DataView
  readonly RES: number
  readonly MEMBERS: number
  /** The module's string pump or Buffer reader (src/util/wasm-text.ts StringPump), if the runtime has one. */
  readonly strings: { get(at: number, length: number): string | null } | undefined
}

/**
 * The claims of the payload a module's last verification accepted: the object JSON.parse
 * gives for text(). payloadAt and asciiAt are the module's RES offsets of the payload's
 * address and of its ASCII flag. The payload's member table is at memory.MEMBERS.
 */
export function payloadObject(memory: ScannedMemory, payloadAt: number, asciiAt: number, text: () => string, names: NameCache): Record<string, unknown> {
  const view = memory.view
  const at = memory.MEMBERS
  // The reader returns a new string, or null for a byte above 0x7f, of which an ASCII
  // payload has none. Without a pump or Buffer, reading value by value through TextDecoder
  // would cost more than JSON.parse. The table's offsets index bytes, which are the
  // payload's characters only when it is ASCII.
  const read = memory.strings?.get as ((start: number, length: number) => string) | undefined
  const count = view.getInt32(at, true)
  if (read === undefined || count < 0 || !view.getUint32(memory.RES + asciiAt, true)) return JSON.parse(text()) as Record<string, unknown>
  const base = view.getUint32(memory.RES + payloadAt, true)
  const epoch = view.getInt32(at + 4, true)
  if (epoch !== names.epoch) {
    names.epoch = epoch
    names.keys = []
  }
  const keys = names.keys
  const object: Record<string, unknown> = {}
  for (let i = 0, e = at + MEMBER_AT; i < count; i++, e += MEMBER_SIZE) {
    const id = view.getInt32(e + 4, true)
    let key = id < 0 ? undefined : keys[id]
    if (key === undefined) {
      const start = view.getUint32(e + 8, true)
      key = read(base + start, view.getUint32(e + 12, true) - start)
      if (id >= 0) keys[id] = key
    }
    if (key in Object.prototype) return JSON.parse(text()) as Record<string, unknown>
    const kind = view.getInt32(e, true)
    if (kind < M_STRING) {
      object[key] = kind === M_INTEGER ? view.getFloat64(e + 24, true) : kind === M_TRUE ? true : kind === M_FALSE ? false : null
    } else {
      const start = view.getUint32(e + 16, true)
      const value = read(base + start, view.getUint32(e + 20, true) - start)
      object[key] = kind === M_STRING ? value : kind === M_NUMBER ? Number(value) : JSON.parse(value)
    }
  }
  return object
}
