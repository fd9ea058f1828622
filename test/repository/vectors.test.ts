// Every vector file copied into test/vectors/ has its row in test/vectors/README.md (source,
// version, license), and every source folder carries its license notice: a file without its
// provenance could not be updated or relicensed with confidence.
import { expect, test } from 'vitest'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('../vectors/', import.meta.url))
const readme = readFileSync(`${dir}README.md`, 'utf8')
const rows = readme.split('\n').filter((l) => l.startsWith('| `'))
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && !['README.md', 'LICENSE'].includes(e.name))
  .map((e) => `${e.parentPath.slice(dir.length)}/${e.name}`.replace(/^\//, ''))

test('there are vector files to account for', () => {
  expect(files).toContain('wycheproof/hmac_sha256_test.json')
})

test.each(files)('%s has a row naming its source, version and license', (file) => {
  const row = rows.find((r) => r.startsWith(`| \`${file}\` |`))
  expect(row, `add a row for ${file} to test/vectors/README.md`).toBeDefined()
  const cells = row!.split(' | ').map((c) => c.trim())
  expect(cells.length, row).toBeGreaterThanOrEqual(4)
  expect(row).toMatch(/commit [0-9a-f]{7,40}|version \S+|v\d/)
  expect(row).toMatch(/Apache-2\.0|MIT|BSD|CC0|public domain/i)
})

test.each([...new Set(files.filter((f) => f.includes('/')).map((f) => f.split('/')[0]))])('%s/ carries its license notice', (folder) => {
  expect(existsSync(`${dir}${folder}/LICENSE`)).toBe(true)
})
