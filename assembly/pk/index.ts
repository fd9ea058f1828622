// The asymmetric module's boundary (build/jwt-pk.wasm): the export list only. Integers
// and floats in, integers out; bytes move through fixed regions whose offsets JS reads
// once (src/wasm-pk/abi.ts is the other side).
import { IN, OUT, DEC, RES, MAX_TOKEN } from "../layout";
import { KEY, KEY_MAX, MAX_SIGNATURE } from "./layout";
import * as b64 from "../base64url";
import { verifyWith } from "./algorithms";
import { importEd25519, ED25519_KEY_BYTES } from "./ed25519";
import { importEs256 } from "./es256";
import { importEs384 } from "./es384";
import { importEs512 } from "./es512";
import { MEMBERS } from "../json";

export { parse, verify, verifyJws } from "./token";
export { checkTimes } from "../claims";

export function inPtr(): usize { return IN; }
export function outPtr(): usize { return OUT; }
export function decPtr(): usize { return DEC; }
export function resPtr(): usize { return RES; }
export function keyPtr(): usize { return KEY; }
export function keyMax(): i32 { return KEY_MAX; }
export function maxToken(): i32 { return MAX_TOKEN; }
export function membersPtr(): usize { return MEMBERS; }
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

/**
 * Imports the Ed25519 public key (RFC 8037 §2, x: 32 bytes) at IN[0, 32) into KEY: decoded,
 * checked and with its comb table (assembly/pk/ed25519.ts). Returns ED25519_OK (0) or why
 * the key is refused; JS then copies KEY[0, ed25519KeyBytes()) as the key's layout.
 */
export function importEd25519Key(): i32 {
  return importEd25519(IN, KEY);
}
export function ed25519KeyBytes(): i32 { return <i32>ED25519_KEY_BYTES; }
/** Imports the P-256 public key x‖y at IN[0, 64) into KEY; its layout's size, or 0 if not on the curve. */
export function importEcP256(): i32 {
  return importEs256(IN);
}
/** Imports the P-384 public key x‖y at IN[0, 96) into KEY; its layout's size, or 0 if not on the curve. */
export function importEcP384(): i32 {
  return importEs384(IN);
}
/** Imports the P-521 public key x‖y at IN[0, 132) into KEY; its layout's size, or 0 if not on the curve. */
export function importEcP521(): i32 {
  return importEs512(IN);
}
