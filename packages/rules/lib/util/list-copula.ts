/**
 * Lists that name the members of a counted noun without a colon right after it, for
 * `list-claims`: the counted noun as the subject of `zijn` (`De vijf wijken waar we beginnen,
 * zijn A, B en C.`), or the counted noun closing its sentence with the next sentence pointing
 * back (`We kiezen drie routes. Dat zijn de dijk, de polder en het spoor.`). `zijn` with a
 * definite subject says what the members are, so the list sizes the count; a predicate of
 * qualities (`zijn groot en druk`) is no list of members and is kept out by asking for a real
 * enumeration (a comma) and, without a restricting clause, names or things with their article.
 */
import { inlineEnumeration, type InlineCount } from './inline-list.js'
import { names, OPENS_SENTENCE, POINTING_OPENING } from './list-subjects.js'

// A definite subject that opens its sentence: `De drie …`, `Onze vier …`, `Deze twee …`.
const DEFINITE_OPENING = /(?:^|[.!?]\s+)(?:de|onze|deze|die)\s*$/iu
// Right after the noun: an optional restricting relative clause (also with a preposition: `met wie we …`), then the copula and the list.
// The clause stays inside the sentence and holds no colon; its end is the copula (with or without a comma).
const COPULA = /^(?:[ \t]+((?:die|dat|waar\p{Ll}*|(?:met|bij|voor|van|aan|op|naar|onder|tussen)[ \t]+(?:wie|welke))[ \t][^.;:!?()]{1,120}?))?,?[ \t]+(?:zijn|waren)[ \t]+(?=\S)/iu
// The next sentence points back at the noun that closed this one: `… drie doelgroepen. Dat zijn …`.
// The particle of a separable verb may close the sentence after the noun (`trekken we vijf partijen aan.`).
const POINTER = new RegExp(String.raw`^[ \t]*(?:(?:aan|af|bij|in|mee|na|op|toe|uit|vast)[ \t]*)?[.;][ \t]+${POINTING_OPENING}[ \t]*:?[ \t]*(?=\S)`, 'iu')

/**
 * The members named after `zijn`, when the counted noun is its definite subject.
 *
 * @param lead The text before the count.
 * @param rest The text after the count's noun.
 * @returns The count of the members, or undefined.
 */
export function namesAfterCopula(lead: string, rest: string): InlineCount | undefined {
  if (!DEFINITE_OPENING.test(lead)) return undefined
  const copula = COPULA.exec(rest)
  if (!copula) return undefined
  const list = `:${rest.slice(copula[0].length)}`
  // Without a restricting clause only names or things with their article (`De drie scholen zijn De Linde, …`).
  if (copula[1] === undefined) return enumerated(list) ? names(list, true) : undefined
  return enumerated(list) ? inlineEnumeration(list) : undefined
}

/**
 * The members named in the next sentence, when the counted noun closes its own sentence (so the
 * pointer `Dat zijn` can only point at it), also when the count stands in the object.
 *
 * @param lead The text before the count.
 * @param rest The text after the count's noun.
 * @returns The count of the members, or undefined.
 */
export function namesPointedBack(lead: string, rest: string): InlineCount | undefined {
  // A count that opens its sentence is read by `namesNextSentence` (names only).
  if (OPENS_SENTENCE.test(lead)) return undefined
  const pointer = POINTER.exec(rest)
  if (!pointer) return undefined
  const list = `:${rest.slice(pointer[0].length)}`
  return enumerated(list) ? inlineEnumeration(list) : undefined
}

// A real enumeration of at least three: a comma before the closing `en` / `of`, in the list's own sentence.
function enumerated(list: string): boolean {
  const sentence = /^:[^.;:!?\n]*/u.exec(list)?.[0] ?? ''
  return /,[^,]+\s(?:en|of)\s/u.test(sentence)
}
