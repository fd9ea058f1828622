// Scalars modulo the Ed25519 group order L = 2^252 + 27742317777372353535851937790883648493
// (RFC 8032 §5.1): the S < L check, the reduction of SHA-512 output mod L, and the comb
// digits the scalar multiplication reads (edwards25519.ts). Public values only.

/** L, little-endian (RFC 8032 §5.1). */
const L_BYTES: usize = memory.data<u8>([
  0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10,
]);

/** c = L - 2^252 as four 32-bit words, least significant first. */
const C0: i64 = 0x5cf5d3ed, C1: i64 = 0x5812631a, C2: i64 = 0xa2f79cd6, C3: i64 = 0x14def9de;

/** The running remainder: eight 32-bit words (one per u32), least significant first. */
const R: usize = memory.data(32, 16);

/**
 * True if the 32-byte little-endian s is below L. RFC 8032 §5.1.7 step 1 requires it: a
 * verifier that skips it accepts S + L for S, a second valid signature for the same message
 * (malleability; elliptic's CVE-2024-42459).
 */
export function scIsReduced(s: usize): bool {
  for (let i = 31; i >= 0; i--) {
    const a = load<u8>(s + <usize>i), b = load<u8>(L_BYTES + <usize>i);
    if (a != b) return a < b;
  }
  return false; // s == L
}

/**
 * out = h mod L for the 64-byte little-endian h (SHA-512 output, RFC 8032 §5.1.7 step 2).
 * Horner over the bytes, most significant first: r = 256 r + byte, then, with
 * q = floor(r / 2^252) < 2^9, r - qL = (r mod 2^252) - qc, below L and above -2^134, so
 * one conditional addition of L finishes the step.
 */
export function scReduce64(out: usize, h: usize): void {
  memory.fill(R, 0, 32);
  for (let n = 63; n >= 0; n--) {
    // r = 256 r + h[n]; r < L < 2^253, so the shifted-out top is below 2^9.
    let carry: u32 = load<u8>(h + <usize>n);
    for (let i: usize = 0; i < 32; i += 4) {
      const w = load<u32>(R + i);
      store<u32>(R + i, (w << 8) | carry);
      carry = w >> 24;
    }
    const top = load<u32>(R, 28);
    const q = <i64>((carry << 4) | (top >> 28));
    store<u32>(R, top & 0x0fffffff, 28);
    // r -= q c, borrowing through the words (c has four).
    let v: i64 = 0;
    v += <i64>load<u32>(R, 0) - q * C0; store<u32>(R, <u32>v, 0); v >>= 32;
    v += <i64>load<u32>(R, 4) - q * C1; store<u32>(R, <u32>v, 4); v >>= 32;
    v += <i64>load<u32>(R, 8) - q * C2; store<u32>(R, <u32>v, 8); v >>= 32;
    v += <i64>load<u32>(R, 12) - q * C3; store<u32>(R, <u32>v, 12); v >>= 32;
    for (let i: usize = 16; i < 32; i += 4) {
      v += <i64>load<u32>(R + i); store<u32>(R + i, <u32>v); v >>= 32;
    }
    if (v < 0) {
      // Negative: add L once (the carry out cancels the borrow).
      let c: u64 = 0;
      for (let i: usize = 0; i < 32; i += 4) {
        c += <u64>load<u32>(R + i) + <u64>load<u32>(L_BYTES + i);
        store<u32>(R + i, <u32>c);
        c >>= 32;
      }
    }
  }
  memory.copy(out, R, 32);
}

/**
 * The 32 comb digits of a scalar s < 2^256 for an eight-tooth comb (edwards25519.ts):
 * digit i collects bits i, 32 + i, ..., 224 + i of s as bits 0..7, so that
 * s = sum over i of 2^i * (sum over j of bit_j(digit i) * 2^(32 j)).
 */
export function scCombDigits(out: usize, s: usize): void {
  memory.fill(out, 0, 32);
  for (let j = 0; j < 8; j++) {
    const word = load<u32>(s + (<usize>j << 2));
    for (let i = 0; i < 32; i++) {
      const at = out + <usize>i;
      store<u8>(at, load<u8>(at) | (((word >> i) & 1) << j));
    }
  }
}
