/**
 * A list whose items each count one thing of one noun, totalled in the sentence right after it:
 *
 *     - Noord: 120 bomen;
 *     - Zuid: 85 bomen;
 *     - Centrum: 60 bomen.
 *
 *     Samen planten we daarmee 275 bomen.
 *
 * The sum word (`samen`, `in totaal`, `opgeteld`, `bij elkaar`) may stand anywhere before the total
 * in that sentence (`Daarmee komen de vier wijken samen op …`); the total counts the items' noun.
 * An item's label number (`fase 2:`, `tranche 1:`) counts nothing. Quiet when an item counts two
 * of the noun, when the sentence names another count of the noun before the total (a term added:
 * `Met de 35 bomen in het park erbij …`) or when the list is a selection (`onder andere`, `waarvan`).
 * (`list-totals` reads lists of amounts.)
 */

import { add, dutchNumber, proseEquation, type Equation, type Rational } from './onderbouwing.js'
import { near, oneSided } from './per-noun-means.js'
import { sameNoun } from './noun-kinds.js'

// A count and the noun right after it (not a year, not a label number followed by a colon).
// A decimal count of a unit (`1,5 fte`, `0,8 ha`) counts as well.
const COUNT = /(?<![\d.,€])((?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)(?![\d.,]*\d)\s+(\p{Ll}[\p{L}-]{2,})/gu
const YEAR = /^(?:19|20)\d{2}$/u
const SUM_WORD = /\b(?:samen|in\s+totaal|totaal|opgeteld|bij\s+elkaar)\b(?!\s+met\b)/iu
const SELECTION = /\b(?:onder\s+(?:andere|meer)|waaronder|zoals|bijvoorbeeld|o\.a\.|waarvan|onder\s+meer)\b/iu
const ROUNDED = /\b(circa|ca\.|ongeveer|ruim|bijna|rond|zo['’]n)\s+$/iu
// The first sentence after the list: up to a full stop that is no decimal or thousands mark.
const FIRST_SENTENCE = /^\s*\n\s*\n?\s*([^\n]*?(?:[.!?](?!\d)|$))/u

const counts = (body: string): Array<{ n: string; noun: string; at: number }> =>
  [...body.matchAll(COUNT)].filter((m) => !YEAR.test(m[1] ?? '')).map((m) => ({ n: m[1] ?? '', noun: (m[2] ?? '').toLowerCase(), at: m.index ?? 0 }))

/**
 * The total after a list of counts, as an equation of the items' sum.
 *
 * @param text The prose text.
 * @param run The list's items (bodies and their offsets).
 * @param end Offset of the end of the list's last item.
 * @returns The equation, or none.
 */
export function listCountTotal(text: string, run: Array<{ body: string; start: number }>, end: number): Equation[] {
  if (run.length < 2 || run.some((item) => SELECTION.test(item.body))) return []
  const first = counts(run[0]!.body)
  for (const noun of new Set(first.map((c) => c.noun))) {
    const parts = run.map((item) => counts(item.body).filter((c) => sameNoun(c.noun, noun)))
    if (parts.some((p) => p.length !== 1)) continue
    const after = FIRST_SENTENCE.exec(text.slice(end))
    const sentence = after?.[1] ?? ''
    const at = end + (after ? after[0].length - sentence.length : 0)
    const sum = SUM_WORD.exec(sentence)
    if (!sum) return []
    const own = counts(sentence).filter((c) => sameNoun(c.noun, noun))
    const total = own.find((c) => c.at > (sum.index ?? 0))
    if (!total || own.length !== 1 || SELECTION.test(sentence.slice(0, total.at))) return []
    const value = parts.reduce<Rational>((s, p) => add(s, dutchNumber(p[0]!.n)), { n: 0n, d: 1n })
    const stated = dutchNumber(total.n)
    if (!near(value, stated)) return []
    const approx = ROUNDED.exec(sentence.slice(0, total.at))?.[1]?.toLowerCase()
    return [oneSided(proseEquation(parts.map((p) => p[0]!.n).join(' + '), value, { text: total.n, value: stated, index: at + total.at }, approx !== undefined), approx)]
  }
  return []
}
