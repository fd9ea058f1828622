// The member-name table: member names met before, each with an id, so that JS makes each
// name's string once rather than per token (src/util/members.ts; a name string made per
// member cost more than the JSON.parse it spared). A name of at most NAME_LONGEST ASCII
// bytes with no escape gets an id that stands for that exact text until the table is
// cleared, which bumps the epoch and tells JS to forget its strings. The table is cleared
// only between documents (makeRoom), never during one, so every id a document reports
// names the text JS sees in it. Only payloads whose signature verified add names (json.ts
// scanObject's `tabled`); headers, read before the signature is checked, never do. It lives
// in the last NAMES_SIZE bytes of SCAN, which json.ts's scratch regions stop short of.
import { SCAN_END } from "./layout";

const SLOT_COUNT: u32 = 256;
/** At most half the slots are used, so probe runs stay short. */
export const NAME_MAX: u32 = SLOT_COUNT >> 1;
export const NAME_LONGEST: u32 = 64;
export const NAME_TEXT_SIZE: u32 = 4096;
/** Slots (u32: 0 empty, else id + 1), entries (per id: hash u32, text offset u16, length u16), text, and the 7 bytes sameText may read past it. */
export const NAMES_SIZE: usize = (<usize>SLOT_COUNT << 2) + (<usize>NAME_MAX << 3) + <usize>NAME_TEXT_SIZE + 8;

const SLOTS: usize = SCAN_END - NAMES_SIZE;
const ENTRIES: usize = SLOTS + (<usize>SLOT_COUNT << 2);
const TEXT: usize = ENTRIES + (<usize>NAME_MAX << 3);

let count: u32 = 0;
let textTop: u32 = 0;
let epochCount: i32 = 0;

/** How many times the table has been cleared: ids from before a clear mean nothing after it. */
export function epoch(): i32 {
  return epochCount;
}

/** Before a document: clears the table unless it has room for `names` more names of NAME_LONGEST bytes. */
export function makeRoom(names: u32): void {
  if (count <= NAME_MAX - names && textTop <= NAME_TEXT_SIZE - names * NAME_LONGEST) return;
  memory.fill(SLOTS, 0, <usize>SLOT_COUNT << 2);
  count = 0;
  textTop = 0;
  epochCount++;
}

/** a[0, len) == b[0, len), eight bytes at a time (reading up to seven past both: inside their regions). */
// @ts-ignore: decorator
@inline function sameText(a: usize, b: usize, len: u32): bool {
  let diff: u64 = 0;
  let i: u32 = 0;
  for (; i + 8 <= len; i += 8) diff |= load<u64>(a + <usize>i) ^ load<u64>(b + <usize>i);
  if (i < len) diff |= (load<u64>(a + <usize>i) ^ load<u64>(b + <usize>i)) & ((<u64>1 << (<u64>(len - i) << 3)) - 1);
  return diff == 0;
}

/** The id of the name text[0, len) (ASCII, no escapes, FNV-1a hash `hash`), made on first sight; -1 if too long to keep. */
export function nameId(hash: u32, text: usize, len: u32): i32 {
  if (len > NAME_LONGEST) return -1;
  let slot = (hash * 0x9e3779b1) >> 24; // the top byte mixes every bit of the hash
  while (true) {
    const v = load<u32>(SLOTS + (<usize>slot << 2));
    if (v == 0) break;
    const e = ENTRIES + (<usize>(v - 1) << 3);
    if (load<u32>(e) == hash && <u32>load<u16>(e, 6) == len && sameText(TEXT + <usize>load<u16>(e, 4), text, len)) return <i32>(v - 1);
    slot = (slot + 1) & (SLOT_COUNT - 1);
  }
  // makeRoom made room for every name of the document before it began.
  const id = count++;
  store<u32>(SLOTS + (<usize>slot << 2), id + 1);
  const e = ENTRIES + (<usize>id << 3);
  store<u32>(e, hash);
  store<u16>(e, <u16>textTop, 4);
  store<u16>(e, <u16>len, 6);
  memory.copy(TEXT + <usize>textTop, text, len);
  textTop += len;
  return <i32>id;
}
