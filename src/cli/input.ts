// What a command reads besides its flags: the token (argument or stdin) and the secret
// (an environment variable or a file, never the command line).
import { readFileSync } from 'node:fs'
import { CliError, EXIT } from './errors.js'

/** Far above any token the library accepts (65536 characters at most), so a mistaken pipe stops early. */
const MAX_STDIN_BYTES = 1 << 20
const MIN_SECRET_BYTES = 16
const utf8 = new TextDecoder('utf-8', { fatal: true })

/** A file named on the command line could not be read: why, in words, never its content. */
function unreadable(what: string, file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code
  return new CliError(`cannot read the ${what} ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'unreadable')}`)
}

/** The token argument, or else the whole of stdin with surrounding whitespace removed. */
export async function readToken(argument: string | undefined): Promise<string> {
  if (argument !== undefined) {
    if (argument.trim() === '') throw new CliError('the token argument is empty')
    return argument.trim()
  }
  if (process.stdin.isTTY) throw new CliError('no token: pass it as an argument, or pipe it in (pbpaste | jwt-wasm decode)')
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_STDIN_BYTES) throw new CliError(`stdin holds more than ${MAX_STDIN_BYTES} bytes, which is not a token`, EXIT.REFUSED)
    chunks.push(chunk)
  }
  let text: string
  try {
    text = utf8.decode(Buffer.concat(chunks))
  } catch {
    throw new CliError('stdin is not UTF-8 text (binary data?), so it is not a token', EXIT.REFUSED)
  }
  const token = text.trim()
  if (token === '') throw new CliError('no token: stdin was empty')
  return token
}

export interface SecretSource {
  /** --secret-env NAME */
  env?: string | undefined
  /** --secret-file PATH */
  file?: string | undefined
}

/**
 * The HMAC secret as bytes. A file's one trailing newline (as editors and `echo` leave) is
 * not part of the secret. Messages name where the secret was looked for, never its value.
 */
export function readSecret({ env, file }: SecretSource): Uint8Array {
  if (env !== undefined && file !== undefined) throw new CliError('give --secret-env or --secret-file, not both')
  let bytes: Uint8Array
  let where: string
  if (file !== undefined) {
    where = `the file ${file}`
    try {
      bytes = readFileSync(file)
    } catch (error) {
      throw unreadable('secret file', file, error)
    }
    const end = bytes.at(-1) === 0x0a ? (bytes.at(-2) === 0x0d ? 2 : 1) : 0
    bytes = bytes.subarray(0, bytes.length - end)
  } else {
    const name = env ?? 'JWT_SECRET'
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new CliError(`--secret-env takes an environment variable's name, such as JWT_SECRET, not the secret itself`)
    where = `$${name}`
    const value = process.env[name]
    if (value === undefined || value === '') {
      throw new CliError(`no secret: ${where} is ${value === undefined ? 'not set' : 'empty'}. Set it (make one with: jwt-wasm secret), or use --secret-env NAME or --secret-file PATH`)
    }
    bytes = new TextEncoder().encode(value)
  }
  if (bytes.length < MIN_SECRET_BYTES) {
    throw new CliError(`the secret in ${where} is too short: ${bytes.length} bytes, at least ${MIN_SECRET_BYTES} needed (make a full-strength one with: jwt-wasm secret)`)
  }
  return bytes
}

/**
 * A key ring from a JSON file: one oct JWK (as `jwt-wasm key` prints), one per line, an array
 * of them, or a JWK set {"keys": […]} (RFC 7517 §5). The library checks each key; messages here never
 * quote the file, which holds secrets.
 */
export function readKeys(file: string): unknown[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw unreadable('keys file', file, error)
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    // One JWK per line, as `jwt-wasm key >> keys.json` leaves them.
    try {
      value = text.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as unknown)
    } catch {
      throw new CliError(`the keys file ${file} is not JSON`)
    }
  }
  let keys: unknown[] | null = null
  if (Array.isArray(value)) keys = value
  else if (typeof value === 'object' && value !== null) {
    const set = (value as { keys?: unknown }).keys
    keys = Array.isArray(set) ? set : [value]
  }
  if (keys === null || keys.length === 0) throw new CliError(`the keys file ${file} must hold an oct JWK, an array of them, or a JWK set {"keys": […]}`)
  return keys
}
