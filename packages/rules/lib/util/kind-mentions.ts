import type { Plan, PlanFile, SourceLocation } from '@kapstok/core'
import { textLocation } from '../rule.js'
import { sourceLabels } from './source-labels.js'
import { runningTexts } from './running-texts.js'
import { chapterParts } from './chapter-parts.js'
import { ownText, writtenTexts } from './text.js'
import { emphasisAsQuotes } from './emphasis.js'
import { ampersand, namesTitle, smallWords } from './title-names.js'

/** A part named by its kind word alone (`het thema ‘Zorg’`) with a name that is none of the titles of that kind. */
export interface KindMention {
  /** The kind word and its article as written (`het thema`). */
  reference: string
  /** The name as written. */
  name: string
  /** The title of that kind the name is closest to. */
  titel: string
  /** Pointer of the text. */
  pointer: string
  /** Where the name is (optional: only when the source holds it verbatim). */
  location?: SourceLocation
}

// Words a plan names its numbered parts with (general Dutch policy usage).
const kinds = 'thema|pijler|principe|uitgangspunt|prioriteit|speerpunt|ambitie|opgave|spoor|actielijn|programmalijn|route|bouwsteen|kernwaarde|doel'
// A heading that defines a part: `Thema 2: Zorg`, `Doel 3.3 Werk voor iedereen`, `Prioriteit 1 – Jeugd`,
// and any word a plan labels its parts with (`Koers 2: Sporten`, `Lijn 1: Cultuur`) when a colon or dash follows.
const definingHeading = new RegExp(String.raw`^(${kinds})\s+\d{1,2}(?:\.\d{1,2})*\.?\s*(?:[:.–—-]\s*)?(\p{Lu}.*)$`, 'iu')
const labelledHeading = /^(\p{L}{3,})\s+\d{1,2}\s*[:–—-]\s*(\p{Lu}.*)$/u
// Captions and chapters are numbered too, but are no parts a plan names by their kind word.
const notParts = new Set(['tabel', 'figuur', 'hoofdstuk', 'paragraaf', 'bijlage', 'fase', 'stap'])
// `het thema`, `de prioriteit`, or the kind word alone after a bracket or a pointing preposition
// (`(thema Zorg)`, `zie thema Zorg`, `binnen thema Zorg`), then a
// quoted name or a capital: for the kind words the plan has parts of.
const mentionOf = (words: string[]): RegExp => new RegExp(String.raw`(?:\b(?:het|de|dit|deze|dat|die|zie|binnen|onder)\s+|\(\s*)(${words.join('|')})\s+(?=[‘'"“\p{Lu}])`, 'giu')
const quoted = /^[‘'"“]([^’'"”\n]{2,80})[’'"”]/u
// Words up to the first punctuation mark: where an unquoted name may lie.
const unquoted = /^\p{Lu}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,11}/u
// Words that go on with a sentence, not a name: small words and pronouns.
const sentenceWords = new Set([...smallWords, 'we', 'wij', 'ze', 'zij', 'hij', 'die', 'dat', 'dit', 'deze', 'er', 'is', 'zijn', 'wordt', 'worden', 'om', 'bij', 'uit', 'naar', 'door', 'als', 'ook', 'nog'])

/**
 * Names written after a kind word without a number (`het thema ‘Omzien’`, `de prioriteit
 * Veilige straten`) that name none of the plan's parts of that kind. Without a number the
 * target is unknown, so only a name that cannot be a title is returned: a quoted name that is
 * none of them, or an unquoted one that changes one word of a title of three or more words, or
 * leaves a title after a small word (`Groen in het centrum` for `Groen in de wijk`).
 *
 * @param plan The model.
 * @param file The plan file (sources and positions).
 * @returns The names that drift.
 */
export function kindMentions(plan: Plan, file: PlanFile): KindMention[] {
  // A kind only a chapter title gives (`# Andere documenten`) may name things outside the plan
  // too (`het document ‘…’`): its names count only where the verb after them bounds them.
  const declared = titlesByKind(plan, file)
  const titles = withChapterParts(declared, file)
  if (titles.size === 0) return []
  // A name of a part of another kind is no drift of a title: the kind word is what is off.
  const all = [...titles.values()].flat()
  const out: KindMention[] = []
  const mention = mentionOf([...titles.keys()].filter((word) => /^\p{L}+$/u.test(word)))
  // Headings too: a heading may name the part it belongs to (`## Speelplekken (thema Groen)`).
  const headings = writtenTexts(plan).filter(({ pointer }) => ownText(pointer) && pointer.endsWith('/titel'))
  for (const { pointer, text } of [...runningTexts(plan), ...headings]) {
    // Read with emphasis as quotes (same length, so offsets hold for the text as written).
    const read = emphasisAsQuotes(text)
    for (const m of read.matchAll(mention)) {
      const own = titles.get((m[1] ?? '').toLowerCase())
      if (!own || own.length === 0) continue
      const at = (m.index ?? 0) + m[0].length
      const rest = read.slice(at, at + 160)
      const q = quoted.exec(rest)
      const fronted = !q && opensWithPhrase(read.slice(0, m.index ?? 0), m[0]) ? frontedName(rest) : undefined
      if (!fronted && !declared.has((m[1] ?? '').toLowerCase())) continue
      const run = unquoted.exec(rest)?.[0] ?? ''
      const drift = q ? quotedDrift(q[1]?.trim() ?? '', own, all) : fronted ? boundedDrift(fronted, own, all) : unquotedDrift(run, own, all, /^[ \t]*(?:[,.;:)]|$)/u.test(rest.slice(run.length)))
      if (!drift) continue
      const offset = at + (q ? q[0].indexOf(drift.name) : 0)
      const location = textLocation(file, pointer, text, offset, drift.name.length)
      out.push({ reference: m[0].replace(/^(?:\(|zie|binnen|onder)\s*/iu, '').trim(), name: drift.name, titel: drift.titel, pointer, ...(location ? { location } : {}) })
    }
  }
  return out
}

type Drift = { name: string; titel: string } | undefined

// A sentence that opens with a phrase about the part (`Binnen het spoor …`, `Voor het doel …`):
// Dutch puts the finite verb right after such a phrase and the subject after the verb
// (`… reserveren we`, `… zet de gemeente`), so the name ends where that verb stands.
const OPENING = /^(?:binnen|onder|voor|in|bij|vanuit|met|via|naast|uit|op)$/iu
const SUBJECT = /^(?:we|wij|ze|zij|ik|u|men|het\s+college|de\s+gemeente|de\s+raad|de\s+partners)(?=\s|[,.]|$)/iu
// An adverb may stand before that phrase (`Ook binnen het spoor …`, `Juist voor het doel …`).
function opensWithPhrase(before: string, mention: string): boolean {
  const lead = /(?:^|[.!?:]\s+)((?:\p{L}+\s+){0,2})$/u.exec(before)
  if (!lead) return false
  const word = (lead[1]?.trim().split(/\s+/).filter(Boolean).at(-1) ?? mention.split(/\s+/)[0] ?? '').trim()
  return OPENING.test(word)
}
function frontedName(rest: string): string | undefined {
  const clause = /^[^,.;:!?()]*/u.exec(rest)?.[0] ?? ''
  const words = clause.split(/\s+/).filter(Boolean)
  for (let j = 1; j < words.length && j <= 9; j++) {
    if (SUBJECT.test(words.slice(j + 1).join(' '))) return /^\p{Lu}/u.test(words[0] ?? '') ? words.slice(0, j).join(' ') : undefined
  }
  return undefined
}

// A name bounded by the verb after it: any name that is no title of the plan drifts.
function boundedDrift(name: string, own: string[], all: string[]): Drift {
  const words = name.split(/\s+/).map((w) => w.toLowerCase())
  // A title or its short form joined to more (`Samen zorgen en de Wmo`, `Duurzame en veilige mobiliteit`).
  const joined = /^(.+?)\s+(?:en|of)\s/u.exec(name)?.[1]
  if (namesTitle(name, all) || startsWithTitle(words, all) || (joined && namesTitle(joined, all))) return undefined
  return { name, titel: closest(name, own) }
}

const wordsOf = (t: string): string[] => ampersand(t).toLowerCase().replace(/[^\p{L}\s-]/gu, ' ').split(/\s+/).filter(Boolean)

// A title (of any kind) followed by the rest of the sentence: no drift.
function startsWithTitle(words: string[], all: string[]): boolean {
  return all.some((t) => wordsOf(t).every((w, i) => words[i] === w))
}

// A quoted name with a capital is a name: it must be one of the titles (or a short form).
function quotedDrift(name: string, own: string[], all: string[]): Drift {
  if (!/^\p{Lu}/u.test(name) || namesTitle(name, all)) return undefined
  return { name, titel: closest(name, own) }
}

// An unquoted name has no end of its own; only a change inside a title's length tells.
// Words after which a sentence goes on rather than a name: pronouns, finite verbs, adverbs, conjunctions.
const goesOn = new Set(['we', 'wij', 'ze', 'zij', 'hij', 'die', 'dat', 'dit', 'deze', 'er', 'is', 'zijn', 'wordt', 'worden', 'ook', 'nog', 'als', 'om', 'en', 'of'])

// Prepositions and articles: the frame of a title's phrase.
const frameWords = new Set([...smallWords, 'bij', 'naar', 'door', 'uit', 'over', 'onder', 'tussen', 'zonder', 'tot', 'na', 'tegen', 'rond', 'binnen', 'buiten', 'vanuit', 'via', 'per'])

function unquotedDrift(run: string, own: string[], all: string[], closed: boolean): Drift {
  const written = run.split(/[ \t]+/)
  const words = written.map((w) => w.toLowerCase())
  const split = own.map(wordsOf)
  if (startsWithTitle(words, all)) return undefined
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
      return { name: written.slice(0, k).join(' '), titel }
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

function subsequence(title: string[], name: string[]): boolean {
  let i = 0
  for (const w of name) if (w === title[i]) i++
  return i === title.length
}

// Endings of inflected Dutch adjectives (`veilige`, `duurzame`, `sociale`, `eerlijke`), not of nouns such as `ruimte`.
const inflectedAdjective = /^\p{L}{2,}(?:ige|lijke|ische|bare|zame|ale|iele|ieve|ele|ere|ste|rke)$/u

function closest(name: string, own: string[]): string {
  const shared = (t: string): number => t.toLowerCase().split(/\s+/).filter((w) => !smallWords.has(w) && name.toLowerCase().includes(w)).length
  return own.reduce((a, b) => (shared(b) > shared(a) ? b : a))
}

/**
 * Titles of the plan's parts by the word that names their kind: pijlers by their label (and a
 * word their title opens with, `Prioriteit 1: Jeugd`), principes as principe and uitgangspunt,
 * and the parts headings define (`## Doel 3.3 Werk voor iedereen`).
 */
export function titlesByKind(plan: Plan, file: PlanFile): Map<string, string[]> {
  const byKind = new Map<string, string[]>()
  const add = (word: string, titel: unknown, ...more: unknown[]): void => {
    const list = byKind.get(word.toLowerCase()) ?? []
    for (const t of [titel, ...more]) if (typeof t === 'string' && t.trim() && !list.includes(t.trim())) list.push(t.trim())
    byKind.set(word.toLowerCase(), list)
  }
  for (const p of plan.pijlers ?? []) {
    const titel = String(p.titel ?? '')
    const own = definingHeading.exec(titel)
    if (own?.[1]) add(own[1], own[2], p.korteTitel)
    add(p.label ?? 'thema', own?.[2] ?? titel, p.korteTitel)
  }
  for (const p of plan.principes ?? []) {
    // A principe written as a sentence: its name is the first one (`Eerlijk delen. We …`).
    const titel = String(p.titel ?? '').split(/\.\s/u)[0]
    for (const word of ['principe', 'uitgangspunt']) add(word, titel, p.korteTitel)
  }
  for (const label of sourceLabels(file)) {
    // A section number may come first (`## 1.2 Doel 2: Betaalbaar wonen`).
    const text = label.text.replace(/^\d+(?:\.\d+)*\.?\s+(?=\p{L})/u, '')
    const m = label.heading ? (definingHeading.exec(text) ?? labelledHeading.exec(text)) : null
    if (m?.[1] && !notParts.has(m[1].toLowerCase())) add(m[1], m[2])
  }
  return byKind
}

// The declared titles and the parts a chapter named by a plural gives, for mentions by their kind
// word; a table column is read against the declared parts only.
function withChapterParts(declared: Map<string, string[]>, file: PlanFile): Map<string, string[]> {
  const titles = new Map([...declared].map(([kind, list]) => [kind, [...list]]))
  for (const part of chapterParts(file)) {
    for (const kind of part.kinds) {
      const list = titles.get(kind) ?? []
      if (!list.includes(part.titel)) list.push(part.titel)
      titles.set(kind, list)
    }
  }
  return titles
}
