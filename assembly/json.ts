// A validating JSON scanner that agrees with JSON.parse (ECMA-262 §25.5.1, RFC 8259) on
// what is valid, and reports the top-level members a caller watches for. It never
// builds values: JS builds the claims from the same bytes after the engine accepts them
// (from the member table below, or with JSON.parse), so both must see the same document.
// Three rules make that true:
//  - only top-level members are watched, so a nested {"exp": ...} is not the exp;
//  - member names are compared after decoding escapes, so "\u0065xp" is exp;
//  - a member name repeated in any object rejects the document, so no two parsers can
//    pick different values for it (RFC 7519 §4 lets us reject; RFC 8259 §4 says
//    duplicate names make behaviour unpredictable).
// Also strict where JSON.parse is lenient about the text's encoding: strings must be
// valid UTF-8 (RFC 8259 §8.1), which JSON.parse never sees because TextDecoder has
// already replaced bad bytes.
import { SCAN, MAX_DECODED } from "./layout";
import * as names from "./names";

// Scratch regions inside SCAN (sizes are worst cases for a MAX_DECODED document: every
// member takes at least 5 bytes, every nesting level at least 1). SCAN's last
// names.NAMES_SIZE bytes are the member-name table's (names.ts).
const STACK: usize = SCAN; //                          i32 per open container: object id, or -1 for an array
const ENTRIES: usize = STACK + <usize>MAX_DECODED * 4; // 16 bytes per member name: object, hash, text, length
const TEXT: usize = ENTRIES + <usize>MAX_DECODED * 4; //  decoded names, UTF-16
const TABLE: usize = TEXT + <usize>MAX_DECODED * 2; //    open-addressed (generation, entry) slots
const TABLE_MASK: u32 = 32767;

// The top-level members of the last document, for JS to build the object JSON.parse would
// return without parsing the text again (src/util/members.ts): in Chromium, reading the
// text out and JSON.parse were a quarter of verify+decode, and building from this table
// costs about half as much (bench/browser-profile.mjs). MEMBERS: count (i32, -1 when JS must call JSON.parse), the name
// table's epoch (i32), then MEMBER_SIZE bytes per member: kind (M_*), name id (-1: none),
// name span, value span (all offsets from the document's first byte), and an integer's
// value as an f64.
export const MEMBERS: usize = TABLE + ((<usize>TABLE_MASK + 1) << 3);
export const MEMBER_MAX: i32 = 12;
export const MEMBER_SIZE: usize = 32;
export const MEMBER_AT: usize = 16;
// Kinds that JS reads without the text come first (src/util/members.ts relies on it).
/** At most 15 digits, no fraction or exponent: the value is exact in the entry. */
export const M_INTEGER: i32 = 1;
export const M_TRUE: i32 = 2;
export const M_FALSE: i32 = 3;
export const M_NULL: i32 = 4;
/** A string with no escape: JS takes its text (the span excludes the quotes). */
export const M_STRING: i32 = 5;
/** Any other number: Number() of its text rounds exactly as JSON.parse does. */
export const M_NUMBER: i32 = 6;
/** An object, an array, or a string with escapes: JS runs JSON.parse on the span. */
export const M_JSON: i32 = 7;

let members: i32 = 0;
/** FNV-1a of the name addName last recorded. */
let lastHash: u32 = 0;
/** Whether the last scanString met an escape. */
let escaped = false;

/** Value kinds recorded for watched members. */
export const KIND_ABSENT: i32 = 0;
export const KIND_STRING: i32 = 1;
export const KIND_NUMBER: i32 = 2; // any JSON number
export const KIND_INTEGER: i32 = 3; // a number spelled as at most 15 integer digits: exact in an f64
export const KIND_OTHER: i32 = 4;

// Watched member results: kind, start, end (a string's span excludes its quotes), and an
// integer's value (f64 at +16), 32 bytes each.
const SLOTS = memory.data(32 * 8);
const SLOT_COUNT: i32 = 8;

let generation: u32 = 0;
let objects: u32 = 0;
let entryCount: u32 = 0;
let textTop: usize = 0;
let decodedUnits: i32 = 0;
let numberIsInteger = false;
/** Whether the last scanObject met a byte above 0x7f (only strings may hold one). */
let sawNonAscii = false;

/** The last scanObject's document is ASCII: JS may read it as Latin-1, byte for character. */
export function lastWasAscii(): bool { return !sawNonAscii; }

// @ts-ignore: decorator
@inline export function slotKind(i: i32): i32 { return load<i32>(SLOTS + (<usize>i << 5)); }
// @ts-ignore: decorator
@inline export function slotStart(i: i32): usize { return load<u32>(SLOTS + (<usize>i << 5), 4); }
// @ts-ignore: decorator
@inline export function slotEnd(i: i32): usize { return load<u32>(SLOTS + (<usize>i << 5), 8); }
/** The value of a KIND_INTEGER member. */
// @ts-ignore: decorator
@inline export function slotValue(i: i32): f64 { return load<f64>(SLOTS + (<usize>i << 5), 16); }

/** UTF-16 length of the string scanString last decoded. */
export function lastDecodedUnits(): i32 { return decodedUnits; }

// @ts-ignore: decorator
@inline function isSpace(c: u32): bool {
  return c == 0x20 || c == 0x0a || c == 0x0d || c == 0x09;
}

function skipSpace(p: usize, end: usize): usize {
  while (p < end && isSpace(load<u8>(p))) p++;
  return p;
}

function hexValue(c: u32): i32 {
  if (c - 48 < 10) return <i32>(c - 48);
  c |= 32;
  if (c - 97 < 6) return <i32>(c - 87);
  return -1;
}

// 1 for the bytes a string holds as they are (ASCII from 0x20, but not '"' or '\\').
const PLAIN = memory.data<u8>([
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
]);

/** Bit i set when byte i of v ends a run of plain bytes: '"', '\\', below 0x20 or above 0x7f. */
// @ts-ignore: decorator
@inline function stops(v: v128): i32 {
  return i8x16.bitmask(v128.or(
    v128.or(i8x16.eq(v, i8x16.splat(0x22)), i8x16.eq(v, i8x16.splat(0x5c))),
    i8x16.lt_s(v, i8x16.splat(0x20)), // above 0x7f is negative as a signed byte
  ));
}

/**
 * Validates the string whose opening quote is at p - 1; returns the position after its
 * closing quote, or 0. With dst != 0 it also writes the decoded UTF-16 code units there
 * and leaves their count in decodedUnits.
 */
export function scanString(p: usize, end: usize, dst: usize): usize {
  let units = 0;
  escaped = false;
  while (p < end) {
    let c = <u32>load<u8>(p);
    // Runs of plain bytes in a tight loop: one table load per byte instead of the four
    // tests below: about a tenth of the payload scan (bench/engine-ab.mjs).
    if (load<u8>(PLAIN + <usize>c)) {
      if (dst) {
        do {
          store<u16>(dst + (<usize>units << 1), <u16>c);
          units++;
          p++;
        } while (p < end && load<u8>(PLAIN + <usize>(c = <u32>load<u8>(p))));
      } else {
        p++;
        // Sixteen bytes at a time while sixteen remain: the lanes that end the run ('"',
        // '\\', a control character, a byte above 0x7f), the first of which stops it.
        while (p + 16 <= end) {
          const stop = stops(v128.load(p));
          if (stop) {
            p += <usize>ctz(stop);
            break;
          }
          p += 16;
        }
        while (p < end && load<u8>(PLAIN + <usize>load<u8>(p))) p++;
      }
      continue;
    }
    if (c == 0x22) {
      decodedUnits = units;
      return p + 1;
    }
    if (c == 0x5c) {
      escaped = true;
      if (p + 1 >= end) return 0;
      const e = <u32>load<u8>(p, 1);
      p += 2;
      if (e == 0x75) {
        if (p + 4 > end) return 0;
        const h0 = hexValue(load<u8>(p)), h1 = hexValue(load<u8>(p, 1));
        const h2 = hexValue(load<u8>(p, 2)), h3 = hexValue(load<u8>(p, 3));
        if ((h0 | h1 | h2 | h3) < 0) return 0;
        c = <u32>((h0 << 12) | (h1 << 8) | (h2 << 4) | h3);
        p += 4;
      } else if (e == 0x22 || e == 0x5c || e == 0x2f) c = e;
      else if (e == 0x62) c = 8;
      else if (e == 0x66) c = 12;
      else if (e == 0x6e) c = 10;
      else if (e == 0x72) c = 13;
      else if (e == 0x74) c = 9;
      else return 0;
    } else if (c < 0x20) {
      return 0; // raw control characters are not allowed in strings
    } else if (c < 0x80) {
      p++;
    } else {
      // UTF-8, RFC 3629 §4: no overlong forms, no surrogates, nothing above U+10FFFF.
      sawNonAscii = true;
      let need = 0;
      let lo: u32 = 0x80, hi: u32 = 0xbf;
      if (c >= 0xc2 && c <= 0xdf) { need = 1; c &= 0x1f; }
      else if (c >= 0xe0 && c <= 0xef) {
        need = 2;
        if (c == 0xe0) lo = 0xa0;
        else if (c == 0xed) hi = 0x9f;
        c &= 0x0f;
      } else if (c >= 0xf0 && c <= 0xf4) {
        need = 3;
        if (c == 0xf0) lo = 0x90;
        else if (c == 0xf4) hi = 0x8f;
        c &= 0x07;
      } else return 0;
      if (p + <usize>need >= end) return 0;
      let b = <u32>load<u8>(p, 1);
      if (b < lo || b > hi) return 0;
      c = (c << 6) | (b & 0x3f);
      for (let k = 2; k <= need; k++) {
        b = <u32>load<u8>(p + <usize>k);
        if (b < 0x80 || b > 0xbf) return 0;
        c = (c << 6) | (b & 0x3f);
      }
      p += 1 + <usize>need;
    }
    if (dst) {
      if (c >= 0x10000) {
        c -= 0x10000;
        store<u16>(dst + (<usize>units << 1), <u16>(0xd800 | (c >> 10)));
        units++;
        c = 0xdc00 | (c & 0x3ff);
      }
      store<u16>(dst + (<usize>units << 1), <u16>c);
      units++;
    }
  }
  return 0;
}

/** Returns the position after the number starting at p, or 0; sets numberIsInteger. */
function scanNumber(p: usize, end: usize): usize {
  const start = p;
  if (load<u8>(p) == 0x2d) p++;
  if (p >= end) return 0;
  let c = <u32>load<u8>(p);
  if (c == 0x30) p++;
  else if (c - 49 < 9) {
    do p++; while (p < end && <u32>load<u8>(p) - 48 < 10);
  } else return 0;
  let integer = p - start - <usize>(load<u8>(start) == 0x2d) <= 15;
  if (p < end && load<u8>(p) == 0x2e) {
    p++;
    if (p >= end || <u32>load<u8>(p) - 48 >= 10) return 0;
    do p++; while (p < end && <u32>load<u8>(p) - 48 < 10);
    integer = false;
  }
  if (p < end && (load<u8>(p) | 32) == 0x65) {
    p++;
    if (p < end && (load<u8>(p) == 0x2b || load<u8>(p) == 0x2d)) p++;
    if (p >= end || <u32>load<u8>(p) - 48 >= 10) return 0;
    do p++; while (p < end && <u32>load<u8>(p) - 48 < 10);
    integer = false;
  }
  numberIsInteger = integer;
  return p;
}

/** Matches the ASCII literal word (true, false, null) at p; returns the position after it, or 0. */
function scanWord(p: usize, end: usize, word: string): usize {
  const n = <usize>word.length;
  if (p + n > end) return 0;
  for (let i: usize = 0; i < n; i++) {
    if (<u32>load<u8>(p + i) != <u32>load<u16>(changetype<usize>(word) + (i << 1))) return 0;
  }
  return p + n;
}

// Linear probing turns quadratic when names are chosen to collide, and the header is
// scanned before the signature is checked: an unauthenticated 64 KB header of colliding
// names cost about 75 times a normal token. So the slot mixes every hash bit (murmur3's
// fmix32), and a name that needs more than MAX_PROBES probes rejects the document. Honest
// documents never come close: the table is at most 30% full, where a run of 64 occupied
// slots has odds below 1e-10 per document.
const MAX_PROBES = 64;

/** Records a member name of object obj; false if that object already has it (or see MAX_PROBES). */
function addName(obj: u32, text: usize, units: i32): bool {
  let hash: u32 = 0x811c9dc5;
  for (let i = 0; i < units; i++) hash = (hash ^ <u32>load<u16>(text + (<usize>i << 1))) * 0x01000193;
  lastHash = hash;
  let mixed: u32 = hash ^ (obj * 0x9e3779b1);
  mixed ^= mixed >> 16;
  mixed *= 0x85ebca6b;
  mixed ^= mixed >> 13;
  mixed *= 0xc2b2ae35;
  mixed ^= mixed >> 16;
  let slot = mixed & TABLE_MASK;
  for (let probes = 0; probes < MAX_PROBES; probes++) {
    const at = TABLE + (<usize>slot << 3);
    if (load<u32>(at) != generation) {
      store<u32>(at, generation);
      store<u32>(at, entryCount, 4);
      const e = ENTRIES + (<usize>entryCount << 4);
      store<u32>(e, obj);
      store<u32>(e, hash, 4);
      store<u32>(e, <u32>text, 8);
      store<u32>(e, <u32>units, 12);
      entryCount++;
      return true;
    }
    const e = ENTRIES + (<usize>load<u32>(at, 4) << 4);
    if (
      load<u32>(e) == obj && load<u32>(e, 4) == hash && load<i32>(e, 12) == units &&
      memory.compare(<usize>load<u32>(e, 8), text, <usize>units << 1) == 0
    ) return false;
    slot = (slot + 1) & TABLE_MASK;
  }
  return false;
}

/** Which of the watched names (ASCII, compared as UTF-16) the decoded name is, or -1. */
function watchedIndex(text: usize, units: i32, watched: StaticArray<string>): i32 {
  // A name of at most four units is one u64 (what follows it is masked off): the common
  // case (every watched name is that short) without a memory.compare call per candidate.
  if (units <= 4) {
    const mask: u64 = units == 4 ? <u64>-1 : (<u64>1 << (<u64>units << 4)) - 1;
    const name = load<u64>(text) & mask;
    for (let i = 0; i < watched.length; i++) {
      const w = unchecked(watched[i]);
      if (w.length == units && (load<u64>(changetype<usize>(w)) & mask) == name) return i;
    }
    return -1;
  }
  for (let i = 0; i < watched.length; i++) {
    const w = unchecked(watched[i]);
    if (w.length == units && memory.compare(changetype<usize>(w), text, <usize>units << 1) == 0) return i;
  }
  return -1;
}

function record(i: i32, kind: i32, start: usize, end: usize, value: f64 = 0): void {
  if (i < 0) return;
  const s = SLOTS + (<usize>i << 5);
  store<i32>(s, kind);
  store<u32>(s, <u32>start, 4);
  store<u32>(s, <u32>end, 8);
  store<f64>(s, value, 16);
}

/** The value of a number scanNumber found to be an integer of at most 15 digits: exact in an f64. */
function parseInteger(p: usize, end: usize): f64 {
  const negative = load<u8>(p) == 0x2d;
  if (negative) p++;
  let v: i64 = 0;
  while (p < end) v = v * 10 + <i64>(load<u8>(p++) - 48);
  const f = <f64>v;
  return negative ? -f : f; // "-0" is -0, as JSON.parse gives
}

/** The entry of top-level member i. */
// @ts-ignore: decorator
@inline function memberAt(i: i32): usize { return MEMBERS + MEMBER_AT + <usize>i * MEMBER_SIZE; }

/** Records the value of the top-level member just named: kind, span from the document's start, an integer's value. */
function memberValue(kind: i32, start: usize, end: usize, base: usize, value: f64 = 0): void {
  if (members < 0) return;
  const e = memberAt(members - 1);
  store<i32>(e, kind);
  store<u32>(e, <u32>(start - base), 16);
  store<u32>(e, <u32>(end - base), 20);
  store<f64>(e, value, 24);
}

/**
 * Starts the entry of a top-level member named by the text [start, end). A name with an
 * escape or a byte above 0x7f (fewer units than bytes), or a member past MEMBER_MAX, leaves
 * the document to JSON.parse.
 */
function memberName(start: usize, end: usize, units: i32, base: usize): void {
  if (members < 0) return;
  const len = end - start;
  if (members == MEMBER_MAX || <usize>units != len) {
    members = -1;
    return;
  }
  const e = memberAt(members++);
  store<i32>(e, names.nameId(lastHash, start, <u32>len), 4);
  store<u32>(e, <u32>(start - base), 8);
  store<u32>(e, <u32>(end - base), 12);
}

/** The end of the container value of the top-level member last named. */
function memberEnd(p: usize, base: usize): void {
  if (members > 0) store<u32>(memberAt(members - 1), <u32>(p - base), 20);
}

/** After the top-level object's closing brace at p - 1: valid if only whitespace follows. Publishes the member table. */
function endDocument(p: usize, end: usize): bool {
  store<i32>(MEMBERS, members);
  store<i32>(MEMBERS, names.epoch(), 4);
  return skipSpace(p, end) == end;
}

const EXPECT_VALUE = 0;
const EXPECT_NAME = 1;
const AFTER_VALUE = 2;

/**
 * Scans the JSON text [p, end), which must be one object with nothing but whitespace
 * around it. Returns true if valid; then slotKind/Start/End(i) describe the top-level
 * member named watched[i]. Any JSON.parse error, or a repeated name in any object,
 * returns false. With `tabled` (a payload whose signature has been checked), it also
 * leaves the MEMBERS table; a header leaves none, so that only authenticated text can
 * add names to the table.
 */
export function scanObject(p: usize, end: usize, watched: StaticArray<string>, tabled: bool = false): bool {
  memory.fill(SLOTS, 0, <usize>SLOT_COUNT << 5); // every slot KIND_ABSENT (0)
  if (++generation == 0) {
    memory.fill(TABLE, 0, (<usize>TABLE_MASK + 1) << 3);
    generation = 1;
  }
  objects = 0;
  entryCount = 0;
  textTop = TEXT;
  sawNonAscii = false;
  members = -1;
  if (tabled) {
    members = 0;
    names.makeRoom(<u32>MEMBER_MAX);
  }
  const base = p;

  p = skipSpace(p, end);
  if (p >= end || load<u8>(p) != 0x7b) return false;
  let depth = 0;
  let state = EXPECT_VALUE;
  let member = -1; // watched index of the top-level member whose value comes next
  while (true) {
    p = skipSpace(p, end);
    if (p >= end) return false;
    const c = <u32>load<u8>(p);
    if (state == EXPECT_VALUE) {
      if (c == 0x7b || c == 0x5b) {
        if (depth == 1) {
          record(member, KIND_OTHER, p, p);
          memberValue(M_JSON, p, p, base); // its end is set when it closes
        }
        store<i32>(STACK + (<usize>depth << 2), c == 0x7b ? <i32>(objects++) : -1);
        depth++;
        p++;
        p = skipSpace(p, end);
        if (p >= end) return false;
        const close = c + 2; // '}' and ']' are two past '{' and '['
        if (<u32>load<u8>(p) == close) {
          p++;
          depth--;
          if (depth == 0) return endDocument(p, end);
          if (depth == 1) memberEnd(p, base);
          state = AFTER_VALUE;
        } else {
          state = c == 0x7b ? EXPECT_NAME : EXPECT_VALUE;
        }
        continue;
      }
      const start = p;
      let kind = KIND_OTHER;
      let memberKind = M_JSON;
      if (c == 0x22) {
        p = scanString(p + 1, end, 0);
        kind = KIND_STRING;
        memberKind = escaped ? M_JSON : M_STRING;
      } else if (c == 0x2d || c - 48 < 10) {
        p = scanNumber(p, end);
        kind = numberIsInteger ? KIND_INTEGER : KIND_NUMBER;
        memberKind = numberIsInteger ? M_INTEGER : M_NUMBER;
      } else if (c == 0x74) {
        p = scanWord(p, end, "true");
        memberKind = M_TRUE;
      } else if (c == 0x66) {
        p = scanWord(p, end, "false");
        memberKind = M_FALSE;
      } else if (c == 0x6e) {
        p = scanWord(p, end, "null");
        memberKind = M_NULL;
      } else return false;
      if (!p) return false;
      if (depth == 1) {
        let from = start, to = p;
        let value: f64 = 0;
        if (kind == KIND_STRING) {
          from++; // a watched string's span excludes its quotes
          to--;
        } else if (kind == KIND_INTEGER) {
          value = parseInteger(start, p); // once, for both tables: the time claims read the slot
        }
        record(member, kind, from, to, value);
        if (memberKind == M_JSON) memberValue(memberKind, start, p, base, 0); // JSON.parse needs the quotes
        else memberValue(memberKind, from, to, base, value);
      }
      state = AFTER_VALUE;
    } else if (state == EXPECT_NAME) {
      if (c != 0x22) return false;
      const nameStart = p + 1;
      p = scanString(nameStart, end, textTop);
      if (!p) return false;
      const units = decodedUnits;
      if (!addName(<u32>load<i32>(STACK + (<usize>(depth - 1) << 2)), textTop, units)) return false;
      member = -1;
      if (depth == 1) {
        member = watchedIndex(textTop, units, watched);
        memberName(nameStart, p - 1, units, base);
      }
      textTop += <usize>units << 1;
      p = skipSpace(p, end);
      if (p >= end || load<u8>(p) != 0x3a) return false;
      p++;
      state = EXPECT_VALUE;
    } else {
      // AFTER_VALUE: a comma, or the end of the innermost container.
      if (depth == 0) return false; // unreachable: the loop ends when the top object closes
      const inObject = load<i32>(STACK + (<usize>(depth - 1) << 2)) >= 0;
      if (c == 0x2c) {
        p++;
        state = inObject ? EXPECT_NAME : EXPECT_VALUE;
      } else if (c == (inObject ? <u32>0x7d : <u32>0x5d)) {
        p++;
        depth--;
        if (depth == 0) return endDocument(p, end);
        if (depth == 1) memberEnd(p, base);
      } else return false;
    }
  }
  return false;
}
