import { defineConfig } from 'vitest/config'
import { transform } from 'esbuild'

// Standard (TC39) decorators: vite 8's oxc transform does not lower them yet, so the files
// that use decorator syntax (*.decorators.test.ts and the TypeScript examples) are compiled
// by esbuild first (which lowers them).
const tc39Decorators = {
  name: 'tc39-decorators',
  enforce: 'pre' as const,
  async transform(code: string, id: string) {
    if (!id.endsWith('.decorators.test.ts') && !/\/examples\/[^/]+\.ts$/.test(id)) return null
    const out = await transform(code, { loader: 'ts', target: 'es2022', sourcemap: true, sourcefile: id })
    return { code: out.code, map: out.map }
  },
}

export default defineConfig({
  plugins: [tc39Decorators],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
