// assembly/json.ts divides the scanner's scratch, SCAN..SCAN_END (assembly/layout.ts), among
// its regions by offsets alone, and assembly/names.ts takes SCAN's last NAMES_SIZE bytes for
// the member-name table: nothing at run time stops the member table from running into the
// name table, or either from running past SCAN_END, which in the asymmetric module is the
// public key (assembly/pk/layout.ts). Both modules share the files, so both are checked here.
import { describe, expect, test } from 'vitest'
import { assemblySource } from '../helpers/assembly-source.js'
import { getAbi } from '../../src/wasm/abi.js'
import { getPkAbi } from '../../src/wasm-pk/abi.js'
import '../../src/index.js'
import '../../src/asymmetric.js'

/** `const NAME: type = number;` (exported or not) in `assembly/<file>`. */
function constant(file: string, name: string): number {
  const match = new RegExp(`const ${name}: \\w+ = (\\d+);`).exec(assemblySource(file))
  if (!match) throw new Error(`${name} not found in assembly/${file}`)
  return Number(match[1])
}

describe("the JSON scanner's regions", () => {
  const json = (name: string) => constant('json.ts', name)
  const names = (name: string) => constant('names.ts', name)
  const scanStart = Number(/SCAN: usize = RES \+ (\d+);/.exec(assemblySource('layout.ts'))?.[1])
  const scanSize = constant('layout.ts', 'MAX_DECODED') * Number(/SCAN_END: usize = SCAN \+ <usize>MAX_DECODED \* (\d+);/.exec(assemblySource('layout.ts'))?.[1])
  const slots = names('SLOT_COUNT')
  // As assembly/names.ts computes NAMES_SIZE: slots, entries for half as many ids, text, and 8 bytes.
  const namesSize = slots * 4 + (slots >> 1) * 8 + names('NAME_TEXT_SIZE') + 8

  test('NAMES_SIZE is computed from the sizes it names', () => {
    expect(assemblySource('names.ts')).toContain('export const NAMES_SIZE: usize = (<usize>SLOT_COUNT << 2) + (<usize>NAME_MAX << 3) + <usize>NAME_TEXT_SIZE + 8;')
    expect(assemblySource('names.ts')).toContain('export const NAME_MAX: u32 = SLOT_COUNT >> 1;')
  })

  test.each([['HS', getAbi], ['asymmetric', getPkAbi]] as const)('the member table ends before the name table, inside SCAN, in the %s module', (_, abi) => {
    const { RES, MEMBERS } = abi()
    const scanEnd = RES + scanStart + scanSize
    expect(MEMBERS).toBeGreaterThan(RES + scanStart)
    expect(MEMBERS + json('MEMBER_AT') + json('MEMBER_MAX') * json('MEMBER_SIZE')).toBeLessThanOrEqual(scanEnd - namesSize)
  })

  test('a cleared name table holds a whole document: MEMBER_MAX names of NAME_LONGEST bytes, within the ids it has entries for', () => {
    expect(names('NAME_TEXT_SIZE')).toBeGreaterThanOrEqual(json('MEMBER_MAX') * names('NAME_LONGEST'))
    expect(names('NAME_TEXT_SIZE')).toBeLessThanOrEqual(65536) // offsets are u16
    expect(slots >> 1).toBeGreaterThanOrEqual(json('MEMBER_MAX'))
  })
})
