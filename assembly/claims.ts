// The registered time claims (RFC 7519 §4.1.4-4.1.6), read from the payload scan and
// checked against the clock JS passes in. Values spelled as plain integers of up to 15
// digits are exact in an f64 and read here; any other spelling ("1.7e9", "17e8",
// "1700000000.5", thirty trailing zeros and e-30) is left for JS to convert with
// Number() on the exact text, which rounds exactly as JSON.parse does.
import { RES } from "./layout";
import * as json from "./json";
import { Status } from "./status";

/** Watched payload members; exp, nbf and iat first so their index is their result slot. */
export const PAYLOAD_MEMBERS: StaticArray<string> = ["exp", "nbf", "iat", "sub", "aud"];
const SUB = 3;
const AUD = 4;

/**
 * At RES + RES_AUDIENCE: 1 when the payload has a top-level aud. A verifier configured
 * without an audience must still refuse such a token (RFC 7519 §4.1.3), a check JS makes,
 * so it needs to know without parsing every payload.
 */
export const RES_AUDIENCE: usize = 8;

// Per time claim i (0 exp, 1 nbf, 2 iat): state at RES_TIME + 16i (i32), the number's
// text span at +4/+8 for JS, and the value (f64) at RES_VALUE + 8i.
export const RES_TIME: usize = 16;
export const RES_VALUE: usize = 64;
export const TIME_ABSENT: i32 = 0;
export const TIME_READY: i32 = 1;
export const TIME_PENDING: i32 = 2;

/**
 * Reads exp, nbf, iat and sub from the last payload scan. Returns INVALID_CLAIMS when
 * one of them has the wrong type, NUMBERS_PENDING when JS must convert a number's text
 * (then calls checkTimes), else the result of checkTimes.
 */
export function readClaims(now: f64, leeway: f64): Status {
  store<i32>(RES + RES_AUDIENCE, json.slotKind(AUD) != json.KIND_ABSENT ? 1 : 0);
  const subKind = json.slotKind(SUB);
  if (subKind != json.KIND_ABSENT && subKind != json.KIND_STRING) return Status.INVALID_CLAIMS;
  let pending = false;
  for (let i = 0; i < 3; i++) {
    const kind = json.slotKind(i);
    const at = RES + RES_TIME + (<usize>i << 4);
    store<u32>(at, <u32>json.slotStart(i), 4);
    store<u32>(at, <u32>json.slotEnd(i), 8);
    if (kind == json.KIND_ABSENT) {
      store<i32>(at, TIME_ABSENT);
    } else if (kind == json.KIND_INTEGER) {
      store<i32>(at, TIME_READY);
      store<f64>(RES + RES_VALUE + (<usize>i << 3), json.slotValue(i));
    } else if (kind == json.KIND_NUMBER) {
      store<i32>(at, TIME_PENDING);
      pending = true;
    } else {
      return Status.INVALID_CLAIMS; // a string, boolean, null, object or array
    }
  }
  return pending ? Status.NUMBERS_PENDING : checkTimes(now, leeway);
}

/**
 * The time checks, on the values at RES_VALUE. exp is required. A token is expired from
 * the second exp names (RFC 7519 §4.1.4: "on or after"), not yet valid before nbf
 * (§4.1.5), and refused when issued in the future (§4.1.6), each with the leeway.
 * A value that is not finite (1e400 parses to Infinity) is an invalid claim.
 */
export function checkTimes(now: f64, leeway: f64): Status {
  const exp = load<f64>(RES + RES_VALUE);
  const nbf = load<f64>(RES + RES_VALUE, 8);
  const iat = load<f64>(RES + RES_VALUE, 16);
  const hasNbf = load<i32>(RES + RES_TIME + 16) != TIME_ABSENT;
  const hasIat = load<i32>(RES + RES_TIME + 32) != TIME_ABSENT;
  if (load<i32>(RES + RES_TIME) == TIME_ABSENT || !isFinite(exp)) return Status.INVALID_CLAIMS;
  if ((hasNbf && !isFinite(nbf)) || (hasIat && !isFinite(iat))) return Status.INVALID_CLAIMS;
  // Each test is written so that a NaN clock fails it: every comparison with NaN is false.
  if (!(now < exp + leeway)) return Status.EXPIRED;
  if (hasNbf && !(now >= nbf - leeway)) return Status.NOT_YET_VALID;
  if (hasIat && !(iat <= now + leeway)) return Status.INVALID_CLAIMS;
  return Status.OK;
}
