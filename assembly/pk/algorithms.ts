// The algorithm table: each JWS name (RFC 7518 §3.1) this module verifies, by number. The
// number is what crosses the boundary; src/pk/algorithms.ts lists the same names in the
// same order. A family adds its names at the end and its verify function to `verifyWith`.
import { verifyPkcs1 } from "./pkcs1";
import { verifyPss } from "./pss";
import { verifyEd25519 } from "./ed25519";
import { verifyEs256 } from "./es256";
import { verifyEs384 } from "./es384";
import { verifyEs512 } from "./es512";
import { KEY } from "./layout";

// RFC 8037 §3.1 names Ed25519 signatures "EdDSA"; the fully-specified "Ed25519" (RFC 9864)
// is the same algorithm, and jose 6 accepts both.
export const ALG_NAMES: StaticArray<string> = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "EdDSA", "Ed25519", "ES256", "ES384", "ES512"];
export const ALG_COUNT: i32 = 11;
const ALG_EDDSA = 6, ALG_ED25519 = 7, ALG_ES256 = 8, ALG_ES384 = 9, ALG_ES512 = 10;

/**
 * True if sig[0, sigLen) is alg's signature of msg[0, msgLen) under the key at KEY. Each
 * verify function checks that the key at KEY is of its own kind.
 */
export function verifyWith(alg: i32, msg: usize, msgLen: i32, sig: usize, sigLen: i32): bool {
  if (alg >= 0 && alg < 3) return verifyPkcs1(alg, msg, msgLen, sig, sigLen);
  if (alg >= 3 && alg < 6) return verifyPss(alg - 3, msg, msgLen, sig, sigLen);
  // RFC 8032 §5.1.7: a signature is exactly 64 bytes, R then S.
  if (alg == ALG_EDDSA || alg == ALG_ED25519) return sigLen == 64 && verifyEd25519(KEY, msg, <usize>msgLen, sig);
  if (alg == ALG_ES256) return verifyEs256(msg, msgLen, sig, sigLen);
  if (alg == ALG_ES384) return verifyEs384(msg, msgLen, sig, sigLen);
  if (alg == ALG_ES512) return verifyEs512(msg, msgLen, sig, sigLen);
  return false;
}
