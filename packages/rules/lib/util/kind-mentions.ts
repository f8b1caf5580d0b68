import type { Plan, PlanFile, SourceLocation } from '@kapstok/core'
import { textLocation } from '../rule.js'
import { sourceLabels } from './source-labels.js'
import { runningTexts } from './running-texts.js'
import { chapterParts } from './chapter-parts.js'
import { ownText, writtenTexts } from './text.js'
import { emphasisAsQuotes } from './emphasis.js'
import { namesTitle, smallWords } from './title-names.js'
import { startsWithTitle, unquotedDrift, wordsOf, type Drift } from './unquoted-drift.js'
import { modelParts } from './numbered-names.js'
import { annexNameCounts, annexTexts, isAnnex } from './annex-names.js'
import { determiner, modals } from './clause-verbs.js'
import { clauseBoundedDrift, sameWord } from './clause-bounded-names.js'

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
// A sentence may open with the kind word itself (`Speerpunt Zorg loopt …`).
const mentionOf = (words: string[]): RegExp => new RegExp(String.raw`(?:\b(?:het|de|dit|deze|dat|die|zie|binnen|onder)\s+|\(\s*|(?<=^|[.!?]\s{1,3}))(${words.join('|')})\s+(?=[‘'"“\p{Lu}])`, 'giu')
const quoted = /^[‘'"“]([^’'"”\n]{2,80})[’'"”]/u
// A part of another document or body in the clause after the name (`het thema Gezond leven uit de
// regiovisie`, `… van de provincie`), right after the name: its names are that document's, not this
// plan's. Not `van het programma` (this plan), nor an owner far on in the clause.
const OTHER_OWNER = /^(?:\s*|\s*\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}?\s+)(?:uit|van)\s+(?:de|het|een)\s+(?:[\p{L}-]+\s+)?(?:[\p{L}-]{2,}(?:visie|nota|akkoord|plan|programma|agenda|strategie|deal|beleid|kader)|visie|akkoord|strategie|deal|provincie|regio|rijk|ggd|veiligheidsregio)\b/iu
// Words up to the first punctuation mark: where an unquoted name may lie.
const unquoted = /^\p{Lu}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,11}/u

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
  for (const { pointer, text } of [...runningTexts(plan), ...headings, ...annexTexts(plan)]) {
    const annex = isAnnex(pointer)
    // Read with emphasis as quotes (same length, so offsets hold for the text as written).
    const read = emphasisAsQuotes(text)
    for (const m of read.matchAll(mention)) {
      const own = titles.get((m[1] ?? '').toLowerCase())
      if (!own || own.length === 0) continue
      const at = (m.index ?? 0) + m[0].length
      const rest = read.slice(at, at + 160)
      // With the `i` flag the lookahead's \p{Lu} takes lower case too: only a quote or a capital opens a name.
      if (!/^[‘'"“\p{Lu}]/u.test(rest)) continue
      if (OTHER_OWNER.test(rest.replace(quoted, ''))) continue
      const q = quoted.exec(rest)
      const fronted = !q && opensWithPhrase(read.slice(0, m.index ?? 0), m[0]) ? frontedName(rest) : undefined
      const isDeclared = declared.has((m[1] ?? '').toLowerCase())
      const run = unquoted.exec(rest)?.[0] ?? ''
      const narrow = !fronted && !isDeclared ? undefined : q ? quotedDrift(q[1]?.trim() ?? '', own, all) : fronted ? boundedDrift(fronted, own, all) : unquotedDrift(run, own, all, /^[ \t]*(?:[,.;:)]|$)/u.test(rest.slice(run.length)))
      // The clause bounds an unquoted name: read whole, it must be a title. A kind only a
      // chapter gives may name things outside the plan, so there two shared words are needed
      // (or a phrase that opens the sentence, which bounds the name as for `boundedDrift`).
      const bounded = narrow || q ? undefined : clauseBoundedDrift(rest, own, all)
      const drift = narrow ?? (bounded && (isDeclared || fronted !== undefined || bounded.shared >= 2) ? bounded : undefined)
      if (!drift || (annex && !annexNameCounts(drift.name, [drift.titel], text, m.index ?? 0))) continue
      const offset = at + (q ? q[0].indexOf(drift.name) : 0)
      const location = textLocation(file, pointer, text, offset, drift.name.length)
      out.push({ reference: m[0].replace(/^(?:\(|zie|binnen|onder)\s*/iu, '').trim(), name: drift.name, titel: drift.titel, pointer, ...(location ? { location } : {}) })
    }
  }
  return out
}

// A sentence that opens with a phrase about the part (`Binnen het spoor …`, `Voor het doel …`):
// Dutch puts the finite verb right after such a phrase and the subject after the verb
// (`… reserveren we`, `… zet de gemeente`), so the name ends where that verb stands.
const OPENING = /^(?:binnen|onder|voor|in|bij|vanuit|met|via|naast|uit|op)$/iu
const SUBJECT = /^(?:we|wij|ze|zij|ik|u|men|het\s+college|de\s+gemeente|de\s+raad|de\s+partners)(?=\s|[,.]|$)/iu
// An adverb may stand before that phrase (`Ook binnen het spoor …`, `Juist voor het doel …`), and a
// list item opens a sentence as a full stop does (`- Voor het doel …`).
function opensWithPhrase(before: string, mention: string): boolean {
  const lead = /(?:^|[.!?:]\s+|(?:^|\n)[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+)((?:\p{L}+\s+){0,2})$/u.exec(before)
  if (!lead) return false
  const word = (lead[1]?.trim().split(/\s+/).filter(Boolean).at(-1) ?? mention.split(/\s+/)[0] ?? '').trim()
  return OPENING.test(word)
}
// The subject may also be a noun after a finite verb that cannot be part of a name (`Voor het doel
// … is het bedrag nog niet bekend`, `… komen de meeste vragen`).
const FINITE = new Set([...modals, 'is', 'zijn', 'wordt', 'worden', 'komt', 'komen', 'gaat', 'gaan', 'staat', 'staan', 'ligt', 'liggen', 'blijft', 'blijven', 'krijgt', 'krijgen', 'heeft', 'hebben', 'valt', 'vallen', 'hoort', 'horen', 'geldt', 'gelden', 'loopt', 'lopen'])
function frontedName(rest: string): string | undefined {
  const clause = /^[^,.;:!?()]*/u.exec(rest)?.[0] ?? ''
  const words = clause.split(/\s+/).filter(Boolean)
  for (let j = 1; j < words.length && j <= 9; j++) {
    const nounSubject = FINITE.has(words[j] ?? '') && determiner.test(words[j + 1] ?? '') && j + 2 < words.length
    if (SUBJECT.test(words.slice(j + 1).join(' ')) || nounSubject) return /^\p{Lu}/u.test(words[0] ?? '') ? words.slice(0, j).join(' ') : undefined
  }
  return undefined
}

// A name bounded by the verb after it: any name that is no title of the plan drifts.
function boundedDrift(name: string, own: string[], all: string[]): Drift {
  const words = name.split(/\s+/).map((w) => w.toLowerCase())
  // A title or its short form joined to more (`Samen zorgen en de Wmo`, `Duurzame en veilige mobiliteit`).
  // Not when a title goes on with that same `en` (`Voorkomen en bestraffen` for `Voorkomen en
  // handhaven`): then the name keeps the title's first half and changes the rest.
  const joined = /^(.+?)\s+(en|of)\s/u.exec(name)
  const halfTitle = joined && all.some((t) => t.toLowerCase().startsWith(`${joined[1]?.toLowerCase()} ${joined[2]} `))
  if (namesTitle(name, all) || startsWithTitle(words, all) || (joined?.[1] && !halfTitle && namesTitle(joined[1], all))) return undefined
  return { name, titel: closest(name, own) }
}

// A quoted name with a capital is a name: it must be one of the titles (or a short form).
function quotedDrift(name: string, own: string[], all: string[]): Drift {
  if (!/^\p{Lu}/u.test(name) || namesTitle(name, all)) return undefined
  return { name, titel: closest(name, own) }
}

function closest(name: string, own: string[]): string {
  const written = wordsOf(name)
  const shared = (t: string): number => wordsOf(t).filter((w) => !smallWords.has(w) && (name.toLowerCase().includes(w) || written.some((n) => sameWord(n, w)))).length
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
  for (const [word, list] of modelParts(plan)) for (const p of list) add(word, p.titel)
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
