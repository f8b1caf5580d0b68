/**
 * Lists after a count whose noun is the subject of its clause, with words between the noun and
 * the colon: an object (`tekenen vier partners het akkoord: …`), a passive participle (`zijn vijf
 * wijken onderzocht: …`), only a verb (`Vier organisaties doen mee: …`), or the list in the next
 * sentence that points back (`… Dat zijn de GGD, …`). Only lists of names, or of things with their
 * article, count: those are what such a count names. Used by `list-claims`.
 */
import { parseNumberWord } from '@kapstok/nl'
import { inlineEnumeration, type InlineCount } from './inline-list.js'

// A preposition: a noun after one belongs to a phrase about the claim (`drie plekken voor jongeren`);
// one that ends the sentence takes the list as its object (`Vier scholen doen mee met:`); one
// that opens it puts the count in a circumstance (`In twaalf wijken werken we aan:`).
export const PREPOSITION = /^(?:voor|van|met|in|op|bij|uit|over|naar|tot|om|tegen|via|binnen|rond|tijdens|gedurende|sinds|vanuit|na|aan)$/iu
// An article or determiner before a noun.
export const DETERMINER = /^(?:de|het|een|deze|die|onze|alle|elk|elke|ieder|iedere)$/iu

// A count as the subject with a short object before the colon (`tekenen vier partners het
// akkoord: …`): the list may be of the object, so only a list of names (which a count of
// partners, fondsen or scholen names, and one thing like `het akkoord` does not) counts.
const OBJECT = /^[ \t]+(?:\p{Ll}+[ \t]+)?(?:de|het|dit|deze|ons|onze|hun)[ \t]+(?:[\p{L}-]+[ \t]+)?[\p{L}-]+(?<!en|s)(?=[ \t]*:)/u
export function namesAfterObject(rest: string): InlineCount | undefined {
  const object = OBJECT.exec(rest)
  if (!object) return undefined
  return names(rest.slice(object[0].length))
}

// A number word, but not `een`/`één` (an article as often as a count).
const countWord = (w: string): boolean => !/^(?:een|één)$/iu.test(w) && parseNumberWord(w) !== undefined

/**
 * The items after a colon, when each is a name (has a capital); or, with `things`, also a
 * thing with its article (`de steenuil en de das`).
 *
 * @param after The text from the colon on.
 * @param things Whether a thing with its article counts as an item too.
 * @returns The count of the items, or undefined.
 */
export function names(after: string, things = false, indefinite = false): InlineCount | undefined {
  const body = /^[ \t]*:[ \t]*([^.;:!?()\n]+)/u.exec(after)?.[1] ?? ''
  const parts = body.split(/,\s+|\s+(?:en|of)\s+/u)
  const thing = indefinite ? ANY_ARTICLE : DEFINITE
  if (parts.length < 2 || !parts.every((part) => /\p{Lu}/u.test(part) || (things && thing.test(part)))) return undefined
  // A part that counts the rest (`de resterende zeven`, `nog drie`) sums the list up: it names no single member.
  // A count in a phrase of the item (`een avond op vier scholen`) says where or how big the item is.
  if (parts.some((part) => part.trim().split(/\s+/u).some((w, i, ws) => countWord(w) && !PREPOSITION.test(ws[i - 1] ?? '')))) return undefined
  return inlineEnumeration(after)
}
const DEFINITE = /^\s*(?:de|het)\s+\p{L}/iu
const ANY_ARTICLE = /^\s*(?:de|het|een)\s+\p{L}/iu

// The words before a count that opens its sentence: nothing, or an article.
export const OPENS_SENTENCE = /(?:^|[.!?]\s+)(?:de|het|onze|deze)?\s*$/iu

// A count as the subject that opens its sentence, then only its verb (`Vier organisaties doen
// mee: …`, `Drie zaken vallen op: …`): the list after the colon is of the count's noun when its
// items are names or things with their article.
// The verb may take a bare object of one word, a mass noun without article (`Drie fondsen geven
// geld: …`, `Vier clubs bieden ruimte: …`): that object has no members, so the names are still the subject's.
const VERB_ONLY = /^[ \t]+(\p{Ll}+)(?:[ \t]+(?:mee|aan|op|uit|in|toe|af|door|samen|voorop|centraal|eruit|erbij|eraan|erin)|[ \t]+(\p{Ll}{3,}))?(?=[ \t]*:)/u
export function namesAfterVerb(lead: string, rest: string): InlineCount | undefined {
  const verb = OPENS_SENTENCE.test(lead) ? VERB_ONLY.exec(rest) : null
  const object = verb?.[2] ?? ''
  if (!verb || PREPOSITION.test(verb[1] ?? '') || DETERMINER.test(verb[1] ?? '')) return undefined
  // A bare object must be no article, preposition or plural (`leveren diensten:` may list the diensten).
  if (object !== '' && (PREPOSITION.test(object) || DETERMINER.test(object) || /(?:en|[^t]s)$/u.test(object))) return undefined
  return names(rest.slice(verb[0].length), true)
}

// A sentence opening that points back at what the sentence before it counted and names its
// members: `Dat zijn …`, `Dit waren …`, and the impersonal forms `Het gaat om …`, `Het betreft …`.
export const POINTING_OPENING = String.raw`(?:(?:dat|dit|die|deze|het)[ \t]+(?:zijn|waren|betreft|betroffen|betreffen)|het[ \t]+(?:gaat|ging)[ \t]+(?:hier[ \t]+)?om)`
// The list in the next sentence, which points back (`Zeven partners tekenden het convenant. Dat
// zijn de GGD, …`): the count must open its own sentence, so it is what `dat` points at.
const POINTED_LIST = new RegExp(String.raw`^[^.!?:\n]*[.!?][ \t]+${POINTING_OPENING}[ \t]*:?[ \t]*`, 'iu')
export function namesNextSentence(lead: string, rest: string): InlineCount | undefined {
  const pointer = OPENS_SENTENCE.test(lead) ? POINTED_LIST.exec(rest) : null
  // The list names the things themselves (`de GGD, …`), not a kind of them (`gezinnen uit Noord en Zuid`).
  const body = rest.slice(pointer?.[0].length ?? 0)
  if (!pointer || !/^(?:de|het)[ \t]|^\p{Lu}/u.test(body)) return undefined
  return names(`:${body}`, true)
}

// A count as the subject of a passive (`zijn vijf wijken nader onderzocht: …`): the participle
// ends the clause before the colon, so a list of names, or of things with their article, after
// it is of the count's noun. A phrase may stand before the participle (`zijn drie soorten uit
// het rapport gezien:`); one after it (`onderzocht op:`) takes the list as its object.
// The auxiliary may stand a few words before the count (`heeft in 2025 drie buurthuizen geopend:`),
// with a perfect tense too: the participle then closes the clause as well.
const AUXILIARY = /(?:^|\s)(?:zijn|waren|worden|werden|heeft|hebben|had|hadden)(?:[ \t]+[^\s,.:;!?]+){0,3}[ \t]+$/iu
// The phrase may be a chain of two (`met veel klachten over geluid`) and stand before or after an
// adverb (`nader`); a strong participle may carry an inseparable prefix (`bekeken`, `besproken`).
const PASSIVE = /^[ \t]+(?:\p{Ll}+[ \t]+){0,2}?((?:(?:van|uit|in|op|bij|binnen|langs|rond|met|zonder|over|voor)[ \t]+(?:[\p{L}'’-]+[ \t]+){1,4}?){1,2})?(?:\p{Ll}+[ \t]+){0,2}?(\p{Ll}*(?:ge|be|ver|ont|her|er)\p{Ll}{2,}[dt]|(?:aan|af|op|in|uit|mee|toe|vast|na|door|over|om|terug|bij)?ge(?:\p{Ll}{2,}en|(?:d|g|st)aan)|(?:be|ver|ont|her)\p{Ll}{2,}en)([ \t]+(?:voor|door|met|tot|naar|bij|in|op)(?:[ \t]+[\p{L}'’-]+){1,5})?(?=[ \t]*:)/u
// A figure or a count word other than `een` (`op drie punten`, `in 2 rondes`).
const counted = (phrase: string): boolean => phrase.split(/\s+/u).some((w) => /\d/.test(w) || countWord(w))
export function namesAfterPassive(lead: string, rest: string): InlineCount | undefined {
  const passive = AUXILIARY.test(lead) ? PASSIVE.exec(rest) : null
  // The participle closes the clause, so things with `een` are the count's too (`twee pilots gedraaid:
  // een spreekuur, een ouderavond en …`); not when the count stands in a phrase (`voor twee scholen
  // aangevraagd: een dak, …`), whose clause has the list as its object.
  const inPhrase = PREPOSITION.test(lead.trim().split(/\s+/u).filter((w) => !DETERMINER.test(w)).at(-1) ?? '')
  // A phrase after the participle (`aangepast voor mensen met een rolstoel:`) describes the count's
  // noun, unless it names a set or a count of its own (`beoordeeld op drie punten:`), whose members the list may be.
  const after = passive?.[3] ?? ''
  if (!passive || passive[0].replace(passive[1] ?? '', ' ').replace(after, ' ').trim().split(/\s+/).some((w) => PREPOSITION.test(w)) || setPhrase(passive[1] ?? '') || setPhrase(after) || counted(after)) return undefined
  return names(rest.slice(passive[0].length), true, !inPhrase)
}

// A phrase that names a definite set (`in de wijken`, `van alle scholen`): the names after the colon
// may be its members, not the count's.
const setPhrase = (phrase: string): boolean => /(?:^|\s)(?:de|alle|onze|deze|die|hun)[ \t]+(?:\p{Ll}+[ \t]+)?\p{Ll}{2,}(?:en|s)(?:\s|$)/u.test(phrase)

// A phrase after the counted noun, before the colon (`zes wijken met veel klachten: …`): the
// names or things with their article after the colon are still the noun's, unless the phrase
// names a definite set of its own.
const PHRASE = /^[ \t]+(?:met|zonder|voor|van|in|op|bij|uit|over|aan|langs|rond|binnen)[ \t]+(?:[\p{Ll}-]+[ \t]+){0,4}?[\p{Ll}-]+(?=[ \t]*:)/u
export function namesAfterPhrase(rest: string): InlineCount | undefined {
  const phrase = PHRASE.exec(rest)
  // A phrase that ends on a preposition takes the list as its object (`met aandacht voor:`).
  if (!phrase || setPhrase(phrase[0]) || PREPOSITION.test(phrase[0].trim().split(/\s+/).at(-1) ?? '')) return undefined
  return names(rest.slice(phrase[0].length), true)
}
