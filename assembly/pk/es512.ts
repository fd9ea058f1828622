// ES512 (RFC 7518 §3.4) over the P-521 code: the key layout at KEY and the verify function
// the algorithm table calls. Layout: KEY[0, 4) KIND_EC_P521, KEY[16, 16 + P521_KEY_BYTES)
// the per-key table that p521ImportKey builds.
import { KEY, DIGEST } from "./layout";
import { KIND_EC_P521 } from "./kinds";
import { digest } from "./hash";
import { p521ImportKey, p521Verify, P521_KEY_BYTES } from "./p521";

const TABLE: usize = 16;
/** Bytes of an ES512 key's layout. */
export const ES512_LAYOUT_BYTES: i32 = <i32>TABLE + P521_KEY_BYTES;

/**
 * Validates the public key x‖y at src (132 bytes, the JWK's x and y) and builds its layout
 * at KEY; returns the layout's size, or 0 if the point is not on P-521 (KEY is then
 * marked as no key at all).
 */
export function importEs512(src: usize): i32 {
  store<u32>(KEY, 0);
  if (!p521ImportKey(src, KEY + TABLE)) return 0;
  store<u32>(KEY, KIND_EC_P521);
  return ES512_LAYOUT_BYTES;
}

/**
 * True if sig[0, sigLen) is the ES512 signature of msg[0, msgLen) under the key at KEY.
 * The JWS form is exactly r‖s, 66 bytes each (RFC 7518 §3.4): any other length, DER
 * included, is refused.
 */
export function verifyEs512(msg: usize, msgLen: i32, sig: usize, sigLen: i32): bool {
  if (load<u32>(KEY) != KIND_EC_P521 || sigLen != 132) return false;
  digest(2, msg, <usize>msgLen, DIGEST);
  return p521Verify(KEY + TABLE, DIGEST, sig);
}
