import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { inject } from 'vitest'

// Work that takes seconds and gives the same answer to every test file that asks (a build of
// an example) is done once per run instead of once per worker or per file. The two workers share
// no memory, so the answer is kept in the run's folder (test/shared/global-setup.ts: made before
// the run, removed after it, so nothing outlives the code that computed it). The first worker to
// ask claims the entry by creating its folder, which only one can; the other waits for the result.

/** What a worker that did the work leaves for the others: the value, or why there is none. */
type Entry<T> = { value: T } | { error: string }

const RESULT = 'result.json'
const inWorker = new Map<string, Promise<{ dir: string; value: unknown }>>()

/**
 * The value of `make` for `key`, computed by one worker of this run and read by the others.
 *
 * @param key Names the work and its inputs; use `contentKey` so changed inputs get a new entry.
 * @param make Does the work; may write files into the folder it gets, which every caller can read.
 * @returns That folder and the value (JSON: it crosses workers as a file).
 */
export function oncePerRun<T>(key: string, make: (dir: string) => Promise<T>): Promise<{ dir: string; value: T }> {
  let shared = inWorker.get(key)
  if (!shared) inWorker.set(key, (shared = claimOrWait(join(inject('runDir'), key), make)))
  return shared as Promise<{ dir: string; value: T }>
}

async function claimOrWait<T>(entry: string, make: (dir: string) => Promise<T>): Promise<{ dir: string; value: T }> {
  const dir = join(entry, 'files')
  let claimed = true
  await mkdir(entry).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
    claimed = false
  })
  if (claimed) {
    await mkdir(dir)
    const result: Entry<T> = await make(dir).then(
      (value) => ({ value }),
      (error: unknown) => ({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) })
    )
    // Written whole under another name first, so a waiting worker never reads half a file.
    await writeFile(join(entry, `${RESULT}.part`), JSON.stringify(result))
    await rename(join(entry, `${RESULT}.part`), join(entry, RESULT))
  }
  const result = await waitFor<Entry<T>>(join(entry, RESULT))
  if ('error' in result) throw new Error(`The shared work in ${entry} failed:\n${result.error}`)
  return { dir, value: result.value }
}

async function waitFor<T>(path: string): Promise<T> {
  for (;;) {
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    if (text !== undefined) return JSON.parse(text) as T
    await sleep(100)
  }
}

/**
 * A key for `oncePerRun` from what the work reads: a hash of every file under `folder` (names and
 * bytes) and of `extra` (e.g. the command's options), so any change to an input is a different key.
 *
 * @param folder The input folder.
 * @param extra What else decides the result.
 * @returns A hex digest.
 */
export async function contentKey(folder: string, extra: string): Promise<string> {
  const hash = createHash('sha256').update(extra).update('\0')
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())
  const paths = files.map((e) => join(e.parentPath, e.name)).sort()
  for (const path of paths) hash.update(relative(folder, path)).update('\0').update(await readFile(path)).update('\0')
  return hash.digest('hex').slice(0, 32)
}
