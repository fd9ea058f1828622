// The object JSON.parse would return for a payload the engine has scanned, built from the
// engine's table of its top-level members (assembly/json.ts MEMBERS) rather than by parsing
// the text a second time: JSON.parse was a fifth of HS256 verify+decode in Chromium and a
// quarter on Node; this build costs about a quarter of it (bench/RESULTS.md).
//
// Same object: own data properties in document order on a plain object, with the text's
// own values. Strings without escapes are copied out of the text, integers of at most 15
// digits come exact from the engine, any other number is Number() of its text (which rounds
// as JSON.parse does, ECMA-262 §25.5.1.1), and objects, arrays and strings with escapes are
// JSON.parse of their own span. Properties are assigned, which defines them exactly as
// JSON.parse does (CreateDataProperty) unless Object.prototype has a member of that name (an
// accessor such as __proto__, one frozen by a lockdown, or one prototype pollution added),
// so every name is looked up there at the time of its assignment: a name it has sends the
// document to JSON.parse. Asking once per name was about 13 ns a member cheaper, but wrong
// for a name Object.prototype gains after its first sight (its setter ran; a read-only one
// made decodeToken throw a TypeError). A computed-key object literal would need no lookup,
// but in V8 it ran at a quarter of JSON.parse's cost in some processes and slower than
// JSON.parse in others. Where the engine leaves no table (more than MEMBER_MAX members, a
// name with an escape or a byte above 0x7f), JSON.parse does it all.

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

/**
 * The same characters in a string of their own. A slice of 13 characters or more is, in V8,
 * a view into the text it came from: a claim kept for long (a sub as a map key, say) would
 * keep its whole payload alive, which JSON.parse's copies never do. Concatenation then
 * slicing makes the engine flatten the pair into a new string first: the result holds at
 * most its own length plus one (test/token/members.test.ts measures it), for about 6 ns.
 */
function own(text: string): string {
  return (' ' + text).slice(1)
}

/**
 * JSON.parse(json) for the document the engine last scanned, whose member table is at `at`
 * in `view`; json is that document's text, which must be ASCII (the table's offsets are bytes).
 */
export function parseScanned(view: DataView, at: number, json: string, names: NameCache): Record<string, unknown> {
  const count = view.getInt32(at, true)
  if (count < 0) return JSON.parse(json) as Record<string, unknown>
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
      key = own(json.slice(view.getUint32(e + 8, true), view.getUint32(e + 12, true)))
      if (id >= 0) keys[id] = key
    }
    if (key in Object.prototype) return JSON.parse(json) as Record<string, unknown>
    const kind = view.getInt32(e, true)
    const text = kind < M_STRING ? '' : json.slice(view.getUint32(e + 16, true), view.getUint32(e + 20, true))
    object[key] =
      kind === M_INTEGER ? view.getFloat64(e + 24, true)
      : kind === M_STRING ? own(text)
      : kind === M_NUMBER ? Number(text)
      : kind === M_TRUE ? true
      : kind === M_FALSE ? false
      : kind === M_NULL ? null
      : JSON.parse(text)
  }
  return object
}
