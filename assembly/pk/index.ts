// The asymmetric module's boundary (build/jwt-pk.wasm): the export list only. Integers
// and floats in, integers out; bytes move through fixed regions whose offsets JS reads
// once (src/wasm-pk/abi.ts is the other side).
import { IN, OUT, DEC, RES, MAX_TOKEN } from "../layout";
import { KEY, KEY_MAX, MAX_SIGNATURE } from "./layout";
import * as b64 from "../base64url";
import { verifyWith } from "./algorithms";
import { importEs256 } from "./es256";

export { parse, verify, verifyJws } from "./token";
export { checkTimes } from "../claims";

export function inPtr(): usize { return IN; }
export function outPtr(): usize { return OUT; }
export function decPtr(): usize { return DEC; }
export function resPtr(): usize { return RES; }
export function keyPtr(): usize { return KEY; }
export function keyMax(): i32 { return KEY_MAX; }
export function maxToken(): i32 { return MAX_TOKEN; }
export function maxSignature(): i32 { return MAX_SIGNATURE; }

/** Strict base64url decoding of IN[0, len) into DEC (JWK members); the byte count, or -1. */
export function decode(len: i32): i32 {
  return b64.decode(IN, len, DEC);
}

/**
 * 1 if OUT[0, sigLen) is alg's signature of IN[0, msgLen) under the key at KEY, else 0:
 * the signature scheme alone, for the test vectors that sign bytes rather than tokens.
 */
export function verifyMessage(alg: i32, msgLen: i32, sigLen: i32): i32 {
  if (msgLen < 0 || msgLen > MAX_TOKEN || sigLen < 0 || sigLen > MAX_SIGNATURE) return 0;
  return verifyWith(alg, IN, msgLen, OUT, sigLen) ? 1 : 0;
}

/** Imports the P-256 public key x‖y at IN[0, 64) into KEY; its layout's size, or 0 if not on the curve. */
export function importEcP256(): i32 {
  return importEs256(IN);
}
