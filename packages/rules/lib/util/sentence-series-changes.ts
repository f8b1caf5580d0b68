/**
 * A change in percent of levels said year by year in the sentences just before it: `In 2022 kwamen
 * er 150 aanvragen binnen, in 2023 180 en in 2024 240. Van 2023 op 2024 nam het aantal met een derde
 * toe.`, `Over twee jaar gerekend is dat een groei van 60 procent.`, `Eind 2024 stonden er 210
 * ingeschreven. In 2021 waren dat er nog 150: een groei van 40% in drie jaar.`, and a level of a past
 * year against the one level of now the sentence before states (`De bibliotheek telt 2.400 leden. In
 * 2019 waren het er nog 2.000; het aantal leden steeg sindsdien met 20 procent.`). The sentence readers
 * take a change whose numbers stand in the sentence itself; here the sentence says only the size.
 *
 * One reading only: the sentence and at most two before it, in one section with no table between,
 * give each year one count (of one noun, all in euros or none); the sentence names the two years of
 * the change, or the levels have two years, or it says a span (`in drie jaar`) that two of them are
 * apart; the clause of the share speaks of the levels (holds one, names their noun, or points back
 * with `dat`) and not of a share (`het aandeel`); and the change goes the way the sentence says. Used
 * by `share-text-claims` for shares no other reading judged.
 */

import { parseNumberWord } from '@kapstok/nl'
import type { ShareClaim } from './share-claim-text.js'
import { SHARE } from './share-claim-words.js'
import { allMatches } from './all-matches.js'
import { statementOf } from './share-statements.js'
import { CHANGE, DOWN, SPAN } from './share-span-changes.js'
import { CHANGE_NOUN } from './change-nouns.js'
import { APPROXIMATE } from './share-tolerance.js'
import { countedNumbers, YEARS } from './base-year-changes.js'
import { nounStem } from './unit-nouns.js'
import { paragraphSentences } from './text.js'

// The size of a change right before the share: `een groei van`, `met bijna`, `nam met`.
const SIZE_NOUN = new RegExp(String.raw`\b${CHANGE_NOUN}\s+(?:van|met)\s+(?:(?:${APPROXIMATE})\s+)?$`, 'iu')
const SIZE_WITH = new RegExp(String.raw`\bmet\s+(?:(?:${APPROXIMATE})\s+)?$`, 'iu')
// Or a comparative right after it (`ruim 20 procent meer`); one against a number of its own (`meer dan 400`) is another reading's.
const COMPARED = /^\s+(meer|minder|hoger|lager|groter|kleiner)\b(?!\s+dan\s+(?:de\s+)?€?\s*\d)/iu
const LESS = /^(?:minder|lager|kleiner)$/iu
// Now, as the sentence of a past level says it: `sindsdien`, `nu`, `inmiddels`.
const SINCE_THEN = /\b(?:sindsdien|nu|inmiddels|intussen|momenteel)\b/iu
// A count that is no level: a part (`waarvan 40`, `40 van de 120`), a mean or rate, or the size of a change.
const PART_BEFORE = /\b(?:waarvan|daarvan|van\s+wie|van\s+wie\s+er|gemiddeld|per|ruim|bijna|circa|ongeveer|zo['’]n)\s+$/iu
const PART_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:per\b|van\s+(?:de|het|alle)\s+(?:€\s*)?\d|meer\b|minder\b|erbij\b|extra\b)/iu
const SIZE_BEFORE = new RegExp(String.raw`\b(?:${CHANGE_NOUN})\s+(?:van|met)\s+$|\bmet\s+$`, 'iu')
// A target, a plan or a forecast is no level of a year.
const NO_LEVEL = /\b(?:doel(?:en|stelling\p{L}*)?\b|streven|streeft|streefwaarde|ambitie|willen|wil|moet|moeten|verwacht\p{L}*|prognose|raming|begroot)\b/iu
// The subject a sentence of change names, and the words by which it points back to the levels before.
const SUBJECT = /\bhet\s+aantal\s+([\p{L}-]+)/iu
const POINTS_BACK = /\b(?:dat|dit|daarmee|hiermee|daardoor|sindsdien)\b/iu
const SHARE_NOUN = /\b(?:aandeel|percentage)\b/iu
const NOW_YEAR = Number.POSITIVE_INFINITY
const A_YEAR = new RegExp(YEARS.source, 'u')

/** A level of one year (or of now) in the sentences read. */
interface Level { year: number; value: number; text: string; noun: string; euro: boolean }

/**
 * The changes said as a share of levels of the sentences before that no other reading judged.
 *
 * @param text The text, without emphasis.
 * @param judged The offsets of the shares other readings judged.
 * @returns A claim for each such share.
 */
export function sentenceSeriesChangeClaims(text: string, judged: Set<number>): ShareClaim[] {
  if (!A_YEAR.test(text)) return []
  const out: ShareClaim[] = []
  const paragraphs = paragraphSentences(text)
  paragraphs.forEach((paragraph, p) => paragraph.forEach((s, k) => {
    // One share in the sentence: of two (`een groei van 58% in 2024 en nog eens 43% in 2025`) each has a year of its own.
    const shares = allMatches(SHARE, s.text)
    const [share] = shares
    if (shares.length !== 1 || !share || !changeSize(s.text, share) || judged.has(s.index + (share.index ?? 0))) return
    const at = share.index ?? 0
    // The sentence and up to two before it in its paragraph; a sentence that opens its paragraph and holds no level of its
    // own, the last two of the one before (in one section, with no table between). One that holds a level reads no
    // paragraph before: `In 2025 waren het er in totaal 3.900` after a paragraph of one channel's count.
    const own = levelsOf(s.text, true, at)
    const earlier = k > 0 ? paragraph.slice(Math.max(0, k - 2), k) : own.length > 0 ? [] : (paragraphs[p - 1] ?? []).slice(-2)
    const read = [...earlier.filter((e) => !/\n\s*(?:#|\|)/u.test(text.slice(e.index, s.index))), s]
    const found = [...read.slice(0, -1).flatMap((r) => levelsOf(r.text, false, undefined)), ...own]
    if (found.some((l) => l === undefined)) return
    const levels = found as Level[]
    const nouns = new Set(levels.map((l) => l.noun).filter(Boolean).map(nounStem))
    if (levels.length < 2 || nouns.size > 1 || new Set(levels.map((l) => l.euro)).size > 1) return
    // The clause of the share, after a semicolon (`In 2025 was dat 2.760 ton; het aandeel … steeg met 25%`).
    const start = s.text.lastIndexOf(';', at) + 1
    const end = s.text.indexOf(';', at) < 0 ? s.text.length : s.text.indexOf(';', at)
    const clause = s.text.slice(start, end)
    if (!ofLevels(clause, [...nouns][0], levelsOf(clause, true, at - start).length > 0)) return
    const years = [...new Set(levels.map((l) => l.year))].sort((a, b) => a - b)
    // One count a year (a now of its own only where the sentence says since when).
    if (years.length !== levels.length || (years.includes(NOW_YEAR) && !SINCE_THEN.test(s.text))) return
    const pair = changePair(s.text, years)
    if (!pair) return
    const [from, to] = pair.map((y) => levels.find((l) => l.year === y)!)
    if (!from || !to || from.value <= 0 || from.value === to.value) return
    const after = COMPARED.exec(s.text.slice(at + share[0].length))
    const down = after ? LESS.test(after[1] ?? '') : DOWN.test(s.text)
    if (down !== to.value < from.value) return
    const statement = statementOf(share, s.text, at, read.length > 1 ? read[read.length - 2]!.text : '')
    if (!statement || statement.inPoints) return
    const actual = (Math.abs(to.value - from.value) / from.value) * 100
    const label = (l: Level): string => (l.year === NOW_YEAR ? `${l.text} (nu)` : `${l.text} (${l.year})`)
    out.push({ said: share[0], index: s.index + at, actual, basis: `van ${label(from)} naar ${label(to)}`, fits: statement.judge(actual) })
  }))
  return out
}

// Whether a share states the size of a change: after its noun or `met` in a sentence of change, or before a comparative.
function changeSize(sentence: string, share: RegExpMatchArray): boolean {
  const before = sentence.slice(0, share.index ?? 0)
  const after = sentence.slice((share.index ?? 0) + share[0].length)
  if (/punt/iu.test(share[3] ?? '')) return false
  return SIZE_NOUN.test(before) || (SIZE_WITH.test(before) && CHANGE.test(sentence)) || COMPARED.test(after)
}

// The levels of one sentence, each with the year said last before it (or the sentence's one year, or now in a sentence
// without years). Undefined in a list where a sentence makes the reading unsure: a target, or a year with a share of its own.
function levelsOf(sentence: string, own: boolean, shareAt: number | undefined): Array<Level | undefined> {
  const years = allMatches(YEARS, sentence).map((m) => ({ at: m.index ?? 0, year: Number(m[0]) }))
  if (NO_LEVEL.test(sentence)) return countedNumbers(sentence).some((q) => !q.percent) ? [undefined] : []
  const out: Array<Level | undefined> = []
  for (const q of countedNumbers(sentence)) {
    const end = sentence.indexOf(q.text, q.at) + q.text.length
    if (q.percent || (shareAt !== undefined && q.at >= shareAt)) continue
    if (PART_BEFORE.test(sentence.slice(0, q.at)) || PART_AFTER.test(sentence.slice(end)) || SIZE_BEFORE.test(sentence.slice(0, q.at))) continue
    const said = years.filter((y) => y.at < q.at).at(-1) ?? (years.length === 1 ? years[0] : undefined)
    // A count in the sentence of the share, or beside years none of which comes before it, is not read.
    if (!said && (own || years.length > 0)) return [undefined]
    out.push({ year: said?.year ?? NOW_YEAR, value: q.value.n === 0n ? 0 : Number(q.value.n) / Number(q.value.d), text: q.euro ? `€ ${q.text}` : q.text, noun: q.noun, euro: q.euro })
  }
  return out
}

// Whether the sentence speaks of the levels: it holds one, names their noun (also as `het aantal …`), or points back
// (`dat is een groei van …`); a sentence of a subject of its own (`De entreeprijs steeg met 15%.`) speaks of that.
function ofLevels(sentence: string, stem: string | undefined, holdsOne: boolean): boolean {
  // A change of a share (`het aandeel … steeg met 25%`) is in points or of its own level, not of the counts.
  if (SHARE_NOUN.test(sentence)) return false
  if (holdsOne) return true
  const words = sentence.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []
  if (stem !== undefined && words.some((w) => nounStem(w) === stem)) return true
  const subject = SUBJECT.exec(sentence)?.[1]
  return subject === undefined ? POINTS_BACK.test(sentence) : stem === undefined
}

// The two years of the change: the two the sentence names, the two there are, or the first and last a span apart.
function changePair(sentence: string, years: number[]): [number, number] | undefined {
  const named = [...new Set(allMatches(YEARS, sentence).map((m) => Number(m[0])))].sort((a, b) => a - b)
  if (named.length === 2) return years.includes(named[0]!) && years.includes(named[1]!) ? [named[0]!, named[1]!] : undefined
  if (named.length > 2) return undefined
  if (years.length === 2) return named.every((y) => years.includes(y)) ? [years[0]!, years[1]!] : undefined
  const span = SPAN.exec(sentence)?.[1]
  const length = span === undefined ? undefined : /^\d+$/u.test(span) ? Number(span) : parseNumberWord(span)
  const [first, last] = [years[0]!, years.at(-1)!]
  return length !== undefined && named.length === 0 && last !== NOW_YEAR && last - first === length ? [first, last] : undefined
}
