import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Output } from '@kapstok/core'

/**
 * Write outputs so that a failure never leaves a half-written file or half a set: every file
 * is first written to a temporary name beside its target; only when all were written are
 * they moved into place, each old file kept as a backup until the last move succeeded. On any
 * failure the old outputs are restored and the temporary files removed.
 *
 * @param folder Output folder (`''` for paths relative to the working directory).
 * @param outputs Files to write.
 * @returns Paths written.
 */
export async function writeOutputsAtomically(folder: string, outputs: ReadonlyArray<Output>): Promise<string[]> {
  const suffix = `.kapstok-${process.pid}-${Date.now()}`
  const staged = outputs.map((output) => {
    const target = join(folder, output.path)
    return { output, target, temp: `${target}${suffix}.tmp`, backup: `${target}${suffix}.bak`, backedUp: false, moved: false }
  })
  try {
    for (const entry of staged) {
      if ((await stat(entry.target).catch(() => undefined))?.isDirectory()) {
        throw new Error(`Kan \`${entry.target}\` niet schrijven: daar staat een map`)
      }
      await mkdir(dirname(entry.target), { recursive: true })
      await writeFile(entry.temp, entry.output.contents)
    }
    for (const entry of staged) {
      if (await exists(entry.target)) {
        await rename(entry.target, entry.backup)
        entry.backedUp = true
      }
      await rename(entry.temp, entry.target)
      entry.moved = true
    }
  } catch (error) {
    // Undo in reverse; a cleanup step that fails (e.g. a path below a file) must not stop the rest.
    const quietly = (step: Promise<unknown>) => step.catch(() => undefined)
    for (const entry of [...staged].reverse()) {
      if (entry.moved) await quietly(rm(entry.target, { force: true }))
      if (entry.backedUp) await quietly(rename(entry.backup, entry.target))
      await quietly(rm(entry.temp, { force: true }))
    }
    throw error
  }
  await Promise.all(staged.filter((e) => e.backedUp).map((e) => rm(e.backup, { force: true })))
  return staged.map(({ target }) => target)
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}
