/**
 * A share in a sentence that only points back to the numbers of the sentence before: "Van de 300
 * fietsen waren er 45 gestolen. Dat is ruim een derde van het totaal." The pointer opens the
 * sentence in many everyday forms (`Dat is`, `Dit komt neer op`, `Het gaat om`, `Daarmee is`,
 * `Dat betekent dat`, `Oftewel`, in brackets too), or the sentence says `dus` after the share
 * ("…; twee op de drie fietsers rijdt dus elektrisch"); the whole may be named again by a word
 * for everything (`het totaal`, `de groep`, `ons areaal`, `de totale omvang`) or by the noun of
 * the part's whole. Used by `share-claims`.
 */

import { parseNumberWord } from '@kapstok/nl'
import { ASIDE, SIZE_VERB } from './share-asides.js'
import { isWholeNoun, ofEverything } from './share-totals.js'

// The words that open a pointing sentence: a pronoun or a noun for the numbers and a verb (`Dat is`, `Dit komt
// neer op`, `Dat betekent dat`, `Het verschil bedraagt`), `Het gaat om`, `Daarmee` with its verb (`Daarmee is`,
// `Daarmee kreeg`), or a word that restates (`Oftewel`, `Kortom`); a bracket may open it (`(Dat is …)`).
// A pronoun for the one part just given takes a verb of size too: `Dit vormt`, `Dat beslaat`, `Dit betrof`, `Het ging om`.
// A pronoun for the part may open it too: `Zij vormen`, `Ze zijn goed voor`, `Die maken`. A neuter noun only when it
// names the outcome of the numbers (`het verlies`, `het verschil`): `het doel is 25 procent` names a target instead.
// A noun for a target or a norm (`De ambitie is 30 procent`): its share is no share of the numbers before.
const TARGET = String.raw`(?:ambitie|norm|doelstelling|streefwaarde|streefcijfer|verwachting|prognose|eis|grens|wens|gemiddelde)`
const OPENER = String.raw`(?:(?:dat|dit|het|de\s+(?!${TARGET}\b)[\p{L}-]+|het\s+(?:verlies|verschil|deel|aandeel|tekort|overschot|resultaat))\s+(?:is|was|zijn|waren|betekent|komt\s+neer\s+op|${SIZE_VERB})(?:\s+dat)?|het\s+(?:gaat|ging)\s+om|(?:daar|hier)mee\s+\p{L}+(?:\s+(?:er|nu|al))?|(?:zij|ze|die)\s+(?:vormen|vormden|maken|maakten|zijn\s+goed\s+voor|waren\s+goed\s+voor)|of(?:te)?wel|kortom)`
// The time the numbers span, said before the change: `in vier jaar tijd een groei van`, `over die periode`,
// `sinds 2018`, `in de afgelopen drie jaar`; it names no other number.
const SPAN_OF_TIME = String.raw`(?:(?:in|over|binnen|na)\s+(?:(?:die|deze|de|dezelfde|ruim|bijna|nog\s+geen|(?:af|ver)gelopen|laatste)\s+)*(?:\p{L}+\s+)?(?:jaar|jaren|periode|tijd)(?:\s+tijd)?|sinds\s+(?:19|20)\d{2})`
/**
 * What may stand before a percentage in the sentence after its numbers: "Dat is een daling van",
 * "Een stijging met", "Het gaat om", "Daarmee kreeg"; a definite article names the change just
 * given too ("…; de groei van").
 */
export const BRIDGE = new RegExp(
  String.raw`^\s*\(?\s*(?:${OPENER}[,:]?\s+)?(?:${SPAN_OF_TIME},?\s+)?(?:(?:een|dus|de|die|deze)\s+)?(?:(?:stijging|toename|daling|afname|groei|krimp|verschil|vermindering|vermeerdering)\s+(?:is\s+)?(?:van|met)\s+)?$`,
  'iu'
)
// `… huurders verhuist dus binnen een jaar`: a share that opens its sentence and says it follows from the one before.
const FOLLOWS = /\b(?:dus|daarmee|hiermee)\b/iu

/**
 * Whether the words around a share in a sentence without numbers of its own only point back to the
 * sentence before: a pointer before it, or nothing before it and `dus` after it.
 *
 * @param before The sentence up to the share.
 * @param after The sentence after the share.
 * @returns Whether the share is said of the numbers just before.
 */
export function pointsBack(before: string, after: string): boolean {
  return (BRIDGE.test(before) && (before.trim() !== '' || FOLLOWS.test(after))) || (WITH.test(before) && NAMES_SHARE.test(after)) || (REST_OPENS.test(before) && !OF_OTHER.test(after))
}
// `Van de 610 deden er 96 mee; de overige 84 procent niet.`: what is left of the part just given (share-left-rests reads it as the rest).
// A rest of a whole the share names (`de overige 30 procent van het budget`) may be of another whole.
const OF_OTHER = /^\s+van\s/iu
const REST_OPENS = /^\s*(?:en\s+)?(?:de|het)\s+(?:overige|resterende|overblijvende|overgebleven)\s+$/iu
// `…; met bijna 25 procent is het aandeel hoger dan gedacht`, `Met een derde is dat aandeel …`: the share of the
// numbers just given, as the subject names it (`het aandeel`, `dat deel`) right after its verb.
const WITH = /^\s*(?:en\s+)?met\s+$/iu
const NAMES_SHARE = /^\s+(?:ligt|is|zit|komt|blijft|was|lag)\s+(?:het|dat|dit)\s+(?:aandeel|deel)\b/iu

/**
 * The reading of a share that opens its sentence and follows from a part just before (`Van de 80
 * kwamen er 56 op tijd; drie op de tien kwamen dus te laat`): it may say the rest of the whole.
 *
 * @param part The part of the sentence before.
 * @param judge Whether a percentage fits the share as written.
 * @returns The part, or its rest when only the rest fits.
 */
export function partOrRest<T extends { actual: number; basis: string }>(part: T, judge: (actual: number) => boolean): T {
  const rest = 100 - part.actual
  return !judge(part.actual) && judge(rest) ? { ...part, actual: rest, basis: `de rest van ${part.basis}` } : part
}

// An age bound (`jonger dan 25`) qualifies the part; like an aside (`in 2025`, `65 jaar`) it is no other number.
const QUALIFYING = new RegExp(String.raw`\b(?:ouder|jonger)\s+dan\s+\d+|${ASIDE}`, 'giu')

/**
 * Whether the text between a part and a pointing share holds no other number than an aside.
 *
 * @param between The text after the part up to the pointing sentence.
 * @param numbersOf Reads the numbers of a text that are no years or days.
 * @returns Whether no other count stands between.
 */
export const nothingBetween = (between: string, numbersOf: (text: string) => string[]): boolean => numbersOf(between.replace(QUALIFYING, ' ')).length === 0

/**
 * Whether the words after a pointing share name the whole of the part just before: everything
 * (`van alle bomen.`, `van de hele groep`, `van het totaal`, `van deze groep`), or the noun of the
 * part's whole or its head (`van alle palen` after `van de 2.400 lantaarnpalen`).
 *
 * @param after The sentence after the share.
 * @param partNoun The words after the part's whole (`lantaarnpalen staan`), if known.
 * @param sameNoun Whether a noun is one of the words or the head of one.
 * @returns Whether the share is of that whole.
 */
export function namesPartWhole(after: string, partNoun: string, sameNoun: (words: string, noun: string) => boolean): boolean {
  const of = /^\s+van\s+(?:de|het|alle|onze|ons|deze|die|dit|dat)\s+([\p{L}-]+)/iu.exec(after)
  const noun = of?.[1] ?? ''
  // The part's noun names its whole only when nothing narrows it (`van de hokjes in het centrum` is another group).
  const closed = of !== null && /^\s*(?:[.;,)]|$)/u.test(after.slice(of[0].length))
  return OF_ALL.test(after) || ofEverything(after) || (isWholeNoun(noun) && !wholeElsewhere(after)) || (closed && sameNoun(partNoun, noun))
}
/**
 * Whether a share's whole word is of a wider place or owner (`van de huurvoorraad in de regio`,
 * `van het totaal van de provincie`): then it is not the whole the numbers give.
 *
 * @param after The sentence after the share.
 * @returns Whether a phrase with `in de`, `van het` … follows the whole's word.
 */
export const wholeElsewhere = (after: string): boolean => /^\s+van\s+(?:de|het|alle|onze|ons)\s+[\p{L}-]+\s+(?:in|van|uit|buiten|binnen)\s+(?:de|het)\s/iu.test(after)

// `van alle deelnemers.`, `van de invullers.`: a group with nothing that narrows it (`van de leden uit Oost`).
const OF_ALL = /^\s+van\s+(?:alle|de)\s+[\p{L}-]+\s*(?:[.;,)]|$)/iu

/**
 * Whether a share's whole (`van de beklede dijken`, `van de gekeurde toestellen`) says again in
 * other words what the sentence of the whole said (`… is bekleed met steen`, `… toestellen gekeurd`): a
 * word of five letters or more of its two words shares its first five letters with a word there, and
 * nothing narrows the phrase after them.
 *
 * @param after The sentence after the share.
 * @param wholeText The sentence that gave the whole.
 * @returns Whether the share is of that whole.
 */
export function echoesWhole(after: string, wholeText: string): boolean {
  const of = /^\s+van\s+(?:de|het|onze|ons|deze|dit|dat)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?\s*(?:[.;,)]|$)/iu.exec(after)
  if (!of || wholeText === '') return false
  const stems = (wholeText.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 5))
  return [of[1], of[2]].some((w) => w !== undefined && w.length >= 5 && stems.includes(w.toLowerCase().slice(0, 5)))
}

/**
 * The text of the sentence before that may hold the one part of a pointing share (`Negen gemalen
 * staan in klasse 3 of 4.` before `Het gaat om ruim 7 procent van ons areaal.`): without its asides and labels.
 *
 * @param previous The sentence before.
 * @returns The sentence with its asides blanked.
 */
export const partSentence = (previous: string): string =>
  previous
    .replace(COUNT_WORD, (word: string) => {
      // `Negen gemalen`, `elf viaducten`: a count in a word before its noun reads as digits (`een` stays the article).
      const value = /^(?:een|één)$/iu.test(word) ? undefined : parseNumberWord(word)
      return value === undefined || value < 2 ? word : String(value)
    })
    .replace(QUALIFYING, ' ')
// A word right before a noun in lower case: maybe a count (`Twaalf sluizen`).
const COUNT_WORD = /(?<![\p{L}\d])\p{L}+(?=\s+\p{Ll})/gu

/**
 * The noun a share is said of (`van het totaal`, `van alle leden`): the first word after `van de`, or
 * the noun after an adjective that restates a verb of the sentences before (`van de bezochte scholen`
 * after `Het team bezocht 40 scholen`): that group is the one just counted, not a narrower one.
 *
 * @param after The sentence after the share.
 * @param before The sentences before, where such a verb may stand.
 * @returns The noun, or `''` when the share names none.
 */
export function shareNoun(after: string, before: string): string {
  const of = /^\s+van\s+(?:de|het|alle|onze)\s+([\p{L}-]+)(?:\s+(\p{Ll}[\p{L}-]*))?/iu.exec(after)
  const [first = '', second] = [of?.[1], of?.[2]]
  const stem = first.toLowerCase().replace(/^ge/u, '').replace(/e$/u, '')
  return second !== undefined && /e$/iu.test(first) && stem.length >= 4 && before.toLowerCase().includes(stem) ? second : first
}
