/**
 * A list whose last item gives the total of the amounts above it:
 *
 *     - klimaatadviseurs: 90 huisbezoeken à € 55, samen € 4.950;
 *     - flyers: € 850;
 *     - totaal € 5.800.
 *
 * Each item counts with its last amount (the result of its own calculation); the total should be
 * their sum, within the rounding it is written with.
 */

import { AMOUNT } from './amount-change.js'
import { add, dutchNumber, proseEquation, sub, type Equation, type Rational } from './onderbouwing.js'
import { near } from './per-noun-means.js'
import { listCountTotal } from './list-count-totals.js'
import { TAKES_OFF } from './whole-splits.js'

const ITEM = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(.*)$/gmu
// The total item: `totaal`, `samen`, `in totaal`, `opgeteld`, `bij elkaar`, possibly bold or after a label.
const TOTAL_ITEM = /^(?:\*\*|__)?(?:[\p{L} ]{0,30}:\s*)?(?:totaal|samen|in\s+totaal|opgeteld|bij\s+elkaar|totale\s+kosten)\b/iu
const LAST_AMOUNT = new RegExp(String.raw`${AMOUNT}(?!.*€)`, 'u')

// A total in the sentence after a list (`Samen is dat € 365.000.`) or in the line that opens it
// (`De kosten van € 365.000 bestaan uit:`, `… voor een totaalbedrag van € 3,8 miljoen. Deze
// bestaan uit:`): a word for a whole before the amount (also as the head of a compound,
// `totaalbedrag`, `investeringsbudget`), or a verb of composition after it (`bestaat uit`,
// `is opgebouwd uit`, `als volgt`), whatever the noun; not after words that make the list a selection.
const TOTAL_AFTER = new RegExp(String.raw`^\s*(?:samen|in\s+totaal|totaal|opgeteld|bij\s+elkaar)\b[^€.;!?\d]{0,30}?(circa\s+|ongeveer\s+|ruim\s+|bijna\s+)?${AMOUNT}(?![^.!?\n]*€)`, 'iu')
const WHOLE = String.raw`\p{L}*(?:totaal|kosten|budget|bedrag|lasten|begroting|investering)\p{L}*|samen`
const COMPOSED = String.raw`\b(?:bestaa?t|bestaan|bestond(?:en)?)\s+uit|\b(?:opgebouwd|samengesteld)\s+uit|\bals\s+volgt\b`
// The amount is the first group after a word for a whole, the second after a verb of composition.
const INTRO = new RegExp(String.raw`^(?:[^\n€]*?\b(?:${WHOLE})\b[^\n€]*?${AMOUNT}|[^\n€]*?${AMOUNT}(?=[^\n€\d]*(?:${COMPOSED})))[^\n€\d]*:\s*$`, 'iu')

const SELECTION = /\b(?:onder\s+(?:andere|meer)|waaronder|zoals|bijvoorbeeld|o\.a\.|waarvan|onder\s+meer)\b/iu

// The total of a list whose items each name one amount, stated after the list or in its opening
// line. An item that takes its amount off (`een onttrekking van € 1,4 miljoen`) counts with a minus.
function besideTotal(text: string, run: Array<{ body: string; start: number }>, end: number): Equation[] {
  const amounts = run.map((item) => [...item.body.matchAll(new RegExp(AMOUNT, 'gu'))])
  if (amounts.some((a) => a.length !== 1) || run.some((item) => SELECTION.test(item.body))) return []
  const parts = amounts.map((a) => a[0]![1] ?? '')
  const off = run.map((item) => TAKES_OFF.test(item.body))
  // At least one part adds: a list of only withdrawals is a list of them, whatever its sign.
  if (off.every(Boolean)) return []
  const sum = parts.reduce<Rational>((s, p, i) => (off[i] ? sub(s, dutchNumber(p)) : add(s, dutchNumber(p))), { n: 0n, d: 1n })
  // The opening line: the last line before the list, over a blank line.
  const before = text.slice(0, Math.max(0, text.lastIndexOf('\n', run[0]!.start))).trimEnd()
  const lineStart = before.lastIndexOf('\n')
  const intro = before.slice(lineStart + 1)
  const after = TOTAL_AFTER.exec(text.slice(end))
  const opening = INTRO.exec(intro)
  const found = after ? { m: after, base: end, approx: Boolean(after[1]), total: after[2] ?? '' } : opening && !SELECTION.test(intro) ? { m: opening, base: lineStart + 1, approx: false, total: opening[1] ?? opening[2] ?? '' } : undefined
  if (!found) return []
  const index = found.base + (found.m.index ?? 0) + found.m[0].lastIndexOf(found.total)
  const stated = dutchNumber(found.total)
  if (!near(sum, stated)) return []
  const shown = parts.map((p, i) => `${i === 0 ? '' : off[i] ? ' − ' : ' + '}€ ${p}`).join('')
  return [proseEquation(shown, sum, { text: found.total, value: stated, index }, found.approx)]
}

/**
 * Every list whose last item is the total of the amounts of the items above it.
 *
 * @param text A prose text.
 * @returns The totals as equations (`€ 7.800 + € 2.500 + € 1.400`).
 */
export function listTotals(text: string): Equation[] {
  const out: Equation[] = []
  let run: Array<{ index: number; body: string; start: number }> = []
  let end = -1
  const close = (): void => {
    const last = run.at(-1)
    if (run.length >= 2 && !(last && TOTAL_ITEM.test(last.body.trim()))) {
      const amounts = besideTotal(text, run, end)
      out.push(...(amounts.length > 0 ? amounts : listCountTotal(text, run, end)))
    }
    if (run.length >= 3 && last && TOTAL_ITEM.test(last.body.trim())) {
      const total = LAST_AMOUNT.exec(last.body)
      const parts = run.slice(0, -1).map((item) => LAST_AMOUNT.exec(item.body)?.[1])
      if (total && parts.every((p): p is string => p !== undefined)) {
        const sum = parts.reduce<Rational>((s, p) => add(s, dutchNumber(p)), { n: 0n, d: 1n })
        const index = last.start + (total.index ?? 0) + total[0].indexOf(total[1] ?? '')
        out.push(proseEquation(parts.map((p) => `€ ${p}`).join(' + '), sum, { text: total[1] ?? '', value: dutchNumber(total[1] ?? '0'), index }, false))
      }
    }
    run = []
  }
  for (const m of text.matchAll(ITEM)) {
    const index = m.index ?? 0
    // A list is a run of items on consecutive lines.
    if (run.length > 0 && text.slice(end, index).trim() !== '') close()
    const body = m[1] ?? ''
    run.push({ index, body, start: index + m[0].length - body.length })
    end = index + m[0].length
  }
  close()
  return out
}
