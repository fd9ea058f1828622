// ES256 (RFC 7518 §3.4) over the P-256 code: the key layout at KEY and the verify function
// the algorithm table calls. Layout: KEY[0, 4) KIND_EC_P256, KEY[16, 16 + P256_KEY_BYTES)
// the per-key table that p256ImportKey builds.
import { KEY, DIGEST } from "./layout";
import { KIND_EC_P256 } from "./kinds";
import { digest } from "./hash";
import { p256ImportKey, p256Verify, P256_KEY_BYTES } from "./p256";

const TABLE: usize = 16;
/** Bytes of an ES256 key's layout. */
export const ES256_LAYOUT_BYTES: i32 = <i32>TABLE + P256_KEY_BYTES;

/**
 * Validates the public key x‖y at src (64 bytes, the JWK's x and y) and builds its layout
 * at KEY; returns the layout's size, or 0 if the point is not on P-256 (KEY is then
 * marked as no key at all).
 */
export function importEs256(src: usize): i32 {
  store<u32>(KEY, 0);
  if (!p256ImportKey(src, KEY + TABLE)) return 0;
  store<u32>(KEY, KIND_EC_P256);
  return ES256_LAYOUT_BYTES;
}

/**
 * True if sig[0, sigLen) is the ES256 signature of msg[0, msgLen) under the key at KEY.
 * The JWS form is exactly r‖s, 32 bytes each (RFC 7518 §3.4): any other length, DER
 * included, is refused.
 */
export function verifyEs256(msg: usize, msgLen: i32, sig: usize, sigLen: i32): bool {
  if (load<u32>(KEY) != KIND_EC_P256 || sigLen != 64) return false;
  digest(0, msg, <usize>msgLen, DIGEST);
  return p256Verify(KEY + TABLE, DIGEST, sig);
}
