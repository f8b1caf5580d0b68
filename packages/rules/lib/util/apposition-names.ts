/**
 * Names set off after a numbered reference (`route 2, Veilig naar school, …`, `koers 1 – Sterke
 * clubs –`, `thema 2: Dicht bij de inwoners.`): when such an apposition is the name of the part, and
 * whether a name shares a word with a title.
 */
import { normalizeTitle } from './text.js'
import { clauseLike, closedTitle, looksLikeName } from './title-names.js'

// `route 2, Veilig naar school, …`, `koers 1 – Sterke clubs –`: a name set off as an apposition.
// A colon may close it before what the part asks (`uitgangspunt 4, Samen met bewoners: we …`), a
// bracket when the reference stands in brackets (`(spoor 2, Een vangnet)`).
const apposition = /^,\s+(\p{Lu}[^,.;:()\n]{1,80}?)\s*([,;:)]|\.(?=\s|$)|$)|^\s+[–—]\s+(\p{Lu}[^–—\n]{1,80}?)\s+([–—])/u

/**
 * A name set off by commas or dashes right after a number (`route 2, Veilig naar school, …`):
 * a name when it shares a word with the title, or when it is closed off and written like a title.
 *
 * @param rest The text after the number.
 * @param titles The titles the number names.
 * @returns The name, or undefined when the text goes on as a sentence.
 */
export function appositionName(rest: string, titles: Array<string | undefined>): string | undefined {
  const apart = apposition.exec(rest)
  const name = (apart?.[1] ?? apart?.[3])?.trim()
  if (!apart || !name) return colonApposition(rest, titles)
  const whole = commaTitled(name, rest, apart[0].length, titles)
  if (whole) return whole
  // The end of the sentence closes an apposition too (`valt onder thema 2, Hulp aan huis.`): after a
  // comma a sentence does not go on with a capital, and `closedTitle` wants the rest in lower case.
  const atEnd = /^\.?$/u.test(apart[2] ?? '') && !apart[4]
  const closed = /^[,;:)]$/u.test(apart[2] ?? '') || Boolean(apart[4]) || (atEnd && !clauseLike(name))
  return (looksLikeName(titleFigures(name, titles)) && sharesWord(name, titles)) || closedTitle(name, closed) ? name : undefined
}

// A name holds no figures (an amount is no name), unless the title has that word too (`24-uurs`, `Route 66`).
const titleFigures = (name: string, titles: Array<string | undefined>): string =>
  name.replace(/\S*\d\S*/gu, (word) => (titles.some((t) => t?.split(/\s+/u).includes(word)) ? 'cijfer' : word))

// After a colon a sentence may follow (`thema 2: Ook hier …`): a name there only when it shares a
// word with the title and is short and closed (`principe P1: Dicht bij de inwoners.`).
const colonName = /^:\s+(\p{Lu}[^,.;:()|\n]{1,60}?)\s*(?:[,;]|\.(?=\s|$)|$)/u
function colonApposition(rest: string, titles: Array<string | undefined>): string | undefined {
  const name = colonName.exec(rest)?.[1]?.trim()
  return name && name.split(/\s+/).length >= 2 && looksLikeName(name) && sharesWord(name, titles) ? name : undefined
}

// A title with a comma in it (`Samen werken, samen doen`): the apposition stops at that comma, so
// when it is the title's first half, the next part of the text (to a mark) is its second half,
// if it is about as long and does not go on as a sentence (`Samen werken, en loopt tot 2028`).
const nextPart = /^[ \t]*(\p{L}[^,.;:()\d\n]{0,60}?)[ \t]*(?:[,.;:)]|$)/u
function commaTitled(name: string, rest: string, after: number, titles: Array<string | undefined>): string | undefined {
  for (const title of titles) {
    const halves = title?.split(/\s*,\s*/u) ?? []
    if (halves.length !== 2 || normalizeTitle(halves[0] ?? '') !== normalizeTitle(name)) continue
    const second = nextPart.exec(rest.slice(after))?.[1]
    const size = (text: string): number => text.split(/\s+/u).length
    if (!second || continuesSentence.test(second) || Math.abs(size(second) - size(halves[1] ?? '')) > 1) continue
    const start = rest.indexOf(name)
    return rest.slice(start, after + rest.slice(after).indexOf(second) + second.length)
  }
  return undefined
}
// The words a sentence goes on with after a comma: a conjunction, pronoun or relative word.
export const continuesSentence = /^(?:en|of|maar|want|dus|die|dat|waar\p{L}*|wat|we|wij|ze|zij|het|dit|zo|om|als|omdat|zodat|terwijl)\b/iu

/** Whether a name shares a word of four letters or more with one of the titles (`Tijdig terugkoppelen`, `Terugkoppelen is verplicht`). */
export function sharesWord(name: string, titles: Array<string | undefined>): boolean {
  const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4)
  const own = titles.flatMap((t) => (t ? wordsOf(t) : []))
  // The same word inflected (`Veilig` for `Veilige`, `inwoners` for `inwoner`) is still a
  // word in common: Dutch adjectives and plurals change their ending.
  return wordsOf(name).some((w) => own.some((o) => o === w || sameStem(o, w)))
}

// Whether two words are one word inflected: a common start of six letters or more, and endings
// of at most three letters that differ in length by two at most (`duurzaam`/`duurzame`,
// `inwoner`/`inwoners`). Not a compound (`klimaat`/`klimaatadaptatie`): a table cell or name
// may name a part of a title's subject without naming the title.
function sameStem(a: string, b: string): boolean {
  let k = 0
  while (k < a.length && k < b.length && a[k] === b[k]) k++
  return k >= 6 && Math.abs(a.length - b.length) <= 2 && k >= Math.max(a.length, b.length) - 3
}
