/**
 * The words of a count that sizes a list, for `list-claims`: the count and its plural noun, the
 * verbs and adverbs in -en that are no second noun after it, a relative clause between the noun
 * and the colon, and counts set in emphasis.
 */

import { parseNumberWord } from '@kapstok/nl'
import { blankFootnoteMarks } from './asides.js'
import { withoutEmphasis } from './emphasis.js'
import { DETERMINER } from './list-subjects.js'

/** Regular-expression source (no groups) for a count in digits or words, two to twenty. */
// `beide` is an exact count of two (`Beide scholen krijgen …: A, B en C` names three).
// `een tweetal`, `een drietal`, `een viertal` are a group of that many; from `vijftal` on the word also means `about`.
export const COUNT = String.raw`\d{1,2}|beide|(?:twee|drie|vier)tal|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig`

// A plural noun: in -en, -s or -'s, in -ën (`categorieën`, `ideeën`), or a Latin plural (`criteria`, `wijkcentra`, `musea`).
export const PLURAL = String.raw`[\p{L}-]+(?:en|ën|s|['’]s)|[\p{L}-]*(?:centra|criteria|musea|media|gremia|curricula)`

/**
 * A count and a plural noun, with up to two words between (`zes concrete maatregelen`): groups
 * count, between, noun. A word between is no count itself: in `Tabel 2 heeft drie kolommen` the
 * count of the noun is `drie`, the `2` a label.
 */
export const CLAIM = new RegExp(String.raw`(?<![\p{L}\d.,])(${COUNT})[ \t]+((?:(?!(?:${COUNT})[ \t])[\p{L}-]+[ \t]+){0,2}?)(${PLURAL})(?![\p{L}])`, 'giu')

// Auxiliaries and modals: a word in -en after one (or after `te`) is an infinitive or participle of
// the clause's verb (`kunnen worden ingezet`, `zullen starten`), no noun the list could be of.
const AUXILIARY = /^(?:kunnen|kan|zullen|zal|moeten|moet|mogen|mag|willen|wil|worden|wordt|werden|gaan|gaat|blijven|blijft|laten|hebben|heeft|te)$/iu
// Adverbs and particles in -en or -s (`werken met vier partners samen:`).
const ADVERB = /^(?:samen|tegen|binnen|buiten|open|even|boven|beneden|voren|bovendien|intussen|inmiddels|steeds|telkens|vaak)$/iu

// A finite auxiliary or modal before the count in its clause (`Ouders kunnen op vier manieren …`,
// `De gemeente heeft in 2025 drie …`): Dutch puts the rest of the verb at the clause's end.
const FINITE = /^(?:kunnen|kan|kon|konden|zullen|zal|zou|zouden|moeten|moet|moest|moesten|mogen|mag|mocht|mochten|willen|wil|wilde|wilden|gaan|gaat|ging|gingen|hebben|heeft|had|hadden|worden|wordt|werd|werden|zijn|is|was|waren|blijven|blijft|laten|laat)$/iu

/**
 * Whether the clause before a count holds a finite auxiliary or modal, so its last word in -en
 * is an infinitive or participle (`kunnen op vier manieren steun aanvragen:`).
 *
 * @param lead The words of the sentence before the count.
 * @returns Whether it does.
 */
export const verbFinal = (lead: string[]): boolean => lead.slice(lead.findLastIndex((w) => /,$/u.test(w)) + 1).some((w) => FINITE.test(w))

/**
 * Whether the word at `i` of the words after a count is part of the clause's verb or an adverb,
 * not a noun: Dutch plural verbs, infinitives and many adverbs end in -en too.
 *
 * @param words The words after the count's noun.
 * @param i The index of a word in -en or -s.
 * @returns Whether it is verbal or adverbial.
 */
export function verbal(words: string[], i: number): boolean {
  const word = words[i] ?? ''
  return AUXILIARY.test(word) || ADVERB.test(word) || AUXILIARY.test(words[i - 1] ?? '')
}

/**
 * Whether the word at `i` closes a clause whose auxiliary or modal stands before the count
 * (`mogen op twee manieren korting vragen:`): it is the clause's verb, unless an
 * article right before it makes it a noun. (A word in -e before it is no sign of a noun here:
 * `bijdrage krijgen`.)
 *
 * @param words The words after the count's noun.
 * @param i The index of a word in -en or -s.
 * @param final Whether the clause before the count holds an auxiliary or modal (`verbFinal`).
 * @returns Whether it is the clause's closing verb.
 */
export const closingVerb = (words: string[], i: number, final: boolean): boolean => final && i === words.length - 1 && !DETERMINER.test(words[i - 1] ?? '')

// An article or an adjective in -en (`een eigen`, `de gouden`) stands before a noun; it is none itself.
const NO_NOUN = /^(?:eigen|gouden|houten|stenen|open|verschillende)$/iu

/**
 * Whether a word in -en is an article or a known adjective, which a count's trailing words may
 * hold without another noun (`via zes regelingen met een eigen budget:`).
 *
 * @param word A word after the count's noun.
 * @returns Whether it can be no noun.
 */
export const notNoun = (word: string): boolean => DETERMINER.test(word) || NO_NOUN.test(word)

// A relative clause after the noun's words that runs to the colon: `, die allebei goed bereikbaar zijn:`.
// Not one with a count per item (`die elk …`) or one that ends on a preposition whose object the list is (`waar we mee werken aan:`).
// A restrictive clause has no comma (`de drie partners die het akkoord tekenden:`): it then follows the noun at once.
const RELATIVE_TO_COLON = /(?:,[ \t]*|^[ \t]+)(?:die|dat|waar(?!van)\p{Ll}*)[ \t](?![^,:;.!?]*\b(?:elk|elke|ieder|iedere|per|volgende)\b)[^,:;.!?]*?(?<!\b(?:met|aan|voor|over|bij|naar|van|tot|om|tegen|via))(?=[ \t]*:)/iu

/**
 * The words after a count with a relative clause before the colon taken out, so the list after
 * the colon reads as the count's: `twee locaties aangewezen, die allebei goed bereikbaar zijn: de
 * Markt, …` reads as `twee locaties aangewezen: de Markt, …`.
 *
 * @param rest The text after the count and its noun.
 * @returns The text without that clause (or as it was).
 */
export function withoutRelative(rest: string): string {
  const m = RELATIVE_TO_COLON.exec(rest)
  // Only within the claim's own sentence.
  return m && !/[.!?;:]/u.test(rest.slice(0, m.index)) ? rest.slice(0, m.index) + rest.slice(m.index + m[0].length) : rest
}

const STARTS_WITH_COUNT = new RegExp(String.raw`^(?:${COUNT})(?![\p{L}\d])`, 'iu')

/**
 * A Markdown source with the emphasis around counts and footnote marks blanked (`We onderscheiden **drie**
 * doelgroepen:`, `De **vijf pijlers**`), the same length so offsets still hold.
 *
 * @param markdown The source.
 * @returns The source with those marks as spaces.
 */
// A footnote mark after a word (`maatregelen[^1]:`) is no word either.
export const countsUnemphasised = (markdown: string): string => blankFootnoteMarks(withoutEmphasis(markdown, (inner) => STARTS_WITH_COUNT.test(inner)))

// Counts of time, money and units are no list sizes.
const UNIT = /^(?:jaar|jaren|maanden|weken|dagen|uren|uur|keer|maal|procent|euro|miljoen|miljard|kwartalen|eeuwen|minuten|kilometers|meters|inwoners|personen|mensen|deelnemers|huishoudens|woningen|kinderen|jongeren|ouderen|vrijwilligers)$/iu

// Prepositions whose phrase describes the claim's noun (`drie plekken voor jongeren`), not a list of its own.
// `boven`, `onder`, `buiten` and `naast` head a phrase too (`drie plekken waar we onder de bomen bankjes zetten:`).
// A word after `naar`, `aan` or `tot` is in an adverbial phrase (`komen zes wensen naar voren:`), no noun of its own.
const MODIFYING = /^(?:voor|van|in|op|uit|binnen|buiten|boven|onder|naast|rond|rondom|over|bij|naar|aan|tot|tussen|langs|zonder)$/iu

/** The count a word or digits say, two to thirty (`een` is an article, no count). */
export const countOf = (word: string): number | undefined => {
  const n = /^een$/i.test(word) ? undefined : /^beide$/i.test(word) ? 2 : parseNumberWord(word.replace(/^(twee|drie|vier)tal$/iu, '$1'))
  return n !== undefined && n >= 2 && n <= 30 ? n : undefined
}

// A count of time, money and units (`vier jaar`, `zes woningen`): no list size.
export function unitClaim(m: RegExpMatchArray): boolean {
  return [m[3] ?? '', ...(m[2] ?? '').trim().split(/\s+/)].some((w) => UNIT.test(w))
}

// An adjective before a noun (`nieuwe`, `extra`, `eigen`); not the short words in -e that are none (`te werken`, `we nemen`).
const ADJECTIVE = /^(?:\p{L}{2,}e|extra|eigen|meer|veel|weinig)$/iu
const NO_ADJECTIVE = /^(?:te|we|ze|je|me|die|deze|mee|twee|drie|ook)$/iu

// Whether the word at `i` stands where a noun does: after a determiner or an adjective.
export function nounPlace(words: string[], i: number): boolean {
  const before = words[i - 1] ?? ''
  return DETERMINER.test(before) || (ADJECTIVE.test(before) && !NO_ADJECTIVE.test(before))
}

// Whether the word at `i` follows a preposition, with at most a determiner or an adjective between.
export function afterPreposition(words: string[], i: number): boolean {
  return words.slice(Math.max(0, i - 3), i).some((w) => MODIFYING.test(w))
}
