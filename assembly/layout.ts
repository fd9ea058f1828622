// Fixed memory map. The module is built with initialMemory = maximumMemory and the
// stub runtime never allocates, so every region below is static: JS makes its views
// once and they can never detach (only memory.grow detaches them).

/** Largest token the engine accepts; JS caps the maxTokenLength option here. */
export const MAX_TOKEN: i32 = 65536;
/** Largest decoded segment: 3/4 of MAX_TOKEN. */
export const MAX_DECODED: i32 = 49152;

/** Token to verify, payload JSON to sign, key to schedule, message to hash. */
export const IN: usize = (__heap_base + 63) & ~63;
/** Signed token, base64url output, digests. */
export const OUT: usize = IN + <usize>MAX_TOKEN + 64;
/** Decoded header, then decoded payload right after it. */
export const DEC: usize = OUT + <usize>MAX_TOKEN + 256;
/** The token's decoded signature and the MAC computed here, 64 bytes each. */
export const SIG: usize = DEC + <usize>MAX_DECODED * 2 + 64;
export const MAC: usize = SIG + 64;
/** What a verification leaves for JS to read; the RES_* offsets are in claims.ts and token.ts. */
export const RES: usize = MAC + 64;
/** JSON scanner scratch: see json.ts for how it is divided. */
export const SCAN: usize = RES + 256;
export const SCAN_END: usize = SCAN + <usize>MAX_DECODED * 16;
