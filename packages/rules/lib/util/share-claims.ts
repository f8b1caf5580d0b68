/**
 * Percentages and fractions in prose, with the numbers they are said of: a change (`van 80
 * naar 92, een stijging van 15%`) or a share (`45 van de 180 aanvragen, een kwart`), and
 * whether the wording (`ruim`, `bijna`, `circa`) fits the numbers.
 */

import { formatDutchNumber } from '@kapstok/nl'
import { APPROXIMATE as WORD, fits, percentStep, read, withinTwo } from './share-tolerance.js'
import { yearChanges } from './share-changes.js'
import { markdownTables, type Table } from './markdown-tables.js'
import { rowShares } from './share-wholes.js'
import { quotedRowOf, rowOf, tableJustBefore, tablesInSection } from './share-table-rows.js'
import { closesOnPart, COMPARED_ELSEWHERE, countsNoun, fitsAnotherWhole, pointedPair, saysChange } from './share-any-pair.js'
import { onePartBefore, twoCountsBefore } from './share-clause-counts.js'
import { differenceShare } from './share-differences.js'
import { endLevelChange, levelAfterShare } from './share-end-levels.js'
import { backPart, clauseBackPart, namedBackPart, numbersOf, ofThose, type BackPart } from './share-back-references.js'
import { comparedChange } from './share-comparisons.js'
import { factorClaims } from './share-factors.js'
import { isMoneyWhole, isWholeNoun, ofEverything, shareOfTotal, statedTotal, type StatedTotal } from './share-totals.js'
import { countWordsAsDigits, digitsOf, fractionGap, impliedWord, NUMBER_WORD, readShareWord, shareWord } from './share-words.js'
import { restatedBefore, restatedPercents } from './share-pairs.js'
import { countAfterShare, countInNext, pairInNext } from './share-next-count.js'
import { distributionRows, namedRowShare } from './share-row-percents.js'
import { qualifiedWholeShare } from './share-qualified-wholes.js'
import { rowYearLevels } from './share-row-year-levels.js'
import { levelChange } from './share-level-changes.js'
import { countedPartShare, MEASURE, namedWholes, oneYear, shareOfNamed, type NamedWhole } from './share-named-wholes.js'
import { PLAIN_NUMBER } from './plain-number.js'
import { bases, PART_BEFORE, WHOLE_AFTER, type Basis } from './share-bases.js'
import { apposedCount, apposedPart } from './share-apposed-parts.js'
import { spanChange, yearRowTable } from './share-span-changes.js'
import { rowYearChange } from './share-row-year-changes.js'
import { sectionChange } from './share-section-changes.js'
import { sentences } from './share-sentences.js'
import { fitsSpan } from './share-spans.js'
import { rowPartShare, rowQuotedWholeShare } from './share-row-parts.js'
import { tableCellShare } from './share-table-cells.js'
import { wholeLedShare } from './share-whole-leads.js'
import { colonRestShare } from './share-colon-rests.js'
import { namedWholeAfter } from './share-named-whole-after.js'
import { BRIDGE, echoesWhole, namesPartWhole, wholeElsewhere, nothingBetween, partOrRest, partSentence, pointsBack, shareNoun } from './share-pointers.js'

// The noun of the whole a share names after it (`van de scholen`, `van alle leden`); `het aantal` and `het totale
// aantal` only count that noun (`een vijfde van het aantal bezoekers` is of the bezoekers), so the noun after them is the whole.
const OF_NOUN = /^\s+van\s+(?:de|het|alle|onze)\s+(?:(?:totale?\s+)?aantal\s+)?([\p{L}-]+)/iu

/** A percentage or fraction claimed in a sentence, with the numbers it is about. */
export interface ShareClaim {
  /** The claim as written, with its wording (`ruim 18%`, `een derde`). */
  said: string
  /** Offset of `said` in the text. */
  index: number
  /** What the numbers give, in percent. */
  actual: number
  /** How the numbers give it, in Dutch (`van 80 naar 92`, `45 van de 180`). */
  basis: string
  /** Whether the wording fits `actual`. */
  fits: boolean
  /** Whether the claim and `actual` are in percentage points (`4 procentpunt`). */
  inPoints?: boolean
}

const NUMBER = PLAIN_NUMBER
// A count said as approximate (`ongeveer 9.100`, `ruim € 2 miljoen`): the share said of it may be a point off.
const roughCount = new RegExp(String.raw`\b(?:${WORD})\s+(?:€\s?)?\d`, 'iu')
// A percentage (or percentage points) or a share in words, with the word before it: `ruim 18%`, `bijna de helft`, `4 procentpunt`,
// also with its number in a word (`ruim zestig procent`).
const SHARE = new RegExp(String.raw`(?:\b(${WORD})\s+)?(?:(${NUMBER}|${NUMBER_WORD})\s?(%-?punt(?:en)?\b|procentpunt(?:en)?\b|%|procent\b)|(?<![\p{L}])(${shareWord})(?![\p{L}]))`, 'giu')
// `15% van de 1.200 inwoners (180)`: the share, the whole and the part.
const SHARE_OF = new RegExp(String.raw`^\s+van\s+(?:de|het|alle)\s+(?:in\s+totaal\s+)?(${NUMBER})(?:\s+[\p{L}-]+){0,3}\s*\((?:dat\s+zijn\s+|ofwel\s+)?(${NUMBER})\)`, 'iu')
// A share that closes its clause on the noun of its whole: `, bijna een derde van de bevraagde buurtbewoners.`
const CLOSES_ON_NOUN = /^\s+van\s+(?:de|het|alle)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s*(?:[.;!?)]|$)/u
// Right before a share: a figure it is set against (`, tegen 25 procent`, `tegenover 30%`).
const AGAINST = /\b(?:tegen|tegenover|vergeleken\s+met)\s+$/iu
// Right before a share: a bound it is compared with (`onder de 50%`, `boven de 80 procent`).
const THRESHOLD = /\b(?:onder|boven|beneden)\s+(?:de\s+)?$/iu
// A rate of something else than the numbers: `een rente van 3,2%`, `een indexatie van 2%`.
const OTHER_RATE = /\b(?:rente\p{L}*|inflatie|indexatie|index|btw|korting|opslag|rendement|loonstijging|prijsstijging|belastingtarief|tarief)\s+(?:van|met|op|is|bedraagt|à)?\s*(?:\p{L}+\s+)?$/iu
// Words without numbers and then `, dat is` or `, ofwel` between a part and its share.
const POINTS_BACK = /^[^\d%]{0,60}[,;:]\s*(?:(?:dat|dit|wat)\s+(?:is|zijn|was|waren)|ofwel|oftewel)\s+$/iu
// Words right before a share that make it a share of a sum: `…, samen 70%`, `in totaal 45%`.
const SUMMED = /\b(?:samen|tezamen|opgeteld|gezamenlijk|in\s+totaal)\s+(?:(?:is|zijn)\s+(?:dat|dit)\s+|goed\s+voor\s+)?$/iu
/**
 * Find percentage and fraction claims in a text and judge them against the numbers they are
 * said of: a change (`van X naar Y`, also with years: `van 1.200 in 2023 naar 1.080 in 2024`)
 * before a percentage in the same sentence, a part (`M van de N`) in the same sentence,
 * `P% van de N (M)`, or the last change or part of the previous sentence when the sentence
 * only bridges to the percentage ("Dat is een daling van 15%.", "…; dat is ruim een derde").
 * Another number between them makes the percentage about something else.
 *
 * @param written A prose text.
 * @param tables Its Markdown tables (read here when not given).
 * @param earlierTexts The sentences of the plan's texts before this one, where a whole named by its noun may be counted.
 * @param quoted Tables kept apart from the text (a finance chapter's), whose cells it may quote as the part of a column's total.
 * @returns The claims found with numbers to judge them by.
 */
export function shareClaims(written: string, tables: Table[] = markdownTables(written), earlierTexts: string[] = [], quoted: Table[] = []): ShareClaim[] {
  // `Zeven van de elf scholen`: number words of a part and its whole read as digits (same length, same offsets).
  const text = countWordsAsDigits(written)
  const out: ShareClaim[] = []
  let previous: Basis | undefined
  let previousEnd = 0
  let previousNumbers: string[] = []
  let previousSentence = ''
  // The sentences of the paragraph so far, for a share that points to numbers before it.
  let earlier: string[] = []
  let underLead = false
  let paragraphBefore: string[] = []
  // The sentences of the section so far (a heading starts a new one), for a part whose whole is paragraphs up.
  let section: string[] = []
  // A total stated earlier in the paragraph (`in totaal € 2.480.000`) that later shares may be of.
  let total: StatedTotal | undefined
  // The last part that pointed back (`Daarvan is 56 km …`) and the sentence of its whole.
  let lastBack: BackPart | undefined
  let lastBackWhole = ''
  // The wholes named so far in the text (`een bouwopgave van 2.400 woningen`), across its paragraphs.
  const wholes: NamedWhole[] = []
  let earlierWholes: NamedWhole[] | undefined
  const earlierNamed = (): NamedWhole[] => (earlierWholes ??= earlierTexts.flatMap(namedWholes).filter((w) => w.noun !== '' && !w.counted && !w.total))
  // Two years with a number each may stand in two clauses (`in 2015 ging het om 380; in 2018 om 428`).
  const rows = rowShares(tables)
  const distributions = distributionRows(tables)
  const yearPairs = yearChanges(text)
  const all = sentences(text)
  for (const [k, { sentence, offset, paragraphStart }] of all.entries()) {
    const nextSentence = all[k + 1]?.paragraphStart === false ? (all[k + 1]?.sentence ?? '') : ''
    if (paragraphStart) (previous = undefined), (previousNumbers = []), (previousSentence = ''), (total = undefined)
    // A list after a lead that ends in a colon goes on with the lead's numbers.
    const continued = paragraphStart && /:\s*$/u.test(earlier.at(-1) ?? '')
    if (paragraphStart && !continued) (paragraphBefore = earlier), (earlier = [])
    // A list item under a lead that ends in a colon: its share may be of the lead's whole.
    underLead = continued || (underLead && /^\s*(?:[-*+•]|\d+[.)])\s/u.test(sentence))
    if (/^\s*#/u.test(sentence)) section = []
    const own = bases(sentence)
    // `Daarvan zijn 3.100 bomen essen`: a part of a whole in the sentence before.
    // A paragraph that opens with `Daarvan` or `Bij 18 van die keuringen` can only point to the paragraph before.
    // `Van die trainers` must name what that paragraph counts (`keuringen` after `keurden we 120`).
    const crossing = paragraphStart && !continued ? (paragraphBefore.at(-1) ?? '') : ''
    const lastBefore = !/^\s*#/u.test(crossing) && pointedNounIn(sentence, crossing) ? crossing : ''
    const back = own.some((b) => !b.change) ? undefined : (backPart(sentence, previousSentence || lastBefore) ?? namedBackPart(sentence, earlier) ?? clauseBackPart(sentence))
    if (back) own.push(back), own.sort((a, b) => a.index - b.index)
    // The sentence a part pointing back took its whole from, for a share in the next clause that names it again.
    const backWhole = back ? previousSentence || lastBefore : ''
    const shares = [...sentence.matchAll(SHARE)]
    // `20%, ofwel een op de vijf`: words that restate the percentage beside them are judged by it alone.
    const restated = restatedPercents(sentence, shares)
    // `Het aandeel textiel steeg van 20% in 2023 naar 33% in 2025` beside a table of kinds per year: each the row's share of its year.
    const levels = /\baandeel\b/iu.test(sentence) ? rowYearLevels(sentence, shares.map((m) => ({ at: m.index ?? 0, length: m[0].length })), rowShares(tablesInSection(text, tables, offset))) : undefined
    for (const share of shares) {
      const at = share.index ?? 0
      const level = levels?.get(at)
      // `van 40% naar 44%`: a percentage among the numbers of a change is one of them, not a claim (unless a row's share of its year).
      if (!level && own.some((b) => at >= b.index && at < b.end)) continue
      // `komen onder de 50% uit`: a threshold the numbers are measured against, not their share.
      // `…, tegen 25 procent landelijk`: a figure the numbers are compared with, not their share.
      if (THRESHOLD.test(sentence.slice(0, at)) || AGAINST.test(sentence.slice(0, at))) continue
      // `van 5.000 naar 6.000, gemiddeld 5 procent per jaar`: a rate per year of a change over years
      // is compounded or spread over years the sentence need not give, no change of its numbers.
      if (/^\s*(?:per\s+jaar|jaarlijks)\b/iu.test(sentence.slice(at + share[0].length)) && own.some((b) => b.change)) continue
      const percent = share[2] !== undefined
      const digits = digitsOf(share[2] ?? '')
      const inPoints = percent && /punt/i.test(share[3] ?? '')
      const words = percent ? undefined : readShareWord(share[4] ?? '')
      const stated = percent ? (digits === '' ? undefined : read(digits)) : words?.value
      if (stated === undefined) continue
      const word = (share[1] ?? '').toLowerCase().replace(/\s+/g, ' ') || impliedWord(share[4] ?? '')
      const step = percent ? percentStep(digits) : (words?.step ?? 0)
      // Said of exact counts, `ruim` and `bijna` state a side of the fraction (59,6% is not `ruim drie vijfde`); counts
      // said as approximate (`ongeveer 9.100`) keep the slack of a rounded number.
      // (The share itself, `ruim 1 op de 3`, is no count.)
      const slack = roughCount.test(`${sentence.slice(0, at)} ${sentence.slice(at + share[0].length)}`) || roughCount.test(previousSentence) ? undefined : 0
      const judge = (actual: number): boolean => (words?.side ? (words.side === 'above' ? actual > 50 : actual < 50) : fits(word, stated, actual, step, percent, words?.up, slack))
      if (level && !inPoints) {
        out.push({ said: share[0], index: offset + at, actual: level.actual, basis: level.basis, fits: judge(level.actual) })
        continue
      }
      // `… voelt 40 procent zich eenzaam; dat is één op de drie.`: the one percentage of the sentence before.
      const twin = restated.get(at) ?? (own.length === 0 ? restatedBefore(sentence.slice(0, at), previousSentence) : undefined)
      if (twin && words) {
        // The percentage beside it is rounded, and words beside a percentage only paraphrase it (`30%, een op de
        // drie`): they fit when they fit anything it may stand for, to the nearest fraction of halves to fifths.
        const loose = (actual: number): boolean => words.side !== undefined ? judge(actual) : fits(word, stated, actual, Math.max(step, fractionGap(stated, [2, 3, 4, 5])))
        const fitsTwin = [twin.value - twin.half, twin.value, twin.value + twin.half].some(loose)
        out.push({ said: share[0], index: offset + at, actual: twin.value, basis: 'het percentage ernaast', fits: fitsTwin })
        continue
      }
      const shareOf = SHARE_OF.exec(sentence.slice(at + share[0].length))
      let found: Pick<Basis, 'actual' | 'basis' | 'points' | 'span'> | undefined
      // `40% van de bezoekers`: a share of something the sentence gives no numbers for.
      const after = sentence.slice(at + share[0].length)
      // "…zijn er 120 voor starters, dat is 25% van de bouw": a share said right after its part is of that part's whole.
      // A year between is a label of the part, no other number: `56 km vernieuwd in 2019; dat is …`.
      const pointed = own.some((b) => !b.change && b.end <= at && POINTS_BACK.test(sentence.slice(b.end, at).replace(YEAR_LABEL, 'jaar')))
      // `van het totaal`, `van de doelgroep`, `van het bomenbestand`: the whole the numbers give, not another group.
      const whole = shareNoun(after, earlier.slice(-2).join(' '))
      // `bijna een kwart van de hele lijst` after `Van hen wachtten er 131`: the whole of the sentence's own part.
      const ofAll = ofEverything(after) && own.some((b) => !b.change && b.end <= at)
      const ofWhole = (isWholeNoun(whole) && !wholeElsewhere(after)) || ofAll || (total !== undefined && whole.toLowerCase() === total.noun)
      // `Dat is een achtste van alle huishoudens` after `19.850 huishoudens`: the whole counted just before.
      const counted = own.length === 0 && countsNoun(whole, earlier.slice(-2))
      // `Dat is een derde van alle deelnemers` right after a part (`Van hen gaven 1.150 …`): a share of that part's whole.
      // `Het gaat om ruim een kwart van het totaal.`, `…; twee op de drie huurders verhuist dus`: pointing back across the sentence end.
      const pointer = own.length === 0 && pointsBack(sentence.slice(0, at), after)
      const bridging = pointer && previous !== undefined && nothingBetween(text.slice(previousEnd, offset), numbersOf)
      // `Dat is ruim een derde van de totale omvang`, `… van alle palen`: the whole of the part just before, named again.
      // `Daarvan is 56 km …; dat is 40 procent van de beklede dijken` after `… (140 van de 400 km) is bekleed met steen`: the words of that whole again.
      const chained = bridging && previous?.change === false && (namesPartWhole(after, previous.noun ?? '', nounsOne) || (previous === lastBack && echoesWhole(after, lastBackWhole)))
      // `… 312 woningen verkocht, 8 procent van de voorraad.`: a share of its clause's one count.
      const closing = own.length === 0 && closesOnPart(sentence.slice(0, at), after, numbersOf)
      const other = pointed || ofWhole || counted || chained || closing ? null : OF_NOUN.exec(after)
      // `driekwart van de scholen` after `van de 24 scholen` is of the same whole.
      // A part after the share without a noun of its own is of the share's whole: `de helft van de wijkcentra: 9 van de 26`.
      // `van de 20 sportvelden … van de velden`: a compound names its head; and a part in a measure (`12 van de 70
      // hectare`) has no other group for `van het gebied` to be of.
      // An amount's share `van het programma` or `van de lasten` is of the amount's whole.
      const sameWhole = (b: Basis): boolean =>
        !b.change && (nounsOne(b.noun ?? '', other?.[1] ?? '') || (b.index > at && b.noun === undefined) || (other !== null && (MEASURE.test(b.noun?.split(/\s+/)[0] ?? '') || (b.euro === true && isMoneyWhole(other[1] ?? '')))))
      const same = other && own.some(sameWhole)
      // `Van de 860 ouders … waren er 215 ontevreden, een kwart van de invullers.`: a share closing its sentence right after the
      // sentence's one part of a whole names that whole by another word (a role: `invullers`, `cursisten`, `aanvragen`). A share
      // more than a factor two off is of a wider whole (`3 procent van alle inwoners`).
      const pairs = own.filter((b) => !b.change && b.end <= at)
      const renamed = other !== null && !same && !inPoints && own.length === 1 && pairs.length === 1 && CLOSES_ON_NOUN.test(after) && withinTwo(pairs[0]?.actual ?? 0, stated)
      const wholeAfter = WHOLE_AFTER.exec(after)
      // The part in brackets before the share (`17 scholen (10% van de 170)`), or the clause's one count before it.
      const wholeValue = read(wholeAfter?.[1] ?? '')
      const onePart = wholeAfter && wholeValue && !/^\s*-/u.test(after.slice(wholeAfter[0].length)) ? onePartBefore(sentence.slice(0, at), wholeValue, numbersOf) : undefined
      const partBefore = wholeAfter ? (PART_BEFORE.exec(sentence.slice(0, at)) ?? (onePart ? [onePart, onePart] : null)) : null
      // `Met 310 palen staat in de Haven nog geen 5 procent van alle lantaarnpalen` under a table with that row: the one count the
      // sentence quotes is the row's, so the share is of the column's total, before any reading of the sentences around.
      const ofNoun = OF_NOUN.exec(after)?.[1]
      // `In Noordhoek is pas een op de vier speeltuinen vernieuwd` (or `80 procent van de speeltuinen`) under a table with that row and
      // a column the sentence names (`Vernieuwd`): the row's part of its own whole, not the row's share of the column's total.
      const rowPart = own.length === 0 && !shareOf && !saysChange(after, sentence.slice(0, at)) && numbersOf(sentence.slice(0, at) + ' ' + after).length === 0
        ? rowPartShare(tables, sentence.slice(0, at), after, judge)
        : // `daar heeft van de 40 haltes maar een kwart een abri` under a row `Oost | 40 | 10 | 30`: the whole quoted from the row.
          own.length === 0 && !shareOf && !saysChange(after, sentence.slice(0, at)) && numbersOf(sentence).length === 1
          ? rowQuotedWholeShare(tablesInSection(text, tables, offset), sentence, judge)
          : undefined
      const byRow = rowPart ?? (!same && !shareOf && own.length === 0 ? (other ? rowOf(rows, sentence, other[1] ?? '') : ofNoun ? quotedRowOf(rows, sentence, ofNoun) : undefined) : undefined)
      // A row found by its label alone may be a common noun (`het oudste museum` beside a row `Museum`): the table
      // reading that weighs names in the other cells decides when it finds one.
      const row = byRow && byRow !== rowPart && !saysChange(after, sentence.slice(0, at)) ? (tableCellShare(tablesInSection(text, tables, offset), share[0], sentence.slice(0, at), after, previousSentence) ?? byRow) : byRow
      // A row's share that misses the table's total but fits another count of its noun in the paragraph is of that one.
      if (row && 'part' in row && !judge(row.actual) && fitsAnotherWhole(ofNoun ?? '', read(String(row.part)) ?? 0, earlier, judge)) continue
      // `25% van de bouwopgave` after `een bouwopgave van 2.400 woningen` earlier in the text.
      // A pointing sentence takes its part from the sentence before: `Negen gemalen staan in klasse 3 of 4. Het gaat om … van ons areaal.`
      // Its asides and labels (`een 8 of hoger`, `klasse 2`) are no part either.
      const partText = partSentence(pointer && numbersOf(sentence.slice(0, at)).length === 0 ? `${previousSentence} ${sentence.slice(0, at)}` : sentence.slice(0, at))
      // A whole named by its noun in an earlier section of the plan (`het stuurbare inkoopvolume is € 21,4 miljoen`) serves a
      // share that names that noun again (`van het stuurbare volume`); a bare count or a `totaal` there is too vague to reach for.
      const named = own.length === 0 && !shareOf && !row
        ? (shareOfNamed(partText, after, wholes, [...tables, ...quoted], stated, oneYear(sentence.slice(0, at))) ??
          shareOfNamed(partText, after, earlierNamed(), [], stated, oneYear(sentence.slice(0, at))))
        : undefined
      // `510 ouders, 71% van alle ouders die zich inschreven` after `Dit voorjaar schreven 840 ouders zich in` anywhere before.
      const qualified = own.length === 0 && !shareOf && !row && !named ? qualifiedWholeShare(sentence.slice(0, at), after, () => [...earlierTexts, ...all.slice(0, k).map((s) => s.sentence)]) : undefined
      // `Bijna 30 procent van de scholen … . Het gaat om 19 van de 52 scholen.`: the pair restated in the next sentence.
      const restatedPair = own.length === 0 && !shareOf && !row ? pairInNext(nextSentence, bases(nextSentence), other?.[1] ?? '') : undefined
      // `Daarbij kregen 75 van hen een plek, bijna een derde van alle aanmelders uit de wijk`: the share says it is of all of a group, wider
      // than the part pointing back, so its pair is sought in the sentences before, as for a sentence without numbers.
      const beyondBack = other && !same && back !== undefined && own.length === 1 && !shareOf && !row && /^\s+van\s+alle\s/iu.test(after)
      const pointedOther = beyondBack ? pointedPair({ before: sentence.slice(0, at), after, sentence, stated, item: underLead }, earlier, numbersOf, judge, paragraphBefore, section) : undefined
      // `bijna een derde van zijn exploitatie van € 415.000`: the whole after the noun that names it, the part the one number before.
      const namedAfter = own.length === 0 && !shareOf && !wholeAfter && !row ? namedWholeAfter(sentence.slice(0, at), after, numbersOf) : undefined
      // `Op Veldhoek valt bijna de helft van alle wedstrijden` beside a table with that row and a total row: the row's cell of the total.
      const cell = own.length === 0 && !shareOf && !row && !named && !qualified && !restatedPair && !pointedOther && !namedAfter && !saysChange(after, sentence.slice(0, at))
        ? tableCellShare(tablesInSection(text, tables, offset), share[0], sentence.slice(0, at), after, previousSentence)
        : undefined
      if ((other && !same && !renamed && !shareOf && !row && !named && !qualified && !restatedPair && !pointedOther && !namedAfter && !cell) || OTHER_RATE.test(sentence.slice(0, at))) continue
      if (pointedOther) {
        found = pointedOther
      } else if (row) {
        found = row
      } else if (namedAfter) {
        found = namedAfter
      } else if (partBefore && wholeAfter) {
        const [part, whole] = [read(partBefore[1] ?? ''), read(wholeAfter[1] ?? '')]
        if (whole && part !== undefined && part <= whole) found = { actual: (part / whole) * 100, basis: `${partBefore[1]} van ${wholeAfter[1]}` }
      } else if (shareOf) {
        const whole = read(shareOf[1] ?? '')
        const part = read(shareOf[2] ?? '')
        if (whole && part !== undefined && part <= whole) found = { actual: (part / whole) * 100, basis: `${shareOf[2]} van ${shareOf[1]}` }
      } else {
        // `steeg met 25% van 400 naar 460`: the change may follow the percentage directly.
        const end = at + share[0].length
        // Also behind a colon or a participle: `daalde met 30%: van 500 naar 400`, `is met 40% gedaald, van 250 naar 175`,
        // and `daalde met 15% naar 850 (2023: 1.000)`.
        const next = own.find((b) => b.change && b.index >= end && /^\s*(?:[:,–-]\s*)?(?:(?:\p{Ll}+[dtn]|toe|af)\s*[,:–-]?\s*)?(?:(?:naar|tot)\s+)?$/u.test(sentence.slice(end, b.index)))
        // A share of the whole (`van het totaal`) is no change.
        // A share with a comparative after it is a change too: `een derde minder`, `ruim de helft meer`.
        const comparative = saysChange(after, sentence.slice(0, at))
        // A share said as a change (`Een stijging van 18 procent: zo groeide … van 350 naar 392`) may also stand before the sentence's
        // one change further on, with no number between them.
        const laterChanges = own.filter((b) => b.change && b.index >= end)
        const later = comparative && laterChanges.length === 1 && !/\d/u.test(sentence.slice(end, laterChanges[0]?.index)) ? laterChanges[0] : undefined
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
        // `97 kton, 25% lager dan in 2019`: a comparison with an earlier number.
        const compared = comparedChange(sentence.slice(0, at), after, tables, previousSentence)
        // Only a sentence with no other number than the set-off count: `, 490 inwoners,`.
        const apposedFound = apposedCount(after)
        const apposed = apposedFound && numbersOf(sentence).length === 1 ? apposedFound : undefined
        found =
          compared ??
          // `Van de 60 clubs heeft ruim een kwart, 17 in totaal, …`: the part set off right after the share.
          (comparative ? undefined : apposedPart(sentence.slice(0, at), after, numbersOf)) ??
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
          (own.length === 0 && !ofWhole && numbersOf(sentence.slice(0, at) + after).length === 0 ? rowYearChange(sentence, tablesInSection(text, tables, offset), after, previousSentence) : undefined) ??
          // `Het aantal ging met 30 omlaag tot 90, een kwart minder`: the start is the end level and the difference.
          (own.length === 0 && (percent || comparative) ? endLevelChange(sentence.slice(0, at)) : undefined) ??
          // `Dit jaar daalde dat aantal met 30 procent tot 656.` after `Vorig jaar stonden er 820 … op de wachtlijst.`
          (own.length === 0 && (percent || comparative) ? levelAfterShare(sentence.slice(0, at), after, previousSentence) : undefined) ??
          // `In 2025 kwamen er 100 bij, een groei van 25 procent` after `In 2024 had de vereniging 400 leden.`
          (own.length === 0 && (percent || comparative) ? differenceShare(sentence.slice(0, at), after, previousSentence, tablesInSection(text, tables, offset)) : undefined) ??
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
          // `… 2.180 vragenlijsten, en 436 respondenten …: 25 procent.`: the two counts before a share that closes the sentence.
          (own.length === 0 && !comparative && !summed ? twoCountsBefore(sentence.slice(0, at), after, numbersOf, judge) : undefined) ??
          // `Een op de vijf ritten gaat met de bus` beside a distribution table with a row `Bus`.
          (own.length === 0 && !comparative && numbersOf(sentence.slice(0, at) + ' ' + after).length === 0 ? namedRowShare(distributions, sentence, previousSentence, stated, judge) : undefined) ??
          cell
      }
      // `Daarvan … 6 procent van alle meldingen` after `Van de 1.250 meldingen … 500`: the share names the outer whole.
      // So in the next clause: `Daarvan is 56 km …; dat is 14 procent van alle dijken.`
      const chainPart = found !== undefined && found === back ? back : found !== undefined && found === lastBack && previous === lastBack ? lastBack : undefined
      if (chainPart?.wider && WIDEST.test(after)) found = chainPart.wider
      // Percentage points of numbers that are no percentages say nothing to check.
      if (!found || (inPoints && found.points === undefined)) continue
      // A change of a percentage said in percent is relative: `van 46 naar 41 procent` is 5 procentpunt, not 5 procent.
      // Numbers rounded at a magnitude (`€ 19,1 miljoen`) allow an interval: a claim inside it is not shown wrong.
      // Two table rows summed by heart (`de ijsbaan en de sporthal samen bijna drie kwart`): words to halves to fifths.
      const byHeart = found === cell && cell.summed === true && words !== undefined && words.side === undefined && fits(word, stated, found.actual, Math.max(step, fractionGap(stated, [2, 3, 4, 5])))
      const ok = inPoints ? judge(found.points ?? 0) : byHeart || fitsSpan(judge, found.actual, stated, found.span)
      const actual = inPoints ? (found.points ?? 0) : found.actual
      out.push({ said: share[0], index: offset + at, actual, basis: found.basis, fits: ok, ...(inPoints ? { inPoints } : {}) })
    }
    out.push(...factorClaims(sentence, offset, own))
    const paired = yearPairs.find((b) => b.end > offset && b.end <= offset + sentence.length && b.index < offset)
    const last = paired ?? own.at(-1)
    previous = last
    if (back && last === back) (lastBack = back), (lastBackWhole = backWhole)
    previousEnd = paired ? paired.end : last ? offset + last.end : offset
    previousNumbers = numbersOf(sentence)
    previousSentence = sentence
    earlier.push(sentence)
    if (!/^\s*#/u.test(sentence)) section.push(sentence)
    total = statedTotal(sentence) ?? total
    wholes.push(...namedWholes(sentence))
  }
  return out
}

// Whether the noun of a pointer (`Van die trainers`, `Bij 18 van die keuringen`) is named in a text, by its stem
// (`keur` in `keurden`, `inspect` in `inspecteerden`); a pointer without a noun (`Daarvan`) names nothing to check.
function pointedNounIn(sentence: string, text: string): boolean {
  const noun = /\bvan\s+(?:die|deze)\s+(\p{L}+)/iu.exec(sentence)?.[1]?.toLowerCase()
  const stem = noun?.replace(/(?:ingen|en|s|n)$/u, '')
  return stem === undefined || (stem.length >= 4 && text.toLowerCase().includes(stem))
}

const YEAR_LABEL = /\b(?:19|20)\d{2}\b/gu

// A share of the widest whole: `van alle meldingen`, `van het hele stelsel`, `van de totale voorraad`.
const WIDEST = /^\s+van\s+(?:alle|(?:het|de)\s+(?:hele|gehele|totale|volledige))\s/iu

// Whether a share's noun (`velden`) is one of a part's words or the head of one (`sportvelden`).
function nounsOne(words: string, noun: string): boolean {
  const n = noun.toLowerCase()
  return n !== '' && words.split(/\s+/).some((w) => w === n || (n.length >= 4 && w.endsWith(n)))
}

/**
 * A percentage for a message: one decimal, Dutch notation.
 *
 * @param value Percent.
 * @param inPoints Whether it is a difference in percentage points (optional).
 * @returns E.g. `17,8%`, `4 procentpunt`.
 */
export function percentText(value: number, inPoints = false): string {
  return formatDutchNumber(Math.round(value * 10) / 10) + (inPoints ? ' procentpunt' : '%')
}
