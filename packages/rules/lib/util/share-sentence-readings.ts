/**
 * The reading of a share from its sentence and the ones around it, when the sentence names no whole
 * of its own (no `van de N`, no row, no named whole): a change or part in the sentence (`steeg met
 * 25% van 400 naar 460`), the numbers of the sentence before it bridges to, two years across two
 * sentences, and then, in order, the readers of tables, levels, pointers and counts nearby. Used by
 * share-claims, which keeps the readings that a whole named in the sentence decides.
 */

import type { Table } from './markdown-tables.js'
import type { Basis } from './share-bases.js'
import type { ChangeBasis } from './share-changes.js'
import type { CellShare } from './share-table-cells.js'
import type { RowPercents } from './share-row-percents.js'
import { namedRowShare } from './share-row-percents.js'
import { tableJustBefore, tablesInSection } from './share-table-rows.js'
import { addedLevelShare } from './share-added-levels.js'
import { COMPARED_ELSEWHERE, pointedPair, saysChange } from './share-any-pair.js'
import { twoCountsBefore } from './share-clause-counts.js'
import { amountPairShare } from './share-amount-pairs.js'
import { amountWholeBefore } from './share-amount-wholes-before.js'
import { differenceShare } from './share-differences.js'
import { endLevelChange, levelAfterShare } from './share-end-levels.js'
import { numbersOf, ofThose } from './share-back-references.js'
import { comparedChange } from './share-comparisons.js'
import { yearRelativeChange } from './share-year-relative-changes.js'
import { shareOfTotal, type StatedTotal } from './share-totals.js'
import { countAfterShare, countInNext } from './share-next-count.js'
import { splitSubjectShare } from './share-named-whole-after.js'
import { levelChange } from './share-level-changes.js'
import { countedPartShare, type NamedWhole } from './share-named-wholes.js'
import { apposedCountAlone, apposedPart, namedListPart } from './share-apposed-parts.js'
import { spanChange, yearRowTable } from './share-span-changes.js'
import { rowYearChange } from './share-row-year-changes.js'
import { sectionChange } from './share-section-changes.js'
import { wholeLedShare } from './share-whole-leads.js'
import { colonRestShare } from './share-colon-rests.js'
import { BRIDGE, partOrRest } from './share-pointers.js'
import { DIRECTION_ADVERB } from './direction-adverbs.js'

// Words right before a share that make it a share of a sum: `…, samen 70%`, `in totaal 45%`.
const SUMMED = /\b(?:samen|tezamen|opgeteld|gezamenlijk|in\s+totaal)\s+(?:(?:is|zijn)\s+(?:dat|dit)\s+|goed\s+voor\s+)?$/iu

const YEAR_LABEL = /\b(?:19|20)\d{2}\b/gu
// What may stand between a percentage and the change it sizes: a colon or comma, a participle (`gestegen`), an
// infinitive, or a direction adverb, then `naar` or `tot` at most.
const DIRECTED_CHANGE = new RegExp(String.raw`^\s*(?:[:,–-]\s*)?(?:(?:\p{Ll}+[dtn]|${DIRECTION_ADVERB})\s*[,:–-]?\s*)?(?:(?:naar|tot)\s+)?$`, 'u')
// `Met bijna 24 procent steeg het aantal van 1.240 naar 1.480`: a share after `met` at the head of its clause is the size of a change.
// The change verb must follow the share directly: `Met 30 procent jongeren is de club jong, en het ledental steeg van …` sizes nothing.
const WITH_SIZE = /(?:^|[,;:(]|\ben)\s*met\s+$/iu
const SIZED_VERB = /^\s+(?:steeg|stegen|stijgt|stijgen|daalde|daalden|daalt|dalen|groeide|groeiden|groeit|groeien|kromp|krompen|krimpt|nam|namen|neemt|nemen)\b/iu

type Found = Pick<Basis, 'actual' | 'basis' | 'points' | 'span'>

/** What share-claims knows of a share and its surroundings when it asks for this reading. */
export interface SentenceShare {
  /** Offset of the share in its sentence, and the share as written. */
  at: number
  said: string
  /** The changes and parts of the sentence (with a part pointing back). */
  own: Basis[]
  sentence: string
  /** The sentence after the share. */
  after: string
  /** Whether the share is a percentage (not a fraction in words). */
  percent: boolean
  /** Whether the share says it is of the whole the numbers give (`van het totaal`). */
  ofWhole: boolean
  /** Whether a part of the sentence is of the whole the share names, and which parts are. */
  same: boolean
  sameWhole: (b: Basis) => boolean
  /** All shares of the sentence. */
  shares: RegExpMatchArray[]
  /** Whether the sentence points back to the last change or part of the sentence before, with nothing between. */
  bridging: boolean
  previous: Basis | undefined
  judge: (actual: number) => boolean
  /** Offset of the sentence in the text, the text and its tables. */
  offset: number
  text: string
  tables: Table[]
  previousSentence: string
  yearPairs: ChangeBasis[]
  wholes: NamedWhole[]
  stated: number
  total: StatedTotal | undefined
  previousNumbers: string[]
  /** Readings share-claims made before, tried late in the chain. */
  qualified: { actual: number; basis: string } | undefined
  named: { actual: number; basis: string } | undefined
  restatedPair: { actual: number; basis: string } | undefined
  cell: CellShare | undefined
  /** The last sentence of the paragraph before, when this one opens a paragraph. */
  crossing: string
  underLead: boolean
  earlier: string[]
  paragraphBefore: string[]
  section: string[]
  nextSentence: string
  distributions: RowPercents[]
  /** The finance tables a finance chapter's prose (which has no tables of its own) may quote. */
  quoted?: Table[]
}

/**
 * The numbers a share without a whole of its own is said of.
 *
 * @param c The share and what surrounds it.
 * @returns The reading, or undefined.
 */
export function sentenceReading(c: SentenceShare): Found | undefined {
  const { at, said, own, sentence, after, percent, ofWhole, same, sameWhole, shares, bridging, previous, judge, offset, text, tables, previousSentence, yearPairs, wholes, stated, total, previousNumbers, qualified, named, restatedPair, cell, crossing, underLead, earlier, paragraphBefore, section, nextSentence, distributions } = c
  // `steeg met 25% van 400 naar 460`: the change may follow the percentage directly.
  const end = at + said.length
  // Also behind a colon or a participle: `daalde met 30%: van 500 naar 400`, `is met 40% gedaald, van 250 naar 175`,
  // and `daalde met 15% naar 850 (2023: 1.000)`; or behind the adverb that gives a verb without direction its
  // way: `gaat met 20% omhoog, van 400 naar 480`, `komt er 5% bij, …`, `gaat er 3% op vooruit: …`.
  const next = own.find((b) => b.change && b.index >= end && DIRECTED_CHANGE.test(sentence.slice(end, b.index)))
  // A share of the whole (`van het totaal`) is no change.
  // A share with a comparative after it is a change too: `een derde minder`, `ruim de helft meer`.
  const comparative = saysChange(after, sentence.slice(0, at))
  // A share said as a change (`Een stijging van 18 procent: zo groeide … van 350 naar 392`) may also stand before the sentence's
  // one change further on, with no number between them.
  const laterChanges = own.filter((b) => b.change && b.index >= end)
  // A year between them labels the change's level (`daalde met een kwart: 2025 telde 1.310 tegen 1.560 in 2024`).
  const later = (comparative || (WITH_SIZE.test(sentence.slice(0, at)) && SIZED_VERB.test(after))) && laterChanges.length === 1 && !/\d/u.test(sentence.slice(end, laterChanges[0]?.index).replace(YEAR_LABEL, '')) ? laterChanges[0] : undefined
  const change = (percent || comparative) && !ofWhole ? (own.filter((b) => b.change && b.end <= at).at(-1) ?? next ?? later) : undefined
  // A part with another percentage between it and this one has its share already: `17 (10%) … (82%)`.
  // `…, samen 70%`: a share of a sum of parts, not of the first.
  const summed = SUMMED.test(sentence.slice(0, at))
  // A part after the share with a share of its own right after it (`dat is 40%, en … 12 van de 48 teams, een kwart`) is that one's.
  const ownShare = (b: Basis): boolean => b.index > at && shares.some((s) => (s.index ?? 0) >= b.end && !/\d/u.test(sentence.slice(b.end, s.index)))
  // `… 18 niet aan de norm. Dat is 30 procent minder dan vorig jaar.`: compared with a number not given, no share of the part.
  const elsewhere = COMPARED_ELSEWHERE.test(after)
  const part = comparative || elsewhere ? undefined : same ? own.find(sameWhole) : own.find((b) => !b.change && !summed && !ownShare(b) && !(b.end <= at && /%|procent/iu.test(sentence.slice(b.end, at))))
  const before = change ?? part
  // The previous sentence's numbers, when nothing but a bridge ("dat is een daling van") stands between;
  // a year after them (`naar 62 % in 2025.`) is no other number.
  // A fraction in words said as a change (`een afname van een kwart`) is judged as one like a percentage.
  const bridgedBasis = bridging && (previous?.change ? percent || comparative : !elsewhere) ? previous : undefined
  const bridged = bridgedBasis && !bridgedBasis.change && sentence.slice(0, at).trim() === '' ? partOrRest(bridgedBasis, judge) : bridgedBasis
  // Two years in two sentences, the percentage after the second: "In 2022 waren dat er nog 450, een stijging van 12%".
  const spanning = percent || comparative
    ? yearPairs.find((b) => b.index < offset && b.end > offset && b.end <= offset + at && BRIDGE.test(text.slice(b.end, offset + at).replace(/^[\s,;:–-]+/u, '')))
    : undefined
  // `64 kton, 20% lager dan in 2018`: a comparison with an earlier number.
  // Also by its noun against a year (`615, een groei van 9 procent ten opzichte van 2029`).
  const comparedTables = tables.length === 0 ? (c.quoted ?? []) : tables
  const compared = comparedChange(sentence.slice(0, at), after, comparedTables, previousSentence, { section, stated }) ?? yearRelativeChange(sentence.slice(0, at), after, comparedTables, previousSentence, { section, stated })
  // A count set off right after the share (`, 490 inwoners,`) with no number before it and none of its noun after it.
  const apposed = apposedCountAlone(sentence.slice(0, at), after, '', numbersOf)
  return (
    compared ??
    // `Van de 60 clubs heeft ruim een kwart, 17 in totaal, …`: the part set off right after the share.
    (comparative ? undefined : apposedPart(sentence.slice(0, at), after, numbersOf)) ??
    // `Van de acht stichtingen heeft een kwart een groot tekort (Sportfonds en Kunstkring)`: the names in brackets are the part.
    (comparative || own.length > 0 ? undefined : namedListPart(sentence.slice(0, at), after)) ??
    // `Een op de drie, 490 inwoners, …`: a count set off with its noun, of the earlier whole of that noun.
    (own.length === 0 && !comparative && apposed ? countedPartShare(apposed, wholes, tables, offset, stated) : undefined) ??
    // `Ruim de helft kwam op de fiets: 140 leerlingen, de overige 60 met de bus.`: the part of part and rest.
    (own.length === 0 && !comparative ? colonRestShare(after) : undefined) ??
    before ??
    spanning ??
    bridged ??
    // `In drie jaar nam het aantal meldingen af met 15%.` under a table of meldingen per year.
    // A fraction after `met` in a sentence of change is a change too (`nam het aantal met ruim een derde toe`), and two
    // years the sentence names find their table further up the section.
    (own.length === 0 && (percent || comparative || /\bmet\s+$/iu.test(sentence.slice(0, at))) && !ofWhole && numbersOf(sentence.slice(0, at) + after).length === 0
      ? spanChange(sentence, tableJustBefore(text, tables, offset) ?? yearRowTable(sentence, tablesInSection(text, tables, offset)))
      : undefined) ??
    // `De muziekschool verloor tussen 2020 en 2023 ruim een kwart van haar leerlingen.` of a row between two year columns above;
    // also `In 2025 lag het daar een kwart lager dan in 2021.` after a sentence that names the row.
    (own.length === 0 && !ofWhole && numbersOf(sentence.slice(0, at) + after).length === 0 ? rowYearChange(sentence, tablesInSection(text, tables, offset), after, previousSentence, judge) : undefined) ??
    // `Het aantal ging met 30 omlaag tot 90, een kwart minder`: the start is the end level and the difference.
    (own.length === 0 && (percent || comparative) ? endLevelChange(sentence.slice(0, at)) : undefined) ??
    // `Dit jaar daalde dat aantal met 30 procent tot 656.` after `Vorig jaar stonden er 820 … op de wachtlijst.`
    (own.length === 0 && (percent || comparative) ? levelAfterShare(sentence.slice(0, at), after, previousSentence, nextSentence) : undefined) ??
    // `In 2025 kwamen er 100 bij, een groei van 25 procent` after `In 2024 had de vereniging 400 leden.`
    (own.length === 0 && (percent || comparative) ? differenceShare(sentence.slice(0, at), after, previousSentence, tablesInSection(text, tables, offset)) : undefined) ??
    // `Met de nieuwe 6,5 kilometer groeit het wandelnet met ruim 5 procent` after `Het wandelnet is 120 kilometer lang`.
    (own.length === 0 && !ofWhole ? addedLevelShare(sentence.slice(0, at), section, tablesInSection(text, tables, offset), stated, judge) : undefined) ??
    ofThose(sentence.slice(0, at), after, previousNumbers, own.length === 0) ??
    (total && shareOfTotal(sentence.slice(0, at), after, total)) ??
    qualified ??
    named ??
    restatedPair ??
    // `De deelname groeide zo met een kwart.` after `In 2021 was de deelname 40%.` and `In 2025 … 50%.`:
    // two levels of the subject tie the change closer than any pair of the numbers a pointer (`daarmee`) reaches.
    (own.length === 0 && !ofWhole && (percent || comparative || /\bmet\s+$/iu.test(sentence.slice(0, at))) && numbersOf(sentence.slice(0, at) + after).length === 0 ? levelChange(sentence.slice(0, at), sentence, section) : undefined) ??
    // `…; bij 80 lessen is dat 15 procent.`: the count led in by `bij`, `op` or `tegenover` is the whole of a smaller one of the same thing.
    (own.length === 0 && !comparative ? wholeLedShare(sentence.slice(0, at), after, previousSentence || (/^\s*#/u.test(crossing) ? '' : crossing), numbersOf, judge, stated) : undefined) ??
    (own.length === 0 ? pointedPair({ before: sentence.slice(0, at), after, sentence, stated, item: underLead }, earlier, numbersOf, judge, paragraphBefore, section) : undefined) ??
    // `Zo groeit het bloemrijke grasland met ruim 35%.` after a list item with its change `van 18,5 naar 22 hectare`.
    (own.length === 0 && percent && !ofWhole && numbersOf(sentence.slice(0, at) + after).length === 0 ? sectionChange(sentence.slice(0, at), section) : undefined) ??
    // `… is 45 procent tevreden. Dat zijn 960 inwoners.`: the count in the next sentence (a change has none).
    (own.length === 0 && percent && !comparative ? countInNext(sentence, nextSentence, numbersOf) : undefined) ??
    // `Van de 1.410 deelnemers was 38 procent ouder dan 65, in totaal 612 personen.`: the count closing the sentence.
    (own.length === 0 && !comparative ? countAfterShare(sentence.slice(0, at), after, numbersOf) : undefined) ??
    // `Het fonds van € 3 miljoen gaat voor de helft naar de dorpen: € 1,2 miljoen.`: whole before, part after a `voor` share.
    (own.length === 0 && !comparative ? splitSubjectShare(sentence.slice(0, at), after, numbersOf) : undefined) ??
    // `… 2.180 vragenlijsten, en 436 respondenten …: 25 procent.`: the two counts before a share that closes the sentence.
    (own.length === 0 && !comparative && !summed ? (twoCountsBefore(sentence.slice(0, at), after, numbersOf, judge) ?? amountPairShare(sentence.slice(0, at), after, numbersOf, judge) ?? amountWholeBefore(sentence.slice(0, at), after, previousSentence, judge)) : undefined) ??
    // `Een op de vijf ritten gaat met de bus` beside a distribution table with a row `Bus`.
    (own.length === 0 && !comparative && numbersOf(sentence.slice(0, at) + ' ' + after).length === 0 ? namedRowShare(distributions, sentence, previousSentence, stated, judge, at) : undefined) ??
    cell
  )
}
