// HMAC (RFC 2104, FIPS 198-1) over SHA-256/384/512 with the key schedule cached as
// two chaining states: the state after compressing K0 ^ ipad and the state after
// K0 ^ opad. A MAC then costs only the message blocks plus one outer block, and the
// key itself is never kept.

import { blockLen, compress, digestLength, finish, initState, wipeTail } from "./md";
export { digestLength };

/**
 * The complete cached key schedule, 128 bytes: the inner state at [0, 64), the outer
 * state at [64, 128). Each is 8 chaining words in native (little-endian) order: u32
 * for SHA-256 (only the first 32 bytes of each half are used, the rest stays zero),
 * u64 for SHA-384/512 (SHA-384 keeps all eight words; it truncates only the output).
 * JS may save and restore these bytes to switch keys; nothing else holds key state.
 */
export const KEY_STATE: usize = memory.data(128, 16);
const OUTER: usize = KEY_STATE + 64;

/** Working chaining state, copied from KEY_STATE per MAC so the cache is never disturbed. */
const STATE: usize = memory.data(64, 16);
/** K0 (RFC 2104 §2; FIPS 198-1 §4 steps 1-3) XORed with ipad, then with opad. */
const PAD: usize = memory.data(128, 16);
/** The inner digest, the message of the outer hash. */
const INNER: usize = memory.data(64, 16);

/** Plain SHA-2 of msg[0, len) into out. */
export function hashOnce(alg: i32, msg: usize, len: i32, out: usize): void {
  initState(alg, STATE);
  finish(alg, STATE, msg, <usize>len, 0, out, <usize>digestLength(alg));
}

/**
 * Schedules `key`. A key longer than the block is replaced by its hash (RFC 2104 §2),
 * then zero-padded to the block to form K0. Every copy made here (K0 and its pads,
 * the hashed key's chaining state, the padded tail holding the key's last bytes) is
 * zeroed before returning; the caller wipes its own copy of the key.
 */
export function hmacSetKey(alg: i32, key: usize, keyLen: i32): void {
  const block = blockLen(alg);
  memory.fill(PAD, 0, block);
  if (<usize>keyLen > block) hashOnce(alg, key, keyLen, PAD);
  else memory.copy(PAD, key, <usize>keyLen);

  // XOR a whole u64 at a time: 0x36 and 0x5c repeated (RFC 2104 §2).
  for (let i: usize = 0; i < block; i += 8) store<u64>(PAD + i, load<u64>(PAD + i) ^ 0x3636363636363636);
  memory.fill(KEY_STATE, 0, 128);
  initState(alg, KEY_STATE);
  compress(alg, KEY_STATE, PAD, 1);

  // ipad ^ opad = 0x6a, turning K0 ^ ipad into K0 ^ opad without a second copy of K0.
  for (let i: usize = 0; i < block; i += 8) store<u64>(PAD + i, load<u64>(PAD + i) ^ 0x6a6a6a6a6a6a6a6a);
  initState(alg, OUTER);
  compress(alg, OUTER, PAD, 1);

  memory.fill(PAD, 0, 128);
  memory.fill(STATE, 0, 64);
  wipeTail();
}

/**
 * HMAC of msg[0, len) under the cached schedule (FIPS 198-1 §4 steps 4-9). Both hashes
 * resume after one already-compressed pad block, so their length fields count it.
 */
export function hmacCompute(alg: i32, msg: usize, len: i32, out: usize): void {
  const block = blockLen(alg);
  const dlen = <usize>digestLength(alg);
  memory.copy(STATE, KEY_STATE, 64);
  finish(alg, STATE, msg, <usize>len, block, INNER, dlen);
  memory.copy(STATE, OUTER, 64);
  finish(alg, STATE, INNER, dlen, block, out, dlen);
}

/**
 * The inner chaining state after K0 ^ ipad and then one more block, `first` (a block the
 * caller knows many messages begin with), into `state`: with it, a MAC of such a message
 * skips that block (hmacComputeFrom). As secret as the key schedule it is derived from.
 */
export function hmacPrefixState(alg: i32, first: usize, state: usize): void {
  memory.copy(state, KEY_STATE, 64);
  compress(alg, state, first, 1);
}

/**
 * hmacCompute for a message whose first block is the one `state` (from hmacPrefixState,
 * under the cached schedule) has absorbed: the length fields count the pad block and that
 * block. The caller has compared msg's first block with it; len is at least a block.
 */
export function hmacComputeFrom(alg: i32, state: usize, msg: usize, len: i32, out: usize): void {
  const block = blockLen(alg);
  const dlen = <usize>digestLength(alg);
  memory.copy(STATE, state, 64);
  finish(alg, STATE, msg + block, <usize>len - block, block << 1, INNER, dlen);
  memory.copy(STATE, OUTER, 64);
  finish(alg, STATE, INNER, dlen, block, out, dlen);
}
