/**
 * The words a plan numbers its own parts with in headings (`## Prioriteit 2: Schone economie`,
 * `## Koers 3 – Werk`), read from the plan rather than from a word list, and the references in
 * running text to a number of such a part beyond the last heading (`prioriteit 6` when the
 * headings run from 1 to 5).
 */

import type { PlanFile } from '@kapstok/core'
import { allMatches } from './all-matches.js'
import { compiled } from './compiled.js'

/** A reference to a numbered part beyond the plan's headings for it. */
export interface BeyondHeading {
  /** Offset in the text. */
  index: number
  /** As written (`prioriteit 6`). */
  written: string
  /** The label as the headings write it (`Prioriteit`). */
  label: string
  /** The last number the headings give. */
  last: number
}

// A heading that opens with a word and a number and then a title: `## 4.2 Prioriteit 2: Schone economie`.
const LABELLED = /^#{1,6}[ \t]+(?:\d+(?:\.\d+)*\.?[ \t]+)?(\p{L}{3,})[ \t]+(\d{1,2})[ \t]*[:.–—-][ \t]*\p{Lu}/u
// Words numbered in time or in other papers (`fase 4` after the plan, `artikel 3`), or read
// elsewhere (tables, chapters, bijlagen): no parts of this plan's own list.
const NOT_PARTS = /^(?:tabel|figuur|grafiek|kaart|hoofdstuk|paragraaf|bijlage|artikel|fase|stap|jaar|ronde|versie|week|maand|kwartaal|periode|editie|deel|programma|begroting|actie|doel)$/iu
// After the number: a place in another paper (`prioriteit 7 van het Regionaal Plan`).
const OTHER_PAPER = /^\s+(?:van|uit|in|bij|volgens)\s+(?:de|het|een)\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu}/u

/**
 * The labels a plan numbers at least two headings with, 1 up to the last without a gap, and
 * that last number, by the label in lower case.
 *
 * @param file The plan file (its Markdown sources, as written).
 * @returns The last number per label, and the label as written.
 */
export function headingLabels(file: PlanFile): Map<string, { label: string; last: number }> {
  const numbers = new Map<string, { label: string; seen: Set<number> }>()
  for (const source of file.sources.filter((s) => /\.(?:md|markdown)$/iu.test(s.path))) {
    for (const line of String(source.value ?? '').split('\n')) {
      const m = LABELLED.exec(line)
      const word = m?.[1]?.toLowerCase()
      if (!m || !word || NOT_PARTS.test(word)) continue
      const entry = numbers.get(word) ?? { label: m[1] ?? word, seen: new Set<number>() }
      entry.seen.add(Number(m[2]))
      numbers.set(word, entry)
    }
  }
  const out = new Map<string, { label: string; last: number }>()
  for (const [word, { label, seen }] of numbers) {
    const last = Math.max(...seen)
    // A run from 1 without gaps is the whole list; another run may be an excerpt of a longer one.
    if (seen.size >= 2 && seen.size === last) out.set(word, { label, last })
  }
  return out
}

/**
 * The references in a text to a number beyond the plan's headings for that label.
 *
 * @param text A running text.
 * @param labels The plan's heading labels (`headingLabels`).
 * @returns The references beyond the last heading, in order.
 */
export function beyondHeadings(text: string, labels: Map<string, { label: string; last: number }>): BeyondHeading[] {
  if (labels.size === 0) return []
  const words = [...labels.keys()].join('|')
  const out: BeyondHeading[] = []
  // The same labels for every text of a plan: one compiled pattern, not two per text (`matchAll`
  // copies its pattern).
  for (const m of allMatches(compiled(String.raw`(?<![\p{L}\d])(${words})[ \t]+(\d{1,2})(?![\p{L}\d]|[.,]\d)`, 'giu'), text)) {
    const entry = labels.get((m[1] ?? '').toLowerCase())
    if (!entry || Number(m[2]) <= entry.last || OTHER_PAPER.test(text.slice(m.index + m[0].length))) continue
    out.push({ index: m.index, written: m[0], label: entry.label, last: entry.last })
  }
  return out
}
