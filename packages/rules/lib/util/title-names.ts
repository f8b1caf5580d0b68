import { abbreviationOf } from './abbreviations.js'
import { normalizeTitle } from './text.js'

// Words a bracket after `thema 3` opens with when it is a pointer, not a name: `(zie hoofdstuk 4)`.
const notAName = /^(?:zie|vgl|pagina|blz|bijlage|hoofdstuk|paragraaf|§)\b/iu
/** Short words an abbreviation may leave out (`SHW` for `Sociale hulp in de wijk`), and that do not end a name. */
export const smallWords = new Set(['de', 'het', 'een', 'en', 'van', 'voor', 'in', 'op', 'met', 'aan', 'te', 'of'])

/**
 * Whether `name` names one of `titles`: the same words (case and punctuation aside), a
 * shortened title (its first words, or whole words of it) or its abbreviation (`SHV` for
 * `Sociale hulp voorop`, also without the small words). A pointer (`zie hoofdstuk 4`) counts as naming it.
 *
 * @param name The name as written.
 * @param titles The titles it may stand for (non-strings are skipped).
 * @returns Whether it names one of them.
 */
export function namesTitle(name: string, titles: Array<unknown>): boolean {
  if (notAName.test(name)) return true
  // `Preventie: acties`: the title, then what the heading adds to it.
  const head = /^(.+?)\s*(?::|\s[–—-])\s/u.exec(name)?.[1]
  if (head && head !== name && namesTitle(head, titles)) return true
  // `(Wmo)`, `(GGD)`: a lone abbreviation that is not the title's initials explains, it does not rename.
  if (/^\p{L}{2,6}$/u.test(name) && abbreviationOf(name) !== undefined) return true
  const written = normalizeTitle(ampersand(name.replace(/(?:…|\.\.\.)\s*$/u, '')))
  if (!written) return true
  for (const title of titles) {
    if (typeof title !== 'string' || !title) continue
    const full = normalizeTitle(ampersand(title))
    if (full === written || ` ${full} `.includes(` ${written} `)) return true
    const words = full.split(' ')
    const initials = (list: string[]): string => list.map((w) => w[0] ?? '').join('')
    const compact = written.replace(/\s+/g, '')
    if (/^\p{Lu}{2,}$/u.test(name.replace(/[\s.]/g, '')) && (compact === initials(words) || compact === initials(words.filter((w) => !smallWords.has(w))))) return true
  }
  return false
}

/** `Werk & inkomen` is `Werk en inkomen` written short. */
export const ampersand = (text: string): string => text.replace(/\s*[&+]\s*/g, ' en ')

/** A name quoted inside brackets (`("Samen koken")`) is the name without its quotes. */
export const unquote = (name: string): string => name.replace(/^[‘'"“]\s*(.*?)\s*[’'"”]$/u, '$1')

/** A label's name, not a sentence: a capital, a few words, no figures and no full stop inside. */
export const looksLikeName = (name: string): boolean => /^\p{Lu}/u.test(name) && !/\d|[.!?;]\s/u.test(name) && name.split(/\s+/).length <= 8

/**
 * Whether a name has words of a clause rather than of a title: a subject pronoun, a common finite
 * verb or a clause adverb (`Veldhoorn volgt daarin de provincie`, `Minder geluid gaan we …`). A name
 * closed only by the end of its sentence must not, since the sentence may have gone on after a name.
 */
export const clauseLike = (name: string): boolean =>
  /(?:^|[ \t])(?:we|wij|ze|zij|je|u|er|is|zijn|wordt|worden|staat|staan|gaat|gaan|heeft|hebben|kan|kunnen|moet|moeten|daar\p{L}*|hier\p{L}*|zich|niet|nog|ook|dan|nu)(?=[ \t]|$)/iu.test(name)

/**
 * Whether a name set off by commas after a number (`doel 2.1, Schone straten, …`) is a title even
 * without a word in common with the real one: closed by a comma, two words or more, and written
 * like a Dutch title (only the first word capitalised). A capital after a comma mid-sentence is
 * then a name, not the sentence going on.
 */
export const closedTitle = (name: string, closed: boolean): boolean => {
  const words = name.split(/\s+/)
  return closed && looksLikeName(name) && words.length >= 2 && words.slice(1).every((w) => !/^\p{Lu}/u.test(w))
}

