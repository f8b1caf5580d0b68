import type { Plan } from '@kapstok/core'
import { ownText, proseTexts } from './text.js'

/*
 * A raadsbesluit written in words at the head of a text, the way the Gemeenteblad publishes a
 * nota or regeling the raad adopted:
 *
 *   De raad van de gemeente Oosterhorn;
 *   gelezen het voorstel van …;
 *   b e s l u i t :
 *   vast te stellen de volgende nota: …
 *
 * The aanhef names the raad (not the college) and stands on a line of its own; a later line is
 * the decision word itself, alone or followed by what is decided ("besluit: vast te stellen …",
 * "besluit om … vast te stellen"). A sentence that mentions a decision is not the formula.
 */

// "De raad van de gemeente X;", "De gemeenteraad van X,", "De raad der gemeente X;": the whole line.
const AANHEF = /^de\s+(?:gemeente)?raad\s+(?:van\s+de\s+gemeente|der\s+gemeente|van)\s+[^\s;,.:?!][^;,.:?!]*[;,:]?$/iu
// The decision word, also letter-spaced ("b e s l u i t"), in the singular (the raad decides),
// alone on its line or with what it adopts ("besluit: vast te stellen …").
const BESLUIT = /^b\s?e\s?s\s?l\s?u\s?i\s?t\b\s*(?:[:;,]\s*)?(?:$|.*\bvast\s+te\s+stellen\b)/iu

/**
 * Whether the plan's own prose (not a bijlage or inspraakreactie) carries the raad's besluit in
 * its written form: an aanhef line naming the raad, then a line with the decision word.
 *
 * @param plan The model.
 * @returns Whether the besluit is written in the text.
 */
export function writtenBesluit(plan: Plan): boolean {
  return proseTexts(plan).some(({ pointer, text }) => ownText(pointer) && formulaIn(text))
}

// The considerans between the aanhef and the decision word: each on a line of its own, without a
// full stop (`gelezen het voorstel van …`, `gelet op artikel 147 van de Gemeentewet`).
const CONSIDERANS = /^(?:gelezen|gezien|gelet\s+op|overwegende|gehoord|op\s+voorstel\s+van|in\s+aanmerking\s+genomen)\b/iu

/**
 * Whether a paragraph of a text is a line of the written besluit formula (its aanhef, a line of
 * the considerans, or the decision word), in a text that holds the formula. Such lines stand
 * without a full stop and the next one may start in lower case: no sentence is cut there.
 *
 * @param paragraph The paragraph.
 * @param text The whole text it is part of.
 * @returns Whether it is a line of the formula.
 */
export function isBesluitFormulaLine(paragraph: string, text: string): boolean {
  const line = paragraph.trim()
  return (AANHEF.test(line) || CONSIDERANS.test(line) || BESLUIT.test(line)) && formulaIn(text)
}

function formulaIn(text: string): boolean {
  const lines = text.split('\n').map((line) => line.trim())
  const aanhef = lines.findIndex((line) => AANHEF.test(line))
  return aanhef >= 0 && lines.slice(aanhef + 1).some((line) => BESLUIT.test(line))
}
