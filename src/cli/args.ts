// Flags through node:util parseArgs (strict), with its errors turned into one-line messages.
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { usageError } from './errors.js'

export type Options = NonNullable<ParseArgsConfig['options']>
export type Values = Record<string, string | boolean | string[] | undefined>

export interface Parsed {
  values: Values
  positionals: string[]
}

/** The flags every command has. */
const HELP_OPTION: Options = { help: { type: 'boolean', short: 'h' } }

/** Where the HMAC secret (or key ring) comes from: never the command line itself (shell history, `ps`). */
export const SECRET_OPTIONS: Options = {
  'secret-env': { type: 'string' },
  'secret-file': { type: 'string' },
  'keys-file': { type: 'string' },
}

export function parse(command: string, args: string[], options: Options, maxPositionals: number): Parsed {
  let parsed: Parsed
  try {
    parsed = parseArgs({ args, options: { ...options, ...HELP_OPTION }, strict: true, allowPositionals: true }) as Parsed
  } catch (error) {
    throw usageError(command, describeParseError(error))
  }
  if (parsed.values.help) return parsed
  if (parsed.positionals.length > maxPositionals) {
    // Not echoed: a stray argument may be a secret or a token pasted in the wrong place.
    throw usageError(command, maxPositionals === 0 ? 'this command takes no arguments' : `too many arguments: it takes at most ${maxPositionals}`)
  }
  return parsed
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code
  const message = error instanceof Error ? error.message : String(error)
  const option = /'(-[^' ]+)/.exec(message)?.[1]
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quote(option ?? message)}`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message) ? `option ${option} needs a value` : `option ${option} takes no value`
    default:
      // Any other parser complaint, reduced to its first line.
      return message.split('\n')[0]!
  }
}

/** An option's name as typed, for messages (never a value: --secret=… must not be echoed). */
function quote(option: string): string {
  return JSON.stringify(option.split('=')[0]!.slice(0, 40))
}

/** A repeatable flag's values, in order. */
export function list(values: Values, name: string): string[] {
  const value = values[name]
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : []
}

/** One subcommand: its flags, its help (with an example), and what it does. */
export interface Command {
  name: string
  /** One line for `jwt-wasm --help`. */
  summary: string
  /** The whole `--help` text. */
  help: string
  options: Options
  /** How many positional arguments it takes at most. */
  positionals: number
  /** Writes its output and returns the exit status; throws CliError for usage mistakes. */
  run(parsed: Parsed): Promise<number> | number
}
