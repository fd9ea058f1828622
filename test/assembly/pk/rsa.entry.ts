// Test-only entry, compiled in memory by rsa.harness.ts: the RSA public operation alone
// (assembly/pk/rsa.ts over montgomery.ts), so tests compare s^e mod n with BigInt for any
// odd modulus, with no private key and no padding in the way.
import { rsaPublic } from "../../../assembly/pk/rsa";
import { KEY, EM, MAX_SIGNATURE } from "../../../assembly/pk/layout";

const SIGNATURE: usize = memory.data(MAX_SIGNATURE, 16);

export function keyPtr(): usize { return KEY; }
export function signaturePtr(): usize { return SIGNATURE; }
export function emPtr(): usize { return EM; }
/** 1 and EM[0, k) = s^e mod n for the signature s = SIGNATURE[0, len) under the key at KEY, or 0 when refused. */
export function rsa(len: i32): i32 { return rsaPublic(SIGNATURE, len) ? 1 : 0; }
