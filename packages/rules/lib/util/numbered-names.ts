import { offsetLocation, type Plan, type PlanFile, type SourceLocation } from '@kapstok/core'
import { sourceText, textLocation } from '../rule.js'
import { writtenAt } from './agenda.js'
import { planReferences } from './plan-references.js'
import { sourceLabels, type SourceLabel } from './source-labels.js'
import { runningTexts } from './running-texts.js'
import { normalizeTitle } from './text.js'
import { chapterParts, type ChapterPart } from './chapter-parts.js'
import { emphasisAsQuotes } from './emphasis.js'
import { bracketedNames } from './bracketed-numbers.js'
import { looksLikeName, unquote } from './title-names.js'
import { appositionName } from './apposition-names.js'
import { annexNameCounts, annexTexts, isAnnex } from './annex-names.js'
import { lowercaseName } from './lowercase-names.js'

/** A name written after a numbered reference to a pijler or principe: `thema 3 (Afval)`, `Thema 2: Snelle hulp`. */
export interface NumberedName {
  /** Id of the pijler or principe the number names (optional: a part only a heading defines has none). */
  id?: string
  /** The title of what the number names. */
  titel: string
  /** Its short title (optional). */
  korteTitel?: string
  /** The reference as written before the name (`thema 3`). */
  reference: string
  /** The name as written. */
  name: string
  /** Where the name is (optional: only when the source holds it verbatim). */
  location?: SourceLocation
  /** Pointer of the text, cell or label. */
  pointer: string
}

/** A numbered part by the word and number a plan names it with. */
type Items = Map<string, Item>
interface Item {
  id?: string
  titel?: string
  korteTitel?: string
}

// `thema 3 (Afval en hergebruik)`, `thema 3 ‘Afval’`, `thema 3 "Afval"`: in prose only a bracketed
// or quoted name is a name (after a colon a sentence may follow).
// A quoted name may follow a comma as an apposition: `bouwsteen 2, ‘Langer thuis’:`.
// A bracketed name may be broken over two lines of one paragraph (`thema 3 (Groen in` / `de wijk)`).
const proseName = /^\s*(?:\(((?:[^()\d\n]|\n(?![ \t]*\n)){2,80})\)|,?\s*[‘'"“]([^’'"”\n]{2,80})[’'"”])/u
// Inside a bracket opened right before the number, a colon or dash introduces the name up to the
// closing bracket: `(thema 3: Afval en hergebruik)`, `(route 2 – Veilig fietsen)`.
const bracketedLabel = /^\s*[:–—-]\s*([^()\n:;]{2,80}?)\s*\)/u
const opensBracket = /\(\s*$/u
// A whole label or cell: `Thema 2: Snelle hulp`, `Thema 2 – Snelle hulp`, `Thema 2 (Snelle hulp)`.
const labelName = /^\s*(\p{L}+)\s+(\d+[a-z]?)(?!\.\d)\s*(?:[:.–—-]\s*|\(\s*|\s)([^()\n]*?\p{L}[^()\n]*?)\)?\s*$/u

/**
 * Names written after a number that identifies a pijler (`thema 3`, `route 2`) or principe
 * (`principe 4`): in prose (a bracketed or quoted name), in finance table row labels and in the
 * agenda's pijler cells and headings. The number decides the target; the rule compares the name.
 *
 * @param plan The model.
 * @param file The plan file (sources and positions).
 * @returns The names.
 */
export function numberedNames(plan: Plan, file: PlanFile): NumberedName[] {
  const labels = sourceLabels(file)
  const items = numberedItems(plan, labels, chapterParts(file))
  if (items.size === 0) return []
  const out: NumberedName[] = []
  const found = (target: Item, name: string, more: Omit<NumberedName, 'titel' | 'name'>): void => {
    if (!target.titel) return
    out.push({ ...(target.id ? { id: target.id } : {}), titel: target.titel, ...(target.korteTitel ? { korteTitel: target.korteTitel } : {}), name, ...more })
  }
  // The plan's own label words (`koers 2`, `lijn 1`) beyond the words `planReferences` knows.
  const words = [...new Set([...items.keys()].map((key) => key.split(' ')[0] ?? ''))].filter((w) => /^\p{L}+$/u.test(w))
  // A number may carry a letter of its own (`principe P2`), as the heading that defines it does.
  // Or a letter alone (`actielijn B`), when the plan letters its parts so (a capital: the `i` flag lets
  // `\p{Lu}` take small letters, so the letter's case is tested below).
  const byLabel = new RegExp(String.raw`\b(${words.join('|') || '(?!)'})\s+(\p{Lu}?\d{1,2}[a-z]?(?![\d.,]*\d)|\p{Lu}(?![\p{L}\d]))`, 'giu')
  // A bijlage may be another paper, with parts of its own: there a name counts only when it shares a
  // word with the title (a name changed in part, `Groene daken en pleinen` for `Groene daken en gevels`).
  for (const { pointer, text } of [...runningTexts(plan), ...annexTexts(plan)]) {
    const annex = isAnnex(pointer)
    const refs = planReferences(text).filter((ref) => ref.number && !ref.list).map((ref) => ({ index: ref.index, text: ref.text, key: `${ref.kind} ${ref.number}` }))
    for (const m of text.matchAll(byLabel)) if (!/^\p{Ll}$/u.test(m[2] ?? '') && !refs.some((r) => r.index === m.index)) refs.push({ index: m.index, text: m[0], key: `${m[1]} ${m[2]}`.toLowerCase() })
    for (const ref of refs) {
      const target = items.get(ref.key)
      const end = ref.index + ref.text.length
      const rest = emphasisAsQuotes(text.slice(end, end + 100))
      const m = target ? (proseName.exec(rest) ?? (opensBracket.test(text.slice(0, ref.index)) ? bracketedLabel.exec(rest) : null)) : null
      const capitalised = m ? unquote((m[1] ?? m[2] ?? '').trim()) : target && appositionName(rest, [target.titel, target.korteTitel])
      // A name in lower case (`spoor 2, samen bouwen, …`) only when set off and sharing a word with the title.
      const written = capitalised && /^\p{Lu}/u.test(capitalised) ? capitalised : target && lowercaseName(rest, [target.titel, target.korteTitel])
      // A hard line break inside the name is a space; the location keeps the name as written.
      const name = written?.replace(/[ \t]*\n[ \t]*/gu, ' ')
      if (!target || !written || !name) continue
      if (annex && !annexNameCounts(name, [target.titel, target.korteTitel], text, ref.index)) continue
      const at = end + rest.indexOf(written)
      const location = textLocation(file, pointer, text, at, written.length)
      found(target, name, { reference: ref.text, pointer, ...(location ? { location } : {}) })
    }
  }
  const label = (pointer: string, text: string): void => {
    const m = labelName.exec(text)
    const target = m ? items.get(`${m[1]?.toLowerCase()} ${m[2]?.toLowerCase()}`) : undefined
    const name = m?.[3]?.trim()
    if (!m || !target || !name) return
    found(target, name, { reference: `${m[1]} ${m[2]}`, pointer, ...located(file, pointer, name) })
  }
  ;(plan.financien?.tabellen ?? []).forEach((t, i) => t.rijen.forEach((r, j) => r.label && label(`/financien/tabellen/${i}/rijen/${j}/label`, r.label)))
  ;(plan.acties ?? []).forEach((actie, i) => {
    const pointer = `/acties/${i}/pijler`
    const source = actie.pijler ? writtenAt(file, pointer) : undefined
    if (!source) return
    const written = source.value.replace(/^#{1,6}\s+|\s*\|?\s*$/g, '')
    // A linked heading (`## [Wonen](#t2)`) is title-drift's link check.
    if (!written.includes('](#')) label(pointer, written)
  })
  // Other headings, list items and table cells that are a label (`Thema 2: Sport`), where the model has no field for them.
  const done = new Set(out.map((n) => (n.location ? `${n.location.file}:${n.location.start.offset}` : '')))
  for (const written of labels) {
    const m = labelName.exec(written.text) ?? (written.heading ? aboutPart.exec(written.text) : null)
    const target = m ? items.get(`${m[1]?.toLowerCase()} ${m[2]?.toLowerCase()}`) : undefined
    // A list item may go on with what the part gets (`Thema 2 – Wonen: € 40.000`): the name ends before it.
    const name = m?.[3]?.replace(/\s*[:–—]\s*[^:–—]*\d[^:–—]*$/u, '').trim()
    if (!m || !target || !name || !looksLikeName(name)) continue
    const at = written.offset + written.text.indexOf(name, m[0].indexOf(m[2] ?? '') + 1)
    if (done.has(`${written.file}:${at}`)) continue
    const base: SourceLocation = { file: written.file, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
    const source = sourceText(file, written.file) ?? ''
    found(target, name, { reference: `${m[1]} ${m[2]}`, pointer: '', location: offsetLocation(base, source, at, name.length) })
  }
  // A name before the number in brackets (`Groen in de wijk (thema 2)`), in any Markdown source.
  const titleOf = (key: string): string[] | undefined => {
    const item = items.get(key)
    return item?.titel ? [item.titel, ...(item.korteTitel ? [item.korteTitel] : [])] : undefined
  }
  for (const source of file.sources) {
    if (!/\.(?:md|markdown)$/iu.test(source.path)) continue
    const text = String(source.value ?? '')
    for (const b of bracketedNames(text, titleOf)) {
      const target = items.get(b.key)
      if (!target || done.has(`${source.path}:${b.index}`)) continue
      done.add(`${source.path}:${b.index}`)
      const base: SourceLocation = { file: source.path, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
      found(target, b.name, { reference: b.reference, pointer: '', location: offsetLocation(base, text, b.index, b.name.length) })
    }
  }
  return out
}

/**
 * Pijlers by `label nummer` and principes by `principe nummer` (or position when unnumbered);
 * for a word the model has no parts of (`pijler`), the headings that define them
 * (`## Pijler 2: Toegang`), unless the numbering starts again under another heading.
 */
function numberedItems(plan: Plan, labels: SourceLabel[], parts: ChapterPart[]): Items {
  const items: Items = new Map()
  ;(plan.pijlers ?? []).forEach((p) => p.nummer && items.set(`${p.label ?? 'thema'} ${p.nummer.replace(/\.$/, '')}`.toLowerCase(), p))
  const principes = plan.principes ?? []
  const numbered = principes.every((p) => p.nummer)
  const principeKey = (word: string, p: (typeof principes)[number], i: number): string => `${word} ${numbered ? p.nummer?.replace(/\.$/, '') : i + 1}`.toLowerCase()
  principes.forEach((p, i) => items.set(principeKey('principe', p, i), p))
  // Opgaven, effecten and kansen the model declares (a chapter with `{.opgaven}`) are cited by
  // kind word and number as well (`opgave 2, …`), whatever their chapter is called.
  for (const [word, list] of modelParts(plan)) list.forEach((p) => p.nummer && items.set(`${word} ${p.nummer.replace(/\.$/, '')}`.toLowerCase(), p))
  const known = new Set([...items.keys()].map((key) => key.split(' ')[0]))
  const defined: Items = new Map()
  const restarted = new Set<string>()
  const spaced = new Map<string, boolean>()
  const repeated = new Set<string>()
  for (const label of labels) {
    const m = label.heading ? headingPart.exec(label.text) : null
    const word = m?.[1]?.toLowerCase()
    // Number and name parted by a space alone: only a title that starts with a capital (`Doel 2 Een
    // park`), no running words (`Ronde 2 van de subsidie`, `Bijeenkomst 3 oktober`). Tested here, as
    // the regex's `i` lets `\p{Lu}` match small letters.
    const spacedForm = !!m && !/[:.–—-]/u.test(m[3] ?? '')
    if (!m || !word || known.has(word) || notParts.has(word) || (spacedForm && !/^\p{Lu}/u.test(m[4] ?? ''))) continue
    const key = `${word} ${m[2]?.toLowerCase()}`
    // A heading `1` again starts a new numbering, unless the word's headings repeat a title they had
    // (a later chapter that goes through the same doelen again: the plans first, then the work for
    // each, where one of them may be renamed, the first too).
    const again = defined.has(key) && normalizeTitle(defined.get(key)?.titel ?? '') === normalizeTitle((m[4] ?? '').trim())
    if (again) repeated.add(word)
    if (defined.has(key) && /^\p{L}?1$/u.test(m[2] ?? '') && !again) restarted.add(word)
    if (!defined.has(key)) defined.set(key, { titel: (m[4] ?? '').trim() })
    // Number and name parted by a space alone: a weaker definition, which a numbered chapter part overrides.
    if (spacedForm && !spaced.has(key)) spaced.set(key, defined.get(key)?.titel === (m[4] ?? '').trim())
  }
  for (const word of repeated) restarted.delete(word)
  for (const [key, item] of defined) if (!restarted.has(key.split(' ')[0] ?? '')) items.set(key, item)
  // A plan calls its principes uitgangspunten as often (`uitgangspunt 2`), as `titlesByKind` reads
  // them; headings that define uitgangspunten themselves (`## Uitgangspunt 2: …`) come first.
  principes.forEach((p, i) => items.has(principeKey('uitgangspunt', p, i)) || items.set(principeKey('uitgangspunt', p, i), p))
  // Numbered sub-headings of a chapter named by a plural (`# Uitgangspunten` over `## 3. Respijt`).
  // A number two chapters of that kind both use names no one part.
  const chaptered: Items = new Map()
  const ambiguous = new Set<string>()
  for (const part of parts) {
    for (const kind of part.kinds) {
      for (const nummer of [part.nummer, part.step]) {
        const key = `${kind} ${nummer}`
        // Headings that number this word from 1 again (a second programme) name no one part here either.
        if (!nummer || (items.has(key) && !spaced.get(key)) || restarted.has(kind)) continue
        if (chaptered.has(key) && chaptered.get(key)?.titel !== part.titel) ambiguous.add(key)
        chaptered.set(key, { titel: part.titel })
      }
    }
  }
  for (const [key, item] of chaptered) if (!ambiguous.has(key)) items.set(key, item)
  return items
}

/** The numbered parts of the model besides pijlers and principes, by the word a text cites them with. */
export const modelParts = (plan: Plan): Array<[string, Array<{ nummer?: string; titel: string }>]> => [
  ['opgave', plan.opgaven ?? []],
  ['effect', plan.effecten ?? []],
  ['kans', plan.kansen ?? []]
]

// A heading that defines a numbered part: `Pijler 2: Toegang tot hulp`, `Speerpunt 3 – Werk`.
// Also any other word a plan labels its parts with (`Koers 2: Sporten`), but no caption or chapter.
// A section number may come first (`## 1.2 Doel 2: Betaalbaar wonen`); a space alone may part number and name (`## Doel 2 Een park dat droogte aankan`).
// Groups: the word, the number, what parts number and name, the name.
const headingPart = /^(?:\d+(?:\.\d+)+\.?\s+)?(pijler|thema|principe|speerpunt|uitgangspunt|actielijn|programmalijn|route|opgave|spoor|bouwsteen|kernwaarde|\p{L}{3,})\s+(\p{Lu}?\d{1,2})(\s*[:.–—-]\s*|\s+)(\p{Lu}[^:]*)$/iu
// A heading about a part, with its number and title after a colon or a dash: `## 2.2 Acties bij doel
// 2: Stille nachten`, `## 4.1 Aanpak opgave 1 – Natte voeten`. The section number may stand right
// before the word (`## 3.2 Ambitie 2: Werk voor scholieren`, a later chapter that goes through the
// parts again): the word and number name the part, the section number only places the heading.
const aboutPart = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:[\p{L}-]+\s+){0,3}(\p{L}{3,})\s+(\d{1,2})(?:\s*:|\s+[–—-])\s*(\p{Lu}[^:]*)$/u
const notParts = new Set(['tabel', 'figuur', 'hoofdstuk', 'paragraaf', 'bijlage', 'fase', 'stap'])

/** The exact place of `name` inside the value at `pointer`, when the source holds it once. */
function located(file: PlanFile, pointer: string, name: string): { location?: SourceLocation } {
  const source = writtenAt(file, pointer)
  const at = source ? source.value.indexOf(name) : -1
  if (!source || at < 0 || source.value.indexOf(name, at + 1) >= 0) return {}
  return { location: offsetLocation(source.where, source.value, at, name.length) }
}
