import type { PlanFile } from '@kapstok/core'
import type { Targets } from './targets.js'

/** Numbers the plan gives its own tables, figures, goals, pijlers and lettered bijlagen, by word. */
export type LabelledNumbers = Map<string, Set<string>>

const words = String.raw`tabel|figuur|doel|bijlage|pijler|hoofdstuk|paragraaf`
// A caption or heading that opens with the word and its number: `Tabel 3: Wachttijden`,
// `## Doel 3.1 Minder eenzaamheid`, `**Figuur 2.** Kaart`, `| Bijlage B | …`. In running text
// the number must be followed by a title (a colon, a dash or a capital), so that a sentence
// opening with "Tabel 5 laat zien" does not count as the table itself.
const label = new RegExp(String.raw`^(#{1,6}[ \t]+)?[\s>*_|![]*(${words})\s+(\d{1,2}(?:\.\d{1,2})*[a-z]?|[A-Z])(?![\p{L}\d])`, 'iu')
const titleAfter = /^\.?[\s*_]*(?:[:.–—|-]|\p{Lu}|$)/u
const glossaryHeading = /\b(?:begrippen|afkortingen|woordenlijst|begrippenlijst|afkortingenlijst|verklarende\s+woordenlijst)\b/iu
const headingsOnly = new Set(['bijlage', 'hoofdstuk', 'paragraaf'])
// `{#bijlage-3}`, `{#par-3.2}`, `{#3-2}`: an id that carries the number of what it marks.
const idNumber = /\{#([a-z]*)[-_.]?(\d{1,2}(?:[-_.]\d{1,2})*[a-z]?)\}/giu

/**
 * Read the numbers the plan gives its own captions and headings (`Tabel 3:`, `## Doel 3.1`,
 * `## Bijlage B:`) and its heading ids (`{#bijlage-3}`), so a reference can be checked against
 * them. Ids count for every word they may abbreviate (`b3` for bijlage); a bare number id
 * (`{#3.2}`) counts for hoofdstuk and paragraaf.
 *
 * @param file The plan file (its sources, as written).
 * @returns Numbers per word, lower case.
 */
export function labelledNumbers(file: PlanFile): LabelledNumbers {
  const found: LabelledNumbers = new Map()
  const add = (word: string, value: string): void => {
    const set = found.get(word) ?? new Set<string>()
    set.add(value.toLowerCase())
    found.set(word, set)
  }
  // Tables and images with no caption just above them may carry a number of their own too.
  const uncaptioned = { tabel: 0, figuur: 0 }
  for (const source of file.sources) {
    let fence = false
    const captionAt = { tabel: -10, figuur: -10 }
    let glossary = false
    let caption: 'tabel' | 'figuur' | undefined
    String(source.value ?? '').split('\n').forEach((line, index) => {
      if (/^\s*(?:```|~~~)/.test(line)) fence = !fence
      if (fence) return
      if (/^#{1,6}\s/.test(line)) glossary = glossaryHeading.test(line)
      const m = label.exec(line)
      const word = (m?.[2] ?? '').toLowerCase()
      // Bijlagen and chapters are numbered by headings; a table row or list item naming one is a reference to it.
      if (m && (m[1] || (!headingsOnly.has(word) && titleAfter.test(line.slice(m[0].length))))) {
        add(word, m[3] ?? '')
        if (word === 'tabel' || word === 'figuur') {
          captionAt[word] = index
          caption = word
          // Numbering runs in reading order: a table between two captions has no number of its own.
          uncaptioned[word] = 0
        }
      } else if (caption && line.trim() !== '' && !/^\s*\|/.test(line)) captionAt[caption] = index
      // A caption may run over more lines (`Tabel 3: dekking. De bijdrage …`): its table follows the paragraph.
      if (line.trim() === '' || /^\s*\|/.test(line)) caption = undefined
      const separator = line.includes('|') && /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line)
      // Numbering runs in reading order: a table or image before the first caption has no number.
      // A list of terms or abbreviations in a table is looked up, not referred to by number.
      if (separator && index - captionAt.tabel > 4 && found.has('tabel') && !glossary) uncaptioned.tabel++
      if (/!\[/.test(line) && index - captionAt.figuur > 2 && found.has('figuur')) uncaptioned.figuur++
      for (const id of line.matchAll(idNumber)) {
        const prefix = (id[1] ?? '').toLowerCase()
        const value = (id[2] ?? '').replace(/[-_]/g, '.')
        if (!prefix) ['hoofdstuk', 'paragraaf'].forEach((word) => add(word, value))
        // A short prefix (`t2`, `b1`) may stand for anything (a thema, a beleidsdoel): only a recognisable one counts.
        for (const word of words.split('|')) if (prefix.length >= 3 && word.startsWith(prefix)) add(word, value)
      }
    })
  }
  for (const [word, count] of Object.entries(uncaptioned)) {
    const last = Math.max(0, ...[...(found.get(word) ?? [])].map(Number).filter(Number.isInteger))
    if (found.has(word)) for (let n = last + 1; n <= last + count; n++) add(word, String(n))
  }
  return found
}

const pluralOf: Record<string, string> = { tabel: 'tabellen', figuur: 'figuren', doel: 'doelen', actie: 'acties' }

/**
 * Why `kind number` (`tabel 5`, `doel 3.4`) has no caption or heading in a plan that numbers
 * those things itself, or `undefined`: only a number beyond the last of its group counts, since
 * a figure may be an image without a caption.
 *
 * @param kind `tabel`, `figuur` or `doel`.
 * @param number The number as written, lower case.
 * @param labelled The plan's own numbers (`labelledNumbers`).
 * @returns The reason, or `undefined`.
 */
export function missingLabelled(kind: string, number: string, labelled: LabelledNumbers): string | undefined {
  const own = labelled.get(kind)
  if (!own || own.has(number) || !/^\d+(?:\.\d+)*$/.test(number)) return undefined
  const group = number.includes('.') ? number.slice(0, number.lastIndexOf('.') + 1) : ''
  const depth = number.split('.').length
  const peers = [...own].filter((n) => /^\d+(?:\.\d+)*$/.test(n) && n.startsWith(group) && n.split('.').length === depth)
  if (peers.length === 0) return otherDepth(kind, depth, own)
  const last = Math.max(...peers.map((n) => Number(n.slice(group.length))))
  if (Number(number.slice(group.length)) <= last) return undefined
  return `de ${pluralOf[kind] ?? kind} in het plan lopen tot en met \`${group}${last}\`; noem het juiste nummer`
}

/**
 * Why `tabel 3.2` has no target in a plan that numbers its tables through (`Tabel 1`, `Tabel 2`),
 * or `tabel 4` in one that numbers them per chapter (`Tabel 2.1`): no numbering the plan uses
 * gives that number, and a table without a caption takes a number of the plan's own series.
 *
 * @param kind `tabel`, `figuur` or `doel`.
 * @param depth The number of parts of the reference's number.
 * @param own The plan's own numbers of that kind.
 * @returns The reason, or `undefined` when the plan mixes depths or numbers none.
 */
function otherDepth(kind: string, depth: number, own: Set<string>): string | undefined {
  const numeric = [...own].filter((n) => /^\d+(?:\.\d+)*$/.test(n))
  const depths = new Set(numeric.map((n) => n.split('.').length))
  if (depths.size !== 1 || depths.has(depth)) return undefined
  const sorted = numeric.sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }))
  return `de ${pluralOf[kind] ?? kind} in het plan lopen van \`${sorted[0]}\` tot en met \`${sorted[sorted.length - 1]}\`; noem het juiste nummer`
}

/**
 * Why a lettered bijlage (`bijlage C`) has no target: the plan letters its own bijlagen and has
 * no such letter; `undefined` when it may have one.
 *
 * @param letter The letter, lower case.
 * @param targets The plan's numbered places.
 * @param labelled The plan's own numbers (`labelledNumbers`).
 * @returns The reason, or `undefined`.
 */
export function missingLetter(letter: string, targets: Targets, labelled: LabelledNumbers): string | undefined {
  const letters = [...new Set([...targets.annexes, ...(labelled.get('bijlage') ?? [])])].filter((n) => /^[a-z]$/.test(n)).sort()
  if (letters.length === 0 || letters.includes(letter)) return undefined
  return `er zijn alleen bijlagen ${letters.map((n) => `\`${n.toUpperCase()}\``).join(', ')}; noem de juiste bijlage`
}

/**
 * Why `doel 4.2.6` (`actie 3.5`) has no target when the plan numbers those items by their heading
 * numbers alone (`### 4.2.1 Meer groen`, `### 4.2.2 …`) and gives them no caption of the word:
 * the headings under `4.2` run to a lower last number. A dotted number names a place in the
 * plan's own numbering, so the headings are its targets; a number under a group the headings do
 * not number (`artikel 9.1.3` of a regulation, a group without sub-headings) is left alone, and so
 * is a group that repeats a number (`4.2.2` twice): the reference may name the heading in its
 * place, and the numbering rule reports the slip.
 *
 * @param kind The word of the reference (`doel`, `actie`).
 * @param number The number as written, lower case.
 * @param numbered The dotted numbers of the plan (`numberedPlaces`).
 * @returns The reason, or `undefined`.
 */
export function beyondHeadingNumbers(kind: string, number: string, numbered: NumberedPlaces): string | undefined {
  const { headings, listed } = numbered
  if (!/^\d+(?:\.\d+)+$/.test(number) || headings.has(number)) return undefined
  const group = number.slice(0, number.lastIndexOf('.') + 1)
  // Items of the group numbered in a list or table (`- 1.3 Alle scholen`, `- Doel 1.3: …`) are a
  // series of their own, which the headings do not show.
  if ([...listed].some((n) => n.startsWith(group))) return undefined
  const depth = number.split('.').length
  const peers = [...headings.keys()].filter((n) => n.startsWith(group) && n.split('.').length === depth)
  // Two numbered siblings at least: one heading may be a lone sub-paragraph, not a series of items.
  if (peers.length < 2) return undefined
  const last = Math.max(...peers.map((n) => Number(n.slice(group.length))))
  const count = peers.reduce((sum, n) => sum + (headings.get(n) ?? 0), 0)
  const wanted = Number(number.slice(group.length))
  if (wanted <= last || wanted <= count) return undefined
  return `de koppen onder \`${group.slice(0, -1)}\` lopen tot en met \`${group}${last}\`; noem het juiste ${kind}`
}

/** The dotted numbers a plan gives its places: headings (with how often each occurs) and list items or rows. */
export interface NumberedPlaces {
  headings: Map<string, number>
  listed: Set<string>
}

/**
 * The dotted numbers that open a heading (`### 4.2.1 …`, counted per occurrence) and those that
 * open a list item or a table row, also after one word (`- 1.3 Alle scholen …`, `- Doel 1.3: …`,
 * `| 2.4 | …`), or a line of text (`1.3 Alle scholen …`), in the Markdown sources.
 *
 * @param file The plan file.
 * @returns The numbers, lower case.
 */
export function numberedPlaces(file: PlanFile): NumberedPlaces {
  const headings = new Map<string, number>()
  const listed = new Set<string>()
  for (const source of file.sources) {
    if (!/\.(?:md|markdown)$/i.test(source.path)) continue
    const text = String(source.value ?? '')
    for (const m of text.matchAll(/^#{1,6}[ \t]+(?:(?:hoofdstuk|paragraaf)[ \t]+)?(\d{1,2}(?:\.\d{1,2})+)\.?(?=[\s:)]|$)/gimu)) headings.set(m[1] ?? '', (headings.get(m[1] ?? '') ?? 0) + 1)
    for (const m of text.matchAll(/^(?!#)[ \t]*(?:(?:[-*+][ \t]+|\|[ \t]*)[*_]{0,2}(?:\p{L}+[ \t]+)?|[*_]{0,2})(\d{1,2}(?:\.\d{1,2})+)(?![\d.]*\d)/gmu)) listed.add(m[1] ?? '')
  }
  return { headings, listed }
}
