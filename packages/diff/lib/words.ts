import { diffWords } from 'diff'
import type { RenvooiPart } from './types.js'

/**
 * A word-level renvooi of two texts (jsdiff's `diffWords`: words and punctuation are tokens,
 * whitespace is kept). Whitespace at the edges of a change counts as unchanged, so marks go
 * around words only (`<ins>drie</ins> routes`, not `<ins>drie </ins>routes`).
 *
 * @param oldText The old text.
 * @param newText The new text.
 * @returns The parts in reading order: unchanged, struck (`removed`) and inserted (`added`).
 */
export function renvooi(oldText: string, newText: string): RenvooiPart[] {
  const out: RenvooiPart[] = []
  const push = (text: string, change: RenvooiPart['change']) => {
    if (!text) return
    const last = out[out.length - 1]
    if (last && last.change === change) last.text += text
    else out.push({ text, change })
  }
  for (const change of diffWords(oldText, newText)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same'
    const [, before = '', words = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(change.value) ?? []
    if (kind === 'same' || !words) {
      push(change.value, 'same')
      continue
    }
    push(before, 'same')
    push(words, kind)
    push(after, 'same')
  }
  return out
}

/**
 * How alike two short texts are: the share of words they have in common (Dice coefficient
 * over jsdiff's word tokens), ignoring case.
 *
 * @param a One text.
 * @param b The other.
 * @returns 1 for the same words, 0 for none in common.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1
  let same = 0
  let total = 0
  for (const change of diffWords(a, b, { ignoreCase: true })) {
    const words = change.value.split(/\s+/).filter(Boolean).length
    total += words
    if (!change.added && !change.removed) same += words * 2
  }
  return total === 0 ? 0 : same / (total + same / 2)
}
