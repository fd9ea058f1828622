// base64url without padding (RFC 4648 §5, RFC 7515 §2), strict: every byte string has
// exactly one accepted spelling. A decoder that ignored the unused trailing bits would
// accept up to 16 spellings of the same signature, which defeats blocklists and caches
// keyed on the token text.

const ALPHABET = memory.data<u8>([
  65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90,
  97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
  118, 119, 120, 121, 122, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 45, 95,
]);

// @ts-ignore: decorator
@inline function letter(v: u32): u8 {
  return load<u8>(ALPHABET + <usize>(v & 63));
}

/** Length of the unpadded encoding of n bytes. */
// @ts-ignore: decorator
@inline export function encodedLength(n: i32): i32 {
  return (n / 3) * 4 + ((n % 3) * 4 + 2) / 3;
}

/** Encodes src[0, len) at dst; returns the number of characters written. */
export function encode(src: usize, len: i32, dst: usize): i32 {
  let s = src;
  let d = dst;
  const full = src + <usize>(len - len % 3);
  while (s < full) {
    const v = (<u32>load<u8>(s) << 16) | (<u32>load<u8>(s, 1) << 8) | <u32>load<u8>(s, 2);
    store<u8>(d, letter(v >> 18));
    store<u8>(d, letter(v >> 12), 1);
    store<u8>(d, letter(v >> 6), 2);
    store<u8>(d, letter(v), 3);
    s += 3;
    d += 4;
  }
  const rest = len % 3;
  if (rest == 1) {
    const v = <u32>load<u8>(s);
    store<u8>(d, letter(v >> 2));
    store<u8>(d, letter(v << 4), 1);
    d += 2;
  } else if (rest == 2) {
    const v = (<u32>load<u8>(s) << 8) | <u32>load<u8>(s, 1);
    store<u8>(d, letter(v >> 10));
    store<u8>(d, letter(v >> 4), 1);
    store<u8>(d, letter(v << 2), 2);
    d += 3;
  }
  return <i32>(d - dst);
}

// Sixteen characters at a time in SIMD (Muła's nibble lookups, for the base64url alphabet).
// A character is valid when its low nibble's class bits and its high nibble's have nothing
// in common. High-nibble classes: 2 ('-' only), 3 (digits, low 0-9), 4 and 6 (letters,
// low 1-15), 5 (letters, low 0-10, and '_'), 7 (letters, low 0-10), anything else
// (control characters, 0x80 and up: never valid, 0x20 in every low entry).
const VALID_HI = memory.data<u8>([0x20, 0x20, 0x01, 0x02, 0x04, 0x08, 0x04, 0x10, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20, 0x20], 16);
const INVALID_LO = memory.data<u8>([0x25, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x21, 0x23, 0x3b, 0x3b, 0x3a, 0x3b, 0x33], 16);
// What to add to a character to get its sextet, by high nibble ('_', 0x5f, is -32 apart).
const OFFSET = memory.data<u8>([0, 0, 17, 4, 191, 191, 185, 185, 0, 0, 0, 0, 0, 0, 0, 0], 16);

/** Lanes that held a character outside the alphabet since decode() began (nonzero bits). */
let invalid = i8x16.splat(0);

/**
 * The 16 characters of v as 12 bytes in lanes 0-11 (lanes 12-15 zero); characters outside
 * the alphabet mark `invalid`.
 */
// @ts-ignore: decorator
@inline function block(v: v128): v128 {
  const hi = i8x16.shr_u(v, 4);
  const lo = v128.and(v, i8x16.splat(15));
  invalid = v128.or(invalid, v128.and(i8x16.swizzle(v128.load(INVALID_LO), lo), i8x16.swizzle(v128.load(VALID_HI), hi)));
  const offset = v128.bitselect(i8x16.splat(-32), i8x16.swizzle(v128.load(OFFSET), hi), i8x16.eq(v, i8x16.splat(0x5f)));
  const sextets = i8x16.add(v, offset);
  // Pairs of sextets to 12 bits in each u16, then pairs of those to 24 bits in each u32,
  // whose three bytes go out most significant first.
  const twelve = v128.or(i16x8.shl(v128.and(sextets, i16x8.splat(0xff)), 6), i16x8.shr_u(sextets, 8));
  const bits = i32x4.dot_i16x8_s(twelve, i32x4.splat(0x00011000)); // first * 4096 + second
  return i8x16.shuffle(bits, i8x16.splat(0), 2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, 16, 16, 16, 16);
}

/** 0, 1, ... 15. */
const LANES = memory.data<u8>([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], 16);

/**
 * Decodes src[0, len) at dst; returns the byte count, or -1 when the text is not the
 * canonical unpadded base64url spelling of any byte string. Sixteen characters at a time;
 * the last, partial block is padded with 'A' (sextet 0), so the unused bits of the last
 * character (RFC 4648 §3.5: zero in the one canonical spelling) decode into the bytes
 * after the output, which must then be zero. Each block writes its 12 bytes whole, so up to
 * 11 bytes past the output may be written, zeros when the text is canonical: every
 * output region (layout.ts) has that room.
 */
export function decode(src: usize, len: i32, dst: usize): i32 {
  const rest = len & 3;
  if (rest == 1) return -1; // no byte string encodes to 4k+1 characters
  const end = src + <usize>len;
  let s = src;
  let d = dst;
  invalid = i8x16.splat(0);
  while (s + 16 <= end) {
    const out = block(v128.load(s));
    v128.store64_lane(d, out, 0);
    v128.store32_lane(d, out, 2, 8);
    s += 16;
    d += 12;
  }
  const left = end - s;
  if (left) {
    // Reads past the text (never past the memory: src is in IN, far from its end).
    const lanes = v128.load(LANES);
    const out = block(v128.bitselect(v128.load(s), i8x16.splat(0x41), i8x16.lt_u(lanes, i8x16.splat(<i8>left))));
    v128.store64_lane(d, out, 0);
    v128.store32_lane(d, out, 2, 8);
    const n = (left >> 2) * 3 + (rest ? <usize>rest - 1 : 0);
    invalid = v128.or(invalid, i8x16.swizzle(out, i8x16.add(lanes, i8x16.splat(<i8>n))));
    d += n;
  }
  return v128.any_true(invalid) ? -1 : <i32>(d - dst);
}
