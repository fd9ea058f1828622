// SHA-256 compression (FIPS 180-4 §6.2.2). Only the block function and its constants
// live here; padding and length encoding are in md.ts, shared with SHA-512.
//
// Chaining state: 8 u32 words in native (little-endian) order. Message words are
// big-endian (§3.1), so they are byte-swapped on load; the digest is swapped back
// when md.ts writes it out.

/** §5.3.3: initial hash value H(0). */
export const IV256: usize = memory.data<u32>([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
], 16);

/** §4.2.2: the 64 round constants, first 32 bits of the cube roots of the first 64 primes. */
const K: usize = memory.data<u32>([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
], 16);

/**
 * §6.2.2 step 1: the message schedule W0..W63. It holds words derived from whatever
 * was compressed last, including padded HMAC keys, so md.ts wipes it after key setup.
 */
export const W256: usize = memory.data(64 * 4, 16);

// §4.1.2 functions. Ch and Maj use the forms with one fewer operation.
// @ts-ignore: decorator
@inline function ch(x: u32, y: u32, z: u32): u32 { return z ^ (x & (y ^ z)); }
// @ts-ignore: decorator
@inline function maj(x: u32, y: u32, z: u32): u32 { return (x & y) | (z & (x | y)); }
// @ts-ignore: decorator
@inline function bigS0(x: u32): u32 { return rotr<u32>(x, 2) ^ rotr<u32>(x, 13) ^ rotr<u32>(x, 22); }
// @ts-ignore: decorator
@inline function bigS1(x: u32): u32 { return rotr<u32>(x, 6) ^ rotr<u32>(x, 11) ^ rotr<u32>(x, 25); }
// @ts-ignore: decorator
@inline function smallS0(x: u32): u32 { return rotr<u32>(x, 7) ^ rotr<u32>(x, 18) ^ (x >>> 3); }
// @ts-ignore: decorator
@inline function smallS1(x: u32): u32 { return rotr<u32>(x, 17) ^ rotr<u32>(x, 19) ^ (x >>> 10); }

/** T1 of §6.2.2 step 3; `kw` is K[t] + W[t]. */
// @ts-ignore: decorator
@inline function t1(e: u32, f: u32, g: u32, h: u32, kw: u32): u32 { return h + bigS1(e) + ch(e, f, g) + kw; }
/** T2 of §6.2.2 step 3. */
// @ts-ignore: decorator
@inline function t2(a: u32, b: u32, c: u32): u32 { return bigS0(a) + maj(a, b, c); }

/**
 * Compresses `blocks` consecutive 64-byte blocks at `p` (any alignment) into `state`.
 * The state stays in locals across blocks, so callers pass whole runs of blocks.
 */
export function sha256Blocks(state: usize, p: usize, blocks: usize): void {
  let h0 = load<u32>(state, 0), h1 = load<u32>(state, 4), h2 = load<u32>(state, 8), h3 = load<u32>(state, 12);
  let h4 = load<u32>(state, 16), h5 = load<u32>(state, 20), h6 = load<u32>(state, 24), h7 = load<u32>(state, 28);
  const end = p + (blocks << 6);
  while (p < end) {
    // Step 1: W0..W15 are the block's big-endian words, W16..W63 the recurrence.
    for (let i: usize = 0; i < 64; i += 16) {
      store<u32>(W256 + i, bswap<u32>(load<u32>(p + i, 0)), 0);
      store<u32>(W256 + i, bswap<u32>(load<u32>(p + i, 4)), 4);
      store<u32>(W256 + i, bswap<u32>(load<u32>(p + i, 8)), 8);
      store<u32>(W256 + i, bswap<u32>(load<u32>(p + i, 12)), 12);
    }
    for (let q = W256; q < W256 + 48 * 4; q += 4) {
      // q points at W[t-16]; the store lands on W[t].
      store<u32>(q,
        smallS1(load<u32>(q, 56)) + load<u32>(q, 36) + smallS0(load<u32>(q, 4)) + load<u32>(q, 0),
        64);
    }

    // Steps 2-3. Eight rounds per pass: instead of shifting a..h each round, the
    // variable names rotate, so after eight rounds every value is back in its slot.
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
    for (let i: usize = 0; i < 64 * 4; i += 32) {
      const k = K + i, w = W256 + i;
      let t: u32;
      t = t1(e, f, g, h, load<u32>(k, 0) + load<u32>(w, 0));   d += t; h = t + t2(a, b, c);
      t = t1(d, e, f, g, load<u32>(k, 4) + load<u32>(w, 4));   c += t; g = t + t2(h, a, b);
      t = t1(c, d, e, f, load<u32>(k, 8) + load<u32>(w, 8));   b += t; f = t + t2(g, h, a);
      t = t1(b, c, d, e, load<u32>(k, 12) + load<u32>(w, 12)); a += t; e = t + t2(f, g, h);
      t = t1(a, b, c, d, load<u32>(k, 16) + load<u32>(w, 16)); h += t; d = t + t2(e, f, g);
      t = t1(h, a, b, c, load<u32>(k, 20) + load<u32>(w, 20)); g += t; c = t + t2(d, e, f);
      t = t1(g, h, a, b, load<u32>(k, 24) + load<u32>(w, 24)); f += t; b = t + t2(c, d, e);
      t = t1(f, g, h, a, load<u32>(k, 28) + load<u32>(w, 28)); e += t; a = t + t2(b, c, d);
    }

    // Step 4: the Davies–Meyer feed-forward.
    h0 += a; h1 += b; h2 += c; h3 += d; h4 += e; h5 += f; h6 += g; h7 += h;
    p += 64;
  }
  store<u32>(state, h0, 0); store<u32>(state, h1, 4); store<u32>(state, h2, 8); store<u32>(state, h3, 12);
  store<u32>(state, h4, 16); store<u32>(state, h5, 20); store<u32>(state, h6, 24); store<u32>(state, h7, 28);
}
