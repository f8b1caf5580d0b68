/**
 * The running text a section's calculations may lean on: the texts of the same chapter before
 * it. A norm table in `4.2 Normen` is applied in `4.3 Rekenvoorbeelden`; a share laid down in the
 * chapter's opening is applied in one of its sections. Only readers of a rule laid down once and
 * applied later read this context; what they report stays in the section's own text.
 */

import type { Plan } from '@kapstok/core'
import { proseTexts } from './text.js'

/** A context as one object per text, so memoized readers key it by identity, not by its length. */
export interface Earlier { text: string }

/** No earlier text. */
export const NO_EARLIER: Earlier = { text: '' }

const cache = new WeakMap<Plan, Map<string, Earlier>>()

/**
 * Per prose pointer under a chapter (`/secties/2/secties/1/tekst`), the texts of that chapter before it.
 *
 * @param plan The model.
 * @returns Pointer to its earlier text (absent: none).
 */
export function earlierTexts(plan: Plan): Map<string, Earlier> {
  let found = cache.get(plan)
  if (found) return found
  found = new Map()
  const seen = new Map<string, string[]>()
  for (const { pointer, text } of proseTexts(plan)) {
    const chapter = /^\/secties\/\d+\//u.exec(pointer)?.[0]
    if (!chapter) continue
    const before = seen.get(chapter) ?? []
    if (before.length > 0) found.set(pointer, { text: before.join('\n\n') })
    seen.set(chapter, [...before, text])
  }
  cache.set(plan, found)
  return found
}

/**
 * What a reader finds in a text read after its earlier text: only the findings in the text itself,
 * at their offsets in it.
 *
 * @param read The reader.
 * @param text The text.
 * @param earlier Its earlier text.
 * @returns The findings in the text.
 */
export function readAfter<T extends { index: number }>(read: (text: string) => T[], text: string, earlier: Earlier): T[] {
  if (!earlier.text) return read(text)
  const offset = earlier.text.length + 2
  return read(joined(earlier, text)).filter((e) => e.index >= offset).map((e) => ({ ...e, index: e.index - offset }))
}

// The earlier text and the text as one string, made once for all readers of the pair: the same
// string object each time, so memoized readers under it hash it once.
const joins = new WeakMap<Earlier, Map<string, string>>()
function joined(earlier: Earlier, text: string): string {
  let texts = joins.get(earlier)
  if (!texts) joins.set(earlier, (texts = new Map()))
  let both = texts.get(text)
  if (both === undefined) texts.set(text, (both = `${earlier.text}\n\n${text}`))
  return both
}
