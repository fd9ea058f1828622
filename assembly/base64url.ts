// base64url without padding (RFC 4648 §5, RFC 7515 §2), strict: every byte string has
// exactly one accepted spelling. A decoder that ignored the unused trailing bits would
// accept up to 16 spellings of the same signature, which defeats blocklists and caches
// keyed on the token text.

const ALPHABET = memory.data<u8>([
  65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90,
  97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117,
  118, 119, 120, 121, 122, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 45, 95,
]);

// Sextet value of each byte, or 0xFF. Only the 64 alphabet bytes are valid: no '=',
// '+', '/', whitespace or anything non-ASCII. Filled from ALPHABET when the module starts,
// rather than shipped as 256 more bytes of data.
const SEXTET = memory.data(256);
memory.fill(SEXTET, 0xff, 256);
for (let i: usize = 0; i < 64; i++) store<u8>(SEXTET + <usize>load<u8>(ALPHABET + i), <u8>i);

// @ts-ignore: decorator
@inline function sextet(c: u32): u32 {
  return <u32>load<u8>(SEXTET + <usize>c);
}

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

/**
 * Decodes the 16 characters at s into the 12 bytes at d (exactly those: lane stores).
 * Returns bad with a bit set in some lane if a character is outside the alphabet.
 */
// @ts-ignore: decorator
@inline function decode16(s: usize, d: usize, bad: v128): v128 {
  const v = v128.load(s);
  const hi = i8x16.shr_u(v, 4);
  const lo = v128.and(v, i8x16.splat(15));
  bad = v128.or(bad, v128.and(i8x16.swizzle(v128.load(INVALID_LO), lo), i8x16.swizzle(v128.load(VALID_HI), hi)));
  const offset = v128.bitselect(i8x16.splat(-32), i8x16.swizzle(v128.load(OFFSET), hi), i8x16.eq(v, i8x16.splat(0x5f)));
  const sextets = i8x16.add(v, offset);
  // Pairs of sextets to 12 bits in each u16, then pairs of those to 24 bits in each u32.
  const twelve = v128.or(i16x8.shl(v128.and(sextets, i16x8.splat(0xff)), 6), i16x8.shr_u(sextets, 8));
  const bits = i32x4.dot_i16x8_s(twelve, i32x4.splat(0x00011000)); // first * 4096 + second
  // Each u32 holds three bytes, most significant first in the output.
  const out = i8x16.shuffle(bits, bits, 2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, 0, 0, 0, 0);
  v128.store64_lane(d, out, 0);
  v128.store32_lane(d, out, 2, 8);
  return bad;
}

/**
 * Decodes src[0, len) at dst; returns the byte count, or -1 when the text is not the
 * canonical unpadded base64url spelling of any byte string.
 */
export function decode(src: usize, len: i32, dst: usize): i32 {
  const rest = len & 3;
  if (rest == 1) return -1; // no byte string encodes to 4k+1 characters
  let s = src;
  let d = dst;
  let bad: u32 = 0; // any invalid character sets bit 7 of some sextet; checked once at the end
  const full = src + <usize>(len - rest);
  let badLanes = i8x16.splat(0);
  while (s + 16 <= full) {
    badLanes = decode16(s, d, badLanes);
    s += 16;
    d += 12;
  }
  if (v128.any_true(badLanes)) return -1;
  while (s < full) {
    const a = sextet(load<u8>(s));
    const b = sextet(load<u8>(s, 1));
    const c = sextet(load<u8>(s, 2));
    const e = sextet(load<u8>(s, 3));
    bad |= a | b | c | e;
    const v = (a << 18) | (b << 12) | (c << 6) | e;
    store<u8>(d, <u8>(v >> 16));
    store<u8>(d, <u8>(v >> 8), 1);
    store<u8>(d, <u8>v, 2);
    s += 4;
    d += 3;
  }
  if (rest == 2) {
    const a = sextet(load<u8>(s));
    const b = sextet(load<u8>(s, 1));
    bad |= a | b;
    // The last character carries 2 bits of data and 4 unused bits that must be zero.
    if (b & 15) return -1;
    store<u8>(d, <u8>((a << 2) | (b >> 4)));
    d += 1;
  } else if (rest == 3) {
    const a = sextet(load<u8>(s));
    const b = sextet(load<u8>(s, 1));
    const c = sextet(load<u8>(s, 2));
    bad |= a | b | c;
    if (c & 3) return -1;
    const v = (a << 10) | (b << 4) | (c >> 2);
    store<u8>(d, <u8>(v >> 8));
    store<u8>(d, <u8>v, 1);
    d += 2;
  }
  // SEXTET is 0xFF for bad bytes, and bad bytes can also make `b & 15` nonzero above,
  // which is also a rejection: no path accepts a bad byte.
  if (bad & 0x80) return -1;
  return <i32>(d - dst);
}
