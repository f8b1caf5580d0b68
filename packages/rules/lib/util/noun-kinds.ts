/**
 * Whether two nouns (or units) after counts name one kind of thing. One comparison for every reader
 * that sets a part against its whole or a count against a count, so that a noun pair one reader
 * accepts is not rejected by the next: a measure in any of its spellings (`m2`, `m²`, `vierkante
 * meter`; `uren`, `uur`), a singular and its plural (`boom`, `bomen`; `bus`, `bussen`; `huis`,
 * `huizen`; `kind`, `kinderen`), and a compound with its head (`schoolpleinen` counted among
 * `pleinen`). First letters alone are no kinship: `woningzoekenden` are no `woningen`, `aanvragers`
 * no `aanvragen`.
 */

// The spellings of one measure (`uur` and `uren`, `km` and `kilometer`): `40 uur … 25 uren geboekt` is one unit.
// A Map, not an object: a word of plan text such as `constructor` must not find an inherited property.
const MEASURE_FORMS = new Map<string, string>([
  ['uren', 'uur'],
  ['ha', 'hectare'],
  ['hectares', 'hectare'],
  ['km', 'kilometer'],
  ['kilometers', 'kilometer'],
  ['meters', 'meter'],
  ['m2', 'm²'],
  ['vierkante meter', 'm²'],
  ['vierkante meters', 'm²'],
  ['m3', 'm³'],
  ['kubieke meter', 'm³'],
  ['kubieke meters', 'm³'],
  ['kton', 'kiloton'],
  ['tonnen', 'ton'],
  ['kilo', 'kg'],
  ['kilo’s', 'kg'],
  ["kilo's", 'kg']
])

/** The one spelling of a unit of measure (`uren` as `uur`, `vierkante meter` as `m²`); other words as they are, in lower case. */
export const measureForm = (unit: string): string => {
  const lower = unit.toLowerCase().replace(/\s+/gu, ' ').trim()
  return MEASURE_FORMS.get(lower) ?? lower
}

/**
 * Whether two nouns count one kind of thing: the same word or measure, a singular and its plural,
 * or one the head of the other's compound.
 */
export const sameNoun = (x: string, y: string): boolean => {
  const [a, b] = [measureForm(x), measureForm(y)]
  return same(a, b) || same(a.replace(PLACE, PLACE_WORD), b.replace(PLACE, PLACE_WORD))
}
const same = (a: string, b: string): boolean => a === b || pluralOf(a, b) || pluralOf(b, a) || compoundHead(a, b) || compoundHead(b, a)
// Two words for one place to be, also as a compound's head (`33 plekken … 64 plaatsen`, `speelplekken`).
const PLACE = /plek(?:ken)?$/u
const PLACE_WORD = (w: string): string => (w.endsWith('ken') ? 'plaatsen' : 'plaats')

/**
 * Whether `long` is a compound whose last part is `head` (in its singular or plural): `fietsbruggen`
 * of `bruggen`, `rioolgemalen` of `gemalen`; not the word itself.
 */
export const compoundOf = (long: string, head: string): boolean => compoundHead(measureForm(long), measureForm(head))

// `zorgvragen` ends in `vragen`, `jeugdleden` in `leden`: a head of five letters at least (or its singular or
// plural) after a stem of three at least, so that an ending (`-heden`, `-aren`) is no head; a head of four
// (`deelauto's`, `rijtjeshuizen`) after a stem of four, a word of its own.
const compoundHead = (long: string, head: string): boolean =>
  /^\p{Ll}+(?:['’]s)?$/u.test(long) && [...formsOf(head)].some((h) => long.endsWith(h) && long.length >= h.length + (h.length >= 5 ? 3 : 4))

// A noun with its singular and plural forms as far as `pluralOf` recognises them from the word alone.
const formsOf = (w: string): Set<string> => new Set([w, singular(w), w.replace(/(?:['’]?s|en)$/u, '')].filter((f) => f.length >= 4))

/**
 * Whether `plural` is a Dutch plural of `one`: `-s`, `-'s`, `-n` after `e`, `-en`, `-eren`, with a
 * doubled consonant (`bussen`), a voiced one (`huizen`, `brieven`) or a single vowel of an open
 * syllable (`bomen` of `boom`, `uren` of `uur`).
 */
const pluralOf = (one: string, plural: string): boolean => {
  if (one.length < 2 || plural.length <= one.length) return false
  const rest = plural.slice(one.length)
  if (plural.startsWith(one) && (/^(?:s|['’]s|en|eren)$/u.test(rest) || (rest === 'n' && one.endsWith('e')))) return true
  const last = one.slice(-1)
  if (plural === `${one}${last}en` && /[bdfgklmnprst]/u.test(last)) return true
  if (plural === `${one.replace(/s$/u, 'z').replace(/f$/u, 'v')}en`) return true
  return singular(plural) === one
}

// A plural in -en after an open syllable doubles the vowel of its singular (`bomen` boom, `weken`
// week, `jaren` jaar, `uren` uur, `scholen` school).
const singular = (w: string): string => /^(|.*[^aeiou])([aeiou])([^aeiou])en$/u.exec(w)?.slice(1, 4).join('').replace(/([aeiou])(?=[^aeiou]$)/u, '$1$1') ?? w
