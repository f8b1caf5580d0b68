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
    }
  }
  return defined
}
