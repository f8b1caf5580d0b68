import { renameSync, rmSync } from 'node:fs'
import { link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import type { Output } from '@kapstok/core'

/** File in the output folder listing what the last build wrote, so the next one can remove what it no longer makes. */
export const MANIFEST = '.kapstok-uitvoer.json'

/** Temporary and backup files: `<target>.kapstok-<pid>-<time>.tmp|.bak`. */
const leftover = /\.kapstok-(\d+)-\d+\.(tmp|bak)$/

interface Entry {
  target: string
  temp: string
  backup: string
  backedUp: boolean
  moved: boolean
}

/**
 * Write outputs so that nothing is lost and no half set is left, even on Ctrl-C:
 *
 * 1. every file is written to a temporary name beside its target;
 * 2. each existing target gets a hard link as backup (the target itself stays in place);
 * 3. each temporary file is renamed over its target: a rename replaces atomically, so there is
 *    no moment without the file;
 * 4. with `build`: files the previous build wrote (listed in `MANIFEST`) that this build does
 *    not make are removed, so no stale file stays beside the new ones.
 *
 * On an error, SIGINT or SIGTERM the targets are restored from their backups and the temporary
 * files removed. With `build`, leftovers of a run that was killed (SIGKILL) are removed by the
 * next run.
 *
 * @param folder Output folder (`''` for paths relative to the working directory).
 * @param outputs Files to write.
 * @param options `build`: the folder holds one build's outputs, which this write replaces as a
 *   set (default: `false`, e.g. for `check --fix`, which rewrites source files in place).
 * @returns Paths written.
 */
export async function writeOutputsAtomically(folder: string, outputs: ReadonlyArray<Output>, options: { build?: boolean } = {}): Promise<string[]> {
  const suffix = `.kapstok-${process.pid}-${Date.now()}`
  const staged: Entry[] = outputs.map((output) => {
    const target = join(folder, output.path)
    return { target, temp: `${target}${suffix}.tmp`, backup: `${target}${suffix}.bak`, backedUp: false, moved: false }
  })
  if (options.build) await removeLeftovers(folder)
  const previous = options.build ? await readManifest(folder) : []
  const undo = (): void => rollback(staged)
  const onSignal = (signal: NodeJS.Signals): void => {
    undo()
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    for (const [index, entry] of staged.entries()) {
      if ((await stat(entry.target).catch(() => undefined))?.isDirectory()) {
        throw new Error(`Kan \`${relative(folder, entry.target)}\` niet schrijven: daar staat een map`)
      }
      await mkdir(dirname(entry.target), { recursive: true })
      await writeFile(entry.temp, (outputs[index] as Output).contents)
    }
    for (const entry of staged) {
      if (await exists(entry.target)) {
        await link(entry.target, entry.backup)
        entry.backedUp = true
      }
      await rename(entry.temp, entry.target)
      entry.moved = true
    }
  } catch (error) {
    undo()
    throw error
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
  await Promise.all(staged.filter((e) => e.backedUp).map((e) => rm(e.backup, { force: true })))
  const now = outputs.map((o) => o.path.split(sep).join('/'))
  const stale = previous.filter((path) => !now.includes(path))
  await Promise.all(stale.map((path) => rm(join(folder, path), { force: true })))
  if (options.build) await writeFile(join(folder, MANIFEST), JSON.stringify({ bestanden: now }, null, 2) + '\n')
  return staged.map(({ target }) => target)
}

// Synchronous, so it also runs inside a signal handler before the process exits. A step that
// fails (e.g. a path below a file) must not stop the rest.
function rollback(staged: Entry[]): void {
  const quietly = (step: () => void): void => {
    try {
      step()
    } catch {
      // Nothing more to restore here.
    }
  }
  for (const entry of [...staged].reverse()) {
    if (entry.moved && entry.backedUp) quietly(() => renameSync(entry.backup, entry.target))
    else if (entry.moved) quietly(() => rmSync(entry.target, { force: true }))
    else if (entry.backedUp) quietly(() => rmSync(entry.backup, { force: true }))
    quietly(() => rmSync(entry.temp, { force: true }))
    entry.moved = false
    entry.backedUp = false
  }
}

// Temporary and backup files of runs that were killed: a backup is a hard link to a file that
// is still in place, a temporary file was never renamed; both can go. Files of a run that is
// still going (its process is alive) are left alone.
async function removeLeftovers(folder: string): Promise<void> {
  const entries = await readdir(folder || '.', { recursive: true, withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    const match = leftover.exec(entry.name)
    if (!entry.isFile() || !match || isAlive(Number(match[1]))) continue
    await rm(join(entry.parentPath, entry.name), { force: true })
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function readManifest(folder: string): Promise<string[]> {
  try {
    const list = (JSON.parse(await readFile(join(folder, MANIFEST), 'utf8')) as { bestanden?: unknown }).bestanden
    // Only plain relative paths inside the folder: the manifest could have been edited.
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && !p.startsWith('/') && !p.split('/').includes('..')) : []
  } catch {
    return []
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false
  )
}

