// The RSA public operation's test entry (rsa.entry.ts), compiled by compile.ts with the
// shipped module's fixed memory; the tests reach it against BigInt.
import { compileEntry } from "./compile";

export interface RsaExports {
  memory: WebAssembly.Memory;
  keyPtr(): number;
  signaturePtr(): number;
  emPtr(): number;
  rsa(len: number): number;
}

export function compileRsa(): Promise<RsaExports> {
  return compileEntry<RsaExports>("rsa", 24);
}
