import type { PlanFile } from '@kapstok/core'
import { pluralForms } from '@kapstok/nl'

/** What the plan's own headings say about the numbered items a word names ("speerpunt", "uitgangspunt"). */
export interface PartList {
  /** Numbers written in headings such as `## Speerpunt 3: Werk`, lower case. */
  numbers: Set<string>
  /** The most items a chapter named after the word has (`# Onze speerpunten` with five sub-headings: 5), 0 when none. */
  count: number
  /** The plural as the plan writes it in a heading (`speerpunten`), for messages; a regular plural when none. */
  plural: string
  /** Whether the count left out headings without a number after the numbered ones (`## Tot slot`). */
  closing: boolean
  /** The count with those headings (the parts a reader that takes every sub-heading finds). */
  withClosing: number
}

interface Heading {
  level: number
  text: string
  line: number
}

// A sub-heading that opens with its number (`1. Dichtbij`, `2 Samen`, `3) Eerlijk`).
const numberedChild = /^\d{1,2}[.)]?[ \t]+\S/u

const fold = (text: string): string => text.toLowerCase().replace(/['’`]/g, '')


// For a message when no heading shows the plural: `actielijn` → `actielijnen`, `thema` → `thema's`.
function guessPlural(word: string): string {
  if (/e$/.test(word)) return word + 'n'
  if (/[aiouy]$/.test(word)) return word + "'s"
  return word.replace(/([aeou])\1(\p{L})$/u, '$1$2') + 'en'
}

/**
 * Read the numbered items a word stands for from the plan's own headings: headings that carry
 * the word and a number (`## Actielijn 2: …`), and chapters whose heading names the items in the
 * plural (`# Vijf uitgangspunten`, `## Onze speerpunten`), counted by their sub-headings, or
 * else by the items of the list directly under them.
 *
 * @param file The plan file (its Markdown sources, in reading order).
 * @param word The word in the singular, lower case (`speerpunt`).
 * @returns The numbers and the count the plan gives, for a reference to prove or not.
 */
export function partList(file: PlanFile, word: string): PartList {
  const forms = pluralForms(word)
  const numbered = new RegExp(String.raw`^(?:\d+(?:\.\d+)*\.?\s+)?${word}\s+(\d{1,2}[a-z]?)(?![\d.]*\d)`, 'iu')
  const list: PartList = { numbers: new Set(), count: 0, plural: guessPlural(word), closing: false, withClosing: 0 }
  for (const source of file.sources) {
    const lines = String(source.value ?? '').split('\n')
    const headings: Heading[] = []
    let fence = false
    lines.forEach((line, index) => {
      if (/^\s*(?:```|~~~)/.test(line)) fence = !fence
      const m = fence ? null : /^(#{1,6})[ \t]+(.*?)(?:\s*\{[^{}]*\})?\s*$/.exec(line)
      if (m) headings.push({ level: m[1]?.length ?? 1, text: m[2] ?? '', line: index })
      // A table row or list item that opens with the word and a number (`| Route 4 Fietsroutes west |`,
      // `- **Route 4**: …`) defines that part as surely as a heading does.
      const defined = fence || m ? null : rowOrItem.exec(line)
      const own = defined && numbered.exec(defined[1] ?? '')
      if (own?.[1]) list.numbers.add(own[1].toLowerCase())
    })
    headings.forEach((heading, h) => {
      const number = numbered.exec(heading.text)
      if (number?.[1]) list.numbers.add(number[1].toLowerCase())
      const words = fold(heading.text).split(/[^\p{L}]+/u)
      const plural = forms.find((form) => words.some((w) => w === form || (w.length > form.length + 3 && w.endsWith(form))))
      if (!plural) return
      list.plural = plural
      const end = headings.findIndex((other, o) => o > h && other.level <= heading.level)
      const inside = headings.slice(h + 1, end < 0 ? undefined : end)
      const all = inside.filter((child) => child.level === heading.level + 1)
      // Numbered parts (`## 1. …`, `## Bouwsteen 2: …`) and after them headings without a number
      // (`## Tot slot`, `## Sturing`): those close the chapter, they do not continue the series.
      const run = all.findIndex((child) => !numberedChild.test(child.text) && !numbered.test(child.text))
      const closing = run >= 2 && all.slice(run).every((child) => !numberedChild.test(child.text) && !numbered.test(child.text))
      const children = closing ? run : all.length
      if (closing && children >= list.count) list.closing = true
      if (closing) list.withClosing = Math.max(list.withClosing, all.length)
      const body = lines.slice(heading.line + 1, inside[0]?.line ?? (end < 0 ? lines.length : headings[end]?.line))
      list.count = Math.max(list.count, children > 0 ? children : items(body))
    })
  }
  return list
}

// The text of a table row's first cell or of a list item, without emphasis marks.
const rowOrItem = /^\s*(?:\|\s*|[-*+]\s+|\d{1,3}[.)]\s+)(?:\*\*|__)?([^|*_]+)/u

// The items of the list directly under a heading: numbered ones, else bullets; not indented ones.
// A numbered list counts up to its highest written number: a reference to item 8 of a list that
// skips 5 (`1.`–`4.`, `6.`–`8.`) has its target; the gap is numbering-sequence's.
function items(body: string[]): number {
  const ordered = body.map((line) => /^(\d{1,2})[.)][ \t]+\S/.exec(line)?.[1]).filter((n): n is string => n !== undefined).map(Number)
  return ordered.length > 0 ? Math.max(ordered.length, ...ordered) : body.filter((line) => /^[-*+][ \t]+\S/.test(line)).length
}
