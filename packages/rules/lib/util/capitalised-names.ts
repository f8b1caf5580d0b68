import type { Plan, PlanFile, SourceLocation } from '@kapstok/core'
import { textLocation } from '../rule.js'
import { runningTexts } from './running-texts.js'
import { sourceLabels } from './source-labels.js'
import { chapterParts } from './chapter-parts.js'
import { titlesByKind } from './kind-mentions.js'
import { namesTitle, smallWords } from './title-names.js'
import { sentenceWords, startsWithTitle, wordsOf } from './unquoted-drift.js'
import { pastSentence } from './annex-names.js'

/** A name in mid-sentence that drifts from a title. */
export interface CapitalisedName {
  /** The kind word and number before the name (`programma 4`), when a number names the part. */
  reference?: string
  /** The name as written. */
  name: string
  /** The title it stands for. */
  titel: string
  /** Pointer of the text. */
  pointer: string
  /** Where the name is (optional: only when the source holds it verbatim). */
  location?: SourceLocation
}

/**
 * Names of the plan's parts and paragraphs written without quotes in the middle of a sentence,
 * where no kind word says that a name follows (`De acties onder Veilig lopen naar school …` for
 * the thema `Veilig fietsen naar school`, `Voor Dorpskernen en lanen geldt …` for the paragraph
 * `4.1 Dorpskernen en linten`). Inside a Dutch sentence only a name opens with a capital, so the
 * capital marks where the name starts; it has no end of its own, so only a title's length tells
 * where it stops. Read strictly, since no kind word backs the reading: a run of a title's
 * length with the title's first word, exactly one other word changed, and written the way the
 * plan writes its titles (a capital on the first word only), of a title of three words or more.
 *
 * After a number that a heading gives the same kind word and number (`programma 4 Wonen en
 * stedelijke ordening` for `# Programma 4 Wonen en ruimtelijke ordening`), the number says which
 * part is meant: then any run of the title's length that shares half its words and is no title
 * is drift (the words turned around, one swapped).
 *
 * @param plan The model.
 * @param file The plan file (sources and positions).
 * @returns The names that drift.
 */
export function capitalisedNameDrifts(plan: Plan, file: PlanFile): CapitalisedName[] {
  const titles = planTitles(plan, file)
  const numbered = numberedHeadings(file)
  const all = [...titles, ...numbered.values()]
  if (all.length === 0) return []
  const long = titles.filter((t) => wordsOf(t).length >= 3)
  const out: CapitalisedName[] = []
  for (const { pointer, text } of runningTexts(plan)) {
    for (const m of text.matchAll(midSentenceCapital)) {
      const at = (m.index ?? 0) + (m[1]?.length ?? 0)
      const written = (/^[^,.;:!?()\[\]"'‘’“”\n]*/u.exec(text.slice(at, at + 160))?.[0] ?? '').split(/[ \t]+/).filter(Boolean)
      const reference = /(\p{L}{3,})[ \t]+(\d{1,2})[ \t]+$/u.exec(text.slice(Math.max(0, at - 40), at))
      const own = reference ? numbered.get(`${reference[1]?.toLowerCase()} ${reference[2]}`) : undefined
      // After a bare number (`tabel 2.1 …`) only a heading's own word and number make a name.
      const drift = own ? numberedDrift(written, own, all) : /\d/u.test(m[1] ?? '') ? undefined : swappedWord(written, long, all)
      // A sentence about an earlier state names a former name (`heette … nog`).
      if (!drift || pastSentence(text, at)) continue
      const location = textLocation(file, pointer, text, at, drift.name.length)
      out.push({ ...(own && reference ? { reference: reference[0].trim() } : {}), name: drift.name, titel: drift.titel, pointer, ...(location ? { location } : {}) })
    }
  }
  return out
}

// A capital right after a lower-case word or a number in the same sentence: a name starts there.
const midSentenceCapital = /([\p{Ll}\d][ \t]+)\p{Lu}\p{Ll}/gu

// Written as a title: letters only, a capital on the first word only.
const titleCase = (words: string[]): boolean => words.every((w, i) => /^[\p{L}-]+$/u.test(w) && (i === 0 || !/\p{Lu}/u.test(w)))

// One word of a title of three words or more swapped, the first word kept.
function swappedWord(written: string[], titles: string[], all: string[]): { name: string; titel: string } | undefined {
  const words = written.map((w) => w.toLowerCase())
  if (startsWithTitle(words, all)) return undefined
  for (const titel of titles) {
    const t = wordsOf(titel)
    const k = t.length
    if (words.length < k || words[0] !== t[0] || !titleCase(written.slice(0, k))) continue
    const changed = t.map((w, i) => (words[i] === w ? -1 : i)).filter((i) => i >= 0)
    const i = changed[0]
    if (changed.length !== 1 || i === undefined || smallWords.has(t[i] ?? '') || sentenceWords.has(words[i] ?? '')) continue
    // Another form of the same word (`voorziening`, `voorzieningen`) is no other name.
    if (sameWordForm(words[i] ?? '', t[i] ?? '')) continue
    // After `en`/`of` a swapped word makes another pair (`Veiligheid en handhaving`, `Veiligheid en
    // zorg`), which may well be meant; only a word built on the same noun (`toegangsroutes` for
    // `aanvoerroutes`) is the title misremembered.
    if (/^(?:en|of)$/u.test(t[i - 1] ?? '') && !sharedTail(words[i] ?? '', t[i] ?? '')) continue
    const name = written.slice(0, k).join(' ')
    if (!namesTitle(name, all)) return { name, titel }
  }
  return undefined
}

// Two forms of one word: one is the other with an ending of one or two letters (`-en`, `-s`, `-e`).
const sameWordForm = (a: string, b: string): boolean => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return long.startsWith(short) && long.length - short.length <= 2
}

// Two words that end on the same noun of four letters or more (`inloopavonden`, `spreekavonden`; `drinkwater`, `water`).
function sharedTail(a: string, b: string): boolean {
  let k = 0
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++
  return k >= 4
}

// Named by its number: a run of the title's length that shares half its words but is no title.
function numberedDrift(written: string[], titel: string, all: string[]): { name: string; titel: string } | undefined {
  const t = wordsOf(titel)
  const run = written.slice(0, t.length)
  if (t.length < 2 || run.length < t.length || !titleCase(run)) return undefined
  const words = run.map((w) => w.toLowerCase())
  const content = t.filter((w) => !smallWords.has(w))
  const shared = content.filter((w) => words.includes(w)).length
  const name = run.join(' ')
  if (shared * 2 < content.length || namesTitle(name, all) || startsWithTitle(words, all)) return undefined
  return { name, titel }
}

// The titles of the plan's parts (by kind word and by a chapter named by a plural) and of its
// headings without their numbers: the names a sentence may refer to.
function planTitles(plan: Plan, file: PlanFile): string[] {
  const list = new Set<string>()
  for (const titles of titlesByKind(plan, file).values()) for (const t of titles) list.add(t)
  for (const part of chapterParts(file)) list.add(part.titel)
  for (const label of sourceLabels(file)) {
    if (!label.heading) continue
    const bare = label.text.replace(/^\d+(?:\.\d+)*\.?\s+(?=\p{L})/u, '').replace(/^\p{L}{3,}\s+\d{1,2}(?:\.\d{1,2})*\s*[:.–—-]?\s+(?=\p{Lu})/u, '').trim()
    if (bare) list.add(bare)
  }
  return [...list]
}

// Headings that give a part a word and a number before its name (`# Programma 4 Wonen`), by
// `programma 4`: the number then says which part a sentence means.
function numberedHeadings(file: PlanFile): Map<string, string> {
  const out = new Map<string, string>()
  for (const label of sourceLabels(file)) {
    const m = label.heading ? /^(?:\d+(?:\.\d+)*\.?\s+)?(\p{L}{3,})\s+(\d{1,2})\s*[:.–—-]?\s+(\p{Lu}[^:]*)$/u.exec(label.text) : null
    if (m?.[1] && m[2] && m[3]) out.set(`${m[1].toLowerCase()} ${m[2]}`, m[3].trim())
  }
  return out
}
