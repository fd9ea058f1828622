// The repository stands alone: no file under src/, test/, bench/, scripts/, examples/, .ci/,
// docs/ or assembly/ (nor a top-level file) names a path outside it. The first tests feed the
// checker known escapes, so the last one cannot pass merely because the checker sees nothing.
import { describe, expect, test } from 'vitest'
import { fileURLToPath } from 'node:url'
import { findEscapes, scannedFiles, scanRepository, SHARED, stringLiterals } from './paths.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const at = (file: string, text: string) => findEscapes(root, file, text).map((f) => f.text)

describe('the checker', () => {
  test('finds the shared folder in code and in comments, with no exemption', () => {
    expect(at('test/assembly/x.test.ts', `readFileSync('${SHARED}/vectors/a.json')`)).not.toEqual([])
    expect(at('src/a.ts', `// copied from ${SHARED}/notes`)).not.toEqual([])
    expect(at('src/a.ts', `// path-check: not a path\nconst a = '${SHARED}'`)).not.toEqual([])
  })

  // Samples that are escapes on purpose carry the exemption marker, as any such line must.
  test('resolves relative literals from the file\'s own folder', () => {
    // test/assembly/ is two levels down: two ".." reach the root, three leave it.
    expect(at('test/assembly/x.test.ts', "new URL('../../build/jwt.wasm', import.meta.url)")).toEqual([])
    expect(at('test/assembly/x.test.ts', "new URL('../../../vectors/a.json', import.meta.url)")).toEqual(['../../../vectors/a.json']) // path-check: not a path
    expect(at('src/a.ts', "import { x } from '../../other-package/x.js'")).toEqual(['../../other-package/x.js'])
    expect(at('src/a.ts', "import { x } from '../package.json'")).toEqual([])
    expect(at('test/runtimes/harness/p.ts', "resolve(import.meta.dirname, '../../..')")).toEqual([]) // path-check: not a path
    expect(at('test/runtimes/harness/p.ts', "resolve(import.meta.dirname, '../../../..')")).toEqual(['../../../..']) // path-check: not a path
  })

  test('reads the head of a template literal and the pieces of join(__dirname, ...)', () => {
    expect(at('test/a/x.test.ts', 'new URL(`../../../v/hmac_${name}_test.json`, import.meta.url)')).toEqual(['../../../v/hmac_']) // path-check: not a path
    expect(at('test/a/x.test.ts', 'new URL(`../vectors/hmac_${name}_test.json`, import.meta.url)')).toEqual([])
    expect(at('bench/x.mjs', "join(__dirname, '..', '..', 'elsewhere')")).toEqual(['../../elsewhere'])
    expect(at('bench/x.mjs', "join(__dirname, '..', 'dist')")).toEqual([])
  })

  test('finds absolute paths into users\' and machines\' folders, not URL paths or system files', () => {
    const absolute = ['/work/main/build/jwt.wasm', '/home/me/x', '/tmp/before.wasm', 'C:\\Users\\me\\x'] // path-check: not a path
    for (const p of absolute) expect(at('scripts/x.mjs', `readFileSync(${JSON.stringify(p)})`)).toEqual([p])
    expect(at('src/a.ts', "app.get('/protected', h); readFileSync('/proc/cpuinfo'); spawn('/usr/bin/chromium')")).toEqual([])
  })

  test('checks markdown link targets', () => {
    expect(at('docs/a.md', 'see [the notes](../../notes/x.md)')).toEqual(['../../notes/x.md'])
    expect(at('docs/a.md', 'see [tokens](./tokens.md) and [the license](../LICENSE)')).toEqual([])
  })

  test('the marker exempts a string that only looks like a path, on its line or the line above', () => {
    expect(at('test/attacks/x.test.ts', "header({ kid: '../../../../dev/null' }) // path-check: not a path")).toEqual([])
    expect(at('test/attacks/x.test.ts', "// path-check: not a path\nheader({ kid: '../../../../dev/null' })")).toEqual([])
    expect(at('test/attacks/x.test.ts', "header({ kid: '../../../../dev/null' })")).toEqual(['../../../../dev/null']) // path-check: not a path
  })

  test('skips comments, keeps line numbers, and survives nested template literals', () => {
    const text = "/* '../../../a' */\n// '../../../b'\nconst s = `x${`../../../c`}${'../../../d'}`\nconst t = '../../../e'" // path-check: not a path
    const found = findEscapes(root, 'src/a.ts', text)
    expect(found.map((f) => [f.text, f.line])).toEqual([['../../../c', 3], ['../../../d', 3], ['../../../e', 4]]) // path-check: not a path
    expect(stringLiterals("a # it's\nb 'x'", true).map((l) => l.value)).toEqual(['x'])
  })
})

describe('the repository', () => {
  test('walks every folder the build, tests and benchmarks read', () => {
    const files = scannedFiles(root)
    for (const f of ['src/index.ts', 'test/assembly/hmac.test.ts', 'bench/footprint.mjs', 'scripts/build-js.mjs',
      'examples/demo.mjs', '.ci/run', 'package.json', 'test/vectors/README.md']) expect(files).toContain(f)
    expect(files.some((f) => f.startsWith('node_modules/') || f.startsWith('dist/'))).toBe(false)
  })

  test('no file names a path outside the repository', () => {
    expect(scanRepository(root).map((f) => `${f.file}:${f.line}: ${f.text} (${f.reason})`)).toEqual([])
  })
})
