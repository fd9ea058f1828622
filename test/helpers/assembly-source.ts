// Reads numbers out of the AssemblyScript sources, for the tests that compare them with what the
// JavaScript side of a module's boundary declares (test/wasm/constants.test.ts and
// test/wasm-pk/constants.test.ts): the two sides cannot import each other.
import { readFileSync } from 'node:fs'

/** The text of `assembly/<file>`. */
export function assemblySource(file: string): string {
  return readFileSync(new URL(`../../assembly/${file}`, import.meta.url), 'utf8')
}

/** `export const NAME: type = number;` in `assembly/<file>`. */
export function assemblyConstant(file: string, name: string): number {
  const match = new RegExp(`export const ${name}: \\w+ = (\\d+);`).exec(assemblySource(file))
  if (!match) throw new Error(`${name} not found in assembly/${file}`)
  return Number(match[1])
}

/** The members of the Status enum in assembly/status.ts, name to number. */
export function assemblyStatus(): Record<string, number> {
  return Object.fromEntries([...assemblySource('status.ts').matchAll(/^\s+(\w+) = (\d+),/gm)].map((m) => [m[1]!, Number(m[2])]))
}
