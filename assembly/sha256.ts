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

// §4.1.2 functions. Ch uses the form with one fewer operation; Maj is written in the rounds.
// @ts-ignore: decorator
@inline function ch(x: u32, y: u32, z: u32): u32 { return z ^ (x & (y ^ z)); }
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

/**
 * Compresses `blocks` consecutive 64-byte blocks at `p` (any alignment: wasm loads
 * need none) into `state`. The state stays in locals across blocks, so callers pass
 * whole runs of blocks.
 */
export function sha256Blocks(state: usize, p: usize, blocks: usize): void {
  let h0 = load<u32>(state, 0), h1 = load<u32>(state, 4), h2 = load<u32>(state, 8), h3 = load<u32>(state, 12);
  let h4 = load<u32>(state, 16), h5 = load<u32>(state, 20), h6 = load<u32>(state, 24), h7 = load<u32>(state, 28);
  const end = p + (blocks << 6);
  while (p < end) {
    // W0..W15 (§6.2.2 step 1) live in locals; from W16 on, each replaces the word
    // sixteen places back. The schedule never touches linear memory, so there is
    // nothing key-derived to wipe after HMAC key setup. V8 keeps it in registers or
    // its own stack: ~13% faster than a W array with 8-round passes (bench/), though
    // Bun's JavaScriptCore ran this SHA-256 ~20% slower; V8 hosts most deployments.
    let w0 = bswap<u32>(load<u32>(p, 0)), w1 = bswap<u32>(load<u32>(p, 4)), w2 = bswap<u32>(load<u32>(p, 8)), w3 = bswap<u32>(load<u32>(p, 12));
    let w4 = bswap<u32>(load<u32>(p, 16)), w5 = bswap<u32>(load<u32>(p, 20)), w6 = bswap<u32>(load<u32>(p, 24)), w7 = bswap<u32>(load<u32>(p, 28));
    let w8 = bswap<u32>(load<u32>(p, 32)), w9 = bswap<u32>(load<u32>(p, 36)), w10 = bswap<u32>(load<u32>(p, 40)), w11 = bswap<u32>(load<u32>(p, 44));
    let w12 = bswap<u32>(load<u32>(p, 48)), w13 = bswap<u32>(load<u32>(p, 52)), w14 = bswap<u32>(load<u32>(p, 56)), w15 = bswap<u32>(load<u32>(p, 60));
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7;
    // Maj(a, b, c) = ((a ^ b) & (b ^ c)) ^ b, and this round's b ^ c is the previous
    // round's a ^ b (the names shift by one), so it is carried in bc: one operation fewer
    // per round than the §4.1.2 form.
    let ab: u32, bc = b ^ c;
    // Steps 2-3, sixteen rounds per pass (64 = 4 x 16). Instead of shifting a..h each
    // round, the names rotate: after eight rounds every value is back in its slot.
    for (let k = K; ; k += 64) {
      let t: u32;
      t = t1(e, f, g, h, load<u32>(k, 0) + w0);   d += t; h = t + bigS0(a) + (((ab = a ^ b) & bc) ^ b); bc = ab;
      t = t1(d, e, f, g, load<u32>(k, 4) + w1);   c += t; g = t + bigS0(h) + (((ab = h ^ a) & bc) ^ a); bc = ab;
      t = t1(c, d, e, f, load<u32>(k, 8) + w2);   b += t; f = t + bigS0(g) + (((ab = g ^ h) & bc) ^ h); bc = ab;
      t = t1(b, c, d, e, load<u32>(k, 12) + w3);  a += t; e = t + bigS0(f) + (((ab = f ^ g) & bc) ^ g); bc = ab;
      t = t1(a, b, c, d, load<u32>(k, 16) + w4);  h += t; d = t + bigS0(e) + (((ab = e ^ f) & bc) ^ f); bc = ab;
      t = t1(h, a, b, c, load<u32>(k, 20) + w5);  g += t; c = t + bigS0(d) + (((ab = d ^ e) & bc) ^ e); bc = ab;
      t = t1(g, h, a, b, load<u32>(k, 24) + w6);  f += t; b = t + bigS0(c) + (((ab = c ^ d) & bc) ^ d); bc = ab;
      t = t1(f, g, h, a, load<u32>(k, 28) + w7);  e += t; a = t + bigS0(b) + (((ab = b ^ c) & bc) ^ c); bc = ab;
      t = t1(e, f, g, h, load<u32>(k, 32) + w8);  d += t; h = t + bigS0(a) + (((ab = a ^ b) & bc) ^ b); bc = ab;
      t = t1(d, e, f, g, load<u32>(k, 36) + w9);  c += t; g = t + bigS0(h) + (((ab = h ^ a) & bc) ^ a); bc = ab;
      t = t1(c, d, e, f, load<u32>(k, 40) + w10); b += t; f = t + bigS0(g) + (((ab = g ^ h) & bc) ^ h); bc = ab;
      t = t1(b, c, d, e, load<u32>(k, 44) + w11); a += t; e = t + bigS0(f) + (((ab = f ^ g) & bc) ^ g); bc = ab;
      t = t1(a, b, c, d, load<u32>(k, 48) + w12); h += t; d = t + bigS0(e) + (((ab = e ^ f) & bc) ^ f); bc = ab;
      t = t1(h, a, b, c, load<u32>(k, 52) + w13); g += t; c = t + bigS0(d) + (((ab = d ^ e) & bc) ^ e); bc = ab;
      t = t1(g, h, a, b, load<u32>(k, 56) + w14); f += t; b = t + bigS0(c) + (((ab = c ^ d) & bc) ^ d); bc = ab;
      t = t1(f, g, h, a, load<u32>(k, 60) + w15); e += t; a = t + bigS0(b) + (((ab = b ^ c) & bc) ^ c); bc = ab;
      if (k == K + 48 * 4) break; // the last pass needs no further schedule
      w0 += smallS1(w14) + w9 + smallS0(w1);    w1 += smallS1(w15) + w10 + smallS0(w2);
      w2 += smallS1(w0) + w11 + smallS0(w3);    w3 += smallS1(w1) + w12 + smallS0(w4);
      w4 += smallS1(w2) + w13 + smallS0(w5);    w5 += smallS1(w3) + w14 + smallS0(w6);
      w6 += smallS1(w4) + w15 + smallS0(w7);    w7 += smallS1(w5) + w0 + smallS0(w8);
      w8 += smallS1(w6) + w1 + smallS0(w9);     w9 += smallS1(w7) + w2 + smallS0(w10);
      w10 += smallS1(w8) + w3 + smallS0(w11);   w11 += smallS1(w9) + w4 + smallS0(w12);
      w12 += smallS1(w10) + w5 + smallS0(w13);  w13 += smallS1(w11) + w6 + smallS0(w14);
      w14 += smallS1(w12) + w7 + smallS0(w15);  w15 += smallS1(w13) + w8 + smallS0(w0);
    }
    // Step 4: the Davies–Meyer feed-forward.
    h0 += a; h1 += b; h2 += c; h3 += d; h4 += e; h5 += f; h6 += g; h7 += h;
    p += 64;
  }
  store<u32>(state, h0, 0); store<u32>(state, h1, 4); store<u32>(state, h2, 8); store<u32>(state, h3, 12);
  store<u32>(state, h4, 16); store<u32>(state, h5, 20); store<u32>(state, h6, 24); store<u32>(state, h7, 28);
}
