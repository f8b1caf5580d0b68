/**
 * A whole and its parts in running text: a count or amount, a word that splits it, then two or
 * more parts of its kind, separated by commas (or semicolons), the last two joined by `en`.
 *
 *     Het wijkteam telt 23 mensen: 9 coaches, 8 consulenten en 5 stagiairs.
 *     We kregen 310 reacties, waarvan 190 per mail en 140 op papier.
 *     Van de 85 aanvragen zijn er 60 goedgekeurd en 31 afgewezen.
 *     Het beheer kent 42 gemalen. Het gaat om 30 rioolgemalen en 11 poldergemalen.
 *     De 65 plekken liggen in drie parken: Oost (30), Noord (20) en West (14).
 *
 * A colon, brackets, `bestaat uit`, `is opgebouwd uit`, `verdeeld over`, `valt uiteen in`, `te
 * weten`, `namelijk`, `respectievelijk`, and a next sentence `Het gaat om …` or `Dat zijn …` split
 * the whole completely: the parts must make it up, within the rounding they are written with.
 * `waarvan`, `van wie`, `onder wie`, `omvat` and a `Van de …`/`Onder de …` opening may leave some
 * out: only parts that exceed the whole prove a slip. (`Daarvan`/`Hiervan` in the next sentence:
 * `parts-after-whole`; a bulleted list under the whole: `list-splits`.)
 */

import { add, make } from './exact-number.js'
import { rounding, type Equation } from './onderbouwing.js'
import { resultRange } from './sentence-readings.js'
import { quantities, real, sameKind, type Quantity } from './sentence-quantities.js'
import { listClaims } from './list-claims.js'
import { kindsCoverWhole } from './covering-kinds.js'
import { memoByText } from './memo.js'
import { linkedSentences } from './text.js'

// The words between a whole and the word that splits it: its noun and a few more (`bomen`,
// `aan rijksgeld`, `zijn als volgt verdeeld`), no number, no end of a clause. Each word is taken
// whole (the lookahead): a word the engine may cut anywhere made a failed match try every way of
// cutting the next six words, most of the checker's time on a long plan.
const NOUN_GAP = String.raw`[^\S\n]*(?:[\p{L}'’-]+(?![\p{L}'’-])[^\S\n]*){0,6}?`
const COMPLETE = new RegExp(
  String.raw`^${NOUN_GAP}(?::|\(|,?[^\S\n]*(?:te\s+weten\b|namelijk\b|(?:(?:is|zijn|wordt|worden|werd|werden)\s+)?(?:(?:opgebouwd|samengesteld|verdeeld|onderverdeeld|uitgesplitst)\s+(?:uit|over|in|naar)|(?:bestaat|bestaan|bestond|bestonden|bestaande)\s+uit|(?:valt|vallen|viel|vielen)\s+uiteen\s+in|(?:gesplitst|opgesplitst)\s+in)\b))`,
  'iu'
)
// `… basisscholen, brede scholen en speciale scholen: respectievelijk 40, 12 en 3`: the kinds
// named first, their counts after.
const RESPECTIVELY = /^[^\d€.;!?]{0,100}?\brespectievelijk\b/iu
const SOME_WORD = String.raw`(?:waarvan|van\s+wie|onder\s+wie|omvat|omvatten|omvatte)\b`
const SOME_OF = new RegExp(String.raw`^${NOUN_GAP},?[^\S\n]*${SOME_WORD}`, 'iu')
// A bracket that opens with such a word (`(waarvan 12 …)`) may leave some out too.
const SOME_IN_BRACKET = new RegExp(String.raw`^\s*${SOME_WORD}`, 'iu')
// `Van de 85 aanvragen …`: the whole opens the sentence.
// `Van het budget van € 600.000 …`, `Onder de 90 deelnemers …` likewise.
const OF_THE = /^\s*(?:van|onder)\s+(?:de|het|deze|die|alle|onze)\s+(?:[\p{L}-]+\s+van\s+)?$/iu
// A next sentence that only says what the whole is made of.
// Or that points back at the whole and says where its members are (`Die liggen bij het station (18),
// op de Markt (9) en …`, `Deze zijn verdeeld over …`), unless it says where most are (`vooral`).
const NAMES_PARTS = /^\s*(?:het\s+gaat\s+(?:hier\s+)?om|het\s+betreft|(?:dit|dat)\s+(?:betreft|zijn|waren)|(?:die|deze)\s+(?:liggen|lagen|staan|stonden|bevinden\s+zich|bevonden\s+zich|(?:zijn|waren)\s+verdeeld\s+over|verdelen\s+zich\s+over)(?![^.!?]*\b(?:vooral|voornamelijk|grotendeels|merendeels|meestal|vaak)\b))\b/iu
// Words that make the parts examples, bounds, or leave a rest: no split of the whole.
export const NOT_ALL =
  /\b(?:onder\s+(?:meer|andere)|o\.a\.|bijvoorbeeld|zoals|waaronder|minstens|ten\s*minste|minimaal|maximaal|meer\s+dan|minder\s+dan|rest|restant|resterende|overige|overigen|overig|andere|anderen|nog|daarnaast|verder|elk|elke|ieder|iedere|per|gemiddeld|ook|beide|allebei|zowel)(?!\p{L})|%/iu
// A part that is taken off the others (`een onttrekking van € 250.000`, `na aftrek van`): the
// parts then make the whole with a sign, not as a plain sum.
export const TAKES_OFF = /\b(?:onttrekking|vermindering|aftrek|korting|verlaging|minus)\p{L}*/iu
// A next sentence that goes on with more parts or the rest.
// A rest named goes on whatever follows; a word that adds (`Daarnaast …`) only with a quantity of
// its own (`Daarnaast zijn er 40 …`): `Daarnaast doen ook de peuterspeelzalen mee` adds no part.
const REST_NEXT = /^\s*(?:de\s+rest|het\s+(?:restant|overige|resterende)|de\s+overige|voor\s+de\s+rest|een\s+(?:klein\s+)?deel)/iu
// A rest named further on in the next sentence (`Na deze posten resteert …`, `Er blijft … over`)
// makes the parts before it some of the whole too.
const REST_IN_NEXT = /\b(?:resteert|resteren|overblijft|overblijven|restant)\b|\bblijf(?:t|en)\b[^.!?;]*\bover\b/iu
const MORE_NEXT = /^\s*(?:daarnaast|verder|ook|nog\b)/iu
// A count in words names only the tens in `-tig` (`twintig`, `veertig`), not any word so ending (`krachtig`).
const QUANTITY_NEXT = /(?<![\p{L}\d.,])(?!(?:19|20)\d{2}(?!\d))\d|\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|(?:twin|der|veer|vijf|zes|zeven|tach|negen)tig|honderd|duizend)\b/iu
export const GOES_ON = { test: (next: string): boolean => REST_NEXT.test(next) || REST_IN_NEXT.test(next) || (MORE_NEXT.test(next) && QUANTITY_NEXT.test(next)) }
// Between two parts: a comma or `en`, no end of a clause and no new list item.
// A year may label a part (`€ 250.000 in 2026, € 400.000 in 2027 en …`).
const PART_GAP = /^(?:[^.;:!?()\d]|(?<!\d)(?:19|20)\d{2}(?!\d))*$/u
const NEW_ITEM = /\n\s*(?:[-*+]|\d+[.)])\s/u
// Nouns that cut across each other: `45 jongeren en 30 meisjes` may count the same people twice.
const CROSSING = [/^(?:meisje|jongen|vrouw|man(?:nen)?$)/u, /^(?:kind|jongere|volwassene|oudere|senior|tiener|peuter|baby|scholier|student|\d+-plusser)/u]

/**
 * The equation of a split that does not make up its whole: the parts summed, stated the whole.
 *
 * @param whole The whole.
 * @param parts Its parts (two or more).
 * @param complete Whether the parts should make up the whole (else they may leave some out).
 * @param index Where the finding goes.
 * @param result The whole as written.
 * @returns The equation, or nothing when the split holds or is of something else.
 */
export function splitEquation(whole: Quantity, parts: Quantity[], complete: boolean, index: number, result = whole.text): Equation | undefined {
  // A part larger than the whole is no part of it (`een 7,2: 7,5 voor groen en 6,9 voor …` are marks).
  if (parts.some((q) => real(q.value) > real(whole.value))) return undefined
  const sum = parts.map((q) => q.value).reduce(add)
  // A count below a thousand split into exact counts is exact itself (`120 woningen: 25 in 2026,
  // 30 in …`): a writer who counts the parts one by one does not round their total to tens.
  const exact = whole.unit !== '€' && real(whole.value) < 1000 && parts.every((q) => !q.approx && /^\d+$/u.test(q.text))
  const range = resultRange(whole, exact)
  // A part written as a round number is a count or amount as it stands (`40 in de kernen`), not
  // rounded; one written with decimals or a word (`€ 1,5 miljoen`) or after `circa` may be.
  const slack = parts.reduce((t, q) => t + (q.approx || /[,\p{L}]/u.test(q.text) ? real(rounding(q.text, q.approx !== '')) : 0), 0)
  const [low, high] = [range.low - slack, range.high + slack]
  const v = real(sum)
  const off = complete ? v < low || v > high : v > high
  // More than twice off: the parts are of something else than the whole.
  if (!off || v / real(whole.value) < 0.5 || v / real(whole.value) > 2) return undefined
  return {
    expression: parts.map((q) => q.text).join(' + '),
    computed: sum,
    stated: whole.value,
    result,
    index,
    tolerance: make(BigInt(Math.round(((high - low) / 2) * 1e6)), 1000000n),
    final: true,
    arithmetic: true
  }
}

// A whole per period (`€ 7.200 per jaar: huur € 4.800, …`): its parts, without a period of their
// own, are per that period too, so they still make it up.
const PERIOD = /^(?:jaar|maand|week|kwartaal|dag)$/iu
const perPeriod = (q: Quantity): boolean => !q.share && q.unit !== '%' && PERIOD.test(q.per)

/** Whether a quantity can be a whole or a part: no share, rate or percentage. */
export const plain = (q: Quantity): boolean => !q.share && !q.per && q.unit !== '%'
// A part counts what the whole counts: euros of euros; a measure (km, hectare, uur) of the same
// measure; a count of a count, whose own noun may name a kind of the whole (`54 voertuigen: 22
// bestelbussen …`).
export function partOf(whole: Quantity, part: Quantity): boolean {
  if (whole.unit === '€' || part.unit === '€') return whole.unit === part.unit
  if (isMeasure(whole.unit) || isMeasure(part.unit)) return !whole.unit || !part.unit || sameKind(whole, part)
  return true
}
const MEASURE = /^(?:km|kilometer|m|meter|m²|m2|m³|vierkante|strekkende|hectare|ha|uur|uren|minuten|dagen|weken|maanden|jaar|jaren|ton|kg|kilo|liter|mwh|kwh|gwh|fte|procent|keer)\b/iu
const isMeasure = (unit: string): boolean => MEASURE.test(unit)

/**
 * The parts that follow a split: a run of quantities of the whole's kind, separated by commas, up
 * to the one after `en`. Nothing when another kind of number stands in the run or it ends without `en`.
 */
function partsFrom(text: string, whole: Quantity, after: Quantity[], from: number): Quantity[] {
  // The first part follows the split closely; numbers of another kind may stand before it
  // (`verdeeld over drie wijken: € …`), and so may a count the whole is spread over, before a
  // colon (`230 woningen over vier wijken: 70 …`).
  for (let k = after.findIndex((q) => q.index >= from); k >= 0 && k < after.length; k++) {
    const start = after[k]!
    if (start.index - from > 60 || /[.;!?]/u.test(text.slice(from, start.index))) return []
    if (!plain(start) || !partOf(whole, start)) continue
    const run = runFrom(text, whole, after, k)
    if (run.length || !/:/u.test(text.slice(start.end, after[k + 1]?.index ?? start.end))) return run
  }
  return []
}

// The run of parts that starts at `after[k]`: up to the one after `en`, or none.
function runFrom(text: string, whole: Quantity, after: Quantity[], k: number): Quantity[] {
  const parts = [after[k]!]
  for (let i = k + 1; i < after.length; i++) {
    const q = after[i]!
    const gap = text.slice(parts.at(-1)!.end, q.index)
    if (!PART_GAP.test(gap.replace(/[€;()]/gu, '')) || NEW_ITEM.test(gap) || gap.length > 60) return []
    if (!plain(q) || !partOf(whole, q)) return []
    parts.push(q)
    // The separator is the last comma (or semicolon) or `en` of the gap: a part's own words may hold an `en`
    // (`twee met ouders en leerkrachten, drie met …`).
    const and = [...gap.matchAll(/\ben\b/giu)].at(-1)?.index ?? -1
    const comma = Math.max(gap.lastIndexOf(','), gap.lastIndexOf(';'))
    if (and > comma) return parts.length >= 2 && !crossing(parts) ? parts : []
    if (comma < 0) return []
  }
  return []
}

// A count whose split count-claim-mismatch reports (`elf mensen: zes …, drie … en één …`) is
// its: one slip, one message.
const claimsOf = memoByText((text: string) => listClaims(text))
function countClaimReads(text: string, whole: Quantity): boolean {
  return whole.unit !== '€' && claimsOf(text).some((c) => c.offset >= whole.index - 1 && c.offset < whole.end)
}

// The first reading, or the second when the first found no parts.
const or = (first: Quantity[], second: () => Quantity[]): Quantity[] => (first.length ? first : second())

// Parts whose nouns cut across each other (an age and a sex) may overlap.
function crossing(parts: Quantity[]): boolean {
  const groups = new Set(parts.map((q) => CROSSING.findIndex((g) => g.test(q.unit.toLowerCase()))).filter((g) => g >= 0))
  return groups.size > 1
}

// What follows the parts in their sentence, and the next sentence: a rest named, or more parts.
function leavesRest(text: string, parts: Quantity[], sentenceEnd: number, next: string): boolean {
  return NOT_ALL.test(text.slice(parts[0]!.index, sentenceEnd)) || GOES_ON.test(next)
}

/**
 * Every whole split in its own sentence, or in the next one after `Het gaat om`, whose parts do
 * not make it up (or, for a split that may leave some out, exceed it).
 *
 * @param text A prose text.
 * @returns The splits as equations (`64 + 31 + 19`, stated: the whole), at the whole.
 */
export function wholeSplits(text: string): Equation[] {
  const out: Equation[] = []
  for (const sentences of linkedSentences(text)) {
    sentences.forEach((sentence, s) => {
      const end = sentence.index + sentence.text.length
      const next = sentences[s + 1]
      const qs = quantities(sentence.text, sentence.index)
      const seen = new Set<number>()
      qs.forEach((whole, w) => {
        const periodic = perPeriod(whole)
        if (!plain(whole) && !periodic) return
        const after = text.slice(whole.end, end)
        const complete = COMPLETE.exec(after) ?? RESPECTIVELY.exec(after)
        // A whole per year is split into parts per year too, when the split names them completely.
        if (periodic && !complete) return
        const some = complete ? null : SOME_OF.exec(after)
        const opening = OF_THE.test(text.slice(sentence.index, whole.index))
        const split = complete ?? some
        if (!split && !opening) return
        const from = whole.end + (split ? split[0].length : 0)
        // The tokenizer reads a bracket as a label: its parts are read on their own.
        const close = text.indexOf(')', from)
        const bracket = split?.[0].endsWith('(') && close > 0 && close < end
        // So are counts in brackets after names (`Noord (90), Midden (80) en Zuid (70)`): read
        // with the brackets blanked, at the same offsets.
        const named = (): Quantity[] => partsFrom(text, whole, quantities(text.slice(from, end).replace(/[()]/gu, ' '), from), from)
        const parts = bracket ? partsFrom(text, whole, quantities(text.slice(from, close), from), from) : or(partsFrom(text, whole, qs.slice(w + 1), from), named)
        if (parts.length < 2 || seen.has(parts[0]!.index)) return
        seen.add(parts[0]!.index)
        // (The whole's own period is no `per` of its parts.)
        const between = text.slice(whole.end, parts[0]!.index).replace(periodic ? /^\s*per\s+\p{L}+/u : /^$/u, '')
        if (NOT_ALL.test(between) || leavesRest(text, parts, end, next?.text ?? '')) return
        // Two counts after a colon may name only the main groups (`87 speeltuinen: 40 van hout en
        // 25 van metaal`): short of the whole they prove nothing, unless they name kinds of it that
        // together cover it (`190 bruggen: 41 fietsbruggen en 137 voetbruggen`); then a shortfall is
        // likely a slip, not proven (a third kind may go unnamed). More parts, or amounts, must add up.
        const twoAfterColon = parts.length === 2 && whole.unit !== '€' && /^[^:]*:/u.test(split?.[0] ?? '')
        const kinds = twoAfterColon && kindsCoverWhole(text, whole, parts, end)
        const all = Boolean(complete) && (!twoAfterColon || kinds) && !(bracket && SOME_IN_BRACKET.test(text.slice(from, close)))
        const e = splitEquation(whole, parts, all, whole.index, text.slice(whole.index, whole.end))
        if (e && !countClaimReads(text, whole)) out.push(kinds && real(e.computed) < real(e.stated) ? { ...e, likely: true } : e)
      })
      // `… 42 gemalen. Het gaat om 30 rioolgemalen en 11 poldergemalen.`
      const before = sentences[s - 1]
      if (!before || !NAMES_PARTS.test(sentence.text)) return
      const wholes = quantities(before.text, before.index).filter(plain)
      const whole = wholes.length === 1 ? wholes[0]! : undefined
      if (!whole) return
      // (Counts in brackets after names, `bij het station (18)`, read with the brackets blanked.)
      const own = qs.length > 0 ? qs : quantities(sentence.text.replace(/[()]/gu, ' '), sentence.index)
      const parts = partsFrom(text, whole, own, sentence.index)
      if (parts.length !== own.length || parts.length < 2 || leavesRest(text, parts, end, next?.text ?? '')) return
      const e = splitEquation(whole, parts, true, whole.index, text.slice(whole.index, whole.end))
      if (e) out.push(e)
    })
  }
  return out
}
