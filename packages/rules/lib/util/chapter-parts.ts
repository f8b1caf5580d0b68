/**
 * Parts a plan defines by its chapter structure alone: the sub-headings of a chapter named by a
 * plural noun (`# 4. Uitgangspunten` over `## 3. Respijt dichtbij`, `## Onze sporen` over
 * `### Samen sporten`) are parts of the kind that noun names in the singular (`uitgangspunt 3`,
 * `het spoor Samen sporten`). Plans name their parts with their own words; the model only knows
 * the ones a config or a class declares, so title-drift reads the rest from the headings.
 */
import type { PlanFile } from '@kapstok/core'
import { parseNumberWord } from '@kapstok/nl'

/** A part a chapter heading defines. */
export interface ChapterPart {
  /** The kind word, singular and lower case (`uitgangspunt`); a plural may give more than one spelling. */
  kinds: string[]
  /** Its number as the heading writes it (`3`, `2.3`), when it numbers it. */
  nummer?: string
  /** The last step of a dotted number (`3` of `2.3`), by which a text may cite it too. */
  step?: string
  /** Its title, without number, label or id. */
  titel: string
}

const heading = /^(#{1,6})[ \t]+(.*?)(?:\s*\{[^{}]*\})?\s*$/
// Section numbering in front of a title: `4.`, `2.3`, `A.`; or a label with its number: `Spoor 2:`.
const numbering = /^(?:(\d{1,2}(?:\.\d{1,2})*)\.?|([A-Z])\.)\s+/u
const labelled = /^\p{L}{3,}\s+(\d{1,2})\s*[:.–—-]\s*/u
// Chapters whose sub-headings are no parts a text cites by kind and number.
const notKinds = /^(?:bijlagen|financiën|middelen|kosten|inleiding|activiteiten|resultaten|bronnen|begrippen|afkortingen|risico's|tabellen|figuren|vragen)$/iu

// Title drift reads the parts twice (numbered and by kind word): the headings are parsed once per file.
const read = new WeakMap<PlanFile, ChapterPart[]>()

/**
 * The parts the chapters of the plan's Markdown sources define.
 *
 * @param file The plan file.
 * @returns The parts, in source order.
 */
export function chapterParts(file: PlanFile): ChapterPart[] {
  const known = read.get(file)
  if (known) return known
  const out: ChapterPart[] = []
  read.set(file, out)
  for (const source of file.sources) {
    if (!/\.(?:md|markdown)$/i.test(source.path)) continue
    // The chapters open at this line, outer first: a heading without a plural opens one too, as
    // its sub-headings may be parts its text announces.
    const open: Chapter[] = []
    let fence = false
    for (const line of String(source.value ?? '').split('\n')) {
      if (/^\s*(?:```|~~~)/.test(line)) fence = !fence
      const m = fence ? null : heading.exec(line)
      const chapter = open.at(-1)
      if (!m) {
        // The text under a chapter, before its first sub-heading, may say what its parts are.
        if (chapter && chapter.kinds.length === 0 && chapter.parts.length === 0) {
          const announced = announcedParts(line)
          if (announced) chapter.announced.push(announced)
        }
        continue
      }
      const level = m[1]?.length ?? 1
      const text = (m[2] ?? '').replace(/[*_]/g, '').trim()
      while ((open.at(-1)?.level ?? 0) >= level) out.push(...partsOf(open.pop()))
      const parent = open.at(-1)
      if (parent && level === parent.level + 1) {
        const part = partOf(text, parent.kinds)
        if (part) parent.parts.push(part)
      }
      // Under a chapter of parts, deeper headings are no chapters of their own.
      if (parent && parent.kinds.length > 0) continue
      open.push({ level, kinds: kindsOf(text.replace(numbering, '')), parts: [], announced: [] })
    }
    while (open.length > 0) out.push(...partsOf(open.pop()))
  }
  return out
}

/** A chapter being read: its level, the kinds its title names, its sub-headings, and what its text announces. */
interface Chapter {
  level: number
  kinds: string[]
  parts: ChapterPart[]
  announced: Announced[]
}
interface Announced {
  kinds: string[]
  count: number
  /** Whether the line leads in a list (`… drie speerpunten:`): the items are what it counts. */
  leadIn: boolean
}

// A count before a plural, perhaps with one adjective between: `vier doelen`, `vijf leidende principes`, `3 sporen`.
const announcing = /(?:^|\s)(\d{1,2}|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+(?:\p{Ll}{3,}e\s+)?(\p{Ll}{4,}(?:en|s|['’]s))(?=[\s.,:;]|$)/u

/** The kind and number of parts a line of text announces (`We streven vier doelen na.`), if any. */
function announcedParts(line: string): Announced | undefined {
  const m = announcing.exec(line)
  const count = m ? (/^\d/u.test(m[1] ?? '') ? Number(m[1]) : parseNumberWord(m[1] ?? '')) : undefined
  const kinds = m && !notKinds.test(m[2] ?? '') ? singularForms(m[2] ?? '') : []
  return count !== undefined && kinds.length > 0 ? { kinds, count, leadIn: /:\s*$/u.test(line) } : undefined
}

/**
 * The parts a chapter defines: its sub-headings when its title is a plural (`# Uitgangspunten`);
 * under another title (`## 4.1 Wat willen we bereiken?`) its numbered sub-headings when its text
 * announces just as many of a kind (`We streven drie doelen na.`), so `doel 3` is the third.
 */
function partsOf(chapter: Chapter | undefined): ChapterPart[] {
  if (!chapter) return []
  if (chapter.kinds.length > 0) return chapter.parts
  const numbered = chapter.parts.filter((p) => p.nummer)
  // Of the lines that announce as many parts as there are headings, one that leads in no list
  // (`Het plan noemt drie speerpunten:` counts the items below it, `We werken aan drie doelen.` the headings).
  const fitting = chapter.announced.filter((a) => a.count === numbered.length)
  const announced = fitting.find((a) => !a.leadIn) ?? fitting[0]
  return announced ? numbered.map((p) => ({ ...p, kinds: announced.kinds })) : []
}

function partOf(text: string, kinds: string[]): ChapterPart | undefined {
  const own = labelled.exec(text)
  const numbered = own ? null : numbering.exec(text)
  const titel = text.slice((own ?? numbered)?.[0].length ?? 0).trim()
  if (!/^\p{Lu}/u.test(titel)) return undefined
  // A section number cites the part by its last step too: `2.3` under chapter 2 is the third.
  const nummer = own?.[1] ?? numbered?.[1] ?? numbered?.[2]
  const step = nummer?.includes('.') ? nummer.split('.').at(-1) : undefined
  return { kinds, titel, ...(nummer ? { nummer } : {}), ...(step ? { step } : {}) }
}

// A short chapter title that ends on a plural noun (`Uitgangspunten`, `Onze vijf sporen`, `Leidende
// principes`): the singular forms it may stand for. Dutch plurals in -en change the stem
// (`sporen` → `spoor`, `kansen` → `kans`, `opgaven` → `opgave`): each spelling is kept, since a
// spelling no text uses does no harm.
// The plural may also be the head before a phrase that narrows it (`Opgaven per vervoerswijze`,
// `Sporen voor de komende jaren`): Dutch puts such a phrase after its noun.
function kindsOf(title: string): string[] {
  const words = title.split(/\s+/)
  const last = (words.at(-1) ?? '').toLowerCase()
  const head = words.findIndex((_w, i) => i <= 2 && narrowing.test(words[i + 1] ?? ''))
  // `X per Y` has a sub-heading for each Y (`Doelen per doelgroep` over `## 4.1 Jonge gezinnen`):
  // each part is a Y as well, and a text names it so (`de doelgroep Jonge gezinnen`). Not a unit
  // of time or count (`Kosten per jaar`, `per inwoner`).
  const each = head >= 0 && /^per$/iu.test(words[head + 1] ?? '') && words.length === head + 3 ? (words[head + 2] ?? '').toLowerCase() : ''
  const perKind = /^\p{Ll}{4,}$/u.test(each) && !perUnit.test(each) ? [each] : []
  if (head >= 0 && words.length <= 7 && !notKinds.test(words[head] ?? '')) return [...singularForms((words[head] ?? '').toLowerCase()), ...perKind]
  if (perKind.length > 0) return perKind
  if (words.length > 4 || notKinds.test(title) || notKinds.test(last)) return []
  return singularForms(last)
}
const narrowing = /^(?:per|voor|van|in|op|bij|naar|tot|rond)$/iu
// Units after `per` that divide an amount rather than name parts.
const perUnit = /^(?:jaar|maand|week|kwartaal|dag|uur|inwoner|persoon|huishouden|stuk|leerling|deelnemer|woning|euro|keer|periode|begrotingsjaar)$/u

/**
 * The singular forms a Dutch plural noun may have (`sporen` → `spoor`, `thema's` → `thema`);
 * none for a word that is no plural.
 *
 * @param word A lower-case word.
 * @returns The candidate singulars.
 */
export function singularForms(word: string): string[] {
  const last = word.toLowerCase()
  if (!/^\p{L}{4,}(?:en|s|['’]s)$/u.test(last)) return []
  if (/['’]s$/u.test(last)) return [last.slice(0, -2)]
  if (!last.endsWith('en')) return [last.slice(0, -1)]
  const stem = last.slice(0, -2)
  const forms = [last.slice(0, -1), stem]
  if (/(\p{L})\1$/u.test(stem)) forms.push(stem.slice(0, -1))
  const open = /^(.*[^aeiou])([aeou])([^aeiou])$/u.exec(stem)
  if (open) forms.push(`${open[1]}${open[2]}${open[2]}${open[3]}`)
  return forms.filter((w) => w.length >= 3)
}
