/**
 * The finite clauses of a sentence, for `stale-statement`: a sentence cut at punctuation and before
 * a word that opens a subordinate clause, with asides that hold only a moment and pieces that are
 * no clause of their own (a demonstrative, a pronoun object) joined back. Whether a clause is in
 * the past is read in `clause-tense.ts`.
 */
import { hasSeparableVerb, isVerbParticle } from '@kapstok/nl'
import { momentsIn } from './stale-clauses.js'
import { MONTH } from './year-numbers.js'
import { looksBack, pastClause, words } from './clause-tense.js'
// A word that opens a subordinate or relative clause. Not `of` between two moments ("maart of april 2026").
const subordinator = new RegExp(String.raw`\s(?=(?:dat|zodat|omdat|zodra|nadat|voordat|wanneer|waarna|waarmee|waarin|die|hoeveel|welke|hoe|waarom|of(?!\s+\d|\s+(?:${MONTH}|begin|eind|medio|(?:(?:het|de)\s+)?(?:voorjaar|najaar|zomer|winter|eerste|tweede|derde|vierde|laatste))\b))\s)`, 'iu')

// Not a decimal comma ("2,5%"), nor `en` between two moments ("april en mei 2026").
const betweenClauses = new RegExp(String.raw`(,(?!\d)|[;:–—()]|\s+en\s+(?!met\b|(?:${MONTH})\b|\d))`, 'iu')

/**
 * The finite clauses of a sentence: its parts between punctuation, each cut again before a
 * subordinator. A subordinate clause whose governor is in the past (`Men verwachtte dat …`) is
 * reported speech of that time, and a part after `en` that goes on a past or perfect part (`is
 * gepubliceerd op de website en op 10 november in de krant`) shares its verb: both are marked.
 *
 * @param sentence A sentence.
 * @returns Each clause and whether a past governor or a past part before `en` carries it.
 */
export function finiteClauses(sentence: string): Array<{ text: string; reported: boolean }> {
  const out: Array<{ text: string; reported: boolean }> = []
  const parts = momentAsidesJoined(sentence).split(betweenClauses)
  let previous: { text: string; reported: boolean } | undefined
  for (let i = 0; i < parts.length; i += 2) {
    const joined = /^\s+en\s+$/iu.test(parts[i - 1] ?? '') && previous !== undefined && (previous.reported || pastClause(previous.text))
    let governor: string | undefined
    for (const text of demonstrativesJoined((parts[i] ?? '').split(subordinator))) {
      previous = { text, reported: (governor === undefined && joined) || (governor !== undefined && looksBack(governor)) }
      out.push(previous)
      governor = text
    }
  }
  return out
}

// Separable verbs whose first part is an adjective, not a preposition, so not on the particle
// list of `@kapstok/nl`: `stelt … vast`, `maakt … bekend`, `geeft … vrij`, `keurt … goed`.
const adjectival: Record<string, RegExp> = {
  vast: /^(?:stel|stelt|stellen|leg|legt|leggen|houd|houdt|houden|zet|zetten)$/u,
  bekend: /^(?:maak|maakt|maken)$/u,
  vrij: /^(?:geef|geeft|geven|maak|maakt|maken)$/u,
  goed: /^(?:keur|keurt|keuren)$/u
}
const adjectivalParticle = (last: string, governing: string[]): boolean => {
  const verb = adjectival[last.toLowerCase()]
  return verb !== undefined && governing.some((w) => verb.test(w))
}

/**
 * Pieces cut before `die` or `dat` that are no clause of their own: a demonstrative before the
 * object (`Vermoedelijk levert de bouwer die woningen in juni op`: the particle at the end belongs
 * to the verb before `die`; a subordinate clause would end on the joined verb, `oplevert`), or a
 * pronoun object with only a moment after it (`Waarschijnlijk tekenen beide partijen dat in mei`:
 * no verb at all). Such a piece is joined back to the clause before it.
 *
 * @param pieces A part of a sentence cut before each subordinator.
 * @returns The pieces, demonstratives joined to their clause.
 */
function demonstrativesJoined(pieces: string[]): string[] {
  const out: string[] = []
  for (const piece of pieces) {
    const before = out.at(-1)
    const rest = /^\s*(?:die|dat)\s+([^]*)$/iu.exec(piece)?.[1]
    if (before === undefined || rest === undefined) {
      out.push(piece)
      continue
    }
    const last = words(rest).at(-1) ?? ''
    const governing = words(before).map((w) => w.toLowerCase())
    const particle = (isVerbParticle(last) && hasSeparableVerb(governing, last.toLowerCase())) || adjectivalParticle(last, governing)
    const moments = momentsIn(rest)
    const onlyMoment = moments.length === 1 && /^\s*(?:(?:in|op|rond|vóór|voor|na|per)(?:\s+(?:de|het))?\s*)?$/iu.test(rest.slice(0, moments[0]?.index ?? 0)) && rest.slice((moments[0]?.index ?? 0) + (moments[0]?.text.length ?? 0)).replace(/[.!?]+\s*$/u, '').trim() === ''
    if (particle || onlyMoment) out[out.length - 1] = `${before} ${piece}`
    else out.push(piece)
  }
  return out
}

// Words that may lead a moment in an aside of its own (`, in februari 2026,`).
const asideLead = /^\s*(?:(?:in|op|rond|vóór|voor|na|uiterlijk|tegen|tijdens|per)(?:\s+(?:de|het))?\s*)?$/iu

/**
 * A sentence whose asides between commas that hold only a moment (`Binnenkort, in februari 2026,
 * openen we …`, `De raad neemt, op 9 juli 2026, het besluit`) read as the time of the clause after
 * them: the closing comma becomes a space (same length), so the moment opens that clause.
 *
 * @param sentence A sentence.
 * @returns The sentence with such closing commas blanked.
 */
function momentAsidesJoined(sentence: string): string {
  return sentence.replace(/,([^,;:()]{3,60}),(?!\d)/gu, (all, inner: string) => {
    const moments = momentsIn(inner)
    const moment = moments[0]
    if (moments.length !== 1 || !moment) return all
    const only = asideLead.test(inner.slice(0, moment.index)) && inner.slice(moment.index + moment.text.length).trim() === ''
    return only ? `,${inner} ` : all
  })
}
