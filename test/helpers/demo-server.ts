// `node examples/demo.mjs` (what `npm start` runs) on an ephemeral port, for the end-to-end
// tests that drive it over real HTTP. The demo imports 'jwt-wasm' and 'jwt-wasm/redis' (the
// package's own names), so it runs against dist/: build first.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))

export interface Demo {
  url: string
  child: ChildProcess
  /** Everything the process has printed so far, stdout and stderr. */
  output: () => string
}

/** One demo process with the given environment, resolved once its banner is complete. */
export async function startDemo(env: Record<string, string> = {}): Promise<Demo> {
  for (const file of ['dist/index.js', 'dist/redis.js']) {
    if (!existsSync(root + file)) throw new Error('dist/ is missing: run `npm run build` (npm test does) before this test')
  }
  const child = spawn(process.execPath, ['examples/demo.mjs'], { cwd: root, env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo did not start in 30 s:\n${output}`)), 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk
      // The banner ends with the Ctrl-C line; wait for all of it.
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*Ctrl-C to stop/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the demo exited (${code}) before listening:\n${output}`))
    })
  })
  return { url, child, output: () => output }
}

/** Kills a demo that is still running and waits for it to be gone. */
export async function stopDemo(demo: Demo | undefined): Promise<void> {
  if (!demo || demo.child.exitCode !== null || demo.child.signalCode !== null) return
  const exited = new Promise((resolve) => demo.child.once('exit', resolve))
  demo.child.kill('SIGKILL')
  await exited
}
