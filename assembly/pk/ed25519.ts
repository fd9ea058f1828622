// Ed25519 signature verification (RFC 8032 §5.1.7) for JWS "EdDSA" (RFC 8037 §3.1), and
// the import of its public keys (RFC 8037 §2: OKP, crv Ed25519, x the 32-byte encoding).
//
// The rules, each the stricter reading where implementations differ:
// - S < L (§5.1.7 step 1), or S + L would be a second signature (CVE-2024-42459);
// - A and R canonical (y < p, §5.1.3 step 1; x = 0 with the sign bit set refused, step 4);
// - the cofactorless equation [S]B = R + [k]A, checked as the encoding of [S]B - [k]A
//   equal to R's 32 bytes, as OpenSSL does and the Wycheproof vectors expect (§5.1.7
//   step 3 allows either equation; the cofactored one accepts signatures OpenSSL refuses);
// - public keys of small order (the eight points with [8]A = 0) refused at import. Under
//   such a key R = [S]B - [k]A can be met for every message without the private key
//   (there is none), and OpenSSL accepts those forgeries; RFC 8032 does not forbid the keys.
import { compress, finish, initState } from "../md";
import { scIsReduced, scReduce64 } from "./sc25519";
import {
  TABLE_BYTES, DECODED, NOT_CANONICAL, buildTable, decodePoint, doubleScalarMul, hasSmallOrder,
} from "./edwards25519";
import { isCanonical } from "./f25519";
import { KIND_OKP } from "./kinds";

// A key's layout: kind, A's 32-byte encoding at 32, A's comb table at 64.
const KEY_A: usize = 32;
const KEY_TABLE: usize = 64;
/** Bytes of an imported key. */
export const ED25519_KEY_BYTES: usize = KEY_TABLE + TABLE_BYTES;

/** Import results. */
export const ED25519_OK: i32 = 0;
/** y >= p, or x = 0 with the sign bit set: an encoding RFC 8032 §5.1.3 says to refuse. */
export const ED25519_NOT_CANONICAL: i32 = 1;
/** No point of the curve has this y. */
export const ED25519_NOT_ON_CURVE: i32 = 2;
/** One of the eight points of order dividing 8. */
export const ED25519_SMALL_ORDER: i32 = 3;

const POINT: usize = memory.data(160, 16);
const STATE: usize = memory.data(64, 16);
const BLOCK: usize = memory.data(128, 16);
const HASH: usize = memory.data(64, 16);
const K: usize = memory.data(32, 16);
const CHECK: usize = memory.data(32, 16);

/** Decodes the 32-byte public key at `pub` and lays the key out at `key`; returns ED25519_*. */
export function importEd25519(pub: usize, key: usize): i32 {
  const decoded = decodePoint(POINT, pub);
  if (decoded == NOT_CANONICAL) return ED25519_NOT_CANONICAL;
  if (decoded != DECODED) return ED25519_NOT_ON_CURVE;
  if (hasSmallOrder(POINT)) return ED25519_SMALL_ORDER;
  store<u32>(key, KIND_OKP);
  memory.fill(key + 4, 0, KEY_A - 4);
  memory.copy(key + KEY_A, pub, 32);
  buildTable(key + KEY_TABLE, POINT);
  return ED25519_OK;
}

/**
 * True if sig (64 bytes: R then S) is a valid Ed25519 signature of msg[0, len) under the
 * key laid out at `key` by importEd25519.
 */
export function verifyEd25519(key: usize, msg: usize, len: usize, sig: usize): bool {
  if (load<u32>(key) != KIND_OKP) return false;
  const r = sig, s = sig + 32;
  if (!scIsReduced(s)) return false;   // §5.1.7 step 1
  if (!isCanonical(r)) return false;   // the encoding below is canonical, so R must be
  // k = SHA-512(R || A || M) mod L (§5.1.7 step 2). R || A is half a block: the first block
  // is assembled here, the rest is hashed in place.
  initState(2, STATE);
  memory.copy(BLOCK, r, 32);
  memory.copy(BLOCK + 32, key + KEY_A, 32);
  if (len >= 64) {
    memory.copy(BLOCK + 64, msg, 64);
    compress(2, STATE, BLOCK, 1);
    finish(2, STATE, msg + 64, len - 64, 128, HASH, 64);
  } else {
    memory.copy(BLOCK + 64, msg, len);
    finish(2, STATE, BLOCK, 64 + len, 0, HASH, 64);
  }
  scReduce64(K, HASH);
  // Step 3, cofactorless: encode([S]B - [k]A) == R.
  doubleScalarMul(CHECK, s, K, key + KEY_TABLE);
  return load<u64>(CHECK, 0) == load<u64>(r, 0) && load<u64>(CHECK, 8) == load<u64>(r, 8) &&
    load<u64>(CHECK, 16) == load<u64>(r, 16) && load<u64>(CHECK, 24) == load<u64>(r, 24);
}
