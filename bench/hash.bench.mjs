// HMAC-SHA256/384/512 of a 200-byte message (about a JWT signing input) with the key already
// scheduled, against node:crypto's createHmac. Run: node bench/hash.bench.mjs
// Warms up past V8's baseline wasm tier (Liftoff) before timing; reports the best of
// five runs. JWT_WASM=path benches another build of the same exports.
import { readFileSync } from "node:fs";
import { createHmac } from "node:crypto";
import os from "node:os";
import { fileURLToPath } from "node:url";

const WASM = process.env.JWT_WASM ?? fileURLToPath(new URL("../build/jwt.testing.wasm", import.meta.url));

const wasm = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(WASM)), {}).exports;
const mem = new Uint8Array(wasm.memory.buffer);
const IN = wasm.inPtr(), OUT = wasm.outPtr();
const key = Buffer.alloc(32, 7), msg = Buffer.alloc(200, 0x61);
const ALGS = [["sha256", 0], ["sha384", 1], ["sha512", 2]];

function time(fn, n) {
  for (let i = 0; i < 20000; i++) fn();
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / n);
  }
  return best;
}

console.log(`${os.cpus()[0].model}, node ${process.version}, ${new Date().toISOString()}`);
console.log(`${WASM} ${readFileSync(WASM).length} bytes`);
for (const [name, alg] of ALGS) {
  mem.set(key, IN); wasm.setKey(alg, key.length);
  const ours = time(() => { mem.set(msg, IN); wasm.mac(alg, msg.length); }, 200000);
  const node = time(() => createHmac(name, key).update(msg).digest(), 100000);
  // Sanity: the timed loop computed the right thing.
  const n = wasm.mac(alg, msg.length);
  if (!Buffer.from(mem.subarray(OUT, OUT + n)).equals(createHmac(name, key).update(msg).digest())) throw new Error(`${name} mismatch`);
  console.log(`HMAC-${name.toUpperCase()} 200 B: wasm ${(ours / 1000).toFixed(2)} us, node:crypto ${(node / 1000).toFixed(2)} us`);
}
