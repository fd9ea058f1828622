// Merkle–Damgård bookkeeping, written once for both hash families (the idea of
// noble-hashes _md.ts): full blocks go straight from the message to the compression
// function, the tail is padded here (FIPS 180-4 §5.1), and the digest is written
// big-endian (§6.2.2 / §6.4.2 final step). Each family adds only its compression
// function and initial value.
//
// alg: 0 = SHA-256, 1 = SHA-384, 2 = SHA-512 (the numbering index.ts exports).

import { IV256, sha256Blocks } from "./sha256";
import { IV384, IV512, sha512Blocks } from "./sha512";

/** Padding for at most two blocks: a tail with no room for the length spills into a second (§5.1.1, §5.1.2). */
const TAIL: usize = memory.data(256, 16);
/** Lane indexes 0-15. */
const LANES = memory.data<u8>([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15], 16);

/** Block size in bytes: 64 for SHA-256, 128 for SHA-384/512 (§1, Figure 1). */
// @ts-ignore: decorator
@inline export function blockLen(alg: i32): usize { return alg == 0 ? 64 : 128; }

/** Digest size in bytes: SHA-384 is SHA-512 truncated to its leftmost 384 bits (§6.5). */
export function digestLength(alg: i32): i32 { return alg == 0 ? 32 : alg == 1 ? 48 : 64; }

/** Loads H(0) (§5.3) into a 64-byte chaining state; SHA-256 uses its first 32 bytes. */
export function initState(alg: i32, state: usize): void {
  memory.copy(state, alg == 0 ? IV256 : alg == 1 ? IV384 : IV512, alg == 0 ? 32 : 64);
}

/** Compresses `blocks` whole blocks at `p` into `state`. */
export function compress(alg: i32, state: usize, p: usize, blocks: usize): void {
  if (alg == 0) sha256Blocks(state, p, blocks);
  else sha512Blocks(state, p, blocks);
}

/**
 * Hashes msg[0, len) onto `state` and writes the first `outLen` digest bytes to `out`.
 * `prior` counts bytes already compressed into `state` (one block for HMAC's cached
 * pad states): the length field must encode the whole message, pad block included.
 */
export function finish(alg: i32, state: usize, msg: usize, len: usize, prior: usize, out: usize, outLen: usize): void {
  const block = blockLen(alg);
  const whole = len & ~(block - 1);
  if (whole) compress(alg, state, msg, whole / block);

  // §5.1.1 / §5.1.2: a 1 bit, zeros, then the bit length in the last 64 (SHA-256) or
  // 128 (SHA-384/512) bits. Lengths here stay far below 2^61 bytes, so the top 64
  // bits of SHA-512's 128-bit field are always zero.
  // The tail is built sixteen bytes at a time, lanes past the message zeroed (memory.copy
  // and memory.fill are calls out of the wasm code in V8, four per MAC); reading up to a
  // block past the message stays inside memory, whose regions all have that room.
  const rest = len - whole;
  const src = msg + whole;
  const blocks: usize = rest + 1 + (block >> 3) > block ? 2 : 1;
  const size = blocks * block;
  const limit = i8x16.splat(<i8>rest);
  let lanes = v128.load(LANES);
  for (let i: usize = 0; i < block; i += 16) {
    // Lane indexes i..i+15 against rest (both below 128, so signed compares are exact).
    store<v128>(TAIL + i, v128.and(v128.load(src + i), i8x16.lt_s(lanes, limit)));
    lanes = i8x16.add(lanes, i8x16.splat(16));
  }
  for (let i = block; i < size; i += 16) store<v128>(TAIL + i, i8x16.splat(0));
  store<u8>(TAIL + rest, 0x80);
  store<u64>(TAIL + size - 8, bswap<u64>((<u64>(prior + len)) << 3));
  compress(alg, state, TAIL, blocks);

  if (alg == 0) {
    for (let i: usize = 0; i < outLen; i += 4) store<u32>(out + i, bswap<u32>(load<u32>(state + i)));
  } else {
    for (let i: usize = 0; i < outLen; i += 8) store<u64>(out + i, bswap<u64>(load<u64>(state + i)));
  }
}

/**
 * Zeroes the only scratch here that can hold key bytes: the padded tail (the end of a
 * long HMAC key). The compression functions keep their message schedules in locals.
 */
export function wipeTail(): void {
  memory.fill(TAIL, 0, 256);
}
