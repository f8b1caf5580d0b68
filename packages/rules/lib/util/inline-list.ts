import { parseNumberWord } from '@kapstok/nl'

/**
 * Inline enumerations in a sentence: "zes maatregelen: schuldhulp, vroegsignalering en een
 * inloopspreekuur.", "drie wijken (Noord, Oost en Zuid)" or "zes partners, namelijk …". Items
 * are separated by commas and a final `en` / `of`.
 */

/** How many items an inline enumeration has: one number, or a range when an item may hold `en`. */
export interface InlineCount {
  /** The fewest items under any reading ("zorg en welzijn" as one item). */
  min: number
  /** The most items under any reading ("zorg en welzijn" as two). */
  max: number
  /** For items with counts of their own: the largest of those counts. */
  largest?: number
}

// A part of the list: the count then says nothing about its length (also after the count: `vijf partners, onder meer:`).
// `vooral`, `voornamelijk`: the items are where most are, not all of them.
export const PARTIAL = /\b(?:onder\s+(?:meer|andere)|vooral|voornamelijk|hoofdzakelijk|merendeels|veelal|o\.a\.|bijvoorbeeld|zoals|waaronder|enzovoort|etc\.?|e\.d\.|en\s+dergelijke|en\s+meer|en\s+zo\s+verder)\b|…|\.\.\./iu
// A clause after the colon ("drie doelen: we willen dat …") or a remark in brackets ("samen
// 4.000 woningen", "zie bijlage"): no enumeration of the items.
const CLAUSE = /\b(?:we|wij|zij|ze|ik|u|hij|dat|die|is|zijn|wordt|worden|moet|moeten|kan|kunnen|wil|willen|gaat|gaan|heeft|hebben|zal|zullen|waarvan|zie|samen|totaal|circa|ongeveer|ca)\b/iu
// What opens the items: a colon, a dash, `namelijk` / `te weten` (up to the end of the sentence), or a bracket.
const OPENED = /^[ \t]*(?:(?::|[ \t]+[–—][ \t]+|,?[ \t]+(?:namelijk|te\s+weten):?)[ \t]*((?:[^.;:!?()\n]|\([^()\n]*\))+?)[ \t]*(?:[.;!?](?:\s|$)|$)|\(([^()\n]+)\))/u
// A clause that names the source after the last item (`…, zo blijkt uit de evaluatie`, `, aldus de GGD`).
const ATTRIBUTION = /,[ \t]+(?:zo[ \t]+)?(?:blijkt|bleek|staat|stond|meldt|meldde|melden|schrijft|schreef|concludeert|aldus|volgens)\b[^]*$/iu
const LATER_CAPITAL = /(?<=\S[ \t]+)\p{Lu}[\p{L}-]*/gu
// `alsmede`, `alsook` and `evenals` join the last item like `en` (`A, B alsmede C`). After a word
// cut off by a hyphen (`de sport- en cultuurraad`, `natuur- of milieuclubs`) `en` joins two halves
// of one compound: one item, not two.
const CONJUNCTION = /(?<!-)\s+(?:en|of|en\/of|alsmede|alsook|evenals)\s+/giu
// An item is a short name or phrase; a longer stretch is a clause, not an item.
const MAX_WORDS = 6

/**
 * The items of an inline enumeration that starts right at `text[0]`: after a colon or
 * `namelijk` / `te weten` (up to the end of the sentence) or in brackets. Undefined when there
 * is none, when it is only a part (`onder meer`, `zoals`, `enzovoort`), or when a piece is too
 * long to be an item.
 *
 * @param text The text right after the counted noun.
 * @returns The item count (a range when a piece with `en` may be one item or two).
 */
export function inlineEnumeration(text: string): InlineCount | undefined {
  // An item may carry its own remark in brackets (`de Adviesraad (AR), de Jeugdraad en …`): the
  // list runs on past it, and the remark is dropped before the items are counted.
  const m = OPENED.exec(text)
  // A dash opens the items as a colon does, up to the end of the sentence (a second dash closes an
  // apposition, read elsewhere); a source or attribution after the last item is no item.
  const body = (m?.[1]?.replace(/[ \t]*\([^()]*\)/gu, '') ?? m?.[2])?.replace(ATTRIBUTION, '')
  // A capitalised word after the first is part of a name (`Samen Sporten`, `Wij Doen Mee`), no clause word.
  if (body === undefined || /[–—]/u.test(body) || PARTIAL.test(body) || CLAUSE.test(body.replace(LATER_CAPITAL, ''))) return undefined
  const pieces = body.split(/,\s+/u).map((p) => p.trim())
  // A serial comma (`sport en spel, cultuur, en natuur`): the commas separate the items.
  if (pieces.length >= 3 && /^(?:en|of)\s/iu.test(pieces.at(-1) ?? '') && !/\d/.test(body)) return { min: pieces.length, max: pieces.length }
  const joined = pieces.flatMap((p) => p.split(CONJUNCTION))
  // Amounts and figures are remarks about the items; years may be the items themselves.
  if (/\d/.test(body) && !joined.every((p) => /^\d{4}$/.test(p))) return undefined
  // The last piece after a comma holds the last two items (`…, een avond over digitale zaken en een
  // cursus voor mantelzorgers in drie kernen`): each of them is measured.
  const long = (piece: string): boolean => piece.split(/\s+/u).length > MAX_WORDS * 2
  const tooLong = (piece: string, p: number): boolean => {
    const halves = piece.split(CONJUNCTION)
    return p > 0 && p === pieces.length - 1 && halves.length === 2 ? halves.some(long) : long(piece)
  }
  if (pieces.some((p, k) => p === '' || tooLong(p, k))) return undefined
  // Names of more than one word may hold `en` themselves (`Stichting Welzijn en Zorg`); a
  // list of one-word names ("Noord, Oost en Zuid") does not.
  const names = joined.some((part) => part.trim().split(/\s+/u).length > 1)
  // Items in sentence case (`Gezond en wel thuis, Actieve buurten`): a lower-case word after
  // `en` continues an item, a new item would start with a capital like the others.
  const sentenceCase = pieces.length > 1 && pieces.every((p) => /^\p{Lu}/u.test(p))
  let min = 0
  let max = 0
  pieces.forEach((piece, p) => {
    const parts = piece.split(CONJUNCTION)
    const joins = parts.length - 1
    // The one join of the last piece after a comma closes the list ("A, B en C"): it separates.
    const closing = p > 0 && p === pieces.length - 1 && joins === 1
    // Joins between lower-case words ("zorg en welzijn") may make one item, and so may joins
    // between capitals inside longer names; other joins separate.
    const loose = closing ? 0 : parts.slice(0, -1).filter((left, k) => mayJoin(lastWord(left), parts[k + 1] ?? '', names, sentenceCase)).length
    max += joins + 1
    min += 1 + joins - loose
  })
  // An item may end in a phrase of its own (`een wandelroute met bankjes langs de rivier`): its
  // length is that of the words before the first preposition.
  const words = joined.map(headLength)
  if (max < 2 || words.some((w) => w > MAX_WORDS)) return undefined
  return { min, max }
}

// A name: a capital, after an optional article (`De Vlinder`, `het Oranjefonds`), a few words, no figures.
const NAME = /^(?:(?:de|het)\s+)?\p{Lu}[^\d]*$/u

// Names in brackets after a short phrase of one place or body: see appositiveNames.
const BRACKETED_AFTER_PHRASE = /^[ \t]+(?:in|van|uit|binnen|bij|op|rond)[ \t]+(?:(?:de|het)[ \t]+)?(?:\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)?|\p{Ll}[\p{L}-]*(?<!en|s))[ \t]*\(([^()\n]+)\)/u

/**
 * Names in apposition between commas, right after the counted noun and an optional short phrase:
 * "drie kernen, Noord, Oost en Zuid, zijn …", "twee fondsen in de regio, A en B, dragen bij", and
 * in brackets after a phrase of one place: "de vijf kernen van Ommerdal (A, B, C en D)".
 * The names run to the piece with `en` / `of`; every piece must be a name.
 *
 * @param text The text right after the counted noun.
 * @returns The number of names, or undefined when there is no such apposition.
 */
export function appositiveNames(text: string): InlineCount | undefined {
  // A relative clause may stand there too (`de vier wijken die het zwaarst getroffen werden, A, B en C, …`).
  const m = /^(?:[ \t]+(?:in|van|uit|binnen|bij|op|rond)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]+|[ \t]+(?:die|dat|waar)(?:[ \t]+[\p{L}-]+){1,8})?[ \t]*,([^.;:!?()\n]+)/u.exec(text)
  // `vier avonden in de dorpen Aaldorp, Beekveld en Crommert`: a name before the comma is the list's first item,
  // so the list names the phrase's noun (`dorpen`), not the counted one.
  const nameBefore = m !== null && /\p{Lu}[\p{L}-]*[ \t]*$/u.test(text.slice(0, m[0].length - (m[1] ?? '').length - 1))
  // Or the names follow the noun without a comma (`de drie kernen Aaldorp, Beekveld en Crommert krijgen …`): then
  // at least three, so one name after the noun (`de twee scholen De Linde en …`) is not read as a list.
  const direct = m ? null : /^[ \t]+(\p{Lu}[^.;:!?()\n,]*,[^.;:!?()\n]+)/u.exec(text)
  // Or in brackets after a phrase of one place or body (`de vijf kernen van Ommerdal (A, B, C en D)`,
  // `de drie scholen in het buitengebied (…)`): not after a plural (`in de dorpen (…)` lists the dorpen).
  const bracketed = m || direct ? null : BRACKETED_AFTER_PHRASE.exec(text)
  const body = m && !nameBefore ? m[1] : (direct?.[1] ?? bracketed?.[1])
  if (body === undefined) return undefined
  const pieces = body.split(',').map((p) => p.trim())
  const last = pieces.findIndex((p) => /\s(?:en|of)\s/iu.test(p))
  if (last < 0 || (direct && last < 1)) return undefined
  const names = [...pieces.slice(0, last), ...(pieces[last] ?? '').split(CONJUNCTION)]
  if (names.length < 2 || names.length > last + 2 || !names.every((name) => NAME.test(name.trim()) && name.trim().split(/\s+/u).length <= MAX_WORDS)) return undefined
  return { min: names.length, max: names.length }
}

function mayJoin(left: string, right: string, names: boolean, sentenceCase: boolean): boolean {
  if (/^\p{Ll}/u.test(right.trim()) && (sentenceCase || /^\p{Ll}/u.test(left))) return true
  return names && /^\p{Lu}/u.test(left) && /^\p{Lu}/u.test(right.trim())
}

function lastWord(text: string): string {
  return text.trim().split(/\s+/u).at(-1) ?? ''
}

export const PREPOSITION = /^(?:met|van|voor|in|op|bij|uit|langs|naar|aan|over|rond|tussen|onder|binnen|buiten|tot|zonder|via|door|tegen|om|achter|naast)$/iu

// The words of an item up to its first preposition (not the first word itself).
function headLength(item: string): number {
  const words = item.trim().split(/\s+/u)
  const k = words.findIndex((w, i) => i > 0 && PREPOSITION.test(w))
  return k < 0 ? words.length : k
}

// An item that opens with a count of its own: `zes boa's`, `een coördinator`, `3 handhavers`.
const COUNTED = /^(?:(\d{1,4}|\p{L}+)[ \t]+)(?!procent\b|%|euro\b)\p{L}/u

/**
 * The sum of an inline enumeration whose items each open with a count (`elf mensen: zes boa's,
 * drie handhavers en een coördinator`): the items split the counted whole, so their counts add
 * up to it; counting the items themselves would say three. Undefined when an item has no count,
 * or the list is only a part.
 *
 * @param text The text right after the counted noun.
 * @returns The sum, as a count of one reading.
 */
export function countedParts(text: string): InlineCount | undefined {
  const body = /^[ \t]*(?::|,?[ \t]+(?:namelijk|te\s+weten):?)[ \t]*([^.;:!?\n]+?)[ \t]*(?:[.;!?](?:\s|$)|$)/u.exec(text)?.[1]
  if (body === undefined || PARTIAL.test(body) || /€|%/u.test(body)) return undefined
  // A remark in brackets (`zes boa's (vier voltijds)`) splits an item again; it adds nothing.
  const countOf = (piece: string): number | undefined => {
    const word = COUNTED.exec(piece.trim())?.[1]
    return word === undefined ? undefined : parseNumberWord(word)
  }
  // Commas split the items; an `en` only where a count follows it: in `twee met leraren en mentoren` the
  // words after `en` belong to the item before (its members), they are no item without a count.
  const counts: Array<number | undefined> = []
  for (const piece of body.replace(/\s*\([^()]*\)/gu, '').split(/,\s+(?:en\s+)?/u)) {
    const [first = '', ...rest] = piece.split(/\s+(?:en|plus)\s+/u)
    counts.push(countOf(first), ...rest.map(countOf).filter((n) => n !== undefined))
  }
  if (counts.length < 2 || counts.some((n) => n === undefined)) return undefined
  // `een` alone may be an article (`een vrijwilliger en een stagiair`): a count only beside other counts.
  if (counts.every((n) => n === 1)) return undefined
  const sum = counts.reduce<number>((a, n) => a + (n ?? 0), 0)
  return { min: sum, max: sum, largest: Math.max(...counts.map((n) => n ?? 0)) }
}
