import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { PlanFile } from '@kapstok/core'
import type { MemoryTreeCache } from '@kapstok/markdown'
import type { VFileMessage } from 'vfile-message'
import { VERSION } from './version.js'

/**
 * The `--cache` file (`.kapstokcache`, like ESLint's `.eslintcache`). Line 1 is the last
 * result: a fingerprint of everything the result depends on and the messages; line 2 holds
 * the parsed trees of the plan's Markdown files by text hash. A run whose fingerprint matches
 * reads line 1 only and parses and checks nothing; a run after an edit parses only the files
 * whose text changed (the rules then run again over the whole plan: they are cross-file).
 */
export interface CheckCache {
  /** The last result, when its fingerprint matches this run's. */
  hit?: { messages: VFileMessage[]; sources: Array<{ path: string }> }
  /** Trees of the last run by text hash (read only on a miss). */
  trees(): SavedTrees
  /** This run's fingerprint. */
  fingerprint: string
}

/** Parsed trees by text hash, as `createTreeCache` takes and gives them. */
type SavedTrees = ReturnType<MemoryTreeCache['used']>

interface Result {
  /** Cache file layout version. */
  format: 1
  /** Fingerprint of the inputs. */
  fingerprint: string
  /** The messages, as plain objects. */
  messages: Array<Record<string, unknown>>
  /** Paths of the sources read (absolute). */
  sources: string[]
}

/**
 * Fingerprint of a check: kapstok's version and build, the plan path, the config file's bytes,
 * and the name and bytes of every file in the plan folder (the reader's inputs; a file added
 * or removed changes it too).
 *
 * @param planPath Plan folder or file.
 * @param configPath Explicit config file (optional; one in the plan folder is hashed with the folder).
 * @returns Hex digest.
 */
export async function fingerprint(planPath: string, configPath?: string): Promise<string> {
  const hash = createHash('sha256').update(`kapstok ${VERSION}\0${await buildStamp()}\0${resolve(planPath)}\0`)
  const info = await stat(planPath).catch(() => undefined)
  const folder = info?.isDirectory() ? planPath : dirname(planPath)
  const names = info?.isDirectory() ? (await readdir(planPath)).filter((n) => !n.startsWith('.')).sort() : [planPath.slice(folder.length + 1)]
  for (const name of names) {
    const bytes = await readFile(join(folder, name)).catch(() => undefined)
    if (bytes) hash.update(`${name}\0${bytes.length}\0`).update(bytes)
  }
  // A config beside a single plan file is not in the listing above.
  for (const name of configPath ? [configPath] : info?.isDirectory() ? [] : configNames.map((n) => join(folder, n))) {
    const bytes = await readFile(name).catch(() => undefined)
    if (bytes) hash.update(`config ${name}\0`).update(bytes)
  }
  return hash.digest('hex')
}

const configNames = ['kapstok.config.json', 'kapstok.config.yaml', 'kapstok.config.yml', 'kapstok.config.mjs']

// When kapstok itself is rebuilt (development) or reinstalled, earlier results are void.
async function buildStamp(): Promise<string> {
  const stamps = []
  for (const name of ['@kapstok/core', '@kapstok/markdown', '@kapstok/rules']) {
    const url = new URL(import.meta.resolve(name))
    stamps.push((await stat(url).catch(() => undefined))?.mtimeMs ?? 0)
  }
  return stamps.join(',')
}

/**
 * Open the cache file for this run.
 *
 * @param path Cache file.
 * @param print This run's fingerprint.
 * @returns The hit (if any) and a way to read the saved trees.
 */
export async function openCache(path: string, print: string): Promise<CheckCache> {
  const text = await readFile(path, 'utf8').catch(() => '')
  const newline = text.indexOf('\n')
  const head = newline === -1 ? text : text.slice(0, newline)
  let result: Result | undefined
  try {
    result = head ? (JSON.parse(head) as Result) : undefined
  } catch {
    result = undefined // a damaged cache is a miss, never an error
  }
  const trees = (): SavedTrees => {
    try {
      return newline === -1 ? {} : (JSON.parse(text.slice(newline + 1)) as SavedTrees)
    } catch {
      return {}
    }
  }
  if (result?.format === 1 && result.fingerprint === print) {
    const { VFileMessage } = await import('vfile-message')
    return { fingerprint: print, trees, hit: { messages: result.messages.map((m) => revive(VFileMessage.prototype, m)), sources: result.sources.map((p) => ({ path: p })) } }
  }
  return { fingerprint: print, trees }
}

/**
 * Save this run's result and trees (atomically: a run that is stopped leaves the old cache).
 *
 * @param path Cache file.
 * @param print Fingerprint of the inputs the result was computed from.
 * @param file The checked plan.
 * @param trees Trees to keep (those of this run).
 */
export async function saveCache(path: string, print: string, file: PlanFile, trees: SavedTrees): Promise<void> {
  const messages = file.messages.map((m) => ({ ...m, file: m.file ? resolve(m.file) : m.file, stack: undefined, fix: undefined }))
  const sources = file.sources.map((s) => resolve(s.path))
  const result: Result = { format: 1, fingerprint: print, messages: JSON.parse(JSON.stringify(messages)), sources }
  const temporary = `${path}.${process.pid}.tmp`
  await mkdir(dirname(path), { recursive: true })
  await writeFile(temporary, `${JSON.stringify(result)}\n${JSON.stringify(trees)}\n`)
  await rename(temporary, path)
}

// A message read back is a VFileMessage again (reporters read `place`, `reason`, `fatal`, …).
function revive(prototype: object, data: Record<string, unknown>): VFileMessage {
  const message = Object.assign(Object.create(prototype) as VFileMessage, data)
  if (message.cause && typeof message.cause === 'object' && 'reason' in message.cause) {
    message.cause = revive(prototype, message.cause as Record<string, unknown>)
  }
  return message
}
