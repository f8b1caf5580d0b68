/**
 * One end of this plan's period said of it without a full range, for `period-mismatch`: `dit plan
 * loopt tot en met 2029`, `de looptijd van dit programma is tot 2030`, `2029, het laatste jaar van
 * dit programma`, `dit programma start in 2026`, `vanaf 2026 … vier jaar lang`. Each reader yields
 * the ends that depart from the plan's period, in the order of the text.
 */
import { allMatches } from './all-matches.js'
import { compiled, planMatches } from './compiled.js'
import { namedOther, type OwnKind } from './period-owner.js'
import { duration, exclusive, fullYear, yearRange } from './plan-period.js'
import { YEAR_POINT } from './year-numbers.js'
import { budgetNoun, heldByOther, other, otherThing, ownedByOther, periodNoun, periodVerb, sentenceBefore, untilWords, verbInserts } from './period-words.js'

const range = yearRange

// Only the end: "dit plan loopt tot en met 2028", "heeft een looptijd tot 2029", "loopt tot eind 2029".
const endOnly = String.raw`(?:,?\s+[\p{L}-]+){0,4}?\s+${periodVerb}${verbInserts}(?:\s+(?:door|nog|(?:op\s+|voor\s+)?de\s+(?:periode|jaren)))?\s+(${untilWords}|tot)\s*((?:19|20)\d{2})\b(?!\s*(?:-|–|—|t\/m|tot))`
// The same with the verb last, in a subordinate clause: "omdat dit plan tot en met 2029 loopt".
const endOnlyFinal = String.raw`${verbInserts}\s+(${untilWords}|tot)\s*((?:19|20)\d{2})\b(?!\s*(?:-|–|—|t\/m|tot))(?=${verbInserts}\s+(?:loopt|lopen|geldt|gelden|duurt|duren|(?:van\s+kracht|geldig)\s+(?:is|blijft))\b)`
// Only the end after the period named as such: "de looptijd van dit programma is tot en met 2029", "Looptijd: t/m 2029".
const periodEnd = new RegExp(
  String.raw`${periodNoun}([^.!?;\n]{0,50}?)\b(${untilWords}|tot)\s*((?:19|20)\d{2})\b(?!\s*(?:-|–|—|t\/m|tot))`,
  'giu'
)
// In a begroting its own spans are named by budget words too: "de meerjarenraming tot en met 2031",
// "de begrotingsperiode t/m 2031", "de begrotingsjaren tot en met 2031". Elsewhere those belong to
// the municipality's budget, which runs on its own years.
const budgetPeriodEnd = new RegExp(
  String.raw`(?:${periodNoun}|\b(?:${budgetNoun})\b)([^.!?;\n]{0,50}?)\b(${untilWords}|tot)\s*((?:19|20)\d{2})\b(?!\s*(?:-|–|—|t\/m|tot))`,
  'giu'
)

// Whether the span named is another thing's: the period noun followed by `van`/`voor` and a noun
// phrase that does not name this plan (`de looptijd van de regionale woondeal`), or held by a
// subject that is not this plan (`De lening heeft een looptijd …`).
function ownedElsewhere(gap: string, before: string, self: RegExp): boolean {
  if (/^\s*(?:van|voor)\s+(?:de|het|een|die|deze|dat|onze|hun|zijn|haar)\s/iu.test(gap) && !self.test(gap)) return true
  return heldByOther(before, self)
}

// "2029, het laatste jaar van dit programma" and "het eerste jaar van deze agenda (2025)"; THIS is the plan named.
const yearOf = String.raw`\b((?:19|20)\d{2})\s*[,(–-]?\s*(?:is\s+)?het\s+(eerste|laatste|start|begin|slot|eind)\s*jaar\s+(?:van|uit)\s+THIS`
const ofYear = String.raw`\bhet\s+(eerste|laatste|start|begin|slot|eind)\s*jaar\s+(?:van|uit)\s+THIS\s*[,(]?\s*(?:is\s+|,\s*)?(?:in\s+)?((?:19|20)\d{2})\b`
// The role words both hold, before the plan: a text without them has no match of either.
const roleOf = /het\s+(?:eerste|laatste|start|begin|slot|eind)\s*jaar\s+(?:van|uit)\s/iu
// Only the start, with a duration: "vanaf 2026 werken we met dit programma vier jaar lang …".
const startOnly = /\b(?:vanaf|met\s+ingang\s+van)\s+(?:1\s+januari\s+)?((?:19|20)\d{2})\b/iu
// The plan's own start or end: "dit programma start in 2026", "het programma eindigt in 2029".
// "het programma geldt vanaf 2027", "treedt in werking per 1 januari 2027": the start year only.
// The moment may be any point of the year ("start in september 2026", "eindigt medio 2030",
// "eindigt in het voorjaar van 2030"). In `endVerb` group 1 is that point and group 2 the year; in
// `startVerb` group 1 is the point after `start`/`begint`, group 2 the words after `geldt`/`treedt
// in werking` (`vanaf`, `per 1 januari`), group 3 the year: the year is always the last group.
const at = String.raw`((?:(?:in|per|op)\s+)?(?:${YEAR_POINT})?)`
const startVerb = String.raw`\s+(?:(?:start|begint|gaat\s+van\s+start)\s+(?=in\s|per\s|op\s|${YEAR_POINT})${at}|(?:geldt|is\s+van\s+kracht|treedt\s+in\s+werking)\s+((?:vanaf|met\s+ingang\s+van|per|op)(?:\s+1\s+januari)?\s+))((?:19|20)\d{2})\b(?!\s*(?:-|–|—|t\/m|tot\b))`
const endVerb = String.raw`\s+(?:eindigt|loopt\s+af|stopt)${verbInserts}\s+(?=in\s|op\s|per\s|${YEAR_POINT})${at}((?:19|20)\d{2})\b`

// The same after THIS, the plan as its subject (templates for `planMatches`).
const endOnlyOf = `THIS${endOnly}`
const endOnlyFinalOf = `THIS${endOnlyFinal}`
const startVerbOf = `THIS${startVerb}`
const endVerbOf = `THIS${endVerb}`

/** An end of the period as written that departs from the plan's. */
export interface DepartingEnd {
  /** Offset of the words in the text. */
  index: number
  /** The words as written (`t/m 2029`, `2029`, `start in 2026`). */
  written: string
  /** Whether the text itself says these are this plan's years (`fout`); otherwise a `waarschuwing`. */
  plain: boolean
}

/** How the rule names this plan in a text, and its period. */
export interface PlanNaming {
  /** Pattern of this plan as a subject (`dit programma`). */
  thisPlan: string
  /** Pattern of this plan by its definite noun (`het programma`). */
  definiteNoun: string
  /** The definite noun with a verb of duration (`het programma loopt`). */
  definite: string
  /** This plan as a subject or by its definite noun. */
  self: RegExp
  /** The nouns this document calls itself by. */
  kind: OwnKind
  /** Whether the document is a begroting. */
  begroting: boolean
  /** The plan's period from its metadata. */
  periode: { start: number; eind: number }
  /** Whether a range ending with this connector and year ends with the plan. */
  ends: (connector: string, end: string) => boolean
}

/**
 * "dit plan loopt tot en met 2029", and with a definite subject ("het programma loopt tot 2030")
 * unless the sentence is about another thing's period. `years`: whether the text holds a year at all.
 */
export function* untilEnds(text: string, naming: PlanNaming, years: boolean): Generator<DepartingEnd> {
  const { thisPlan, definiteNoun, kind, ends } = naming
  const endPatterns: Array<[string, RegExp, boolean]> = [
    [thisPlan, other, false],
    [definiteNoun, otherThing, true]
  ]
  const matches = (subject: string): RegExpExecArray[] => (years ? [...planMatches(endOnlyOf, subject, 'giu', text), ...planMatches(endOnlyFinalOf, subject, 'giu', text)] : [])
  for (const [subject, elsewhere, definiteSubject] of endPatterns) for (const match of matches(subject)) {
    const [connector = '', end = ''] = [match[1], match[2]]
    const before = sentenceBefore(text, match.index)
    if (elsewhere.test(before) || ownedByOther.test(before) || otherThing.test(match[0]) || namedOther(match[0].replace(compiled(`^(?:${thisPlan}|${definiteNoun})`, 'iu'), ''), kind) || ends(connector, end)) continue
    const written = match[0].slice(match[0].search(/t\/m|tot/iu))
    const index = match.index + match[0].length - written.length
    yield { index, written, plain: !definiteSubject }
  }
}

/**
 * The plan's period named as such with only its end, the first or last year of the plan by name,
 * the plan's start or end said with a verb, and a start year with a duration.
 */
export function* namedEnds(text: string, naming: PlanNaming, years: boolean): Generator<DepartingEnd> {
  const { thisPlan, definiteNoun, definite, self, begroting, periode, ends } = naming
  // Both patterns end in a four-digit year: a text without two digits in a row has no match, and
  // the scan for the period nouns over every paragraph was most of this reader's time.
  for (const match of years ? allMatches(begroting ? budgetPeriodEnd : periodEnd, text) : []) {
    const [gap = '', connector = '', end = ''] = [match[1], match[2], match[3]]
    const before = sentenceBefore(text, match.index)
    // `begroting` is another thing's word, except in a begroting that names itself (`Deze begroting heeft …`).
    const otherBefore = otherThing.test(before) && !(begroting && self.test(before))
    if (otherThing.test(gap) || otherBefore || /(?:\b(?:van|vanaf)|\d)\s*$/iu.test(gap) || ends(connector, end)) continue
    if (ownedElsewhere(gap, before, self)) continue
    const written = match[0].slice(match[0].search(/\b(?:t\/m|tot)\b/iu))
    const index = match.index + match[0].length - written.length
    yield { index, written, plain: false }
  }
  // The first or last year of the plan by name: "2029, het laatste jaar van dit programma".
  // Both forms hold the role words: without them (most texts) the plan's own pattern is not compiled.
  for (const match of !years || !roleOf.test(text) ? [] : allMatches(compiled(`${yearOf}|${ofYear}`.replaceAll('THIS', `(?:${thisPlan}|${definiteNoun}|\\b(?:de|deze)\\s+[\\p{L}-]*periode)`), 'giu'), text)) {
    const [year = '', which = ''] = match[1] ? [match[1], match[2] ?? ''] : [match[4] ?? '', match[3] ?? '']
    const expected = /eerste|start|begin/iu.test(which) ? periode.start : periode.eind
    if (fullYear(year) === expected || otherThing.test(sentenceBefore(text, match.index))) continue
    const index = match.index + match[0].indexOf(year)
    yield { index, written: year, plain: false }
  }
  // "Dit programma start in 2026", "het programma eindigt in 2029": one end of the plan, said of it.
  for (const [verb, year, isEnd] of [[startVerbOf, periode.start, false], [endVerbOf, periode.eind, true]] as const) {
    for (const match of years ? planMatches(verb, `(?:${thisPlan}|${definiteNoun})`, 'giu', text) : []) {
      const before = sentenceBefore(text, match.index)
      // The year of the last group; an end at the very start of a year ("eindigt op 1 januari 2030",
      // "eindigt begin 2030") closes the year before, as `tot` does. A start there is that year's
      // own start, also in a one-year plan whose start and end years are the same.
      const [point = '', yearWritten = ''] = [match[1] ?? match[2] ?? '', match.at(-1)]
      const moment = point.replace(/^(?:in|op|per)\s+/iu, '').trim()
      const said = fullYear(yearWritten) - (isEnd && moment !== '' && exclusive(`tot ${moment}`) ? 1 : 0)
      if (said === year || otherThing.test(before) || ownedByOther.test(before) || otherThing.test(match[0])) continue
      const written = match[0].slice(match[0].search(/\s(?:start|begint|gaat|eindigt|loopt|stopt|geldt|is|treedt)\s/iu) + 1)
      const index = match.index + match[0].length - written.length
      yield { index, written, plain: false }
    }
  }
  // "Vanaf 2026 werken we met dit programma vier jaar lang …": a start year with a duration, no range.
  for (const sentence of text.matchAll(/[^.!?;\n]+/g)) {
    const said = sentence[0]
    const start = startOnly.exec(said)
    if (!start || compiled(range, 'iu').test(said) || !compiled(duration, 'iu').test(said)) continue
    if (!compiled(`${thisPlan}|${definite}`, 'iu').test(said) || otherThing.test(said) || fullYear(start[1] ?? '') === periode.start) continue
    yield { index: sentence.index + start.index, written: start[0], plain: false }
  }
}
