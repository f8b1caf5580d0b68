import { diffWords } from 'diff'
import type { RenvooiPart } from './types.js'

/**
 * A word-level renvooi of two texts (jsdiff's `diffWords`: words and punctuation are tokens,
 * whitespace is kept).
 *
 * @param oldText The old text.
 * @param newText The new text.
 * @returns The parts in reading order: unchanged, struck (`removed`) and inserted (`added`).
 */
export function renvooi(oldText: string, newText: string): RenvooiPart[] {
  return diffWords(oldText, newText).map((change) => ({
    text: change.value,
    change: change.added ? 'added' : change.removed ? 'removed' : 'same'
  }))
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
