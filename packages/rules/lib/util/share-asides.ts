/**
 * Numbers that may stand between a whole and its part without being either: a year or a
 * period (`in 2025`, `2026-2029`), a date (`op 1 januari 2026`), an age or an age range (`65 jaar
 * of ouder`, `van 9 tot en met 14 jaar`, `85-plussers`) and a range (`klas 2 tot en met 4`).
 * "Van de 520 cursisten die in 2024 begonnen, waren er 130 ouder dan 50 jaar" names its whole
 * and its part around a year; the year is neither. A number that names a group, a class or a
 * phase (`groep 8`, `de klassen 2 en 4`, `fase 2`) is no count either.
 */

import { MONTH } from './year-numbers.js'

const YEAR = String.raw`(?:19|20)\d{2}`
// `65 jaar`, `18-jarigen`, `75-plussers`, `65+`, `12-minners`: an age, not a count.
const AGE_WORD = String.raw`jaar|jarigen|jarige|plussers|plusser|minners|maanden|weken`

// Nouns that a number names rather than counts: `groep 8`, `klas 3`, `fase 2`, `niveau 3`, `week 12`.
// `conditie 5`, `klasse 2`, `cijfer 7`: a state or a grade on a scale, not a count either.
const LABEL_NOUN = String.raw`groep|groepen|klas|klassen|leerjaar|leerjaren|fase|fasen|niveau|niveaus|categorie|categorieën|trede|schaal|zone|stap|week|nummer|nr\.?|conditie|condities|klasse|cijfer|rapportcijfer`

/**
 * Regular-expression source (no groups) for a number that names, with its noun: `groep 8`, `de klassen 2 en 4`.
 * After `per` the noun is a unit of time or of a scale, and the number counts what follows: `per week 40 uur`.
 */
// What joins the numbers of one label: `de klassen 2 en 4`, `groep 5 tot en met 8`, `klasse 1 of 2`.
const LABEL_JOIN = String.raw`\s*(?:,|en|of|t\/m|tot\s+en\s+met|[-–])\s*`
export const LABELED = String.raw`\b(?<!\bper\s+)(?:${LABEL_NOUN})\s+\d{1,2}(?:${LABEL_JOIN}\d{1,2})*(?![\d.,]*\d)`

// `een 7 of hoger`, `een 3 of slechter`: a grade as a bound, said of the counted things, never one of them.
const GRADE = String.raw`\been\s+\d{1,2}(?:,\d)?\s+of\s+(?:hoger|lager|beter|slechter|meer|minder)\b`

// `boven de 80`, `onder de 18`, `jonger dan 25`: a bound on the group (an age, a rent), not one of its counts.
const BOUND_BEFORE = String.raw`\b(?:(?:boven|onder|beneden)\s+de|(?:ouder|jonger)\s+dan)\s+`
const BOUND = String.raw`(?<=${BOUND_BEFORE})\d{1,3}(?![\d.,]*\d)`

/**
 * Regular-expression source (no groups) for one aside: a year or period, a date, an age or an
 * age range, or a range of numbers.
 */
export const ASIDE = [
  String.raw`${YEAR}(?:\s*[-–/]\s*(?:${YEAR}|\d{2}))?(?![\d.,]\d)`,
  String.raw`\d{1,2}\s+(?:${MONTH})\b`,
  // Also with the first word cut short by a hyphen: `4- tot en met 11-jarigen`.
  String.raw`\d+(?:,\d+)?(?:-(?=\s))?\s*(?:[-–]|t\/m|tot(?:\s+en\s+met)?)\s*\d+(?:,\d+)?(?:\s+jaar\b|-jarigen\b)?`,
  // `tussen 65 en 74 jaar`: a range said with `tussen … en`.
  String.raw`(?<=\btussen\s+)\d+(?:,\d+)?\s+en\s+\d+(?:,\d+)?(?:\s+jaar\b|-jarigen\b)?`,
  String.raw`\d{1,3}(?:\s+jaar(?:\s+(?:en|of)\s+(?:ouder|jonger))?|-?(?:${AGE_WORD})|\+)(?![\p{L}])`,
  LABELED,
  GRADE,
  BOUND
].join('|')

/**
 * Regular-expression source (no groups) for a lookahead at the start of a number that is no
 * count: a year, the day of a date, an age or the start of a range (also after `tussen`).
 * Nor is a later number of a label: the `2` of `in klasse 1 of 2`.
 */
export const NOT_A_COUNT = String.raw`(?<!\b(?:${LABEL_NOUN})\s+(?:\d{1,2}${LABEL_JOIN})*)(?<!${BOUND_BEFORE})(?<!\btussen\s+)(?!${YEAR}(?![\d.,]\d)|\d{1,2}\s+(?:${MONTH})\b|\d{1,3}\s*(?:jaar\b|-?(?:${AGE_WORD})(?![\p{L}])|\+))`

/**
 * Regular-expression source (no groups) for a number that qualifies a clause without being
 * counted in it: an aside, or a duration (`binnen 6 maanden`, `na 8 weken`). "Van de 140
 * jongeren was 30 procent jonger dan 18 jaar (42 jongeren)": the age stands between the share and
 * its count in brackets and is neither.
 */
export const QUALIFIER = String.raw`(?:${ASIDE}|\d{1,3}\s+(?:jaar|maanden|maand|weken|week|dagen|werkdagen|uur|uren)\b)`

/**
 * Regular-expression source (no groups) for the verbs by which a pronoun names the size of the one part just
 * given (`Dit vormt`, `Dat beslaat`, `Dit betrof`): a share after them is of that part, as after `Dat is`.
 */
export const SIZE_VERB = String.raw`(?:vormt|vormde|beslaat|besloeg|betreft|betrof|omvat|omvatte|bedraagt|bedroeg)`

// Compiled once: `replace` with a global pattern starts from its beginning each call.
const ASIDES_G = new RegExp(ASIDE, 'giu')
/** A text with its asides blanked (`Bij de 70-plussers`, `de 5- tot en met 9-jarigen`): what is left may count. */
export const withoutAsides = (text: string): string => text.replace(ASIDES_G, ' ')
/** A text with its asides blanked to as many spaces, so offsets into it are offsets into the text. */
export const blankAsides = (text: string): string => text.replace(ASIDES_G, (aside: string) => ' '.repeat(aside.length))
