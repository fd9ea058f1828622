// Finds the places where a file of the project names a path outside the repository: a clone
// with nothing beside it (a user's, a fork's CI, a packager's build) must build and pass its
// tests. Three kinds of finding, each resolved the way the code would resolve it:
// - the team's shared folder beside the repository, named anywhere, even in a comment (the
//   team's machines keep vectors and notes there; a clone has no such folder);
// - a relative path in a string literal ('./x', '../x', the static head of a template literal,
//   or the literal pieces of join/resolve(import.meta.dirname | __dirname, ...)) that lands
//   outside the root when resolved from the file's own folder, as import specifiers,
//   `new URL(rel, import.meta.url)` and the tsconfig/package.json fields all resolve;
// - an absolute path into a user's or a machine's folders (/work/, /home/, /tmp/, C:\ ...).
// Markdown files are checked by their link targets. A string that only looks like a path (an
// attack payload such as a `kid` of '../../../../dev/null') is exempted by the marker
// `path-check: not a path` on its line or the line above, so each exemption is visible in review;
// naming the shared folder has no exemption.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'

export interface Finding { file: string; line: number; text: string; reason: string }

/** Folders and top-level files the check walks; everything the build, tests and benchmarks read. */
export const SCANNED = ['src', 'test', 'bench', 'scripts', 'examples', '.ci', 'docs', 'assembly']
/** Never walked: installed, built or scratch output, and the vector data (copied verbatim). */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build', '.tmp', 'coverage', '.results', '.git'])
const TEXT = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json', '.md', '.sh', ''])
const MARKER = 'path-check: not a path'
/** Spelled in pieces so that this file does not name it. */
export const SHARED = ['..', 'shared'].join('/')
const PRIVATE_ROOTS = /^(?:\/(?:work|home|Users|root|mnt|srv|tmp|var|opt|workspace|media)(?:\/|$)|[A-Za-z]:[\\/]|file:\/\/\/(?!\$))/

/** Every text file the check reads, as paths relative to root ('/'-separated). */
export function scannedFiles(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(path)
      } else if (entry.isFile() && TEXT.has(extname(entry.name)) && !isVectorData(path)) {
        out.push(path)
      }
    }
  }
  for (const name of readdirSync(root)) {
    const stat = statSync(join(root, name))
    if (stat.isDirectory() && SCANNED.includes(name)) walk(name)
    else if (stat.isFile() && TEXT.has(extname(name)) && name !== 'package-lock.json') out.push(name)
  }
  return out.sort()
}

const isVectorData = (path: string): boolean => path.startsWith('test/vectors/') && !path.endsWith('.md')

/** The findings in one file's text; `file` is relative to root and decides how paths resolve. */
export function findEscapes(root: string, file: string, text: string): Finding[] {
  const findings: Finding[] = []
  const lines = text.split('\n')
  const exempt = (line: number): boolean => lines[line - 1]?.includes(MARKER) || lines[line - 2]?.includes(MARKER) || false
  const seen = new Set<string>()
  const add = (line: number, value: string, reason: string): void => {
    const key = `${line}\0${value}`
    if (!exempt(line) && !seen.has(key)) { seen.add(key); findings.push({ file, line, text: value, reason }) }
  }
  lines.forEach((l, i) => {
    if (l.includes(SHARED)) findings.push({ file, line: i + 1, text: l.trim(), reason: `names ${SHARED}` })
  })
  const dir = resolve(root, file, '..')

  const check = (value: string, line: number): void => {
    if (PRIVATE_ROOTS.test(value)) { add(line, value, 'absolute path outside the repository'); return }
    if (!/^\.\.?(?:[\\/]|$)/.test(value)) return
    const target = resolve(dir, value.replace(/[?#].*$/, ''))
    const rel = relative(resolve(root), target)
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) add(line, value, `resolves outside the repository (to ${target})`)
  }
  const literals = extname(file) === '.md' ? markdownTargets(text) : stringLiterals(text, shellComments(file))
  for (const { value, line } of literals) check(value, line)
  for (const { value, line } of joinedPieces(text)) check(value, line)
  return findings
}

/** Findings over the whole repository. */
export function scanRepository(root: string): Finding[] {
  return scannedFiles(root).flatMap((file) => findEscapes(root, file, readFileSync(join(root, file), 'utf8')))
}

interface Literal { value: string; line: number }

const shellComments = (file: string): boolean => extname(file) === '.sh' || file.startsWith('.ci/')

/**
 * String literals of JavaScript-like text, with comments skipped, and for a template literal only
 * the text before its first `${` (the part a reader can resolve without running the code).
 * In shell scripts `#` starts a comment instead of `//`.
 */
export function stringLiterals(text: string, hashComments = false): Literal[] {
  const out: Literal[] = []
  let line = 1
  let i = 0
  const n = text.length
  // Nesting of template literals and `${` expressions: a `}` closes the innermost expression.
  const braces: number[] = []
  while (i < n) {
    const c = text[i]
    if (c === '\n') { line++; i++; continue }
    if (hashComments ? c === '#' : c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++
      continue
    }
    if (!hashComments && c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2)
      const stop = end < 0 ? n : end + 2
      for (let j = i; j < stop; j++) if (text[j] === '\n') line++
      i = stop
      continue
    }
    if (c === '\'' || c === '"') {
      const start = line
      let value = ''
      i++
      while (i < n && text[i] !== c && text[i] !== '\n') {
        if (text[i] === '\\' && !hashComments) { value += text[i + 1] ?? ''; i += 2; continue }
        value += text[i++]
      }
      i++
      out.push({ value, line: start })
      continue
    }
    if (c === '`' || (c === '}' && braces.length > 0 && braces[braces.length - 1] === 0)) {
      // A template literal's text: from its opening backtick, or from the `}` that ends an
      // expression inside it (only the head, before the first `${`, is reported).
      const head = c === '`'
      if (!head) braces.pop()
      const start = line
      let value = ''
      i++
      while (i < n && text[i] !== '`' && !(text[i] === '$' && text[i + 1] === '{')) {
        if (text[i] === '\n') line++
        if (text[i] === '\\') { value += text[i + 1] ?? ''; i += 2; continue }
        value += text[i++]
      }
      if (text[i] === '$') { braces.push(0); i += 2 } else i++
      if (head) out.push({ value, line: start })
      continue
    }
    if (c === '{' && braces.length > 0) braces[braces.length - 1]++
    else if (c === '}' && braces.length > 0) braces[braces.length - 1]--
    i++
  }
  return out
}

/** The literal pieces of join/resolve(import.meta.dirname | __dirname, 'a', 'b', ...), joined. */
function joinedPieces(text: string): Literal[] {
  const out: Literal[] = []
  const call = /\b(?:join|resolve)\(\s*(?:__dirname|import\.meta\.dirname)\s*((?:,\s*(['"])[^'"\n]*\2\s*)+)[,)]/g
  for (const m of text.matchAll(call)) {
    const pieces = [...m[1].matchAll(/(['"])([^'"\n]*)\1/g)].map((p) => p[2])
    const joined = pieces.join('/')
    out.push({ value: joined.startsWith('.') ? joined : `./${joined}`, line: text.slice(0, m.index).split('\n').length })
  }
  return out
}

/** Link and image targets of a markdown text: `[text](target)` and `<a href="target">`. */
export function markdownTargets(text: string): Literal[] {
  const out: Literal[] = []
  text.split('\n').forEach((l, i) => {
    for (const m of l.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)|href="([^"]+)"/g)) {
      out.push({ value: m[1] ?? m[2], line: i + 1 })
    }
  })
  return out
}
