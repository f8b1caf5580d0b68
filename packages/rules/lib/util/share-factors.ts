/**
 * A change said as a factor: "verdubbelde van 150 naar 290", "bijna gehalveerd". Without a word
 * a factor is said loosely, within an eighth either way; `bijna` and `ruim` give the side.
 */

import type { ShareClaim } from './share-claims.js'

// `verdubbelde van 150 naar 450`: a change said as a factor, with `bijna` or `ruim` before it.
// The word may also follow the verb: `verdubbelde bijna`.
const FACTOR = /\b(?:(bijna|ruim|meer\s+dan|ruimschoots)\s+(?:een\s+)?)?((?:ver)?(?:dubbel|drievoudig|viervoudig)\p{L}*|gehalveerd|halveer\p{L}*|halveren|halveert|halveerde)(?:\s+(bijna|ruim|ruimschoots)\b)?/giu
const factors: Array<[RegExp, number]> = [[/dubbel/i, 2], [/drievoudig/i, 3], [/viervoudig/i, 4], [/halve/i, 0.5]]

/**
 * Changes said as a factor (`verdubbelde`, `gehalveerd`, `bijna verdrievoudigd`), judged
 * against the change nearest to the word in the sentence.
 *
 * @param sentence A sentence.
 * @param offset Its offset in the text.
 * @param own The changes of the sentence (those with a ratio count).
 * @returns One claim per factor word with a change to judge it by.
 */
export function factorClaims(sentence: string, offset: number, own: Array<{ ratio?: number; index: number; basis: string }>): ShareClaim[] {
  const out: ShareClaim[] = []
  for (const m of sentence.matchAll(FACTOR)) {
    const factor = factors.find(([re]) => re.test(m[2] ?? ''))?.[1]
    // The change the factor is said of: the one nearest to it in the sentence.
    const change = own.filter((b) => b.ratio !== undefined).sort((a, b) => Math.abs(a.index - m.index) - Math.abs(b.index - m.index))[0]
    // `dubbele tellingen` is no change; a factor needs `ver-` or `halve-`.
    if (!factor || !change?.ratio || /^dubbel/i.test(m[2] ?? '')) continue
    const word = (m[1] ?? m[3] ?? '').toLowerCase()
    const q = change.ratio / factor
    // Without a word a factor is said loosely: within an eighth either way.
    const fits = word === 'bijna' ? q <= 1 && q > 0.8 : word === '' ? q > 0.875 && q < 1.125 : q >= 1 && q < 1.25
    out.push({ said: m[0], index: offset + m.index, actual: (change.ratio - 1) * 100, basis: change.basis, fits })
  }
  return out
}
