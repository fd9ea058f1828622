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
