/**
 * A count of groups of one size with their total: "drie groepen van vijftien cursisten, in totaal
 * 45 plaatsen", "vijf ploegen van acht vrijwilligers, samen 40 vrijwilligers". `van` after a group
 * noun may also name a whole (`twee groepen van de school`) or a price (`vier sessies van € 200`,
 * read by the readers of prices), so the reader takes the plain case only: a number in words or
 * digits, the size's noun, a word that makes the next number the total, and that number counting
 * the same thing (or nothing, or places).
 */

import { parseNumberWord } from '@kapstok/nl'
import { div, near } from './exact-number.js'
import { NUMBER } from './amount-change.js'
import { APPROX } from './rate-pairs.js'
import { add, dutchNumber, mul, proseEquation, type Equation, type Rational } from './onderbouwing.js'
import { namesUnit } from './unit-nouns.js'
import { NUMBER_WORD } from './share-words.js'

// Nouns of a group of people or a unit of a programme, compounds too (`lesgroepen`, `werkteams`), and
// of an arrangement that holds things in equal parts (`vijf rijen van twaalf stoelen`, `vier fietsrekken
// van tien plekken`, `twee verdiepingen van zes kantoren`).
const GROUP = String.raw`\p{L}*(?:groep|groepen|team|teams|ploeg|ploegen|klas|klassen|sessie|sessies|blok|blokken|bijeenkomst|bijeenkomsten|ronde|rondes|cohort|cohorten|lichting|lichtingen|kring|kringen|tafel|tafels|rij|rijen|rek|rekken|vak|vakken|strook|stroken|verdieping|verdiepingen|etage|etages|unit|units)`
// A count in digits or words (`drie`, `12`).
const COUNT = String.raw`\d+|${NUMBER_WORD}`
// The total's cue: `in totaal`, `samen`, `dat zijn`, `goed voor`. (After a colon the total may also be the
// whole the size is a share of, `150 leerlingen: zes klassen van 25`: arithmetic-slip reads that sentence.)
const TOTAL = String.raw`in\s+totaal|samen(?:\s+goed\s+voor)?|totaal|bij\s+elkaar|(?:dat|dit)\s+(?:zijn|is)|(?:zijn|is)\s+dat|goed\s+voor`
// A word that links the size's noun to what follows, never that noun itself (`zes plaatsen in`, `20 stoelen en …`).
const LINK = String.raw`(?:en|of|in|op|aan|bij|voor|met|uit|plus|naast)`
// count, group noun, `van`, size, the size's noun (an adjective may come first), the cue, a few words, the total and its noun.
const GROUPS = new RegExp(
  String.raw`(?<![\p{L}\d.,])(?<count>${COUNT})\s+(?:\p{L}+\s+)?(?<group>${GROUP})\s+van\s+(?<size>${COUNT})\s+(?:\p{L}+\s+)?(?<noun>(?!${LINK}\b)\p{L}+)(?<between>[^.;:!?\d€()]{0,40}?)(?:\s*[,;:]\s*|\s+)(?:${TOTAL})\s+(?:(?:\p{L}+\s+){0,2}?)(?<approx>${APPROX}\s+)?(?<total>${NUMBER})(?![\d%]|\s*procent)(?:\s+(?<totalNoun>\p{L}+))?`,
  'giu'
)
// Sizes that differ (`van tien tot vijftien`, `van acht à tien`) or a bound (`van maximaal twaalf`) make no product.
const SPREAD = /^\s*(?:tot|à|a|of|-|–|en)\b|^\s*[-–]/iu
// Words that name no size: a number word that is an article (`een`), and words for the group's makeup.
const NOT_A_NUMBER = /^(?:een|[eé]én)$/iu
// What a total may count besides the size's noun: the places the groups fill.
const PLACES = /^(?:plaatsen|plekken|deelnemers|personen|mensen)$/iu
// Between the size's noun and the cue: another item or a part taken off makes the total another sum.
// What a total holds besides the groups, named after it.
const REST_AFTER = /\b(?:overige|overigen|rest|resterende)\b/iu
const ANOTHER = /\b(?:en|plus|daarnaast|ook|waarvan|inclusief|behalve|zonder|per)\b/iu

const value = (word: string): Rational | undefined => {
  if (/^\d+$/u.test(word)) return { n: BigInt(word), d: 1n }
  if (NOT_A_NUMBER.test(word)) return undefined
  const n = parseNumberWord(word)
  return n === undefined ? undefined : { n: BigInt(n), d: 1n }
}

/**
 * Every count of groups of a size with a total after it: the total should be the product.
 *
 * @param text One paragraph of prose.
 * @returns The products as equations (`3 × 15`), with the rounding of the total as tolerance.
 */
export function groupProducts(text: string): Equation[] {
  const out: Equation[] = []
  for (const m of text.matchAll(GROUPS)) {
    const g = m.groups!
    const [count, size] = [value(g.count!), value(g.size!)]
    if (!count || !size || count.n < 2n || size.n < 2n) continue
    const afterSize = text.slice(m.index + m[0].indexOf(g.group!) + g.group!.length).replace(/^\s+van\s+\S+/u, '')
    // A second noun of the size itself (`twaalf trainers en vrijwilligers`) is no other item; `en een …` is.
    if (SPREAD.test(afterSize) || ANOTHER.test((g.between ?? '').replace(/^\s+en\s+(?!een\b|één\b|de\b|het\b)\p{L}+/u, ''))) continue
    // The total counts what the groups hold: the size's noun again, places, or no noun at all.
    const totalNoun = g.totalNoun
    const same = totalNoun !== undefined && (namesUnit(totalNoun, g.noun!) || namesUnit(g.noun!, totalNoun))
    if (totalNoun !== undefined && !same && !PLACES.test(totalNoun) && !/^(?:en|of|in|op|per|voor|uit|bij|met|aan)$/iu.test(totalNoun)) continue
    // A total per period or a share of it counts something else.
    if (totalNoun !== undefined && /^(?:per|procent)$/iu.test(totalNoun)) continue
    // A rest after the total (`samen 1.280 plekken; de overige komen elders`) says the total holds more than the groups.
    if (REST_AFTER.test(text.slice(m.index + m[0].length).split(/[.!?](?:\s|$)/u)[0] ?? '')) continue
    const computed = mul(count, size)
    const stated = dutchNumber(g.total!)
    if (!near(computed, stated)) continue
    const index = m.index + m[0].lastIndexOf(g.total!, m[0].length - (totalNoun ? totalNoun.length + 1 : 0))
    const e = proseEquation(`${String(count.n)} × ${String(size.n)}`, computed, { text: g.total!, value: stated, index }, g.approx !== undefined)
    // A hedged total (`ruim 350` for 360 places) is a round figure near the count: a tenth of room.
    out.push(g.approx === undefined ? e : { ...e, tolerance: add(e.tolerance, div(stated, { n: 10n, d: 1n })) })
  }
  return out
}
