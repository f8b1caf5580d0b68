import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { kapstok } from '../cli/run.js'

/** Every format the example tests read: HTML, Markdown, the JSON model and the agenda CSV. */
const formats = 'html,md,json,csv'

// One build of each example, shared by the test files that read its outputs (build, outputs,
// references): the same example was built fourteen times per run, which cost more than the tests.
// Files of one worker share this module (vitest `isolate: false`); the outputs are only read.
const builds = new Map<string, Promise<{ out: string; code: number; stderr: string }>>()

/**
 * The output folder of `kapstok build examples/<name>` in all formats, built once per worker.
 *
 * @param name The example's folder name.
 * @returns The output folder; the build is asserted to have succeeded.
 */
export async function builtExample(name: string): Promise<string> {
  let build = builds.get(name)
  if (!build) {
    build = (async () => {
      const out = await mkdtemp(join(tmpdir(), 'kapstok-example-'))
      const result = await kapstok(['build', `examples/${name}`, '--out', out, '--force', '--format', formats])
      return { out, code: result.code, stderr: result.stderr }
    })()
    builds.set(name, build)
  }
  const { out, code, stderr } = await build
  expect(code, stderr).toBe(0)
  return out
}
