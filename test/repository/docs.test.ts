// The README is a landing page and docs/ holds the rest: every guide in docs/ is linked from
// the README, the README stays small enough to read on one screen or two, and every relative
// link in the README, SECURITY.md and docs/ reaches a file (and heading) that exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const read = (path: string) => readFileSync(join(root, path), 'utf8')
const guides = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)
const pages = ['README.md', 'SECURITY.md', 'test/vectors/README.md', ...guides]

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-')
const anchors = (text: string) => new Set(text.split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => slug(l.replace(/^#+ /, ''))))
/** Markdown links outside code blocks. */
function links(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, '')
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!)
}

test('docs/ has the guides the README promises', () => {
  for (const g of ['tokens', 'guards-cookies-csrf', 'frameworks', 'runtimes', 'performance', 'design']) expect(guides).toContain(`docs/${g}.md`)
})

test.each(guides)('the README links %s', (guide) => {
  expect(read('README.md')).toContain(`](${guide})`)
})

test('the README is a landing page (at most 12 KiB; the rest belongs in docs/)', () => {
  expect(Buffer.byteLength(read('README.md'))).toBeLessThanOrEqual(12 * 1024)
})

describe.each(pages)('%s', (page) => {
  test('every relative link reaches a file, and its heading', () => {
    const broken: string[] = []
    for (const link of links(read(page))) {
      if (/^[a-z]+:/i.test(link)) continue
      const [path, hash] = link.split('#') as [string, string | undefined]
      const target = path === '' ? page : relative(root, join(root, dirname(page), path))
      if (!existsSync(join(root, target))) { broken.push(link); continue }
      if (hash && target.endsWith('.md') && !anchors(read(target)).has(hash)) broken.push(link)
    }
    expect(broken).toEqual([])
  })
})
