/**
 * Two levels of one count or amount at two times, each stated in a sentence of its own, and then
 * the size of the change: "Op 1 januari telde de gemeente 4.120 leden. Twaalf maanden eerder waren
 * het er 3.870. Er kwamen er dus 250 bij." The size should be the gap between the two levels.
 * `count-change` reads a change that says `van A naar B` in one sentence, `restated-changes` a
 * change to a new value whose starting level was named before; this reads the levels on their own,
 * the second also in the change's own sentence before a colon (`Voor 2026 rekenen we met € 327:
 * een stijging van € 15`), levels tied to years in one sentence (picked by the years the change
 * names), and one level of the change's own year against another year's level paragraphs up.
 */

import { gapEquation, NUMBER } from './amount-change.js'
import { mul, sub, type Equation } from './onderbouwing.js'
import { nounStem } from './unit-nouns.js'
import { linkedSentences } from './text.js'
import { isDayOfDate, isYearNumber } from './year-numbers.js'

/** A rounding word before a number, with its space. */
export const APPROX = String.raw`(?:circa|ongeveer|ruim|bijna|zo['’]n)\s+`
const SIZE = String.raw`(${APPROX})?(€\s*)?(${NUMBER})(?![\d.,]*\d)(?!\s*(?:%|procent))`
// The participles of joining and leaving, which follow the size where a noun could.
const JOINED_OR_LEFT = /(?:bijgekomen|erbij\s+gekomen|afgehaakt|afgevallen|vertrokken|verdwenen|weggevallen|gestopt)\b/iu
// After the size, a participle or a comparative instead of the noun it counts (`55 afgehaakt`, `95 hoger`).
const NO_SIZE_NOUN = new RegExp(String.raw`^\s+(?:${JOINED_OR_LEFT.source}|(?:meer|minder|hoger|lager)\b)`, 'iu')
// The size of a change: `kwamen er (dus) 350 bij`, `een toename van 350`, `groeide met 350`,
// `350 meer dan een jaar eerder`.
const CHANGES = [
  new RegExp(String.raw`\b(?:kwamen|kwam|komen|komt)\s+(?:er\s+)?(?:(?:dus|daarmee|zo|dan|in\s+totaal)\s+)?(?:er\s+)?${SIZE}(?:\s+[\p{L}'’-]+){0,2}?\s+(?:bij|erbij)\b`, 'giu'),
  // The perfect of the same verbs of joining and leaving: `zijn er dus 55 afgehaakt`, `is er 1 bijgekomen`.
  new RegExp(String.raw`\b(?:zijn|is|waren|was)\s+er\s+(?:(?:dus|daarmee|zo|dan|in\s+totaal)\s+)?(?:er\s+)?${SIZE}(?:\s+[\p{L}'’-]+){0,2}?\s+${JOINED_OR_LEFT.source}`, 'giu'),
  new RegExp(String.raw`\b(?:plus|stijging|toename|groei|daling|afname|vermindering|verlaging|verhoging|verkorting|verlenging|reductie|krimp|aanwas)\s+(?:met|van)\s+${SIZE}`, 'giu'),
  new RegExp(String.raw`\b(?:steeg|stegen|daalde|daalden|groeide|groeiden|kromp|krompen|nam|namen)\b[^.;!?\d]{0,40}?\bmet\s+${SIZE}`, 'giu'),
  new RegExp(String.raw`(?<![\d.,])${SIZE}(?:\s+[\p{L}'’-]+)?\s+(?:meer|minder|hoger|lager)\s+dan\s+(?:in|een|vorig|het|toen|destijds)\b`, 'giu'),
  // After the target level, the gap on its own: `…: 80 kinderen meer.`, `…, dus 15 minder.`, `…, 38 vrijwilligers erbij.`
  new RegExp(String.raw`(?<=[:,]\s*(?:(?:dus|ofwel|dat\s+is)\s+)?)(?<![\d.,])${SIZE}(?:\s+[\p{L}'’-]+)?\s+(?:meer|minder|erbij|eraf)\s*[.!?]?\s*$`, 'giu')
]
// A sentence that states a level, and one that tells a flow or a change (not a level).
const LEVEL = /\b(?:telde|telt|tellen|telden|was|waren|is|zijn|bedroeg|bedraagt|lag|ligt|stond|staat|had|hadden|heeft|hebben|woonden|wonen|woonde|woont)\b/iu
const FLOW = /\b(?:naar|stijging|toename|groei|daling|afname|steeg|stegen|daalde|daalden|groeide|groeiden|vertrokken|kwamen|instroom|uitstroom|per|gemiddeld|procent|procentpunt)\b|%/iu
// A number with the words after it: the noun it counts, when it names one.
const QUANTITY = new RegExp(String.raw`(€\s*)?(?<![\d.,])(${NUMBER})(?![\d.,]*\d)(\s*%|\s*procent)?((?:\s+[\p{L}'’-]+){0,2})`, 'giu')
const FUNCTION_WORD = /^(?:in|op|per|tot|van|bij|voor|aan|en|of|de|het|een|er|dat|dit|was|waren|is|zijn|worden|wordt|werd|werden|nog|toen|eind|begin|ten|sinds|vanaf|in)$/iu
const TWO = { n: 2n, d: 1n }

interface Level {
  text: string
  /** Where the number stands in its sentence. */
  at: number
  euro: boolean
  noun: string | undefined
  /** A second noun the level counts (`kinderen en jongeren`). */
  also?: string
}

// A year named in a sentence; words that make a change a goal.
const YEAR = /\b(?:19|20)\d{2}\b/u
// A moment a level is taken at, other than a year: a month, now, last year (`In januari wachtten 312
// gezinnen`, `Vorig jaar hadden we 620 vrijwilligers`).
const MOMENT = /\b(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|nu|momenteel|vorig\s+jaar|dit\s+jaar|toen|destijds)\b/iu
const AIM = /\b(?:doel|doelen|streven|streefwaarde|ambitie|ambiëren|beogen|willen|wil|moet|moeten|mikken)\b/iu

/**
 * Every change whose size follows two levels of the same thing in the sentences before it.
 *
 * @param text A prose text.
 * @returns The changes as equations (`24.300 − 23.500 = 800`), with the rounding of the size as tolerance.
 */
export function levelChanges(text: string): Equation[] {
  const out: Equation[] = []
  // Every sentence of the text before the current one, for a level said paragraphs up (the
  // current one joins it after its changes are read).
  const seen: Array<{ text: string }> = []
  for (const sentences of linkedSentences(text)) {
    sentences.forEach((sentence, i) => {
      for (const re of CHANGES) {
        for (const m of sentence.text.matchAll(re)) {
          const [whole, approx, euro, size = ''] = m
          // The size is the one quantity of its sentence (years aside), and no `van A naar B`.
          const others = quantities(sentence.text).filter((q) => q.text !== size)
          if ((/\bnaar\s+(?:€\s*)?(?!(?:19|20)\d{2}\b)\d/iu.test(sentence.text) && !TARGET.test(sentence.text)) || (!euro && isYearNumber(size))) continue
          // A change aimed at (`Het doel is een daling van 200`) is a target, not the gap behind it.
          if (others.length === 0 && AIM.test(sentence.text)) continue
          const at = (m.index ?? 0) + whole.lastIndexOf(size)
          const before = sentences.slice(Math.max(0, i - 2), i)
          const levels = others.length > 0
            ? (i > 0 ? clauseLevels(levelBefore(sentences, i), sentence.text, m.index ?? 0, at + size.length) : undefined) ?? yearLevels([{ text: sentence.text.slice(0, m.index ?? 0) }], sentence.text.slice(m.index ?? 0)) ?? distantLevels(seen, sentence.text, others)
            : previousLevels(before) ?? yearLevels(before, sentence.text)
          if (!levels || levels.some((l) => l.euro !== Boolean(euro))) continue
          const [a, b] = levels
          // The levels count one thing: the same noun, or one without a noun that refers to the other.
          const nouns = levels.map((l) => l.noun).filter((n): n is string => n !== undefined)
          if (nouns.length === 2 && nounStem(nouns[0]!) !== nounStem(nouns[1]!)) continue
          // The size may count either noun of a pair (`1.730 ouders en verzorgers` … `96 verzorgers`).
          const afterSize = sentence.text.slice(at + size.length)
          const sizeNoun = NO_SIZE_NOUN.test(afterSize) ? undefined : nounAfter(afterSize)
          const levelNouns = [...nouns, ...levels.flatMap((l) => (l.also ? [l.also] : []))]
          if (sizeNoun && nouns.length > 0 && !levelNouns.some((n) => nounStem(sizeNoun) === nounStem(n))) continue
          const e = gapEquation(a!.text, b!.text, size, sentence.index + at, Boolean(approx))
          // A size far from the gap is about something else.
          if (sub(e.stated, mul(e.computed, TWO)).n > 0n || sub(e.computed, mul(e.stated, TWO)).n > 0n) continue
          out.push(e)
        }
      }
      seen.push(sentence)
    })
  }
  return out
}

// The two levels before the change: one per sentence, each in a sentence that states a level and
// tells no flow, and no other quantity in those sentences.
// A clause after a semicolon states a level as a sentence does (`Vorig jaar hadden we 620
// vrijwilligers; dit jaar zijn het er 575.`).
function previousLevels(before: Array<{ text: string }>): [Level, Level] | undefined {
  const clauses = before.flatMap((s) => s.text.split(/;\s*/u).map((text) => ({ text })))
  const withNumbers = clauses.filter((s) => quantities(s.text).length > 0)
  if (withNumbers.length !== 2) return undefined
  const levels: Level[] = []
  for (const s of withNumbers) {
    const found = quantities(s.text)
    // A count in a named year (`In 2025 kregen 1.730 gezinnen hulp`) is a level too, whatever its verb.
    if (found.length !== 1 || !(LEVEL.test(s.text) || YEAR.test(s.text) || MOMENT.test(s.text)) || FLOW.test(s.text)) return undefined
    levels.push(found[0]!)
  }
  return [levels[0]!, levels[1]!]
}

// Levels tied to years, in the nearest sentence before the change that pairs each of its numbers
// with a year (`In 2022 telden we 418 klanten, in 2025 waren het er 506`, `36 in 2022, 52 in 2023
// en 61 in 2024`); a sentence of percentages only may stand between (`Dat is een kwart meer.`). The
// change picks its two levels by the two years it names (`Tussen 2022 en 2025`, `van 2023 op
// 2024`); naming none, the sentence must have exactly two levels.
function yearLevels(before: Array<{ text: string }>, change: string): [Level, Level] | undefined {
  const named = [...new Set(change.match(/\b(?:19|20)\d{2}\b/gu) ?? [])]
  if (named.length === 1 || named.length > 2) return undefined
  for (const s of [...before].reverse()) {
    const found = quantities(s.text)
    if (found.length === 0 || found.every((q) => q.noun === '%')) continue
    const byYear = yearPairs(s.text, found)
    if (!byYear) return undefined
    const picked = named.length === 2 ? named.map((y) => byYear.get(y)) : byYear.size === 2 ? [...byYear.values()] : []
    const [a, b] = picked
    if (!a || !b || a.euro !== b.euro) return undefined
    return named.length === 2 && Number(named[0]) > Number(named[1]) ? [b, a] : [a, b]
  }
  return undefined
}

// Each quantity of a sentence paired with a year, in strict alternation (year first or number
// first throughout), or nothing when a number stands without its year or the sentence tells a flow.
function yearPairs(sentence: string, found: Level[]): Map<string, Level> | undefined {
  if (FLOW.test(sentence) || found.some((q) => q.noun === '%')) return undefined
  const years = [...sentence.matchAll(/(?<![€\d.,]\s?)\b(?:19|20)\d{2}\b(?![.,]\d)/gu)].map((y) => ({ year: y[0], at: y.index ?? 0 }))
  const tokens = [...years.map((y) => ({ ...y, level: undefined })), ...found.map((q) => ({ year: undefined, at: q.at, level: q }))].sort((x, y) => x.at - y.at)
  if (tokens.length < 4 || tokens.length % 2 !== 0) return undefined
  const yearFirst = tokens[0]!.year !== undefined
  const out = new Map<string, Level>()
  for (let k = 0; k < tokens.length; k += 2) {
    const [y, q] = yearFirst ? [tokens[k]!, tokens[k + 1]!] : [tokens[k + 1]!, tokens[k]!]
    if (!y.year || !q.level || out.has(y.year)) return undefined
    out.set(y.year, q.level)
  }
  return out
}

// A change with one level of its own, tied to the one year of its sentence (`lag daarmee 95 hoger
// dan in 2025, toen 1.405 gezinnen een pakket leenden`), against the level of another year said
// paragraphs up: the nearest sentence with one year and one number, counting the same noun.
function distantLevels(earlier: Array<{ text: string }>, sentence: string, others: Level[]): [Level, Level] | undefined {
  const years = [...new Set(sentence.match(/\b(?:19|20)\d{2}\b/gu) ?? [])]
  const [own] = others
  if (others.length !== 1 || years.length !== 1 || !own?.noun || own.noun === '%') return undefined
  for (let k = earlier.length - 1; k >= 0; k--) {
    const s = earlier[k]!
    const named = [...new Set(s.text.match(/\b(?:19|20)\d{2}\b/gu) ?? [])]
    if (named.length === 0) continue
    const found = quantities(s.text)
    if (named.length !== 1 || named[0] === years[0] || found.length !== 1 || FLOW.test(s.text)) return undefined
    const [far] = found
    return far?.noun && nounStem(far.noun) === nounStem(own.noun) ? [far, own] : undefined
  }
  return undefined
}

// Stating a level in a clause: the level verbs, what a price or a budget is reckoned at, a level
// now (`nu`, `momenteel`) and a target level (`wordt dat 100 kilo`, `terugbrengen naar 8 weken`,
// `moeten er 300 worden`, `ons doel is 40`).
const LEVEL_CLAUSE = new RegExp(
  String.raw`${LEVEL.source}|\b(?:betaalt|betaalde|betalen|betaalden|kost|kostte|kosten|kostten|rekenen\s+(?:\p{L}+\s+){0,2}?met|gaan\s+(?:\p{L}+\s+){0,2}?uit\s+van|nu|momenteel|wordt|worden|doel\s+is|(?:terug)?brengen\s+naar)\b`,
  'iu'
)
// A target reached `naar` a level, without a `van` level in the same clause (that is `count-change`'s).
const TARGET = /\b(?:brengen|terugbrengen|verlagen|verhogen|verkorten|groeien|dalen|stijgen)\s+naar\b/iu
// After the size: another reference point than the level before.
const ELSEWHERE = /^\s*(?:ten\s+opzichte|vergeleken|t\.o\.v|sinds|boven|onder)\b/iu

// The sentence before the change's that holds numbers: the one right before, or the one before
// that when the sentence between holds none (`De pacht bedraagt € 14.000. We kopen een perceel bij.
// De pacht wordt dan € 17.500, een stijging van …`).
function levelBefore(sentences: Array<{ text: string }>, i: number): string {
  const previous = sentences[i - 1]?.text ?? ''
  const earlier = sentences[i - 2]?.text
  return quantities(previous).length === 0 && earlier !== undefined ? earlier : previous
}

// The second level in the change's own sentence, in the clause before a colon or comma (`Voor 2026
// rekenen we met € 327: een stijging van € 15`), the first the one quantity of the sentence
// before. A mean (`gemiddeld € 312`) is a level here; `per jaar` after the size only holds for
// levels one year apart.
function clauseLevels(previous: string, sentence: string, change: number, end: number): [Level, Level] | undefined {
  const head = sentence.slice(0, change)
  const after = sentence.slice(end)
  if (!/[:;,]\s*(?:(?:dat\s+is|dus|ofwel)\s+)?(?:een\s+)?$/iu.test(head) || quantities(after).length > 0 || ELSEWHERE.test(after)) return undefined
  const [first, second] = [quantities(previous), quantities(head)]
  // A level per year is still a level; a target `naar` a level is one too.
  const level = (t: string): boolean => LEVEL_CLAUSE.test(t) && !FLOW.test(t.replace(/\bgemiddeld\b|\bper\s+jaar\b/giu, '').replace(TARGET, ''))
  if (first.length !== 1 || second.length !== 1 || !level(previous) || !level(head)) return undefined
  if (/^\s*per\s+jaar\b/iu.test(after)) {
    const years = [previous, head].map((t) => t.match(/\b(?:19|20)\d{2}\b/gu) ?? [])
    if (years.some((y) => y.length !== 1) || Math.abs(Number(years[0]![0]) - Number(years[1]![0])) !== 1) return undefined
  }
  return [first[0]!, second[0]!]
}

// The quantities of a sentence: no years, no percentages, no day of a date.
function quantities(sentence: string): Level[] {
  const out: Level[] = []
  for (const q of sentence.matchAll(QUANTITY)) {
    const [, euro, number = '', percent, after = ''] = q
    // A percentage counts as a quantity of its own kind: a sentence with one is no plain level.
    if (percent) {
      out.push({ text: number, at: q.index ?? 0, euro: false, noun: '%' })
      continue
    }
    if (!euro && isYearNumber(number)) continue
    if (isDayOfDate(after)) continue
    const also = /^\s+[\p{L}'’-]+\s+(?:en|of)\s+([\p{Ll}'’-]+)/u.exec(sentence.slice((q.index ?? 0) + q[0].length - after.length))?.[1]
    out.push({ text: number, at: q.index ?? 0, euro: Boolean(euro), noun: nounAfter(after), ...(also && nounAfter(` ${also}`) ? { also } : {}) })
  }
  return out
}

// The noun right after a number, when the next word is one (`banen`), not a function word.
function nounAfter(after: string): string | undefined {
  const word = /^\s+([\p{L}'’-]+)/u.exec(after)?.[1]
  return word && !FUNCTION_WORD.test(word) && /^\p{Ll}/u.test(word) ? word : undefined
}
