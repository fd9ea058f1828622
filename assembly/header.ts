// The JOSE header's members and its string values, for both token parsers: the HS
// module's (token.ts) and the asymmetric module's (pk/token.ts). Each applies its own
// profile to them; this file only reads.
import * as json from "./json";

/** The header members a parser watches; a kid-less scan passes the first four. */
export const HEADER_MEMBERS: StaticArray<string> = ["alg", "typ", "crit", "b64"];
export const HEADER_MEMBERS_KID: StaticArray<string> = ["alg", "typ", "crit", "b64", "kid"];
export const ALG = 0, TYP = 1, CRIT = 2, B64 = 3, KID = 4;

// The decoded alg or typ value; anything longer than a few escapes is not a match anyway.
const VALUE = memory.data(128);
const VALUE_MAX_BYTES: usize = 32;

/** Decodes the watched header string i into VALUE; returns its length in UTF-16 units, or -1. */
export function headerString(i: i32): i32 {
  if (json.slotKind(i) != json.KIND_STRING) return -1;
  const start = json.slotStart(i), end = json.slotEnd(i);
  if (end - start > VALUE_MAX_BYTES) return -1;
  json.scanString(start, end + 1, VALUE); // valid: the scan accepted it
  return json.lastDecodedUnits();
}

// @ts-ignore: decorator
@inline function unit(i: i32): u32 {
  return <u32>load<u16>(VALUE + (<usize>i << 1));
}

/**
 * Whether VALUE holds exactly `word` (lowercase letters and '/' or '+'), letters in any
 * case: media type names are case-insensitive (RFC 2045 §5.1). Only letters are folded, so
 * no control character can pass for the '/'.
 */
export function valueIs(units: i32, word: string): bool {
  if (units != word.length) return false;
  for (let i = 0; i < units; i++) {
    const c = <u32>word.charCodeAt(i);
    const u = unit(i);
    if (c >= 0x61 ? (u | 32) != c : u != c) return false;
  }
  return true;
}

/** Whether VALUE holds exactly `name`, case-sensitive (header values, RFC 7515 §4.1.1). */
export function valueEquals(units: i32, name: string): bool {
  if (units != name.length) return false;
  for (let i = 0; i < units; i++) if (unit(i) != <u32>name.charCodeAt(i)) return false;
  return true;
}
