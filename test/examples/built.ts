import { join } from 'node:path'
import { expect } from 'vitest'
import { kapstok, root } from '../cli/run.js'
import { contentKey, oncePerRun } from '../shared/once-per-run.js'

/** A `kapstok build --force` of an example: its output folder, exit code and messages. */
export interface ExampleBuild {
  out: string
  code: number
  stderr: string
}

// Every format the example tests read: HTML, Markdown, the JSON model and the agenda CSV, and the
// PDFs that test/examples/publish.test.ts validates; Hoogeveen's PDFs (170 pages) are rendered
// and checked in test/render-pdf/hoogeveen.test.ts instead.
const formats = (name: string): string => (name === 'hoogeveen-sociaal-domein' ? 'html,md,json,csv' : 'html,md,json,csv,pdf')

/**
 * The build of an example that the test files reading its outputs share (build, outputs,
 * references, publish): each built its own, and both workers built each example, which cost more
 * than the tests. One build per run (test/shared/once-per-run.ts); the outputs are only read.
 *
 * @param name The example's folder name.
 * @returns The build; it may have failed (`code`).
 */
export async function exampleBuild(name: string): Promise<ExampleBuild> {
  const args = ['build', `examples/${name}`, '--force', '--format', formats(name)]
  const key = await contentKey(join(root, 'examples', name), args.join(' '))
  const { dir, value } = await oncePerRun(key, async (out) => {
    const { code, stderr } = await kapstok([...args, '--out', out])
    return { code, stderr }
  })
  return { out: dir, ...value }
}

/**
 * The output folder of the shared build of an example (`exampleBuild`), asserted to have succeeded.
 *
 * @param name The example's folder name.
 * @returns The output folder.
 */
export async function builtExample(name: string): Promise<string> {
  const { out, code, stderr } = await exampleBuild(name)
  expect(code, stderr).toBe(0)
  return out
}
