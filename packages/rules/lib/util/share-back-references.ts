/**
 * A share whose whole stands in the sentence before and is pointed back to (`Daarvan`, `Van hen`,
 * `Van die huishoudens`, `37 van hen`): "We ontvingen 850 bezwaren. Daarvan werden er 510
 * afgewezen, 60 procent." The whole is the one number of the sentence before that can hold
 * the part (not a percentage, a year, a duration or a smaller number), or the one with the part's noun.
 */

import { read, scaled } from './share-tolerance.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { isYearNumber } from './year-numbers.js'
import { MONTH } from './year-numbers.js'

const NUMBER = PLAIN_NUMBER
// A number that is no day of a date (`1 maart 2026`), captured.
const NOT_A_DAY = String.raw`(?<![\d.,])(${NUMBER})(?![\d]|[.,]\d)(?!\s+(?:${MONTH})\b)`
// A sentence that takes its whole from the sentence before: "Daarvan werden er 1.560 toegekend",
// also with the part first: "37 van hen haalden het diploma".
// The pointer may follow a lead without numbers: after a colon (`Opvallend is de groep ouderen: daarvan …`), and
// with its part before it anywhere (`Inmiddels zijn 310 van hen …`), also over a line break inside the sentence.
// The lead starts at a letter, so backing out of the leading spaces costs no rescan (linear on long lines).
const OF_THOSE = new RegExp(
  String.raw`^\s*(?:[-*+]\s+)?(?:[^\d\s][^\d]*?:\s+|[^\d\s][^\d]*?\s(?=\d))?(?:(${NUMBER})\s+(?:[\p{L}²³-]+\s+)?)?(?:daarvan|hiervan|van\s+hen|van\s+wie|van\s+(?:deze|die)(?:\s+(\p{L}+))?|waarvan)\b`,
  'iu'
)
// The part in parentheses right after the share: `28% (384 huishoudens)`, `een derde (ofwel 45)`.
const PART_AFTER = new RegExp(String.raw`^\s*\(\s*(?:dat\s+zijn\s+|ofwel\s+|namelijk\s+)?(${NUMBER})(?:\s+[\p{L}-]+){0,2}\s*\)`, 'iu')

// Right before a total: `samen 64`, `in totaal ruim 300`, `bij elkaar € 2,1 miljoen`.
const TOTAL_BEFORE = /\b(?:samen|in\s+totaal|totaal|bij\s+elkaar|opgeteld)\s+(?:(?:ruim|circa|bijna|ongeveer|zo['’]n)\s+)?(?:€\s*)?$/iu
const EARLIER_SHARE = new RegExp(String.raw`${NUMBER}\s?(?:%|procent\b)`, 'giu')

// Compiled once: `matchAll` works on a copy, so one global pattern serves every call.
const NOT_A_DAY_G = new RegExp(NOT_A_DAY, 'giu')

/**
 * The numbers of a text that are no years and no days of a date (`1 maart 2026`).
 *
 * @param text A sentence.
 * @returns The numbers as written.
 */
export const numbersOf = (text: string): string[] => [...text.matchAll(NOT_A_DAY_G)].map((m) => m[0]).filter((n) => !isYearNumber(n))

/**
 * The share a sentence points back to: its whole the one number of the sentence before, its part
 * the first number of the sentence before the share, or else the number in parentheses after it.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @param previousNumbers The numbers of the sentence before.
 * @param alone Whether the sentence has no change or part of its own.
 * @returns The share the numbers give, or undefined.
 */
export function ofThose(before: string, after: string, previousNumbers: string[], alone: boolean): { actual: number; basis: string } | undefined {
  if (!alone || !OF_THOSE.test(before) || previousNumbers.length !== 1) return undefined
  // An earlier share of the sentence is no count: `Van hen was 52 procent huurder en 31 procent …`.
  const numbers = numbersOf(before.replace(EARLIER_SHARE, (share) => ' '.repeat(share.length)))
  const partText = numbers.length > 0 ? numbers[0] : PART_AFTER.exec(after)?.[1]
  if (partText === undefined || isYearNumber(partText)) return undefined
  const [part, whole] = [read(partText), read(previousNumbers[0] ?? '')]
  return part === undefined || !whole || part > whole ? undefined : { actual: (part / whole) * 100, basis: `${partText} van ${previousNumbers[0]}` }
}

// A number with its position and the word after it; a percentage, a year or a duration is no count.
// A count in millions or thousands (`2,4 miljoen m³`) is read at its size, its noun the word after the magnitude;
// a unit with a power sign (`m³`) is a noun like any other.
const COUNT = new RegExp(String.raw`${NOT_A_DAY}(\s?(?:%|procent\b))?(\s+(?:miljoen|miljard|duizend)\b)?(?:\s+([\p{L}²³-]+))?`, 'giu')
const DURATION = /^(?:jaar|jaren|maanden|maand|weken|week|dagen|dag|uur|uren|procent)$/iu
// The first number of a change (`nam toe van 640 in 2021 naar 810`): the group as it was, not the one pointed back to.
const CHANGE_FROM = /\bvan\s+(?:(?:ruim|circa|bijna|ongeveer|zo['’]n)\s+)?(?:€\s*)?$/iu
const CHANGE_TO = /^[^.;]*?\b(?:naar|tot)\s+(?:(?:ruim|circa|bijna|ongeveer|zo['’]n)\s+)?(?:€\s*)?\d/iu
const counts = (text: string): Array<{ written: string; value: number; index: number; end: number; noun: string; share: boolean; from: boolean }> =>
  [...text.matchAll(COUNT)].flatMap((m) => {
    const value = scaled(m[1], m[3]?.trim())
    if (value === undefined || isYearNumber(m[1])) return []
    const end = m.index + (m[1]?.length ?? 0)
    const from = CHANGE_FROM.test(text.slice(0, m.index)) && CHANGE_TO.test(text.slice(end))
    return [{ written: `${m[1] ?? ''}${m[3] ?? ''}`, value, index: m.index, end, noun: (m[4] ?? '').toLowerCase(), share: Boolean(m[2]), from }]
  })

/** A part said in a sentence that points back, of a whole in the sentence before. */
export interface BackPart {
  actual: number
  basis: string
  index: number
  end: number
  change: false
  noun?: string
  /** For a whole narrowed in the sentence before (`140 van de 400 km. Daarvan …`): the part of the outer whole. */
  wider?: BackPart
  /** For two counts in the sentence before that may each be the whole: the part of the other one. */
  either?: BackPart
}

/**
 * The part a sentence that points back states (`Daarvan zijn 3.100 bomen essen`, `Van die
 * ondernemers vroegen er in 2026 230 een lening aan`) and its whole in the sentence before.
 *
 * @param sentence The sentence.
 * @param previous The sentence before, in the same paragraph.
 * @returns The part as a share of the whole, or undefined when the whole is not one number.
 */
export function backPart(sentence: string, previous: string): BackPart | undefined {
  const opener = OF_THOSE.exec(sentence)
  if (!opener) return undefined
  // The part: the number before `van hen`, or the first number after the pointer; a percentage there is the share itself.
  const first = opener[1] === undefined ? partAfter(sentence, opener[0].length) : counts(sentence)[0]
  if (!first || first.share) return undefined
  const noun = (opener[2] ?? first.noun).toLowerCase()
  const wholes = wholesFor(previous, first.value)
  const named = wholes.filter((c) => c.noun === noun)
  const inner = innerWhole(previous, wholes)
  // `140 van de 400 km`: the noun after the pair counts both, so it does not choose between them.
  const nounOfBoth = inner !== undefined && /^(?:van|daarvan|hiervan)$/u.test(inner.noun)
  if (wholes.length === 1 || (named.length === 1 && !nounOfBoth)) return partOf(first, (wholes.length === 1 ? wholes[0] : named[0]) as Count, noun)
  // `12 klachten in 2024, 20 in 2025, samen 32. In 8 daarvan …`: of several counts, the one a word of a total opens.
  const summed = wholes.filter((c) => TOTAL_BEFORE.test(previous.slice(0, c.index)))
  if (summed.length === 1 && summed[0]) return partOf(first, summed[0], noun)
  const outer = wholes.find((w) => w !== inner)
  // A share that names the widest whole (`6 procent van alle meldingen`) is of the outer count.
  if (inner && outer) return { ...partOf(first, inner, noun), wider: partOf(first, outer, noun) }
  // Two counts that hold the part, neither narrowing the other (`In de 312 gezinnen wonen 214 kinderen. … 61 van hen`):
  // either may be the whole; the share is read against both, and holds when it fits one.
  const [a, b] = wholes
  return wholes.length === 2 && a && b ? { ...partOf(first, a, noun), either: partOf(first, b, noun) } : undefined
}

// A clause that points back to the clause before it in the same sentence: `…, en 130 van hen willen …`,
// `…, maar 22 van hen …`, `…: hiervan moesten er 45 …`. The cut is the comma or colon before it.
const CLAUSE_POINTER = /[,:;]\s+(?=(?:(?:en|maar|want|terwijl)\s+)?(?:(?:\d{1,3}(?:\.\d{3})*|\d+)\s+(?:[\p{L}-]+\s+)?(?:van\s+hen|daarvan|hiervan)|daarvan|hiervan|van\s+hen)\b)/iu

/**
 * The part a clause points back to in the clause before it, in one sentence ("Er reageerden 520
 * jongeren, en 130 van hen willen …"): as `backPart` with that clause as the sentence before.
 *
 * @param sentence The sentence.
 * @returns The part as a share of the whole, its offsets in the sentence, or undefined.
 */
export function clauseBackPart(sentence: string): BackPart | undefined {
  const cut = CLAUSE_POINTER.exec(sentence)
  if (!cut) return undefined
  const at = cut.index + cut[0].length
  const part = backPart(sentence.slice(at), sentence.slice(0, cut.index))
  const shift = (p: BackPart): BackPart => ({ ...p, index: p.index + at, end: p.end + at })
  return part && { ...shift(part), ...(part.wider ? { wider: shift(part.wider) } : {}) }
}

// Between a part and its whole in one sentence: `140 van de 400 km`, `88 van de 240 horecazaken`.
const PART_THEN_WHOLE = /^\s*(?:[\p{L}-]+\s+)?van\s+(?:de|het|alle|onze)\s*$/iu
// Between a whole and its part: `640 kilometer, waarvan 220`, `Van de 1.250 meldingen ging het in 500 …`.
const WHOLE_THEN_PART = /\b(?:waarvan|van\s+wie)\b[^\d]*$/iu
const OF_THE_WHOLE = /^\s*(?:[-*+]\s+)?(?:[^\d\s][^\d]*?\s)?van\s+(?:de|het|alle|onze)\s*$/iu
// Right after a part: `360 hectare daarvan is loofbos`.
const THEREOF_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:daarvan|hiervan)\b/iu

/**
 * The whole a pointer (`Daarvan`, `van die keuringen`) takes when the sentence before holds a part of
 * a whole itself ("Van de 900 leden zijn er 240 jeugdlid. Daarvan …"): the group just narrowed to,
 * the part, as a chain of shares narrows step by step.
 *
 * @param previous The sentence before.
 * @param wholes Its counts that may hold the part.
 * @returns The part of the pair when the two counts are one pair, else undefined.
 */
function innerWhole(previous: string, wholes: Count[]): Count | undefined {
  if (wholes.length !== 2) return undefined
  const [a, b] = wholes as [Count, Count]
  const [inner, outer] = a.value < b.value ? [a, b] : [b, a]
  const between = inner.index < outer.index ? previous.slice(inner.end, outer.index) : previous.slice(outer.end, inner.index)
  const paired =
    inner.index < outer.index
      ? PART_THEN_WHOLE.test(between)
      : WHOLE_THEN_PART.test(between) || (OF_THE_WHOLE.test(previous.slice(0, outer.index)) && !/[;:]/u.test(between)) || THEREOF_AFTER.test(previous.slice(inner.end))
  return paired ? inner : undefined
}

// A sentence that names its whole by its noun alone: `Van alle cursisten slaagden er 134 …`, `Van de leden leenden er 200 …`.
// A phrase or a relative clause after the noun may narrow it (`Van de deelnemers uit Noord`, `… die ouder zijn dan 65`):
// the verb must follow the noun right away.
const OF_NAMED = /^\s*(?:[-*+]\s+)?van\s+(?:alle|de|het)\s+([\p{L}-]{4,})(?=\s+(?!(?:die|dat|wie|waarvan|uit|in|van|met|op|bij|voor|zonder|onder|boven|tussen|tot|aan|en|of)\b)\p{Ll})/iu

/**
 * The part a sentence states of a whole it names by its noun only (`Van alle cursisten slaagden
 * er 134 …`), with that whole counted in an earlier sentence of the paragraph (`Van de 389
 * deelnemers …`): the nearest sentence that counts the noun once, with no more than the part.
 *
 * @param sentence The sentence.
 * @param earlier The sentences before it in its paragraph.
 * @returns The part as a share of the whole, or undefined.
 */
export function namedBackPart(sentence: string, earlier: string[]): BackPart | undefined {
  const opener = OF_NAMED.exec(sentence)
  const first = opener ? partAfter(sentence, opener[0].length) : undefined
  if (!opener || !first || first.share) return undefined
  const noun = (opener[1] ?? '').toLowerCase()
  for (const text of [...earlier].reverse()) {
    const named = wholesFor(text, first.value).filter((c) => c.noun === noun)
    if (named.length === 1 && named[0]) return partOf(first, named[0], noun)
    // The nearest sentence that counts the noun decides: an earlier one may count another year.
    if (counts(text).some((c) => c.noun === noun)) return undefined
  }
  return undefined
}

type Count = ReturnType<typeof counts>[number]
// The first count after the opener, with its place in the sentence.
const partAfter = (sentence: string, from: number): Count | undefined => counts(sentence.slice(from)).map((c) => ({ ...c, index: c.index + from, end: c.end + from }))[0]
// The counts of a text that may be the whole of a part: no percentage, no duration, not smaller than the part.
const wholesFor = (text: string, part: number): Count[] => counts(text).filter((c) => !c.share && !c.from && !DURATION.test(c.noun) && c.value >= part && c.value > 0)
// The part's noun, then the whole's: `bijna een kwart van de ouders` after `530 ouders … Van hen gaven er 71 aan …` names
// the whole pointed back to, not another group.
const partOf = (part: Count, whole: Count, noun: string): BackPart => {
  const nouns = [...new Set([noun, whole.noun].filter((n) => n !== ''))].join(' ')
  return { actual: (part.value / whole.value) * 100, basis: `${part.written} van ${whole.written}`, index: part.index, end: part.end, change: false, ...(nouns ? { noun: nouns } : {}) }
}
