/**
 * Names written after the number of a section-numbered heading: `## 2.2 Gezond opgroeien` is a
 * part of the plan, and `## 3.2 Acties bij doel 2.2 …`, a cell `Doel 2.2: …` or `paragraaf 2.2
 * (…)` name it by that number. The headings are read once; every mention is compared with the
 * title its number points at. Used by `title-drift`.
 */
import { offsetLocation, type PlanFile, type SourceLocation } from '@kapstok/core'
import { appositionName, sharesWord } from './apposition-names.js'
import { emphasisAsQuotes } from './emphasis.js'
import { clauseLike, closedTitle, looksLikeName, namesTitle, unquote } from './title-names.js'
import { normalizeTitle } from './text.js'

/** A name after a section number that is not the section's title. */
export interface SectionName {
  /** The title of the section the number names. */
  titel: string
  /** The word and number as written (`doel 2.2`). */
  reference: string
  /** The name as written. */
  name: string
  /** Where the name is. */
  location: SourceLocation
}

// A heading with a section number of two parts or more: `## 2.2 Gezond opgroeien {#d22}`.
const numberedHeading = /^#{1,6}[ \t]+(\d{1,2}(?:\.\d{1,2})+)\.?[ \t]+(.+?)[ \t]*(?:\{[^{}\n]*\})?[ \t]*$/u
// A chapter numbered by one number (`# 3. Financiën`, `# 3 Financiën`) or an annex (`# Bijlage 2: Begrippen`):
// cited by `hoofdstuk 3` and `bijlage 2`, not by a word of a part (`thema 3` is the third thema).
const chapterHeading = /^#{1,6}[ \t]+(?:(\d{1,2})\.?|(?:bijlage|annex)[ \t]+(\d{1,2}|[A-Z]))[ \t]*[:.–—-]?[ \t]+(\p{Lu}.*?)[ \t]*(?:\{[^{}\n]*\})?[ \t]*$/iu
const chapterMention = /(?<![\p{L}\d.])(hoofdstuk|bijlage)[ \t]+(\d{1,2}|[A-Z])(?![\d.]*\d|\p{L})/giu
// Words that cite the plan's own structure: a name set off after them is the part's name, even
// when it shares no word with the title (`paragraaf 2.1 (Samenwerken met partners)`).
const structural = /^(?:hoofdstuk|paragraaf|bijlage|deel|onderdeel)$/iu
const otherDocument = /^[ \t]*(?:van|uit|in)[ \t]+(?:de|het)[ \t]+(?:\p{L}+[ \t]+)?\p{Lu}/u
// A word and a section number in running text, a heading or a cell (`doel 2.2`, `paragraaf 4.1`).
const mention = /(?<![\p{L}\d.])(\p{L}{3,})[ \t]+(\d{1,2}(?:\.\d{1,2})+)(?![\d.]*\d)/gu
// Words that number other things than sections: tables, figures, articles of a law.
const otherThings = /^(?:tabel|figuur|grafiek|kaart|afbeelding|foto|bijlage|artikel|lid|versie|bron|blz|pagina)$/iu
// A name in brackets or quotes right after the number, anywhere; a quoted name may follow a comma
// as an apposition (`uitgangspunt 2.1, ‘Zuinig bouwen’`).
const setOff = /^[ \t]*(?:\(([^()\n]{2,80})\)|,?[ \t]*[‘'"“]([^’'"”\n]{2,80})[’'"”])/u
// A name that runs on to the end of a heading or a cell, after an optional colon or dash.
const runningOn = /^[ \t]*[:–—-]?[ \t]*(?:\*\*|__)?(\p{Lu}[^|:\n{]*?)(?:\*\*|__)?[ \t]*(?:\{[^{}\n]*\})?[ \t]*(?:\||$)/u

// In prose, a name run on after `paragraaf 2.3` without a mark, to the end of the sentence
// (`verwijzen we naar paragraaf 2.3 Wonen voor starters.`): after the number a sentence cannot
// go on with a capital, so what follows to the full stop is the part's name.
// No comma inside (`hoofdstuk 2 Wonen, alinea …` lists places), and only in a sentence that leads up
// to the reference (`verwijzen we naar`): a line that opens with it is a label of its own.
const toSentenceEnd = /^[ \t]+(\p{Lu}[^.,;:!?()|\n\d]{1,80}?)[ \t]*(?:\.(?=\s|$)|$)/u
const runOnWord = /^(?:paragraaf|hoofdstuk)$/iu
// Or up to the verb the section is the subject of (`De uitkomsten van paragraaf 2.4 Risico's en
// maatregelen laten zien …`, `Zoals paragraaf 2.1 … beschrijft`): verbs of what a text shows or holds.
// Not a verb with its subject after it (`In paragraaf 2.2 Minder geluid gaan we …`): the part before it
// was fronted, and may be no name.
const toSectionVerb = /^[ \t]+(\p{Lu}[^.,;:!?()|\n\d]{1,80}?)[ \t]+(?:laat|laten|geeft|geven|toont|tonen|beschrijft|beschrijven|bevat|bevatten|behandelt|behandelen|bespreekt|bespreken|schetst|schetsen|noemt|noemen|staat|staan|vat|vatten|legt|leggen|werkt|werken|maakt|maken)\b(?![ \t]+(?:we|wij|ze|zij|u|ik|men|je|er)\b)/u
const leadsUp = /(?:^|[.!?]\s)[^.!?]*\p{L}+[ \t]+\p{L}+[ \t]+$/u
const ofOtherDocument = /\b(?:van|uit|in)[ \t]+(?:de|het)[ \t]+(?:\p{L}+[ \t]+)?\p{Lu}/u

/**
 * Find names after a section number that share a word with that section's title but are not it
 * (nor its first words or its initials).
 *
 * @param file The plan file (its Markdown sources).
 * @returns The drifting names, in document order.
 */
export function sectionNames(file: PlanFile): SectionName[] {
  const sources = file.sources.filter((source) => /\.(?:md|markdown)$/iu.test(source.path)).map((source) => ({ path: source.path, text: String(source.value ?? '') }))
  // A number that two headings of one level carry (two documents, each numbered from 1) names
  // neither for sure. A chapter is the shallowest heading with its number: the parts a chapter
  // numbers from 1 under it (`# 2. Uitgangspunten` over `## 3. Eenvoudig`) are no chapters.
  const headings = new Map<string, { titel: string | null; depth: number }>()
  for (const { text } of sources) {
    for (const line of text.split('\n')) {
      const m = numberedHeading.exec(line)
      const c = m ? null : chapterHeading.exec(line)
      const key = m?.[1] ?? (c ? (c[1] ? `hoofdstuk ${c[1]}` : `bijlage ${c[2]?.toUpperCase()}`) : undefined)
      const titel = (m?.[2] ?? c?.[3])?.replace(/[*_]/g, '').trim()
      if (!key || !titel) continue
      const depth = /^#+/u.exec(line)?.[0].length ?? 1
      const known = headings.get(key)
      if (!known || depth < known.depth) headings.set(key, { titel, depth })
      else if (depth === known.depth && known.titel !== titel) known.titel = null
    }
  }
  const titles = new Map([...headings].map(([key, { titel }]) => [key, titel]))
  for (const [key, titel] of labelledParts(sources, headings)) titles.set(key, titel)
  if (titles.size === 0) return []
  const out: SectionName[] = []
  for (const { path, text } of sources) {
    // Offsets are counted from the start of the file.
    const base: SourceLocation = { file: path, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
    let offset = 0
    for (const line of text.split('\n')) {
      const at = offset
      offset += line.length + 1
      const labelled = /^[ \t]*(?:#{1,6}[ \t]|\|)/u.test(line)
      const mentions = [
        // A part's own word and number (`doel 4.2.1`) before a bare section number.
        ...[...line.matchAll(mention)].map((m) => ({ m, titel: otherThings.test(m[1] ?? '') ? undefined : own(titles, `${m[1]?.toLowerCase()} ${m[2]}`, m[2] ?? '') })),
        ...[...line.matchAll(chapterMention)].map((m) => ({ m, titel: titles.get(`${m[1]?.toLowerCase()} ${m[2]?.toUpperCase()}`) }))
      ]
      for (const { m, titel } of mentions) {
        if (!titel) continue
        const rest = emphasisAsQuotes(line.slice(m.index + m[0].length))
        const found = setOff.exec(rest) ?? (labelled ? runningOn.exec(rest) : null)
        // A name between commas (`doel 2.1, Schone straten, …`) by the apposition test of numbered names.
        const apart = found ? undefined : appositionName(rest, [titel])
        const bare = found || apart || labelled || !runOnWord.test(m[1] ?? '') ? undefined : runOnName(rest, titel, leadsUp.test(line.slice(0, m.index)))
        const name = unquote((found?.[1] ?? found?.[2] ?? apart ?? bare ?? '').trim()).replace(/[.,;]+$/u, '')
        if (!name || !/^\p{Lu}/u.test(name) || normalizeTitle(name) === normalizeTitle(titel)) continue
        // In a heading, a name run on after the number is the part's name as surely as after a
        // structural word (`## Acties bij doel 2.3 Groene schoolroutes`): any other name is drift.
        const named = found !== null && (structural.test(m[1] ?? '') || /^[ \t]*#{1,6}[ \t]/u.test(line))
        if (namesTitle(name, [titel]) || !(apart || bare || sharesWord(name, [titel]) || named)) continue
        // The chapter of another document (`hoofdstuk 3 (Wonen) van de Omgevingsvisie`).
        if (otherDocument.test(rest.slice((found?.index ?? 0) + (found?.[0].length ?? 0)))) continue
        const index = at + m.index + m[0].length + rest.indexOf(name)
        out.push({ titel, reference: m[0], name, location: offsetLocation(base, text, index, name.length) })
      }
      for (const { index, length, ...found } of namesBeforeReference(line, titles)) {
        out.push({ ...found, location: offsetLocation(base, text, at + index, length) })
      }
    }
  }
  return out
}

// A heading that labels a part by a word and a number of two parts or more, the part's identity
// rather than the heading's place (`## Doel 4.2.1 Een bereikbaar centrum`, `## 2.3 Doel 2.3.1: …`).
const labelledHeading = /^(#{1,6})[ \t]+(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(\p{L}{3,})[ \t]+(\d{1,2}(?:\.\d{1,2})+)\.?(?:[ \t]*[:–—-])?[ \t]+(\p{Lu}[^{}]*?)[ \t]*(?:\{[^{}\n]*\})?[ \t]*$/u

/**
 * The titles of parts labelled by word and number in headings, by `word number` in lower case. A
 * label two headings of one depth give different titles names no part, unless the plan goes
 * through its parts again (another of the word's labels comes back with the same title, the
 * work per doel after the doelen): then the first heading holds the title and the other is a
 * renamed repeat, read as a mention. A number that a section heading carries is that section's.
 */
function labelledParts(sources: Array<{ path: string; text: string }>, sections: Map<string, unknown>): Map<string, string | null> {
  const first = new Map<string, { titel: string; depth: number; conflict: boolean; parent: string }>()
  const repeated = new Set<string>()
  // Two labels alike among the sub-headings of one chapter (`Doel 3.3`, `Doel 3.3`) are a slip in
  // the numbering, not a renamed repeat: that label names no part for sure.
  const sure = new Set<string>()
  // The heading each depth sits under, to tell one chapter's sub-headings from a later chapter's.
  const parents: string[] = []
  for (const { path, text } of sources) {
    text.split('\n').forEach((line, n) => {
      const depth = /^(#{1,6})[ \t]/u.exec(line)?.[1]?.length
      if (depth === undefined) return
      parents.length = depth
      parents[depth - 1] = `${path}:${n}`
      const parent = parents.slice(0, depth - 1).findLast((p) => p !== undefined) ?? ''
      const m = labelledHeading.exec(line)
      const word = m?.[2]?.toLowerCase()
      // A number a section heading carries names that section (`## Doel 2.3 – …` under `## 2.3 …`).
      if (!m || !word || otherThings.test(word) || structural.test(word) || sections.has(m[3] ?? '')) return
      const key = `${word} ${m[3]}`
      const titel = (m[4] ?? '').replace(/[*_]/g, '').trim()
      const known = first.get(key)
      if (!known || depth < known.depth) first.set(key, { titel, depth, conflict: false, parent })
      else if (normalizeTitle(known.titel) === normalizeTitle(titel)) repeated.add(word)
      else if (depth === known.depth) {
        known.conflict = true
        if (known.parent === parent) sure.add(key)
      }
    })
  }
  return new Map([...first].map(([key, { titel, conflict }]) => [key, conflict && (sure.has(key) || !repeated.has(key.split(' ')[0] ?? '')) ? null : titel]))
}

// The title under a part's own label when the plan labels one so (null when the label is
// ambiguous: then the section number does not stand in for it), else under the section number.
const own = (titles: Map<string, string | null>, label: string, number: string): string | null | undefined => (titles.has(label) ? titles.get(label) : titles.get(number))

// A section number in brackets after a name (`Kadewijk (paragraaf 3.2)`, `Kadewijk (zie 3.2)`):
// the writer points at the section the name is about, so a capitalised name right before it that
// shares a word or a word's first part with that section's title (`Havenzijde` for `Havenkade`) but
// is none of it, names the section otherwise.
// The part's own word may stand in the bracket (`(doel 2.2)`), not a table's or an article's.
const backReference = /[ \t]\((?:zie[ \t]+)?(?:(?:paragraaf|§|(\p{L}{3,}))[ \t]*)?(\d{1,2}(?:\.\d{1,2})+)\)/giu
// A heading, with the section number it carries itself (`## 3.2 `).
const headingStart = /^[ \t]*#{1,6}[ \t]+(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?/u

function namesBeforeReference(line: string, titles: Map<string, string | null>): Array<{ titel: string; reference: string; name: string; index: number; length: number }> {
  const out: Array<{ titel: string; reference: string; name: string; index: number; length: number }> = []
  const heading = headingStart.exec(line)
  for (const m of line.matchAll(backReference)) {
    const word = m[1]?.toLowerCase()
    if (word && otherThings.test(word)) continue
    const titel = word ? own(titles, `${word} ${m[2]}`, m[2] ?? '') : titles.get(m[2] ?? '')
    if (!titel) continue
    // A heading that ends on the number of the part it is about (`## 3.2 Een … wijk (doel 2.2)`) names
    // that part: its text, or the part after a colon, is the name; a heading about something else
    // that shares a word (`Acties voor een groene wijk`) is not one word away from the title.
    if (heading) {
      const before = line.slice(0, m.index)
      const from = Math.max(heading[0].length, before.search(/[^:–—]*$/u))
      const name = before.slice(from).replace(/[*_]/gu, ' ').trim()
      const index = from + before.slice(from).search(/\S/u)
      if (!name || !/^\p{Lu}/u.test(name) || normalizeTitle(name) === normalizeTitle(titel) || !oneWordAway(name, titel)) continue
      out.push({ titel, reference: m[0].trim(), name, index, length: before.trimEnd().length - index })
      continue
    }
    // The words before the bracket, back to a punctuation mark, at most the title's length and two more.
    const before = line.slice(0, m.index)
    const clause = /[^,.;:!?()|]*$/u.exec(before)?.[0] ?? ''
    const spans = [...clause.matchAll(/[^ \t]+/gu)]
    const words = spans.map((w) => w[0])
    const limit = titel.split(/\s+/u).length + 2
    // The name opens at the leftmost capital in reach, not at the clause's own first word.
    let start = -1
    for (let i = words.length - 1; i >= Math.max(0, words.length - limit); i--) if (/^\p{Lu}/u.test(words[i] ?? '') && (i > 0 || start < 0)) start = i
    // A clause that opens with an article is a sentence about something, not a name (`Het onderhoud
    // van de kade (paragraaf 4.1)`).
    if (start < 0 || (start === 0 && /^(?:de|het|een|dit|deze|die|dat)$/iu.test(words[0] ?? ''))) continue
    const name = words.slice(start).join(' ')
    if (namesTitle(name, [titel]) || normalizeTitle(name) === normalizeTitle(titel) || !sharesStart(name, titel)) continue
    // Where the name stands as written: two spaces or a tab between its words hold.
    const from = spans[start]?.index ?? 0
    out.push({ titel, reference: m[0].trim(), name, index: before.length - clause.length + from, length: clause.trimEnd().length - from })
  }
  return out
}

// Whether a name is the title with a word or two changed, added or left out (`Veilig op weg naar
// school` for `Veilig naar school`), opening on the title's first word, or the title's words reordered.
function oneWordAway(name: string, titel: string): boolean {
  const words = (t: string): string[] => normalizeTitle(t).split(/\s+/u).filter(Boolean)
  const a = words(name)
  const b = words(titel)
  const changes = Math.max(a.filter((w) => !b.includes(w)).length, b.filter((w) => !a.includes(w)).length)
  return b.length >= 2 && Math.abs(a.length - b.length) <= 2 && changes <= 2 && changes < b.length && (a[0] === b[0] || changes === 0)
}

// A word in common, or a word's first part (`Weide` in `Weidebeek` and `Weidehof`).
function sharesStart(name: string, titel: string): boolean {
  if (sharesWord(name, [titel])) return true
  const long = (t: string): string[] => t.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 5)
  return long(name).some((w) => long(titel).some((o) => commonPrefix(w, o) >= 5))
}

function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return i
}

/**
 * A name run on after a structural word and number to the end of the sentence, when it shares a
 * word with the title or is written like a title (two words or more, only the first capitalised),
 * and is not the part of another document (`… Wonen van de Omgevingsvisie.`).
 *
 * @param rest The line after the number.
 * @param titel The title of the part the number names.
 * @param leads Whether the sentence leads up to the reference (`verwijzen we naar`): only then a name may run to the full stop.
 * @returns The name, if the rest of the sentence is one.
 */
function runOnName(rest: string, titel: string, leads: boolean): string | undefined {
  const name = (toSectionVerb.exec(rest) ?? (leads ? toSentenceEnd.exec(rest) : null))?.[1]?.trim()
  if (!name || ofOtherDocument.test(name) || clauseLike(name) || !looksLikeName(name)) return undefined
  return sharesWord(name, [titel]) || closedTitle(name, true) ? name : undefined
}
