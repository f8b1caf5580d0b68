/**
 * The abbreviation a plan calls itself by: `dit IHP` in an Integraal huisvestingsplan, `het MJOP`
 * in a Meerjarenonderhoudsplan, `het GVVP` in a Gemeentelijk verkeers- en vervoersplan. Read from
 * the text (capitals after `dit`, `deze`, `het`, `ons`) and kept when its letters spell the title up
 * to its kind noun and its last letter opens that noun (`P` of `plan`): `het IKC` in the same plan
 * is a building, `de GGD` another body. Used by `period-mismatch` to name the plan.
 */
import type { Plan } from '@kapstok/core'
import { initials } from './abbreviations.js'
import { bareTitle } from './period-headings.js'
import type { OwnKind } from './period-owner.js'
import { writtenTexts } from './text.js'

// Capitals after a word that points at one document: "dit IHP", "het MJOP", "ons GVVP".
const pointed = /\b(?:[Dd]it|[Dd]eze|[Hh]et|[Oo]nze?)\s+(\p{Lu}{2,6})(?![\p{L}\d-])/gu

/**
 * The abbreviations (lower case) by which the text names this plan.
 *
 * @param model The plan.
 * @param kind The kind nouns of its title.
 * @returns The abbreviations, each once.
 */
export function titleAbbreviations(model: Plan, kind: OwnKind): string[] {
  const titel = model.document?.titel ?? ''
  const found = new Set<string>()
  if (kind.compounds.length === 0) return []
  for (const { text } of writtenTexts(model)) for (const m of text.matchAll(pointed)) found.add(m[1] ?? '')
  return [...found].filter((word) => spellsTitle(word, titel, kind)).map((word) => word.toLowerCase())
}

/**
 * Whether an abbreviation spells a title up to its kind noun: all letters but the last in order
 * in the words before the noun (`integraal huisvestings` for `IH`), the last the noun's first.
 */
function spellsTitle(word: string, titel: string, kind: OwnKind): boolean {
  const words = bareTitle(titel).split(/[\s,]+/u).filter(Boolean)
  const at = words.findIndex((w) => kind.compounds.includes(w))
  const compound = words[at]
  if (compound === undefined) return false
  const tail = kind.bare.filter((noun) => compound.endsWith(noun)).sort((a, b) => b.length - a.length)[0]
  if (tail === undefined || tail.length === compound.length || tail.charAt(0) !== word.charAt(word.length - 1).toLowerCase()) return false
  const head = [...words.slice(0, at), compound.slice(0, compound.length - tail.length)]
  return initials(head, word.slice(0, -1), false)
}
