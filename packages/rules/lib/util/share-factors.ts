/**
 * A change said as a factor: "verdubbelde van 150 naar 290", "bijna gehalveerd", "drie maal zo groot:
 * van 120 naar 370", "1.600, twee keer zo veel als de 780 in 2021". Without a word a factor is said
 * loosely, within an eighth either way; `bijna` and `ruim` give the side.
 */

import type { ShareClaim } from './share-claims.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { read } from './share-tolerance.js'
import { isYearNumber } from './year-numbers.js'

// `verdubbelde van 150 naar 450`: a change said as a factor, with `bijna` or `ruim` before it.
// The word may also follow the verb: `verdubbelde bijna`; the noun of a halving is `halvering` (as `verdubbeling`).
const FACTOR = /\b(?:(bijna|ruim|meer\s+dan|ruimschoots)\s+(?:een\s+)?)?((?:ver)?(?:dubbel|drievoudig|viervoudig)\p{L}*|gehalveerd|halveer\p{L}*|halvering(?:en)?|halveren|halveert|halveerde)(?:\s+(bijna|ruim|ruimschoots)\b)?/giu
const factors: Array<[RegExp, number]> = [[/dubbel/i, 2], [/drievoudig/i, 3], [/viervoudig/i, 4], [/halve/i, 0.5]]
// A multiple: `drie maal zo groot`, `twee keer zoveel`, `tweemaal zo hoog`, `ruim 2,5 keer zo veel`, `anderhalf keer zo vaak`.
const MULTIPLE = /\b(?:(bijna|ruim|meer\s+dan|ruimschoots|ongeveer|circa|zo['’]n)\s+)?(?:(anderhalf|twee|drie|vier|vijf|zes|tien|\d+(?:,\d+)?)\s+(?:keer|maal)|(twee|drie|vier|vijf|tien)maal)\s+zo\s*(?:veel|groot|hoog|lang|duur|vaak)\b/giu
const MULTIPLE_WORDS: Record<string, number> = { anderhalf: 1.5, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, tien: 10 }
// `… als de 780 in 2021`: the number the multiple is of, right after `als`.
const AS_NUMBER = new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,2}?als\s+(?:de\s+|het\s+)?(?:€\s*)?(${PLAIN_NUMBER})(?![.,]?\d)(?!\s?(?:%|procent\b))`, 'iu')
// `… zo veel vrouwen als mannen`: two groups compared, no change of the numbers.
const AS_OTHER = /^\s+(?:[\p{L}-]+\s+){0,2}?als\b/iu
// The later number before the multiple: the last of the clause, with only words (and years) after it.
const LATER = new RegExp(String.raw`(?<![\d.,])(?:€\s*)?(${PLAIN_NUMBER})(?![\d%]|[.,]\d)(?!\s?procent)[^\d%;]{0,80}$`, 'u')
const YEAR = /\b(?:19|20)\d{2}\b/gu

// The change a multiple is said of: `N …, twee keer zo veel als de M`, else the sentence's change in its clause.
function multipleChange(sentence: string, m: RegExpMatchArray, own: Array<{ ratio?: number; index: number; end?: number; basis: string }>): { ratio: number; basis: string } | undefined {
  const at = m.index ?? 0
  const tail = sentence.slice(at + m[0].length)
  const than = AS_NUMBER.exec(tail)
  if (than) {
    const later = LATER.exec(sentence.slice(0, at).replace(YEAR, 'jaar'))
    const [to, from] = [read(later?.[1] ?? ''), read(than[1] ?? '')]
    if (!later || isYearNumber(than[1]) || !to || !from) return undefined
    return { ratio: to / from, basis: `van ${than[1]} naar ${later[1]}` }
  }
  if (AS_OTHER.test(tail)) return undefined
  // The change in the same clause: no other number and no semicolon between it and the multiple.
  const near = own.filter((b) => b.ratio !== undefined).find((b) => {
    const between = b.index > at ? sentence.slice(at + m[0].length, b.index) : sentence.slice(b.end ?? b.index, at)
    return !/[\d;]/u.test(between)
  })
  return near?.ratio ? { ratio: near.ratio, basis: near.basis } : undefined
}

/**
 * Changes said as a factor (`verdubbelde`, `gehalveerd`, `bijna verdrievoudigd`), judged
 * against the change nearest to the word in the sentence.
 *
 * @param sentence A sentence.
 * @param offset Its offset in the text.
 * @param own The changes of the sentence (those with a ratio count).
 * @returns One claim per factor word with a change to judge it by.
 */
export function factorClaims(sentence: string, offset: number, own: Array<{ ratio?: number; index: number; end?: number; basis: string }>): ShareClaim[] {
  const out: ShareClaim[] = []
  for (const m of sentence.matchAll(FACTOR)) {
    const factor = factors.find(([re]) => re.test(m[2] ?? ''))?.[1]
    // The change the factor is said of: the one nearest to it in the sentence.
    const change = own.filter((b) => b.ratio !== undefined).sort((a, b) => Math.abs(a.index - m.index) - Math.abs(b.index - m.index))[0]
    // `dubbele tellingen` is no change; a factor needs `ver-` or `halve-`.
    if (!factor || !change?.ratio || /^dubbel/i.test(m[2] ?? '')) continue
    const word = (m[1] ?? m[3] ?? '').toLowerCase()
    // A fall is sized by how much goes: `bijna gehalveerd` keeps a bit more than half (120 to 64), `ruim` a bit less.
    const fits = factorFits(word, factor < 1 ? factor / change.ratio : change.ratio / factor)
    out.push({ said: m[0], index: offset + m.index, actual: (change.ratio - 1) * 100, basis: change.basis, fits })
  }
  for (const m of sentence.matchAll(MULTIPLE)) {
    const said = (m[2] ?? m[3] ?? '').toLowerCase()
    const factor = MULTIPLE_WORDS[said] ?? read(said)
    const change = multipleChange(sentence, m, own)
    if (!factor || factor <= 1 || !change) continue
    const word = (m[1] ?? '').toLowerCase()
    out.push({ said: m[0], index: offset + (m.index ?? 0), actual: (change.ratio - 1) * 100, basis: change.basis, fits: factorFits(word, change.ratio / factor) })
  }
  return out
}

// The two patterns without their place in a text, to ask whether a sentence says a factor at all.
const SAYS_FACTOR = [new RegExp(FACTOR.source, 'iu'), new RegExp(MULTIPLE.source, 'iu')]

/**
 * Whether a sentence has a factor word (`verdubbelde`, `twee keer zo veel`), so that
 * `factorClaims` may find a claim in it.
 *
 * @param sentence A sentence.
 * @returns Whether `factorClaims` would read any word of it.
 */
export function saysFactor(sentence: string): boolean {
  return SAYS_FACTOR.some((pattern) => pattern.test(sentence))
}

// Without a word a factor is said loosely: within an eighth either way; `bijna` is below it, `ruim` and `meer dan` above.
function factorFits(word: string, q: number): boolean {
  if (word === 'bijna') return q <= 1 && q > 0.8
  if (/^(?:ruim|ruimschoots|meer\s+dan)$/u.test(word)) return q >= 1 && q < 1.25
  return q > 0.875 && q < 1.125
}
