/**
 * Shares of a sum of two counts of one kind said just before, in the share's sentence or the clause
 * before it (ended by `;`):
 *
 * - the sum as the part, with the whole after the share: `Sport kreeg € 310.000 en cultuur € 190.000,
 *   samen bijna een derde van het budget van € 1,6 miljoen`, `Noord telt 180 huurwoningen en Zuid 240;
 *   samen zijn dat … van de 1.300 huurwoningen`;
 * - the sum as the whole, one of its counts the part: `In de gemeente wonen 5.400 huurders en 7.100
 *   eigenaren; de huurders vormen 43 procent van de huishoudens` (a whole named by a third noun, within a
 *   factor two: a wider whole, `van alle inwoners`, is counted elsewhere).
 *
 * Used by `share-text-claims` for a share no other reading judged.
 */
import { formatDutchNumber } from '@kapstok/nl'
import { AMOUNT_AFTER, AMOUNT_BEFORE, countedIn } from './share-any-pair.js'
import { numbersOf } from './share-back-references.js'
import { SHARE } from './share-claim-words.js'
import type { ShareClaim } from './share-claim-text.js'
import { judgeOf } from './share-combined-parts.js'
import { sentences } from './share-sentences.js'
import { read, scaled, withinTwo } from './share-tolerance.js'
import { digitsOf, readShareWord } from './share-words.js'
import { allMatches } from './all-matches.js'
import { phrasePattern } from './share-named-rows.js'

// The sum word right before the share: `samen`, `samen zijn dat`, `opgeteld goed voor`, `bij elkaar`.
const SUM_BEFORE = /(?:^|[\s,;:])(?:samen|tezamen|opgeteld|bij\s+elkaar|gezamenlijk)\s+(?:(?:is|zijn|was|waren)\s+(?:dat|dit)\s+|(?:goed\s+voor|vormen|leveren|hebben)\s+)?$/iu
// The whole after the share, closing its clause: `van de 1.300 huurwoningen (in de gemeente)`, `van het budget van € 1,6 miljoen`.
const WHOLE_AFTER = /^\s+van\s+(?:de|het|alle|ons|onze|hun)\s+(?:[\p{L}-]+\s+){0,3}?(?:van\s+)?(?:in\s+totaal\s+)?(€\s*)?(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?:\s+(miljoen|mln|miljard|mld)\b)?[^\d%;:.]*(?:[.;:]|$)/iu
// Two counts with their nouns, joined by `en`: `5.400 huurders en 7.100 eigenaren`.
const TWO_NOUNS = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)\s+(\p{Ll}{4,})\s+en\s+(\d{1,3}(?:\.\d{3})+|\d+)\s+(\p{Ll}{4,})\s*[;,]?\s*$/u
// The whole a share of the sum names: `van de huishoudens`, `van alle bewoners`.
const NOUN_WHOLE = /^\s+van\s+(?:de|het|alle)\s+(\p{Ll}{4,})\s*(?:[.;!?]|$)/u
const MAGNITUDE = /^\s+(miljoen|mln|miljard|mld)\b/iu
// The whole that opens the clause of the two counts: `Van de 610 deelnemers vonden er 38 … en 58 …`.
const WHOLE_LEAD = /^\s*(?:[-*+•]\s+)?van\s+(?:de|alle|het\s+[\p{L}-]+\s+van)\s+(?:in\s+totaal\s+)?(?:€\s*)?\d/iu
// Nothing after the share but the end of its clause: no whole of its own.
const BARE_END = /^\s*(?:[.;!?]|$)/u

type Counted = { text: string; value: number; amount: boolean }

// The counted numbers of a text, with their magnitude and whether each is an amount.
function countsIn(text: string): Counted[] {
  let from = 0
  return countedIn(text, numbersOf).map((n) => {
    const at = text.indexOf(n.text, from)
    from = at + n.text.length
    const rest = text.slice(from)
    const magnitude = MAGNITUDE.exec(rest)?.[1]
    const euro = AMOUNT_BEFORE.test(text.slice(0, at))
    return { text: `${euro ? '€ ' : ''}${n.text}${magnitude ? ` ${magnitude}` : ''}`, value: scaled(n.text, magnitude) ?? n.value, amount: euro || AMOUNT_AFTER.test(rest) }
  })
}

/** The percentage a share (a match of `SHARE`) says. */
export function statedOf(m: RegExpExecArray): number | undefined {
  return m[2] !== undefined ? read(digitsOf(m[2])) : readShareWord(m[4] ?? '')?.value
}

/**
 * The shares of a sum of two counts in a text.
 *
 * @param text A prose text.
 * @returns The claims found.
 */
export function summedShareClaims(text: string): ShareClaim[] {
  const out: ShareClaim[] = []
  let lead = ''
  let last = ''
  for (const { sentence, offset, paragraphStart } of sentences(text)) {
    // A clause closed by `;` goes on in the next: `Noord telt 180 en Zuid 240; samen …`.
    const joined = paragraphStart ? '' : lead
    const previous = paragraphStart ? '' : last
    lead = /;\s*$/u.test(sentence) ? sentence : ''
    last = sentence
    if (/^\s*[#|]/u.test(sentence)) continue
    const shares = allMatches(SHARE, sentence)
    if (shares.length !== 1) continue
    const m = shares[0] as RegExpExecArray
    const judge = judgeOf(m)
    const stated = statedOf(m)
    if (!judge || stated === undefined) continue
    const at = m.index ?? 0
    const before = `${joined}${sentence.slice(0, at)}`
    const after = sentence.slice(at + m[0].length)
    const ofLead = SUM_BEFORE.test(before) && BARE_END.test(after) ? sumOfLeadWhole(countsIn(before).length > 0 ? before : previous, judge, stated) : undefined
    if (ofLead) {
      out.push({ said: m[0], index: offset + at, ...ofLead })
      continue
    }
    const counts = countsIn(before)
    if (counts.length !== 2 || counts[0]?.amount !== counts[1]?.amount) continue
    const [a, b] = counts as [Counted, Counted]
    const sum = a.value + b.value
    const index = offset + at
    const wholeAfter = WHOLE_AFTER.exec(after)
    if (SUM_BEFORE.test(before) && wholeAfter) {
      if (Boolean(wholeAfter[1]) !== a.amount || countsIn(after).length !== 1) continue
      const whole = scaled(wholeAfter[2], wholeAfter[3]) ?? 0
      if (whole <= sum) continue
      const actual = (sum / whole) * 100
      out.push({ said: m[0], index, actual, basis: `${a.text} + ${b.text} van ${wholeAfter[1] ? '€ ' : ''}${wholeAfter[2]}${wholeAfter[3] ? ` ${wholeAfter[3]}` : ''}`, fits: judge(actual) })
      continue
    }
    const pair = TWO_NOUNS.exec(joined)
    const noun = NOUN_WHOLE.exec(after)?.[1]
    if (!pair || a.amount || !noun || countsIn(`${sentence.slice(0, at)} ${after}`).length > 0) continue
    const [, first = '', firstNoun = '', second = '', secondNoun = ''] = pair
    if (noun === firstNoun || noun === secondNoun) continue
    const clause = sentence.slice(0, at).toLowerCase()
    // The nouns are letters only, so the cached whole-word pattern of the phrase is this one.
    const names = [firstNoun, secondNoun].map((n) => phrasePattern(n).test(clause))
    if (names[0] === names[1]) continue
    const part = names[0] ? first : second
    const actual = ((read(part) ?? 0) / sum) * 100
    if (!withinTwo(actual, stated)) continue
    out.push({ said: m[0], index, actual, basis: `${part} van ${formatDutchNumber(sum)} (${first} + ${second})`, fits: judge(actual) })
  }
  return out
}

/**
 * The sum of two counts joined by `en` as the part of the whole that opens their clause: `Van de 610 deelnemers vonden er
 * 38 in het voorjaar en 58 in het najaar een baan. Samen is dat ruim 15 procent.`
 *
 * @param clause The clause (or sentence) with the whole and the two counts.
 * @param judge Whether a percentage fits the share as written.
 * @param stated The percentage the share says; a reading more than a factor two off is of other numbers.
 * @returns The reading, or undefined.
 */
function sumOfLeadWhole(clause: string, judge: (actual: number) => boolean, stated: number): Omit<ShareClaim, 'said' | 'index'> | undefined {
  if (!WHOLE_LEAD.test(clause)) return undefined
  const counts = countsIn(clause)
  if (counts.length !== 3 || counts.some((c) => c.amount !== counts[0]?.amount)) return undefined
  const [whole, a, b] = counts as [Counted, Counted, Counted]
  const between = clause.slice(clause.indexOf(a.text.replace('€ ', '')), clause.lastIndexOf(b.text.replace('€ ', '')))
  const sum = a.value + b.value
  if (!/\sen\s/u.test(between) || sum >= whole.value) return undefined
  const actual = (sum / whole.value) * 100
  return withinTwo(actual, stated) ? { actual, basis: `${a.text} + ${b.text} van ${whole.text}`, fits: judge(actual) } : undefined
}
