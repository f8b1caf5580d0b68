import type { PlanFile } from '@kapstok/core'
import { abbreviationOf, expandedAfter } from './abbreviations.js'

/**
 * Abbreviations a table row of the plan's Markdown sources spells out: a first cell that is
 * just the abbreviation and a second cell with the words for its letters (`| NHG | Nationale
 * Hypotheek Garantie |`). Such a list of abbreviations may stand anywhere, also in a bijlage
 * that the model keeps apart from the begrippenlijst.
 *
 * @param file The plan file.
 * @returns The abbreviations, in capitals.
 */
export function tableDefinitions(file: PlanFile): Set<string> {
  const defined = new Set<string>()
  for (const source of file.sources) {
    for (const row of String(source.value ?? '').matchAll(/^[ \t]*\|([^|\n]+)\|([^|\n]+)\|/gm)) {
      const term = (row[1] ?? '').replace(/[*_`]/g, '').trim()
      const word = /^[\p{L}’']+$/u.test(term) ? abbreviationOf(term) : undefined
      // The same test as a definition in running text: `NHG: Nationale Hypotheek Garantie`.
      if (word && expandedAfter(`${term}: ${(row[2] ?? '').trim()}`, term.length, word)) defined.add(word)
      // A compound of letters (`BGT-WV`) with its meaning explains each of its parts where the text uses it.
      for (const part of compoundParts(term, row[2] ?? '')) defined.add(part)
    }
  }
  return defined
}

// The abbreviations a glossary row of a hyphenated compound explains: each part, when every part is
// letters and the meaning spells the letters of the whole, as a single abbreviation's must (a
// partner table's `| KLM-ABC | aanspreekpunt voor ouders |` does not).
function compoundParts(term: string, meaning: string): string[] {
  if (!/^[\p{L}’']+(?:-[\p{L}’']+)+$/u.test(term)) return []
  const parts = term.split('-').map((p) => abbreviationOf(p))
  if (!parts.every((p) => p !== undefined)) return []
  const letters = parts.join('')
  return expandedAfter(`${letters}: ${meaning.trim()}`, letters.length, letters) ? (parts as string[]) : []
}
