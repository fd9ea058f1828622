// assembly/json.ts divides the scanner's scratch, SCAN..SCAN_END (assembly/layout.ts), among
// its regions by offsets alone: nothing at run time stops the member table or the name
// table (text, entries, slots, plus the seven bytes sameText may read past a name) from
// running into the memory after SCAN_END, which in the asymmetric module is the public
// key (assembly/pk/layout.ts). Both modules share the file, so both are checked here.
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
  const scanStart = Number(/SCAN: usize = RES \+ (\d+);/.exec(assemblySource('layout.ts'))?.[1])
  const scanSize = constant('layout.ts', 'MAX_DECODED') * Number(/SCAN_END: usize = SCAN \+ <usize>MAX_DECODED \* (\d+);/.exec(assemblySource('layout.ts'))?.[1])
  const nameTableSize = json('NAME_SLOT_COUNT') * 4 + (json('NAME_SLOT_COUNT') >> 1) * 8 + json('NAME_TEXT_SIZE') + 7

  test.each([['HS', getAbi], ['asymmetric', getPkAbi]] as const)('the member and name tables end inside SCAN in the %s module', (_, abi) => {
    const { RES, MEMBERS } = abi()
    expect(MEMBERS).toBeGreaterThan(RES + scanStart)
    expect(MEMBERS + json('MEMBER_AT') + json('MEMBER_MAX') * json('MEMBER_SIZE') + nameTableSize).toBeLessThanOrEqual(RES + scanStart + scanSize)
  })

  test('a cleared name table holds a whole document: MEMBER_MAX names of NAME_LONGEST bytes, within the ids it has entries for', () => {
    expect(json('NAME_TEXT_SIZE')).toBeGreaterThanOrEqual(json('MEMBER_MAX') * json('NAME_LONGEST'))
    expect(json('NAME_TEXT_SIZE')).toBeLessThanOrEqual(65536) // offsets are u16
    expect(json('NAME_SLOT_COUNT') >> 1).toBeGreaterThanOrEqual(json('MEMBER_MAX'))
  })
})
