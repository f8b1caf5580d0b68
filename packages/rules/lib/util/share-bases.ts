/**
 * The changes and parts a sentence states, for `shareClaims`: a change (`van 80 naar 92`) and a
 * part of a whole (`45 van de 180`, `van de 240 aanvragen werden er 60 toegewezen`, `600 leerlingen,
 * van wie 180 meedoen`), each with the percentage it gives.
 */
import { magnitudeWord } from '@kapstok/nl'
import { read, scaled } from './share-tolerance.js'
import { changeBases } from './share-changes.js'
import { measureClash } from './share-named-wholes.js'
import { unitFactor } from './unit-scales.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { compiled } from './compiled.js'
import { allMatches } from './all-matches.js'
import { sameNoun } from './noun-kinds.js'
import { isYearNumber } from './year-numbers.js'
import { ASIDE, NOT_A_COUNT } from './share-asides.js'
import { partSpan, roundedRange, type Span } from './share-spans.js'

const NUMBER = PLAIN_NUMBER
const PERCENT = String.raw`\s?(?:%|procent\b)`
// `45 van de 180`, `45 van de in totaal 180`, `1.560 huishoudens van de 2.400`, `45 op een totaal van 180`
// A possessive names the whole as plainly as an article: `9 van onze 40 gymzalen`, `van hun 12 bussen`.
const OF_THE = String.raw`van\s+(?:de|alle|deze|die|onderstaande|bovenstaande|genoemde|onze|ons|hun|uw|jullie)`
// Words that may stand before the whole: `van de in totaal 180`, `van de naar schatting 2.100`, `van de ruim 900`.
// An adjective or participle of the whole may stand there too: `van de geplande 240`, `van de
// beschikbare € 90.000`, `van de afgesproken 60`; nouns come after the number in Dutch, so a word
// here that is inflected (-de, -te, -re, -le, -ke, -ne, -ge, -se, -ve: `van de huidige 393`, `van de jaarlijkse 40`,
// `van de actieve 120`) or a participle (`toegezegd`, `afgesproken`) describes it.
const WHOLE_ADJECTIVE = String.raw`(?:\p{Ll}{2,}(?:d|t|r|l|k|n|g|s|v)e|(?:af|toe|aan|overeen|vast|op|uit|in|mee)ge\p{Ll}{2,}(?:en|d|t))`
const WHOLE_WORDS = String.raw`(?:(?:in\s+totaal|naar\s+schatting|ruim|circa|ca\.|ongeveer|bijna|zo['’]n|totaal|${WHOLE_ADJECTIVE})\s+){0,2}`
// A percentage is never the part itself (`15 procent van de 2.000 inwoners`).
// Amounts are parts and wholes too (`€ 3,2 miljoen van de € 9,6 miljoen`): the euro sign before a number and a
// magnitude after it are captured, so the two are compared at one scale.
const EURO = String.raw`(€\s*)?`
// `€ 2,7 miljoen van in totaal € 9,5 miljoen`, `€ 56.000 van € 142.000`, `54 van in totaal 180 toestellen`: `in totaal` or the
// euro sign names the whole without an article.
const OF_TOTAL = String.raw`van(?=\s+in\s+totaal\s|\s+€)`
const SCALE = String.raw`(\s+${magnitudeWord})?`
const PART_OF = new RegExp(String.raw`${EURO}\b(${NUMBER})(?!\s?(?:%|procent\b))${SCALE}\s+(?:[\p{L}²³-]+\d?\s+){0,2}?(?:${OF_THE}|op\s+de|uit|(?:op|van)\s+een\s+totaal\s+van|${OF_TOTAL})\s+${WHOLE_WORDS}${EURO}(${NUMBER})\b(?![.,]\d)(?!${PERCENT})${SCALE}(\s+[\p{L}²³-]+(?:\s+[\p{L}-]+)?)?`, 'giu')
// `(€ 56.000 van € 142.000)`, `(212 van 498 aanvragen)`: a bracket that holds only a part and its whole
// joins them with a bare `van`; the brackets close the pair off, so no article is needed to tell it from a change.
const BRACKET_PART = new RegExp(String.raw`(?<=\(\s*)${EURO}\b(${NUMBER})(?!\s?(?:%|procent\b))${SCALE}\s+van\s+${WHOLE_WORDS}${EURO}(${NUMBER})\b(?![.,]\d)(?!${PERCENT})${SCALE}(\s+[\p{L}²³-]+)?(?=\s*\))`, 'giu')
// `2.380 aanvragen kwamen digitaal binnen op een totaal van 3.100`: `een totaal van` names the whole so plainly
// that a clause (a verb, `keer`, an adverb, a comma) may stand between the part and it; three to seven words, the
// shorter ones are read by PART_OF.
const PART_TOTAL = new RegExp(String.raw`${EURO}\b(${NUMBER})(?!\s?(?:%|procent\b))${SCALE}\s+(?:[\p{L}²³'’-]+\d?,?\s+){3,7}?(?:op|van|uit)\s+een\s+totaal\s+van\s+${WHOLE_WORDS}${EURO}(${NUMBER})\b(?![.,]\d)(?!${PERCENT})${SCALE}(\s+[\p{L}²³-]+(?:\s+[\p{L}-]+)?)?`, 'giu')
// `Van de 240 aanvragen werden er 60 toegewezen`: the whole first, then the part, with only words between.
// A reference to a table or figure may stand between them (`van de 800 woningen in tabel 3.2 zijn er 120`);
// a range (`groep 5 tot en met 8`) is no part.
const REFERENCE = String.raw`(?:tabel|figuur|grafiek|bijlage|paragraaf|hoofdstuk|kaart)\s+\d+(?:\.\d+)*`
// A year, a date or an age may stand between them too (`van de 640 leerlingen die in 2024 de school
// verlieten, gingen er 96`, `van de 1.500 inwoners van 16 tot en met 26 jaar deden er 300`), and one relative clause
// closed by a comma; a number that is itself a year, a day or an age is no part.
// A duration (`binnen 8 weken`, `na 3 maanden`) counts time, not the whole's members: it may stand between them too.
const DURATION = String.raw`\d{1,3}\s+(?:dagen|werkdagen|weken|maanden|uur)\b`
const GAP_TOKEN = String.raw`\s+(?:${REFERENCE}|${ASIDE}|${DURATION}|[\p{L}-]+)`
const RELATIVE = String.raw`\s+(?:die|dat|wie)(?:${GAP_TOKEN}){1,12}?\s*,`
// The whole may also be named by a noun with its number after `van`: `Van het investeringsbudget van € 24 mln gaat € 6 mln
// naar …`, `Van de wachtlijst van 240 aanvragen zijn er 60 …` (a year there names no whole: `van het plan van 2024`).
const OF_NAMED = String.raw`van\s+(?:het|de)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s+van(?=\s+(?!(?:19|20)\d{2}\b))`
const WHOLE_FIRST = new RegExp(
  String.raw`\b(?:${OF_THE}|${OF_NAMED})\s+${WHOLE_WORDS}${EURO}(${NUMBER})${SCALE}\s+(\d{1,3}-\p{L}[\p{L}-]*|[\p{L}-]+)(?:${GAP_TOKEN}){0,10}?(?:${RELATIVE}(?:${GAP_TOKEN}){0,6}?)?\s+${EURO}${NOT_A_COUNT}(${NUMBER})\b(?![.,]\d)(?!\s?(?:%|procent\b)|\s+(?:naar|tot)\s+(?:€\s*)?\d|\s*(?:[-–]|t\/m|tot\s+en\s+met)\s*\d)${SCALE}`,
  'giu'
)
// `Van de 143 die de stad moest huisvesten, zijn dat er 119 geworden`: a whole without a noun, named by the relative
// clause after it; the part follows that clause's comma.
const WHOLE_BARE_RELATIVE = new RegExp(
  String.raw`\b${OF_THE}\s+${WHOLE_WORDS}(${NUMBER})\s+(?:die|dat|wie)(?:${GAP_TOKEN}){1,12}?\s*,(?:${GAP_TOKEN}){0,6}?\s+${NOT_A_COUNT}(${NUMBER})\b(?![.,]\d)(?!\s?(?:%|procent\b)|\s+(?:naar|tot)\s+(?:€\s*)?\d|\s*(?:[-–]|t\/m|tot\s+en\s+met)\s*\d)`,
  'giu'
)
// `600 leerlingen, van wie 180 meedoen`, `1.200 woningen, waarvan 300 met label A`: the part in a relative clause.
const WHOLE_RELATIVE = new RegExp(
  String.raw`(?<![\d.,])(${NUMBER})\s+([\p{L}-]+)(?:\s+[\p{L}-]+){0,4}?\s*,?\s+(?:van\s+wie|waarvan|van\s+hen)\s+(?:er\s+)?(?:(?:ruim|circa|bijna|ongeveer)\s+)?(${NUMBER})\b(?![.,]\d)(?!\s?(?:%|procent\b))`,
  'giu'
)
// `45 lege standplaatsen op 400`, `70 bezette bedden op 210 bedden`: a bare `op` joins a part to its whole.
// `op` also makes rates (`3 agenten op 1.000 inwoners`) and places (`6 palen op 40 locaties`): the whole may carry
// no noun of its own, or the part's noun, and a round power of ten is read as a rate.
const PART_ON = new RegExp(
  String.raw`(?<![\d.,€]\s?)\b(${NUMBER})(?!\s?(?:%|procent\b))\s+((?:[\p{L}-]+\s+){0,2}?)op\s+(${NUMBER})\b(?![.,]\d)(?!\s?(?:%|procent\b)|\s*(?:[-–]|t\/m|tot)\s*\d)(?:\s+([\p{L}-]+))?`,
  'giu'
)
// The words that may follow a whole without a noun: a verb, `er`, a preposition (`op 850 is er`, `op 210 in het hospice`).
const AFTER_BARE_WHOLE = /^(?:is|zijn|was|waren|er|staan|stonden|liggen|lagen|blijft|blijven|in|bij|binnen|aan|dat|dit|wat|en|of|dus)$/iu

/** Whether a pair read by PART_ON is a part of its whole rather than a rate or a place. */
function partOnWhole(m: RegExpMatchArray, sentence: string): boolean {
  const whole = m[3] ?? ''
  if (/^10*$/.test(whole.replace(/\./g, ''))) return false
  // `nu 1 op 6`, `3 op 10`: a ratio is a share itself, not the numbers of one.
  if (m[1] === '1' || (read(whole) ?? 0) <= 20) return false
  const next = m[4]?.toLowerCase()
  if (next === undefined || AFTER_BARE_WHOLE.test(next)) return true
  const partNoun = (m[2] ?? '').trim().split(/\s+/).pop()?.toLowerCase() ?? ''
  // `4.200 leden op 21.000 inwoners is 20 procent van de inwoners`: a share named after the whole's noun takes the pair as its part and whole.
  const namedAgain = /^\p{L}{4,}$/u.test(next) && compiled(String.raw`\b(?:van|onder)\s+(?:de|alle|onze)\s+${next}\b`, 'iu').test(sentence.slice((m.index ?? 0) + m[0].length))
  return partNoun.length > 2 && (sameNoun(partNoun, next) || namedAgain)
}

// `340 huishoudens (ruim 40% van alle 800 huishoudens)`: the part before the share in parentheses.
export const PART_BEFORE = new RegExp(String.raw`(?<![\d.,])(${NUMBER})\s+(?:[\p{L}-]+\s+){0,2}\(\s*$`, 'u')
export const WHOLE_AFTER = new RegExp(String.raw`^\s+${OF_THE.replace('van', 'van(?:\\s+het\\s+totaal\\s+van)?')}\s+(?:in\s+totaal\s+)?(${NUMBER})\b`, 'iu')

/** A change or a part a sentence states, with the percentage it gives. */
export interface Basis {
  actual: number
  basis: string
  index: number
  end: number
  change: boolean
  /** For a change of a percentage: the change in percentage points. */
  points?: number
  /** For a change: the new number divided by the old. */
  ratio?: number
  /** For a part: the words after the whole, one of them its noun (`scholen` in `van de 24 scholen`). */
  noun?: string
  /** For a part: whether it and its whole are amounts in euro. */
  euro?: boolean
  /** The percentages the numbers allow when they are rounded (`€ 3,2 miljoen van de € 9,6 miljoen`). */
  span?: Span
}

const TWO_NUMBERS = /\d\D+\d/

// The unit written right after a number, with its square or cube sign (`m²`, `hectare`); `wordAfter` reads `m²` as `m`.
const unitAt = (text: string, count: string, index: number): string => /^\s*([\p{L}²³]+)/u.exec(text.slice(index + count.length))?.[1] ?? ''

// The changes and parts a sentence states, in order.
export function bases(sentence: string): Basis[] {
  // Every change and every pair holds two numbers in digits (number words were read as digits before),
  // with something between them: a sentence with one number (a year, a count) has neither.
  if (!TWO_NUMBERS.test(sentence)) return []
  const out: Basis[] = changeBases(sentence)
  for (const [pattern, g] of PATTERNS) {
    for (const m of allMatches(pattern, sentence)) {
      const [partText, wholeText] = [m[g.part] ?? '', m[g.whole] ?? '']
      if (pattern === PART_ON && !partOnWhole(m, sentence)) continue
      // `2,4 van de 9,6 miljoen euro`: a bare part below its whole's number shares the whole's magnitude.
      const shared = !m[g.partScale ?? -1] && !m[g.partEuro ?? -1] && Boolean(m[g.wholeScale ?? -1]) && (read(partText) ?? Infinity) < (read(wholeText) ?? 0)
      const partScale = shared ? m[g.wholeScale ?? -1] : m[g.partScale ?? -1]
      const part = scaled(partText, partScale?.trim())
      // `van de 4 hectare … ligt 9.000 m²`: a measure in another unit of the whole's measure is read in the part's unit.
      const near = sentence.slice(m.index, m.index + m[0].length + 60)
      // The part stands first in its match or last (`Van de 4 hectare … 9.000 m²`).
      const partUnit = unitAt(near, partText, g.part < g.whole ? near.indexOf(partText) : m[0].lastIndexOf(partText))
      const wholeUnit = unitAt(near, wholeText, near.indexOf(wholeText, g.part < g.whole ? near.indexOf(partText) + partText.length : 0))
      const factor = measureClash(near, wholeText, partText) ? unitFactor(wholeUnit, partUnit) : undefined
      const written = scaled(wholeText, m[g.wholeScale ?? -1]?.trim())
      const whole = written && factor ? (written * Number(factor.n)) / Number(factor.d) : written
      // A year is not a part: `van de 240 aanvragen in 2024`; `1 op de 5` is a share, not its numbers.
      if (part === undefined || !whole || part > whole || isYearNumber(partText) || (/\sop\s+de\s/.test(m[0]) && whole <= 20)) continue
      // `van de vorige 2025 editie`: a year after an adjective names an edition, not a whole.
      if (isYearNumber(wholeText) && /\p{Ll}{2,}e\s+$/u.test(m[0].slice(0, m[0].indexOf(wholeText)))) continue
      // An amount is no part of a count, nor a count of an amount (`€ 2 miljoen van de 40 projecten`).
      const money = (euro?: number, scale?: number): boolean => Boolean(m[euro ?? -1] || m[scale ?? -1])
      if (!shared && money(g.partEuro, g.partScale) !== money(g.wholeEuro, g.wholeScale)) continue
      // `van de 2.400 pompen … naar 1.800 MWh`: a measure is no part of a count of things (nor of another measure).
      if (measureClash(near, wholeText, partText) && !factor) continue
      // A pair joined by `op` names its whole's noun after the whole (`4.200 leden op 21.000 inwoners`).
      const noun = (pattern === PART_ON && m[4] && !AFTER_BARE_WHOLE.test(m[4]) ? `${(m[g.noun] ?? '').trim()} ${m[4]}` : m[g.noun])?.toLowerCase().trim()
      const euro = Boolean(m[g.partEuro ?? -1] || m[g.wholeEuro ?? -1])
      const shown = (n: string, e?: number, s?: number): string => `${m[e ?? -1] ? '€ ' : ''}${n}${m[s ?? -1] ?? ''}`
      const unitsShown = factor ? [` ${partUnit}`, ` ${wholeUnit}`] : ['', '']
      const basis = `${shown(partText, g.partEuro, g.partScale)}${unitsShown[0]} van ${shown(wholeText, g.wholeEuro, g.wholeScale)}${unitsShown[1]}`
      // A converted whole is compared as written: its rounding is of the other unit.
      const span = factor ? undefined : partSpan(part, whole, roundedRange(partText, partScale), roundedRange(wholeText, m[g.wholeScale ?? -1]))
      // PART_OF and PART_TOTAL may read one pair.
      if (out.some((b) => b.index === m.index && !b.change && b.actual === (part / whole) * 100)) continue
      out.push({ actual: (part / whole) * 100, basis, index: m.index, end: m.index + m[0].length, change: false, ...(noun ? { noun } : {}), ...(euro ? { euro } : {}), ...(span ? { span } : {}) })
    }
  }
  return out.sort((a, b) => a.index - b.index)
}

// The groups of each part-of-whole pattern.
interface Groups { part: number; whole: number; noun: number; partEuro?: number; partScale?: number; wholeEuro?: number; wholeScale?: number }
const PATTERNS: Array<[RegExp, Groups]> = [
  [PART_OF, { partEuro: 1, part: 2, partScale: 3, wholeEuro: 4, whole: 5, wholeScale: 6, noun: 7 }],
  [PART_TOTAL, { partEuro: 1, part: 2, partScale: 3, wholeEuro: 4, whole: 5, wholeScale: 6, noun: 7 }],
  [BRACKET_PART, { partEuro: 1, part: 2, partScale: 3, wholeEuro: 4, whole: 5, wholeScale: 6, noun: 7 }],
  [WHOLE_FIRST, { wholeEuro: 1, whole: 2, wholeScale: 3, noun: 4, partEuro: 5, part: 6, partScale: 7 }],
  [WHOLE_RELATIVE, { part: 3, whole: 1, noun: 2 }],
  [WHOLE_BARE_RELATIVE, { whole: 1, part: 2, noun: 3 }],
  [PART_ON, { part: 1, whole: 3, noun: 2 }]
]

/**
 * A part's noun read past the start of a share (`met 27 van de 60 speeltuinen ruim de helft`: the noun
 * words `speeltuinen ruim`) ends before it: the share's qualifier is no word of the noun, and a part
 * that covered the share would hide it.
 *
 * @param found The bases of a sentence.
 * @param sentence The sentence.
 * @param starts Where the sentence's shares begin.
 * @returns The bases, each part ending before any share that begins among its noun words.
 */
export function endBeforeShares(found: Basis[], sentence: string, starts: number[]): Basis[] {
  return found.map((b) => {
    const words = b.noun?.split(/\s+/) ?? []
    const at = starts.find((s) => s > b.index && s < b.end)
    if (b.change || at === undefined) return b
    const cut = sentence.slice(at, b.end).trim().split(/\s+/).length
    // Only noun words may go: a share among the numbers is no share of this pair.
    if (!/^[\p{L}\s-]+$/u.test(sentence.slice(at, b.end)) || cut > words.length) return b
    const noun = words.slice(0, words.length - cut).join(' ')
    const { noun: _read, ...rest } = b
    return { ...rest, end: b.index + sentence.slice(b.index, at).trimEnd().length, ...(noun ? { noun } : {}) }
  })
}
