import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Output } from '@kapstok/core'

/**
 * Write outputs so that a failure never leaves a half-written file: every file is written to
 * a temporary name beside its target first, and only renamed into place when all of them
 * were written. On failure the temporary files are removed and the old outputs stay.
 *
 * @param folder Output folder.
 * @param outputs Files to write.
 * @returns Paths written.
 */
export async function writeOutputsAtomically(folder: string, outputs: ReadonlyArray<Output>): Promise<string[]> {
  const staged: Array<{ temp: string; target: string }> = []
  const suffix = `.kapstok-${process.pid}-${Date.now()}.tmp`
  try {
    for (const output of outputs) {
      const target = join(folder, output.path)
      await mkdir(dirname(target), { recursive: true })
      const temp = target + suffix
      staged.push({ temp, target })
      await writeFile(temp, output.contents)
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })))
    throw error
  }
  for (const { temp, target } of staged) await rename(temp, target)
  return staged.map(({ target }) => target)
}
