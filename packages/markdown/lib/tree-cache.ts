import { createHash } from 'node:crypto'
import type { Root } from 'mdast'

/**
 * Parsed Markdown trees by the text they were parsed from, so a file that did not change is
 * not parsed again (parsing is most of the reader's time). The reader never changes a tree,
 * so one tree can be read any number of times.
 */
export interface TreeCache {
  /** The tree parsed from exactly this text, if known. */
  get(text: string): Root | undefined
  /** Remember the tree parsed from this text. */
  set(text: string, tree: Root): void
}

/** A tree cache in memory that can be saved (as JSON) and keeps only what was used. */
export interface MemoryTreeCache extends TreeCache {
  /** Trees by text hash, used (read or added) since creation or the last `prune`. */
  used(): Record<string, Root>
  /** Forget every tree not used since the last `prune`, and start a new round. */
  prune(): void
}

/**
 * Hash of a source text as the tree cache keys it (SHA-1 of the UTF-8 text: not for security,
 * only to tell versions of a file apart).
 *
 * @param text Source text.
 * @returns Hex digest.
 */
export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/**
 * Create a tree cache in memory, optionally filled from saved trees (e.g. from `.kapstokcache`).
 *
 * @param saved Trees by text hash (optional).
 * @returns The cache.
 */
export function createTreeCache(saved: Record<string, Root> = {}): MemoryTreeCache {
  let trees = new Map(Object.entries(saved))
  let used = new Map<string, Root>()
  return {
    get(text) {
      const key = textHash(text)
      const tree = trees.get(key)
      if (tree) used.set(key, tree)
      return tree
    },
    set(text, tree) {
      const key = textHash(text)
      trees.set(key, tree)
      used.set(key, tree)
    },
    used: () => Object.fromEntries(used),
    prune() {
      trees = used
      used = new Map()
    }
  }
}
