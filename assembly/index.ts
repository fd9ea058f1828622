// The wasm side of the boundary: the export list only. Integers and floats in, integers
// out; bytes move through the fixed regions of layout.ts, whose offsets JS reads once.
import { IN, OUT, DEC, RES, MAX_TOKEN } from "./layout";
import { hmacSetKey, KEY_STATE } from "./hmac";
import * as b64 from "./base64url";
import { OWN_KEY } from "./token";
import { MEMBERS } from "./json";

export { verify, sign, verifyRing, verifyKeyed, signOwn, setOwnHeader, headerId } from "./token";
export { checkTimes } from "./claims";

export function inPtr(): usize { return IN; }
export function outPtr(): usize { return OUT; }
export function decPtr(): usize { return DEC; }
export function resPtr(): usize { return RES; }
export function keyStatePtr(): usize { return KEY_STATE; }
export function ownKeyPtr(): usize { return OWN_KEY; }
export function membersPtr(): usize { return MEMBERS; }
export function maxToken(): i32 { return MAX_TOKEN; }

/** Schedules the HMAC key that JS wrote at IN[0, len), then wipes it from IN. */
export function setKey(alg: i32, len: i32): void {
  hmacSetKey(alg, IN, len);
  memory.fill(IN, 0, <usize>len);
}

/** base64url of IN[0, len) into OUT; returns its length. */
export function encode(len: i32): i32 {
  return b64.encode(IN, len, OUT);
}

/** Strict base64url decoding of IN[0, len) into DEC; returns the byte count, or -1. */
export function decode(len: i32): i32 {
  return b64.decode(IN, len, DEC);
}
