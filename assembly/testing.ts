// The test build (asconfig.testing.json -> build/jwt.testing.wasm): the shipped export list
// plus plain SHA-2 and HMAC over the IN/OUT regions, which only the tests and the hash
// benchmark call. Kept out of the shipped module, whose every export is public surface.
import { IN, OUT } from "./layout";
import { hashOnce, hmacCompute, digestLength } from "./hmac";

export * from "./index";

/** SHA-2 of IN[0, len) into OUT; returns the digest length. */
export function hash(alg: i32, len: i32): i32 {
  hashOnce(alg, IN, len, OUT);
  return digestLength(alg);
}

/** HMAC of IN[0, len) under the scheduled key into OUT; returns the digest length. */
export function mac(alg: i32, len: i32): i32 {
  hmacCompute(alg, IN, len, OUT);
  return digestLength(alg);
}
