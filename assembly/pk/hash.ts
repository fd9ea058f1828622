// One-shot SHA-2 for the signature schemes, over the HS module's compression functions
// and padding (../md.ts). alg: 0 SHA-256, 1 SHA-384, 2 SHA-512.
import { digestLength, finish, initState } from "../md";
export { digestLength };

const STATE: usize = memory.data(64, 16);

/** SHA-2 of msg[0, len) into out. */
export function digest(alg: i32, msg: usize, len: usize, out: usize): void {
  initState(alg, STATE);
  finish(alg, STATE, msg, len, 0, out, <usize>digestLength(alg));
}
