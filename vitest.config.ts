import { defineConfig } from 'vitest/config'

// CI sets KAPSTOK_TEST_JSON to a path so it can count results from vitest's JSON report
// while running the README's plain `pnpm test`.
const json = process.env.KAPSTOK_TEST_JSON

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Builds and browser runs are heavy; CI has two cores.
    maxWorkers: 2,
    // One module graph per worker instead of one per test file: the suite imports the whole
    // pipeline in nearly every file, and re-importing it cost more time than the tests (415 s →
    // 210 s for the full suite on two cores). Tests keep no module state between files.
    isolate: false,
    reporters: json ? ['default', 'json'] : ['default'],
    ...(json ? { outputFile: { json } } : {})
  }
})
