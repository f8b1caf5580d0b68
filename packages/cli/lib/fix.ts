import { readFile } from 'node:fs/promises'
import type { PlanFile } from '@kapstok/core'
import { applyFixes, type Fix, type FixableMessage } from '@kapstok/rules'
import { writeOutputsAtomically } from './atomic-write.js'

/**
 * Apply the safe fixes of a checked plan to its source files (atomically, each file keeping
 * everything outside the fixed ranges byte-for-byte).
 *
 * @param file The checked plan.
 * @returns Number of fixes applied and files changed.
 */
export async function applyPlanFixes(file: PlanFile): Promise<{ fixes: number; files: number }> {
  const byFile = new Map<string, Fix[]>()
  for (const message of file.messages as FixableMessage[]) {
    if (!message.fix) continue
    byFile.set(message.fix.file, [...(byFile.get(message.fix.file) ?? []), message.fix])
  }
  const outputs = []
  let fixes = 0
  for (const [path, list] of byFile) {
    const source = file.sources.find((s) => s.path === path)
    if (!source || typeof source.value !== 'string') continue
    const fixed = applyFixes(source.value, list)
    if (fixed === source.value) continue
    fixes += list.length
    // The reader drops a byte-order mark; the file on disk keeps it (Windows editors write one).
    outputs.push({ path, contents: (await startsWithBom(path)) ? '\uFEFF' + fixed : fixed })
  }
  // Paths are as the reader saw them (relative to the working directory or absolute).
  await writeOutputsAtomically('', outputs)
  return { fixes, files: outputs.length }
}

/** Whether the file on disk starts with a UTF-8 byte-order mark. */
async function startsWithBom(path: string): Promise<boolean> {
  const bytes = await readFile(path).catch(() => undefined)
  return bytes !== undefined && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
}
