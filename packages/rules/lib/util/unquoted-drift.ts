/**
 * Names without quotes after a kind word (`het thema Veilige straten`): such a name has no end
 * of its own, so only a change against a title tells it is no title (one word swapped, the noun
 * after an inflected adjective, the end after a small word, other words before the last one).
 */
import { ampersand, namesTitle, smallWords } from './title-names.js'
import { memoByText } from './memo.js'

/** A name that drifts, and the title it stands for; undefined for none. */
export type Drift = { name: string; titel: string } | undefined

// Words that go on with a sentence, not a name: small words and pronouns.
export const sentenceWords = new Set([...smallWords, 'we', 'wij', 'ze', 'zij', 'hij', 'die', 'dat', 'dit', 'deze', 'er', 'is', 'zijn', 'wordt', 'worden', 'om', 'bij', 'uit', 'naar', 'door', 'als', 'ook', 'nog'])

// A title's words, remembered by text: every mention of the plan is held against every title, so
// the same few titles were split again for each mention (the rule grew with mentions × titles;
// 4.5× the time on twice the synthetic plan). Callers only read the words.
export const wordsOf = memoByText((t: string): string[] => ampersand(t).toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').split(/\s+/).filter(Boolean), 20_000)

// A title (of any kind) followed by the rest of the sentence: no drift.
export function startsWithTitle(words: string[], all: string[]): boolean {
  return all.some((t) => wordsOf(t).every((w, i) => words[i] === w))
}

// An unquoted name has no end of its own; only a change inside a title's length tells.
// Words after which a sentence goes on rather than a name: pronouns, finite verbs, adverbs, conjunctions.
const goesOn = new Set(['we', 'wij', 'ze', 'zij', 'hij', 'die', 'dat', 'dit', 'deze', 'er', 'is', 'zijn', 'wordt', 'worden', 'ook', 'nog', 'als', 'om', 'en', 'of'])

// Prepositions and articles: the frame of a title's phrase.
const frameWords = new Set([...smallWords, 'bij', 'naar', 'door', 'uit', 'over', 'onder', 'tussen', 'zonder', 'tot', 'na', 'tegen', 'rond', 'binnen', 'buiten', 'vanuit', 'via', 'per'])

export function unquotedDrift(run: string, own: string[], all: string[], closed: boolean): Drift {
  const written = run.split(/[ \t]+/)
  const words = written.map((w) => w.toLowerCase())
  const split = own.map(wordsOf)
  if (startsWithTitle(words, all)) return undefined
  // A title's words in another order (`Zorg en wonen` for `Wonen en zorg`): the same parts turned
  // around make another name, whatever its first word (the readings below all anchor on it).
  const turned = split.findIndex((t) => t.filter((w) => !smallWords.has(w)).length >= 2 && sameWords(words.slice(0, t.length), t))
  if (turned >= 0 && !namesTitle(written.slice(0, split[turned]?.length).join(' '), all)) return { name: written.slice(0, split[turned]?.length).join(' '), titel: own[turned] ?? '' }
  for (const [n, t] of split.entries()) {
    if (words[0] !== t[0]) continue
    const titel = own[n] ?? ''
    const k = t.length
    // One word of a title of three or more words changed (`Samen zorgen voor iedereen`), or the
    // noun after an inflected adjective (`Veilige straten` for `Veilige pleinen`): such an adjective never stands alone
    // (a second word on -e may be another adjective, `Vitale groene kernen`, so it is left).
    const changed = t.map((w, i) => (words[i] === w ? -1 : i)).filter((i) => i >= 0)
    const i = changed[0]
    const longEnough = k >= 3 || (k === 2 && inflectedAdjective.test(t[0] ?? '') && !(words[1] ?? '').endsWith('e'))
    const nameWord = i !== undefined && !sentenceWords.has(words[i] ?? '') && !smallWords.has(t[i] ?? '')
    if (longEnough && words.length >= k && changed.length === 1 && nameWord) {
      // Closed right after the title's last word, the name is the whole run (`Ruimte voor eigen initiatief.`).
      const whole = closed && words.length <= k + 2 && words.at(-1) === t.at(-1)
      return { name: whole ? run : written.slice(0, k).join(' '), titel }
    }
    // The title left after a small word (`Groen in het centrum`): a short form never ends on one.
    let p = 0
    while (p < k && words[p] === t[p]) p++
    // The first half of the title or more, then other words to a punctuation mark, about as many
    // as the title has (`Groen en gezond bij hitte,` for `Groen en gezond in de zomer`): the end
    // of the title was swapped. A sentence that goes on (`… krijgt het meeste geld,`) is longer.
    // The name keeps the title's frame: it swaps after a function word of the title (`bij hevige
    // buien` → `bij zware regen`) or with a preposition of its own (`in de zomer` → `bij hitte`);
    // a verb there (`Ruimte voor ondernemers vraagt grond.`) is the sentence going on.
    const framed = frameWords.has(t[p - 1] ?? '') || frameWords.has(words[p] ?? '')
    const swapped = closed && framed && p >= 2 && p * 2 >= k && p < k && Math.abs(words.length - k) <= 1 && !goesOn.has(words[p] ?? '')
    if (swapped && words.slice(p).every((w) => !t.slice(p).includes(w)) && !namesTitle(run, all)) return { name: run, titel }
    if (p < 2 || p * 2 < k || !smallWords.has(t[p - 1] ?? '')) continue
    let end = p
    while (end < words.length && smallWords.has(words[end] ?? '')) end++
    const word = words[end]
    if (word === undefined || sentenceWords.has(word) || t.slice(p).includes(word)) continue
    return { name: written.slice(0, end + 1).join(' '), titel }
  }
  // An inflected adjective before a word of one title of this kind (`Toegankelijke informatie` for
  // `Informatie en communicatie`): the adjective makes a name no title has.
  const adjectived = adjectiveDrift(words, split)
  if (adjectived !== undefined && !namesTitle(written.slice(0, 2).join(' '), all)) return { name: written.slice(0, 2).join(' '), titel: own[adjectived] ?? '' }
  const anchored = anchoredDrift(words, split)
  if (anchored) return { name: written.slice(0, anchored.end + 1).join(' '), titel: own[anchored.title] ?? '' }
  // Other or fewer words before the title's last word (`Energie besparen` for `Woningen isoleren en
  // besparen`, `Veilig naar school` for `Veilig op weg naar school`): the name ends where the
  // title ends; the sentence goes on after it.
  if (sentenceWords.has(words[0] ?? '')) return undefined
  // A name closed by a mark right after a title's last word (`Eerlijk verdelen:`, `Ruimte voor eigen
  // initiatief.`) has a known end: words added or changed before it make another name (the
  // plan's parts are a closed set), unless a word in it goes on as a sentence.
  const closing = words.at(-1) ?? ''
  if (closed && words.length >= 2 && words.length <= 6 && !words.some((w) => carriesOn.has(w))) {
    const n = split.findIndex((t) => t.length >= 2 && !smallWords.has(t.at(-1) ?? '') && (closing === t.at(-1) || compound(closing, t.at(-1) ?? '')))
    if (n >= 0 && !namesTitle(run, all)) return { name: run, titel: own[n] ?? '' }
  }
  for (const [n, t] of split.entries()) {
    const last = t[t.length - 1] ?? ''
    if (t.length < 2 || smallWords.has(last)) continue
    const j = words.indexOf(last)
    // With the title's own first word, a word added (`Vitale groene kernen`) may just describe more.
    if (j < 1 || j > t.length || (words[0] === t[0] && j + 1 > t.length)) continue
    const name = written.slice(0, j + 1).join(' ')
    if (!namesTitle(name, all)) return { name, titel: own[n] ?? '' }
  }
  return undefined
}

// Pronouns, finite verbs and adverbs: a clause, not a name (`Armoede terug in de wijk`).
const carriesOn = new Set([...goesOn].filter((w) => w !== 'en' && w !== 'of').concat(['terug', 'weer', 'al', 'wel', 'niet', 'meer', 'vooral', 'daar', 'hier', 'heeft', 'hebben', 'kan', 'kunnen', 'moet', 'moeten', 'gaat', 'gaan', 'komt', 'komen', 'staat', 'staan']))

// The same words in another order (two lists of equal length).
function sameWords(a: string[], b: string[]): boolean {
  const sort = (l: string[]): string => [...l].sort().join(' ')
  return a.length === b.length && a.join(' ') !== b.join(' ') && sort(a) === sort(b)
}

// A name that opens with a title's first word and ends on its last word (or a compound of it,
// `drugsoverlast` for `overlast`) within one word of the title's length, with the title's words
// not all in it in order: words between were changed, not only added (`Vitale groene kernen`).
function anchoredDrift(words: string[], split: string[][]): { title: number; end: number } | undefined {
  for (const [n, t] of split.entries()) {
    const k = t.length
    const last = t[k - 1] ?? ''
    if (k < 3 || words[0] !== t[0] || smallWords.has(last)) continue
    const end = words.findIndex((w, i) => i >= k - 2 && i <= k && (w === last || compound(w, last)))
    if (end < 0) continue
    const name = words.slice(0, end + 1)
    if (name.join(' ') !== t.join(' ') && !subsequence(t, name)) return { title: n, end }
  }
  return undefined
}

// The title whose word follows an inflected adjective that is in no title: only one title may hold that word.
function adjectiveDrift(words: string[], split: string[][]): number | undefined {
  const [adjective = '', noun = ''] = words
  if (!inflectedAdjective.test(adjective) || noun.length < 4 || sentenceWords.has(noun) || split.some((t) => t.includes(adjective))) return undefined
  const holding = split.map((t, n) => (t.includes(noun) ? n : -1)).filter((n) => n >= 0)
  return holding.length === 1 ? holding[0] : undefined
}

// One word ends with the other, both long enough to be nouns: `drugsoverlast`, `overlast`.
function compound(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return short.length >= 4 && long.length > short.length && long.endsWith(short)
}

/** All words of the title in the name, in order. */
export function subsequence(title: string[], name: string[]): boolean {
  let i = 0
  for (const w of name) if (w === title[i]) i++
  return i === title.length
}

// Endings of inflected Dutch adjectives (`veilige`, `duurzame`, `sociale`, `eerlijke`), not of nouns such as `ruimte`.
const inflectedAdjective = /^\p{L}{2,}(?:ige|lijke|ische|bare|zame|ale|iele|ieve|ele|ere|ste|rke)$/u
