/**
 * A name after a kind word whose end the clause gives (`het speerpunt Samen koken in de wijk krijgt
 * …`, `de pijler Werk voor later;`): the name runs to the finite verb, the subject pronoun or the
 * punctuation mark after it. Read as a whole, such a name must be one of the plan's titles; the
 * narrower readings in `unquoted-drift` anchor on the title's first word and miss a name that
 * changes the first word, turns words around or adds one.
 */
import { namesTitle, smallWords } from './title-names.js'
import { subsequence, wordsOf, type Drift } from './unquoted-drift.js'
import { nounStem } from './unit-nouns.js'

// Pronouns, auxiliaries and adverbs after which a sentence goes on, not a name.
const clauseWords = new Set(['we', 'wij', 'ze', 'zij', 'hij', 'u', 'men', 'er', 'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'kan', 'kunnen', 'zal', 'zullen', 'moet', 'moeten', 'mag', 'mogen', 'heeft', 'hebben', 'had', 'ook', 'nog', 'al', 'wel', 'niet', 'daar', 'hier', 'dan', 'nu', 'vooral'])
// Subject pronouns: in an inverted clause the finite verb stands right before them.
const subjects = new Set(['we', 'wij', 'ze', 'zij', 'hij', 'u', 'men'])
// A lower-case word on -t after the name: the finite verb of a main clause (`krijgt`, `vraagt`,
// `loopt`), unless a title holds it as a word (`Werk dat past`).
const finiteVerb = /^\p{Ll}{3,}t$/u
// The end of the clause: a punctuation mark or a bracket.
const clauseEnd = /[,.;:!?()[\]–—]|\s-\s/u

/** Words of two texts are the same word: equal, one a compound ending on the other, or one stem (`opwek`, `opwekken`). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length < 4) return false
  return long.endsWith(short) || (short.length >= 5 && long.startsWith(short) && long.length - short.length <= 3) || inflectedStem(a) === inflectedStem(b)
}

// A word without its inflection and spelling of the open syllable: `bereikbare` and `bereikbaar`,
// `grote` and `groot`, `snelle` and `snel`, `tarieven` and `tarief` are one word.
const inflectedStem = (word: string): string => nounStem(nounStem(word).replace(/(?<=\p{L}{3})e$/u, ''))

const contentWords = (words: string[]): string[] => words.filter((w) => !smallWords.has(w) && w.length >= 3)

/** How many content words of the title the name holds (by `sameWord`). */
function sharedWords(name: string[], title: string[]): number {
  const words = contentWords(name)
  return contentWords(title).filter((t) => words.some((w) => sameWord(w, t))).length
}

/**
 * The name a clause gives after a kind word, when it is no title of the plan but shares words with
 * exactly one title of that kind.
 *
 * @param rest The text right after the kind word (starting with the name's capital).
 * @param own The titles of that kind (and their short forms).
 * @param all The titles of every kind.
 * @returns The drifting name, its title and how many words they share; undefined for none.
 */
export function clauseBoundedDrift(rest: string, own: string[], all: string[]): (Drift & { shared: number }) | undefined {
  const clause = rest.split(clauseEnd)[0] ?? ''
  const written = clause.trim().split(/[ \t]+/u).filter(Boolean)
  if (written.length === 0 || !/^\p{Lu}/u.test(written[0] ?? '')) return undefined
  const words = written.map((w) => wordsOf(w)[0] ?? w.toLowerCase())
  const titleWords = new Set(all.flatMap(wordsOf))
  // The end: the first word that goes on with the sentence, else the clause's own end.
  let end = words.findIndex((w, i) => i >= 1 && !titleWords.has(w) && (clauseWords.has(w) || (finiteVerb.test(w) && !smallWords.has(w))))
  // After an opening phrase the verb comes before the subject (`Voor het spoor Zorg maken we`):
  // the name ends before that verb.
  if (end >= 2 && subjects.has(words[end] ?? '') && /^\p{Ll}/u.test(written[end - 1] ?? '')) end -= 1
  if (end < 0 && words.length <= 8) end = words.length
  if (end >= 0) return end > 8 ? undefined : nameDrift(written.slice(0, end), words.slice(0, end), own, all)
  // A long clause without a verb form that ends the name (`Bomen langs de sloot kosten de
  // komende jaren meer`): read a name of each title's length, and hold it to half the title's words.
  for (const t of own.map(wordsOf)) {
    const k = t.length
    if (k < 2 || k >= words.length || /^\p{Lu}/u.test(written[k] ?? '')) continue
    const drift = nameDrift(written.slice(0, k), words.slice(0, k), own, all)
    if (drift && drift.shared * 2 >= contentWords(t).length) return drift
  }
  return undefined
}

// A name read whole: no title, no title described further, and words shared with one title.
function nameDrift(written: string[], nameWords: string[], own: string[], all: string[]): (Drift & { shared: number }) | undefined {
  const name = written.join(' ')
  if (nameWords.length === 0 || smallWords.has(nameWords.at(-1) ?? '')) return undefined
  // A short form is a title's first words or whole words of it.
  if (namesTitle(name, all)) return undefined
  // A full title (no short form of another) followed by more words describes it further (`Werk dat
  // past bij iedereen`), and so do words added among a title's words (`Vitale groene kernen` for
  // `Vitale kernen`); a title's first words joined to more (`Samen zorgen en de Wmo`) name two
  // things, unless the rest shares a word with that title (`Schoon en netjes in de straat`
  // changes `Schoon en heel in de straat`).
  const allWords = all.map(wordsOf)
  const full = allWords.filter((t, _, list) => t.length > 0 && !list.some((o) => o.length > t.length && o.join(' ').startsWith(`${t.join(' ')} `)))
  if (full.some((t) => t.every((w, i) => nameWords[i] === w))) return undefined
  if (full.some((t) => t.length >= 2 && subsequence(t, nameWords))) return undefined
  const joined = /^(.+?)\s+(?:en|of)\s+(.+)$/u.exec(name)
  const lead = wordsOf(joined?.[1] ?? '')
  const opens = (t: string[]): boolean => lead.length > 0 && lead.every((w, i) => t[i] === w)
  // Only a title of the kind named: the short form of a part of another kind (`Rust` of the
  // uitgangspunt `Rust staat voorop`) does not make `het thema Rust en stilte` two things.
  const ownWords = own.map(wordsOf)
  if (joined && ownWords.some(opens)) {
    const rest = wordsOf(joined[2] ?? '')
    if (!ownWords.some((t) => opens(t) && sharedWords(rest, t) > 0)) return undefined
  }
  // The one title of this kind it shares the most words with; a tie names none for sure.
  const scored = own.map((t) => ({ t, n: sharedWords(nameWords, wordsOf(t)) })).sort((a, b) => b.n - a.n)
  const best = scored[0]
  if (!best || best.n === 0 || scored.some((s) => s !== best && s.n === best.n && !sameTitle(s.t, best.t))) return undefined
  // About the title's length: a longer run is a sentence, not a name.
  if (contentWords(nameWords).length > contentWords(wordsOf(best.t)).length + 2) return undefined
  return { name, titel: longest(best.t, own), shared: best.n }
}

// A title and its short form are one part: its first words (`Veilig`), or one word that is a
// word of the title or a compound of one (`Buurtgroen` for `Groen in de buurt`).
function sameTitle(a: string, b: string): boolean {
  const [wa, wb] = [wordsOf(a), wordsOf(b)]
  const [ja, jb] = [wa.join(' '), wb.join(' ')]
  if (ja === jb || ja.startsWith(`${jb} `) || jb.startsWith(`${ja} `)) return true
  const [one, other] = wa.length === 1 ? [wa[0] ?? '', wb] : wb.length === 1 ? [wb[0] ?? '', wa] : ['', []]
  return one !== '' && contentWords(other).some((w) => sameWord(one, w))
}

// The full title a short form belongs to (`Veilig` → `Veilig thuis en onderweg`).
function longest(title: string, own: string[]): string {
  return own.find((o) => o !== title && wordsOf(o).length > wordsOf(title).length && sameTitle(o, title)) ?? title
}
