// Memory map of the asymmetric module (build/jwt-pk.wasm). It shares the HS module's
// regions (../layout.ts: IN, OUT, DEC, RES, SCAN), so the token scanner, base64url and the
// claim checks are the same code with the same limits; the regions below follow SCAN_END.
// Memory is fixed (initial = maximum) and nothing is allocated: JS makes its views once.
import { SCAN_END } from "../layout";

/** Largest signature accepted: an 8192-bit modulus. */
export const MAX_SIGNATURE: i32 = 1024;

/**
 * The public key in use, as its importer in src/pk/ laid it out; JS copies a key here when
 * it differs from the last one. KEY[0, 4) is the key's kind (KIND_* in kinds.ts), so a
 * verify function can refuse a key of another family whatever JS did.
 */
export const KEY: usize = (SCAN_END + 63) & ~63;
export const KEY_MAX: i32 = 65536;

/** The signing input's digest, up to 64 bytes. */
export const DIGEST: usize = KEY + <usize>KEY_MAX;
/** The RSA output (the encoded message), MAX_SIGNATURE bytes. */
export const EM: usize = DIGEST + 64;
/** Hash scratch (PSS's M' and MGF1 input): at most 8 + 64 + 64 bytes. */
export const HASH_IN: usize = EM + <usize>MAX_SIGNATURE;
/** The expected encoded message (PKCS#1 v1.5) or the unmasked DB (PSS), MAX_SIGNATURE bytes. */
export const EXPECTED: usize = HASH_IN + 256;
/** Scratch for the family's arithmetic (montgomery.ts divides it, under 16 KB of it). */
export const WORK: usize = EXPECTED + <usize>MAX_SIGNATURE;
// All of it ends near 1.2 MB; asconfig.pk.json gives 24 pages (1.5 MB), fixed.
