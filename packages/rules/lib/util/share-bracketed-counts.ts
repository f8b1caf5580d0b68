/**
 * A count with its share in brackets right after it, whose whole is an earlier count of the same
 * noun in its paragraph or the paragraph before: "De ACM ontving 23 Wob-verzoeken. … Bij 3
 * Wob-verzoeken (13%) werd de termijn overschreden." The bracket says what share the count is; the
 * sentence gives no whole, so the whole is what the text counted of that kind before it. A share that
 * fits one of those counts, or any other count before it, is right; one that fits none is judged
 * against the nearest count of its noun within a factor two (further off, it is a share of a whole
 * the text does not count). A count in another year than the part's sentence names is no whole of
 * it, nor is a count its own sentence gives a share of (it is a part itself). Counts of one noun in
 * one sentence whose shares together cover the whole (`127 enquêtes online (29,2 %) en 308 op papier
 * (70,8 %)`) are the parts of their sum.
 *
 * Used by `share-text-claims` for a share no other reading judged.
 */
import { formatDutchNumber } from '@kapstok/nl'
import { countedIn } from './share-counted-numbers.js'
import { numbersOf } from './share-back-references.js'
import { SHARE } from './share-claim-words.js'
import type { ShareClaim } from './share-claim-text.js'
import { judgeOf } from './share-combined-parts.js'
import { sentences } from './share-sentences.js'
import { closestWithinTwo, read } from './share-tolerance.js'
import { statedOf } from './share-summed-parts.js'
import { sameNoun } from './noun-kinds.js'
import { allMatches } from './all-matches.js'

const COUNT = String.raw`\d{1,3}(?:\.\d{3})+|\d+`
const NOUN = String.raw`[\p{L}][\p{L}'’-]*`
// The count and its noun before the bracket the share opens, perhaps with the rest of its clause between:
// `3 Wob-verzoeken (`, `235 keer (`, `127 enquêtes online ingevuld (`.
const COUNT_BEFORE = new RegExp(String.raw`(?<![\d.,€]\s?)\b(${COUNT})\s+(${NOUN})(?:\s+[\p{L}-]+){0,3}\s*\(\s*$`, 'u')
// A bracket that opens on the count: `fietsers (270; `, `Geluidsoverlast (235 keer, `.
const COUNT_INSIDE = new RegExp(String.raw`(${NOUN})\s*\(\s*(${COUNT})(?:\s+(${NOUN}))?\s*[;,]\s*$`, 'u')
// The share closes the bracket.
const CLOSES = /^\s*\)/u
// A count with its own share in brackets is a part, not a whole.
const OWN_SHARE_AFTER = /^\s*(?:[\p{L}'’-]+\s*)?\(/u
const YEAR = /\b(?:19|20)\d{2}\b/gu
const MAGNITUDE_AFTER = /^\s*(?:duizend|miljoen|mln|miljard|mld)\b/iu
const AMOUNT_BEFORE = /(?:€|euro)\s*$/iu
// A percentage later in the sentence of a count.
const SHARE_AFTER = /\d\s?(?:%|procent\b)/iu
const NOUN_AFTER = new RegExp(String.raw`^\s+(${NOUN})`, 'u')

/** A count of the text with the noun after it. */
interface Count {
  text: string
  value: number
  noun: string
}

/** A share in brackets after its count, with what it states. */
interface Bracketed {
  m: RegExpExecArray
  at: number
  part: Count
  judge: (actual: number) => boolean
  stated: number
}

/**
 * The shares in brackets after a count whose whole is an earlier count of its noun, or the sum of
 * its sentence's counts of that noun.
 *
 * @param text A prose text.
 * @returns The claims found.
 */
export function bracketedCountClaims(text: string): ShareClaim[] {
  const out: ShareClaim[] = []
  let paragraph: string[] = []
  let paragraphBefore: string[] = []
  for (const { sentence, offset, paragraphStart } of sentences(text)) {
    if (paragraphStart) (paragraphBefore = paragraph), (paragraph = [])
    if (/^\s*#/u.test(sentence)) paragraphBefore = []
    const earlier = [...paragraphBefore, ...paragraph]
    paragraph.push(sentence)
    if (/^\s*\|/u.test(sentence)) continue
    const bracketed = bracketedShares(sentence)
    if (bracketed.length === 0) continue
    const years: string[] = sentence.match(YEAR) ?? []
    const counts = earlier.filter((s) => (s.match(YEAR) ?? []).every((y) => years.length === 0 || years.includes(y))).flatMap(countsWithNouns)
    for (const { m, at, part, judge, stated } of bracketed) {
      const wholes = counts.filter((c) => c.value > part.value && sameNoun(c.noun, part.noun))
      const siblings = bracketed.filter((b) => sameNoun(b.part.noun, part.noun))
      const covered = siblings.reduce((total, b) => total + b.stated, 0)
      const sum = siblings.reduce((total, b) => total + b.part.value, 0)
      // Siblings whose shares cover the whole are its parts: their sum is that whole.
      const ofSum = wholes.length === 0 && siblings.length >= 2 && covered >= 90 && covered <= 115
      const readings = ofSum
        ? [{ actual: (part.value / sum) * 100, basis: `${part.text} van ${formatDutchNumber(sum)} (${siblings.map((b) => b.part.text).join(' + ')})` }]
        : wholes.map((w) => ({ actual: (part.value / w.value) * 100, basis: `${part.text} van ${w.text}` }))
      // A share that some other count before it gives (`87 respondenten (21 procent)` after `97 van de 412`) is taken to be right.
      const fitsAny = [...earlier, sentence.slice(0, at)].flatMap((s) => countedIn(s, numbersOf)).some((c) => c.value > part.value && judge((part.value / c.value) * 100))
      if (readings.length === 0 || fitsAny || readings.some((r) => judge(r.actual))) continue
      const nearest = closestWithinTwo(readings, stated)
      if (nearest) out.push({ said: m[0], index: offset + at, ...nearest, fits: false })
    }
  }
  return out
}

// The shares of a sentence that stand in brackets right after their count.
function bracketedShares(sentence: string): Bracketed[] {
  return (allMatches(SHARE, sentence) as RegExpExecArray[]).flatMap((m) => {
    const at = m.index ?? 0
    const part = bracketedPart(sentence.slice(0, at), sentence.slice(at + m[0].length))
    const judge = judgeOf(m)
    const stated = statedOf(m)
    return part && part.noun.length >= 3 && judge && stated !== undefined ? [{ m, at, part, judge, stated }] : []
  })
}

// The part and its noun a share in brackets is of, or undefined.
function bracketedPart(before: string, after: string): Count | undefined {
  if (!CLOSES.test(after)) return undefined
  const outside = COUNT_BEFORE.exec(before)
  const inside = outside ? null : COUNT_INSIDE.exec(before)
  // `Geluidsoverlast (235 keer, …)`: the noun inside counts; `fietsers (270; …)`: the one before the bracket does.
  const [count, noun] = outside ? [outside[1], outside[2]] : inside ? [inside[2], inside[3] ?? inside[1]] : []
  const value = read(count ?? '')
  return count && noun && value ? { text: count, value, noun: noun.toLowerCase() } : undefined
}

// The counts of a sentence with their nouns; amounts, magnitudes and counts with their own bracketed share left out.
function countsWithNouns(sentence: string): Count[] {
  let from = 0
  const out: Count[] = []
  for (const n of countedIn(sentence, numbersOf)) {
    const at = sentence.indexOf(n.text, from)
    if (at === -1) continue
    from = at + n.text.length
    const rest = sentence.slice(from)
    // A count the sentence itself gives a share of (`2.943 klanten …, wat gelijk staat aan 77% van de klanten`) is a part.
    if (AMOUNT_BEFORE.test(sentence.slice(0, at)) || MAGNITUDE_AFTER.test(rest) || OWN_SHARE_AFTER.test(rest) || SHARE_AFTER.test(rest)) continue
    const noun = NOUN_AFTER.exec(rest)?.[1]?.toLowerCase() ?? ''
    if (noun.length >= 3) out.push({ ...n, noun })
  }
  return out
}
