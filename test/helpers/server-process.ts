// Server child processes for the tests (redis-server, alone or as cluster nodes): started
// in the foreground, ready once their log says so, and never outliving the test process.
// vitest ends a worker with SIGTERM, which by default skips 'exit' handlers, so a server a
// failed or timed-out hook never stopped is killed on that signal too.
import { spawn, type ChildProcess } from 'node:child_process'

const live = new Set<ChildProcess>()
const killAll = () => {
  for (const child of live) child.kill('SIGKILL')
}
process.once('exit', killAll)
process.once('SIGTERM', () => {
  killAll()
  process.kill(process.pid, 'SIGTERM') // the handler is gone: the default action ends the process
})

/** Starts `command` and resolves once its output matches `ready`; rejects with that output if it exits or takes 20 s. */
export function launchServer(command: string, args: readonly string[], ready: RegExp, what: string): Promise<ChildProcess> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  live.add(child)
  child.once('exit', () => live.delete(child))
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => fail(new Error(`${what} did not start in 20 s:\n${out}`)), 20_000)
    const fail = (error: Error) => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    child.once('error', fail)
    child.once('exit', (code) => fail(new Error(`${what} exited (${code}):\n${out}`)))
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk
      if (ready.test(out)) {
        clearTimeout(timer)
        child.removeAllListeners('exit')
        child.once('exit', () => live.delete(child))
        child.stdout!.removeAllListeners('data')
        child.stdout!.resume()
        resolve(child)
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk))
  })
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => child.once('exit', () => resolve()))
}

/** SIGTERM (after SIGCONT: a stopped process cannot act on it), SIGKILL after 5 s; resolves once it has exited. */
export async function stopServer(child: ChildProcess): Promise<void> {
  const gone = exited(child)
  child.kill('SIGCONT')
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
  await gone
  clearTimeout(timer)
}
