// The `jwt-wasm` command (package.json "bin"): dispatch to a subcommand, and make every
// failure one line on stderr with an exit status (src/cli/errors.ts), never a stack trace.
import { type Command, parse } from './args.js'
import { decode } from './commands/decode.js'
import { key } from './commands/key.js'
import { secret } from './commands/secret.js'
import { sign } from './commands/sign.js'
import { verify } from './commands/verify.js'
import { CliError, EXIT } from './errors.js'

declare const __VERSION__: string

const COMMANDS: readonly Command[] = [secret, key, sign, verify, decode]

const USAGE = `Usage: jwt-wasm <command> [options]

HS256/HS384/HS512 JSON Web Tokens from the command line, with jwt-wasm's own
WebAssembly core. Secrets come from $JWT_SECRET (or --secret-env NAME, or
--secret-file PATH), never from the command line.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(8)}${c.summary}`).join('\n')}

Run jwt-wasm <command> --help for its options and an example.

Example:
  export JWT_SECRET=$(jwt-wasm secret)
  jwt-wasm sign alice --expires 2h | jwt-wasm verify

Exit status: 0 success, 1 the token was refused, 2 a usage or secret problem.`

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === args[0]) : undefined
    process.stdout.write(`${topic ? topic.help : USAGE}\n`)
    return EXIT.OK
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${__VERSION__}\n`)
    return EXIT.OK
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    // Named back only when it looks like a word: a token or secret typed here must not be echoed.
    const what = /^[a-z-]{1,20}$/.test(name) ? ` ${JSON.stringify(name)}` : ''
    throw new CliError(`unknown command${what}: use ${COMMANDS.map((c) => c.name).join(', ')}. See: jwt-wasm --help`)
  }
  const parsed = parse(command.name, args, command.options, command.positionals)
  if (parsed.values.help) {
    process.stdout.write(`${command.help}\n`)
    return EXIT.OK
  }
  return command.run(parsed)
}

function fail(error: unknown): number {
  const line = (text: string) => text.split('\n')[0]
  if (error instanceof CliError) {
    process.stderr.write(`jwt-wasm: ${line(error.message)}\n`)
    return error.exitCode
  }
  // The library's own configuration errors (a reserved claim name, a bad option) are usage errors;
  // their messages never hold a secret or a token.
  if (error instanceof TypeError || error instanceof RangeError) {
    process.stderr.write(`jwt-wasm: ${line(error.message)}\n`)
    return EXIT.USAGE
  }
  process.stderr.write(`jwt-wasm: unexpected error: ${line(error instanceof Error ? error.message : String(error))}\n`)
  return EXIT.REFUSED
}

// Broken pipe (jwt-wasm decode | head -1): stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : EXIT.REFUSED))

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => (process.exitCode = fail(error)),
)
