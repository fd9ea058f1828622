// ES384 (RFC 7518 §3.4) over the P-384 code: the key layout at KEY and the verify function
// the algorithm table calls. Layout: KEY[0, 4) KIND_EC_P384, KEY[16, 16 + P384_KEY_BYTES)
// the per-key table that p384ImportKey builds.
import { KEY, DIGEST } from "./layout";
import { KIND_EC_P384 } from "./kinds";
import { digest } from "./hash";
import { p384ImportKey, p384Verify, P384_KEY_BYTES } from "./p384";

const TABLE: usize = 16;
/** Bytes of an ES384 key's layout. */
export const ES384_LAYOUT_BYTES: i32 = <i32>TABLE + P384_KEY_BYTES;

/**
 * Validates the public key x‖y at src (96 bytes, the JWK's x and y) and builds its layout
 * at KEY; returns the layout's size, or 0 if the point is not on P-384 (KEY is then
 * marked as no key at all).
 */
export function importEs384(src: usize): i32 {
  store<u32>(KEY, 0);
  if (!p384ImportKey(src, KEY + TABLE)) return 0;
  store<u32>(KEY, KIND_EC_P384);
  return ES384_LAYOUT_BYTES;
}

/**
 * True if sig[0, sigLen) is the ES384 signature of msg[0, msgLen) under the key at KEY.
 * The JWS form is exactly r‖s, 48 bytes each (RFC 7518 §3.4): any other length, DER
 * included, is refused.
 */
export function verifyEs384(msg: usize, msgLen: i32, sig: usize, sigLen: i32): bool {
  if (load<u32>(KEY) != KIND_EC_P384 || sigLen != 96) return false;
  digest(1, msg, <usize>msgLen, DIGEST);
  return p384Verify(KEY + TABLE, DIGEST, sig);
}
