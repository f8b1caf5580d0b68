/**
 * Percentages and fractions in prose, with the numbers they are said of: a change (`van 80
 * naar 92, een stijging van 15%`) or a share (`45 van de 180 aanvragen, een kwart`), and
 * whether the wording (`ruim`, `bijna`, `circa`) fits the numbers.
 */

import { carriedStart } from './share-carried-starts.js'
import { fits, isVerbBound, read, withinTwo } from './share-tolerance.js'
import { yearChanges } from './share-changes.js'
import { markdownTables, type Table } from './markdown-tables.js'
import { rowShares } from './share-wholes.js'
import { tablesBefore, tablesInSection } from './share-table-rows.js'
import { closesOnPart, countsNoun, pointedPair, saysChange } from './share-any-pair.js'
import { onePartBefore } from './share-clause-counts.js'
import { demonstrativeWholeShare } from './share-demonstrative-wholes.js'
import { backPart, clauseBackPart, namedBackPart, numbersOf, type BackPart } from './share-back-references.js'
import { isMoneyWhole, isWholeNoun, ofEverything, statedTotal, type StatedTotal } from './share-totals.js'
import { countWordsAsDigits, fractionGap } from './share-words.js'
import { blankSources } from './asides.js'
import { restatedBefore, restatedPercents } from './share-pairs.js'
import { pairInNext } from './share-next-count.js'
import { distributionRows } from './share-row-percents.js'
import { qualifiedWholeShare } from './share-qualified-wholes.js'
import { rowYearLevels, type YearLevel } from './share-row-year-levels.js'
import { columnYearLevels } from './share-column-year-levels.js'
import { countedPartShare, MEASURE, namedWholes, oneYear, shareOfNamed, type NamedWhole } from './share-named-wholes.js'
import { bases, endBeforeShares, PART_BEFORE, WHOLE_AFTER, type Basis } from './share-bases.js'
import { factorClaims, saysFactor } from './share-factors.js'
import { clauseJoined, sentences } from './share-sentences.js'
import { fitsReading, statementOf } from './share-statements.js'
import { tableRowShare } from './share-row-readings.js'
import { pointedGroupSize } from './share-pointed-groups.js'
import { tableCellShare } from './share-table-cells.js'
import { cellValueShare } from './share-cell-value-wholes.js'
import { tableSumShare } from './share-table-sum-parts.js'
import { sentenceReading } from './share-sentence-readings.js'
import { rowWholePart } from './share-row-wholes.js'
import { blankAsides } from './share-asides.js'
import { allMatches } from './all-matches.js'
import { BRIDGE, changeEnd, OF_NOUN, SHARE, SHARE_OF, CLOSES_ON_NOUN, SETS_OFF, CLOSES_APPOSITION, AGAINST, ADDITIVE, THRESHOLD, TARGET_AFTER, OTHER_RATE, POINTS_BACK, YEAR_LABEL, WIDEST, pointedNounIn, nounsOne } from './share-claim-words.js'
import { namedWholeAfter } from './share-named-whole-after.js'
import { leftRest } from './share-left-rests.js'
import { measuredWholeShare } from './share-measured-wholes.js'
import { columnShare } from './share-column-shares.js'
import { namedChange, type RecentChanges } from './share-named-changes.js'
import { apposedCountAlone, timesCount } from './share-apposed-parts.js'
import { asWritten, type ShareClaim } from './share-claim-text.js'
import { combinedShareClaims } from './share-combined-parts.js'
import { noEarlierTexts, type EarlierTexts } from './share-earlier-texts.js'
import { placedPredicate } from './share-placed-predicates.js'
import { CONSEQUENCE } from './share-split-wholes.js'
import { echoesWhole, namesPartWhole, wholeElsewhere, nothingBetween, partSentence, pointsBack, shareNoun } from './share-pointers.js'

export type { ShareClaim } from './share-claim-text.js'
export { percentText } from './share-claim-text.js'

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
 * @param earlierTexts The sentences of the plan's texts before this one and the wholes they name by a noun, where a share's whole may be counted.
 * @param quoted Tables kept apart from the text (a finance chapter's), whose cells it may quote as the part of a column's total.
 * @param earlierTables The tables of the plan's texts before this one, whose column total a sentence may quote as its whole.
 * @returns The claims found with numbers to judge them by.
 */
export function shareClaims(written: string, tables: Table[] = markdownTables(written), earlierTexts: EarlierTexts = noEarlierTexts(), quoted: Table[] = [], earlierTables: Table[] = []): ShareClaim[] {
  // `Zeven van de elf scholen`: number words of a part and its whole read as digits (same length, same offsets).
  // A closing source (`(bron: CBS)`, `[^1]`) is blanked out: the share still closes its clause.
  const text = blankSources(countWordsAsDigits(written))
  const out: ShareClaim[] = []
  let previous: Basis | undefined
  let previousEnd = 0
  // Where the sentence of `previousEnd` starts: an aside there (`conditie 3 of beter`) is read with its noun.
  let previousStart = 0
  let previousNumbers: string[] = []
  let previousSentence = ''
  // The sentences of the paragraph so far, for a share that points to numbers before it.
  let earlier: string[] = []
  let underLead = false
  let paragraphBefore: string[] = []
  // The sentences of the section so far (a heading starts a new one), for a part whose whole is paragraphs up.
  let section: string[] = []
  // The changes stated in this paragraph and the one before, for a share that names one back by its noun (`Die toename van …`).
  const changes: RecentChanges = { paragraph: [], before: [] }
  // A total stated earlier in the paragraph (`in totaal € 2.480.000`) that later shares may be of.
  let total: StatedTotal | undefined
  // The last part that pointed back (`Daarvan is 56 km …`) and the sentence of its whole.
  let lastBack: BackPart | undefined
  let lastBackWhole = ''
  // The wholes named so far in the text (`een bouwopgave van 2.400 woningen`), across its paragraphs.
  const wholes: NamedWhole[] = []
  // Two years with a number each may stand in two clauses (`in 2015 ging het om 380; in 2018 om 428`).
  const all = sentences(text)
  // Read once per sentence: `matchAll` would copy (and compile) the long pattern on every call.
  const sharesOf = all.map(({ sentence }) => allMatches(SHARE, sentence))
  // Most texts say no share and no factor: no sentence of theirs can make a claim, so what the loop
  // below carries from sentence to sentence is read for nothing.
  if (sharesOf.every((m) => m.length === 0) && !all.some(({ sentence }) => saysFactor(sentence))) return combinedShareClaims(written, tables, quoted)
  const rows = rowShares(tables)
  // A finance chapter's prose names the rows of its tables too (`De provincie betaalt een derde`).
  const distributions = distributionRows([...tables, ...quoted])
  const yearPairs = yearChanges(text)
  for (const [k, { sentence, offset, paragraphStart }] of all.entries()) {
    const nextSentence = all[k + 1]?.paragraphStart === false ? (all[k + 1]?.sentence ?? '') : ''
    if (paragraphStart) (previous = undefined), (previousNumbers = []), (previousSentence = ''), (total = undefined)
    // A list after a lead that ends in a colon goes on with the lead's numbers.
    const continued = paragraphStart && /:\s*$/u.test(earlier.at(-1) ?? '')
    if (paragraphStart && !continued) (paragraphBefore = earlier), (earlier = []), (changes.before = changes.paragraph), (changes.paragraph = [])
    // A list item under a lead that ends in a colon: its share may be of the lead's whole.
    underLead = continued || (underLead && /^\s*(?:[-*+•]|\d+[.)])\s/u.test(sentence))
    if (/^\s*#/u.test(sentence)) (section = []), (changes.before = []), (changes.paragraph = [])
    // `een op de negen van de 820 mantelzorgers`: the number of a share in words is no part of the whole after it.
    const shares = sharesOf[k] ?? []
    const shareSpans = shares.map((m) => [m.index, m.index + m[0].length] as const)
    // `met 27 van de 60 speeltuinen ruim de helft`: a part's noun stops where a share begins.
    const own = endBeforeShares(bases(sentence), sentence, shareSpans.map(([from]) => from)).filter((b) => b.change || !shareSpans.some(([from, to]) => b.index > from && b.index < to))
    // `Daarvan zijn 240 lindes`: a part of a whole in the sentence before; `Van de aanvragen uit 2024 werden er 150 afgewezen …`:
    // of a table row's cell the sentence names.
    // A paragraph that opens with `Daarvan` or `Bij 18 van die keuringen` can only point to the paragraph before.
    // `Van die trainers` must name what that paragraph counts (`keuringen` after `keurden we 120`).
    const crossing = paragraphStart && !continued ? clauseJoined(paragraphBefore) : ''
    const lastBefore = !/^\s*#/u.test(crossing) && pointedNounIn(sentence, crossing) ? crossing : ''
    const previousWhole = previousSentence ? clauseJoined(earlier) : ''
    const back = own.some((b) => !b.change) ? undefined : (backPart(sentence, previousWhole || lastBefore) ?? namedBackPart(sentence, earlier) ?? clauseBackPart(sentence) ?? rowWholePart(sentence, tablesInSection(text, tables, offset)))
    if (back) own.push(back), own.sort((a, b) => a.index - b.index)
    // `… € 2.400 per traject. … dalen naar € 2.150, een daling van …`: a change whose start is the sentence before's one level.
    const carried = own.length === 0 ? carriedStart(sentence, previousSentence) : undefined
    if (carried) own.push(carried)
    // The sentence a part pointing back took its whole from, for a share in the next clause that names it again.
    const backWhole = back ? previousSentence || lastBefore : ''
    // `20%, ofwel een op de vijf`: words that restate the percentage beside them are judged by it alone.
    const restated = restatedPercents(sentence, shares)
    // `Het aandeel textiel steeg van 20% in 2023 naar 33% in 2025` beside a table of kinds per year: each the row's share of its year.
    // `Het aandeel spoedaanvragen groeide van 20% in 2021 naar 35% in 2023` beside a table of a row per year: a part column's share of its whole.
    const levels = /\baandeel\b/iu.test(sentence) ? yearLevels(sentence, shares.map((m) => ({ at: m.index ?? 0, length: m[0].length })), tablesInSection(text, tables, offset)) : undefined
    for (const share of shares) {
      const at = share.index ?? 0
      const level = levels?.get(at)
      // `van 40% naar 44%`: a percentage among the numbers of a change is one of them, not a claim (unless a row's share of its year).
      // So are shares in words at the ends of a change (`steeg van een vijfde naar ruim een kwart`).
      if (!level && (own.some((b) => at >= b.index && at < b.end) || changeEnd(sentence, shares, share))) continue
      // `komen onder de 50% uit`: a threshold the numbers are measured against, not their share.
      // `…, tegen 25 procent landelijk`: a figure the numbers are compared with, not their share.
      if (THRESHOLD.test(sentence.slice(0, at)) || AGAINST.test(sentence.slice(0, at))) continue
      const lastPart = own.filter((b) => !b.change && b.end <= at).at(-1)
      if (lastPart && TARGET_AFTER.test(sentence.slice(lastPart.end, at))) continue
      // `van 5.000 naar 6.000, gemiddeld 5 procent per jaar`: a rate per year of a change over years
      // is compounded or spread over years the sentence need not give, no change of its numbers.
      if (/^\s*(?:per\s+jaar|jaarlijks)\b/iu.test(sentence.slice(at + share[0].length)) && own.some((b) => b.change)) continue
      const said = statementOf(share, sentence, at, previousSentence)
      if (!said) continue
      const { percent, inPoints, words, stated, word, step, judge } = said
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
      // A year or a label between is an aside of the part, no other number (its noun may close the part's): `56 km vernieuwd in 2019; dat is …`,
      // `17 van de 52 viaducten hebben score 4 of lager; dat is …`, `… waren 80 jaar of ouder, dat is …`.
      const pointed = own.some((b) => !b.change && b.end <= at && POINTS_BACK.test(sentence.slice(b.end, at).replace(YEAR_LABEL, 'jaar')))
      // `van het totaal`, `van de doelgroep`, `van het bomenbestand`: the whole the numbers give, not another group.
      const whole = shareNoun(after, earlier.slice(-2).join(' '))
      // `bijna een kwart van de volledige wachtrij` after `Van hen wachtten er 131`: the whole of the sentence's own part.
      const ofAll = ofEverything(after) && own.some((b) => !b.change && b.end <= at)
      const ofWhole = (isWholeNoun(whole) && !wholeElsewhere(after)) || ofAll || (total !== undefined && whole.toLowerCase() === total.noun)
      // `Dat is een achtste van alle huishoudens` after `19.850 huishoudens`: the whole counted just before.
      // Also as the head of a compound counted there (`320 speelplekken` for `van de gekeurde plekken;`), when no phrase narrows it.
      const counted = own.length === 0 && countsNoun(whole, earlier.slice(-2), CLOSES_ON_NOUN.test(after))
      // `Dat is een derde van alle deelnemers` right after a part (`Van hen gaven 1.150 …`): a share of that part's whole.
      // `Het gaat om ruim een kwart van het totaal.`, `…; twee op de drie huurders verhuist dus`: pointing back across the sentence end.
      const pointer = own.length === 0 && pointsBack(sentence.slice(0, at), after)
      // A pointing sentence (`Dit bedroeg bijna een vijfde van het jaarbudget van € 9 mln.`, `Dit vormt een tiende van de 900
      // ton`) takes its part from the sentence before, whose one number of the whole's kind the readers below look for.
      const lead = pointer && numbersOf(sentence.slice(0, at)).length === 0 ? `${previousSentence} ${sentence.slice(0, at)}` : sentence.slice(0, at)
      // A label between them is read with its noun, which may close the part (`17 van de 52 viaducten score 4 of lager; dat is …`).
      const bridging = pointer && previous !== undefined && nothingBetween(blankAsides(text.slice(previousStart, offset)).slice(previousEnd - previousStart), numbersOf)
      // `Dat is ruim een derde van de totale omvang`, `… van alle palen`: the whole of the part just before, named again.
      // `Daarvan is 56 km …; dat is 40 procent van de beklede dijken` after `… (140 van de 400 km) is bekleed met steen`: the words of that whole again.
      const chained = bridging && previous?.change === false && (namesPartWhole(after, previous.noun ?? '', nounsOne) || (previous === lastBack && echoesWhole(after, lastBackWhole)))
      // `… 312 woningen verkocht, 8 procent van de voorraad.`: a share of its clause's one count.
      const closing = own.length === 0 && closesOnPart(sentence.slice(0, at), after, numbersOf)
      const other = pointed || ofWhole || counted || chained || closing ? null : OF_NOUN.exec(after)
      // `driekwart van de scholen` after `van de 24 scholen` is of the same whole.
      // A part after the share without a noun of its own is of the share's whole: `de helft van de wijkcentra: 9 van de 26`;
      // so is one whose noun is the head of the share's (`ruim een derde van de wandelroutes, met 14 van de 40 routes`).
      // `van de 20 sportvelden … van de velden`: a compound names its head; and a part in a measure (`12 van de 70
      // hectare`) has no other group for `van het gebied` to be of.
      // An amount's share `van het programma` or `van de lasten` is of the amount's whole.
      const sameWhole = (b: Basis): boolean =>
        !b.change && (nounsOne(b.noun ?? '', other?.[1] ?? '') || (b.index > at && (b.noun === undefined || nounsOne(other?.[1] ?? '', b.noun.split(/\s+/)[0] ?? ''))) || (other !== null && (MEASURE.test(b.noun?.split(/\s+/)[0] ?? '') || (b.euro === true && isMoneyWhole(other[1] ?? '')))))
      const same = other && own.some(sameWhole)
      // `Van de 860 ouders … waren er 215 ontevreden, een kwart van de invullers.`: a share closing its sentence right after the
      // sentence's one part of a whole names that whole by another word (a role: `invullers`, `cursisten`, `aanvragen`). A share
      // more than a factor two off is of a wider whole (`3 procent van alle inwoners`).
      const pairs = own.filter((b) => !b.change && b.end <= at)
      // An additive word between them (`met 12 van de 30 bussen ook 40% van de ritten`) counts something besides the part.
      // A pair whose whole has no noun (`met 380 van de 1.240`) right before the share is named by the share's noun,
      // whatever follows it (`… ruim 40 procent van de lasten voor zijn rekening`).
      const bareBefore = pairs.length === 1 && !pairs[0]?.noun && BRIDGE.test(sentence.slice(pairs[0]?.end ?? 0, at))
      // So does one drawn from the part (`…, zodat bijna de helft van de masten in de dorpen staat`) that says only where its members are;
      // after a second count (`… en 180 in de dorpen, zodat …`) it may be of that one (share-split-wholes reads it).
      const between = sentence.slice(pairs[0]?.end ?? 0, at)
      const concluded = pairs.length === 1 && placedPredicate(between, after) && CONSEQUENCE.test(between) && numbersOf(between).length === 0
      const renamed = other !== null && !same && !inPoints && own.length === 1 && pairs.length === 1 && (CLOSES_ON_NOUN.test(after) || bareBefore || concluded) && withinTwo(pairs[0]?.actual ?? 0, stated) && !ADDITIVE.test(sentence.slice(pairs[0]?.index ?? 0, at))
      // `11 procent van de scholieren …: 214 van de 2.380 leerlingen`: the one pair set off right after the share spells it out, by any noun.
      const spelled = own.length === 1 && own[0]!.index > at ? own[0]! : undefined
      const apposedPair = other !== null && !same && !inPoints && spelled !== undefined && !spelled.change && SETS_OFF.test(sentence.slice(at, spelled.index)) && CLOSES_APPOSITION.test(sentence.slice(spelled.end)) && withinTwo(spelled.actual, stated) && !ADDITIVE.test(sentence.slice(at, spelled.index))
      const wholeAfter = WHOLE_AFTER.exec(after)
      // The part in brackets before the share (`17 scholen (10% van de 170)`), or the clause's one count before it.
      const wholeValue = read(wholeAfter?.[1] ?? '')
      const onePart = wholeAfter && wholeValue && !/^\s*-/u.test(after.slice(wholeAfter[0].length)) ? onePartBefore(lead, wholeValue, numbersOf) : undefined
      const partBefore = wholeAfter ? (PART_BEFORE.exec(sentence.slice(0, at)) ?? (onePart ? [onePart, onePart] : null)) : null
      // A table row the sentence names (its label, or a count it quotes): the share is that row's.
      const { row, ofAnother } = tableRowShare({ text, offset, tables, rows, sentence, at, said: share[0], after, previousSentence, crossing, parts: own.length, shareOf: shareOf !== null, other, same: Boolean(same), judge, earlier })
      if (ofAnother) continue
      // `25% van de bouwopgave` after `een bouwopgave van 2.400 woningen` earlier in the text.
      // A pointing sentence takes its part from the sentence before: `Negen gemalen staan in klasse 3 of 4. Het gaat om … van ons areaal.`
      // Its asides and labels (`een 8 of hoger`, `klasse 2`) are no part either.
      const partText = partSentence(pointer && numbersOf(sentence.slice(0, at)).length === 0 ? `${previousSentence} ${sentence.slice(0, at)}` : sentence.slice(0, at))
      // A whole named by its noun in an earlier section of the plan (`het stuurbare inkoopvolume is € 21,4 miljoen`) serves a
      // share that names that noun again (`van het stuurbare volume`); a bare count or a `totaal` there is too vague to reach for.
      const named = own.length === 0 && !shareOf && !row
        ? (shareOfNamed(partText, after, wholes, [...tables, ...quoted], stated, oneYear(sentence.slice(0, at))) ??
          shareOfNamed(partText, after, earlierTexts.named, [], stated, oneYear(sentence.slice(0, at))) ??
          // `met 95 kg … ruim een vijfde van al het huishoudelijk afval` after `430 kg huishoudelijk afval` in the section.
          measuredWholeShare(sentence.slice(0, at), after, section))
        : undefined
      // `510 ouders, 71% van alle ouders die zich inschreven` after `Dit voorjaar schreven 840 ouders zich in` anywhere before.
      const qualified = own.length === 0 && !shareOf && !row && !named ? qualifiedWholeShare(sentence.slice(0, at), after, () => [...earlierTexts.sentences, ...all.slice(0, k).map((s) => s.sentence)]) : undefined
      // `Bijna 30 procent van de scholen … . Het gaat om 19 van de 52 scholen.`: the pair restated in the next sentence.
      const restatedPair = own.length === 0 && !shareOf && !row ? pairInNext(nextSentence, bases(nextSentence), other?.[1] ?? '') : undefined
      // `Daarbij kregen 75 van hen een plek, bijna een derde van alle aanmelders uit de wijk`: the share says it is of all of a group, wider
      // than the part pointing back, so its pair is sought in the sentences before, as for a sentence without numbers.
      const beyondBack = other && !same && back !== undefined && own.length === 1 && !shareOf && !row && /^\s+van\s+alle\s/iu.test(after)
      const pointedOther = beyondBack ? pointedPair({ before: sentence.slice(0, at), after, sentence, stated, item: underLead }, earlier, numbersOf, judge, paragraphBefore, section) : undefined
      // `bijna een derde van zijn exploitatie van € 415.000`: the whole after the noun that names it, the part the one number before.
      const namedAfter = own.length === 0 && !shareOf && !wholeAfter && !row ? namedWholeAfter(lead, after, numbersOf) : undefined
      // `Ruim de helft van de leerlingen, 2.600 kinderen, …`: a count set off after the whole the share names, of that whole
      // counted before (a table column's total or an earlier count of the noun), within a factor two as for any bare count.
      // `… kwam 3 keer voor, bijna een kwart van alle inzetten`: a count of times is the part, in the share's noun.
      const ofNoun = other ?? OF_NOUN.exec(after)
      const setOff = own.length === 0 && !shareOf && !row ? ((other ? apposedCountAlone(sentence.slice(0, at), after.slice(other[0].length), other[1] ?? '', numbersOf) : undefined) ?? (ofNoun ? timesCount(sentence.slice(0, at), ofNoun[1] ?? '') : undefined)) : undefined
      const ofNamedWhole = setOff ? countedPartShare({ ...setOff, noun: (ofNoun?.[1] ?? '').toLowerCase() }, wholes, tables, offset, stated) : undefined
      // `Op Veldhoek valt bijna de helft van alle wedstrijden` beside a table with that row and a total row: the row's cell of the total.
      // `Deze drie scholen …` opening a paragraph points to the rows the last sentence of the paragraph before names.
      const groupBack = previousSentence || (crossing !== '' && !/^\s*#/u.test(crossing) && pointedGroupSize(sentence.slice(0, at)) !== undefined ? (paragraphBefore.at(-1) ?? '') : '')
      const cell = own.length === 0 && !shareOf && !row && !named && !qualified && !restatedPair && !pointedOther && !namedAfter && !saysChange(after, sentence.slice(0, at))
        ? (tableCellShare(tablesInSection(text, tables, offset), share[0], sentence.slice(0, at), after, groupBack) ??
          // `Van alle 184 storingen kwam …` under a later heading: a table of the text whose total the sentence quotes.
          tableCellShare([...earlierTables, ...tablesBefore(tables, offset)], share[0], sentence.slice(0, at), after, previousSentence, true) ??
          // A finance chapter's prose stands apart from its tables: the tables it may quote.
          (tables.length === 0 ? tableCellShare(quoted, share[0], sentence.slice(0, at), after, previousSentence) : undefined) ??
          // `In 2024 werd ruim de helft van de meldingen afgehandeld` beside a table of years: one column over another in that year.
          columnShare(tablesInSection(text, tables, offset), sentence.slice(0, at), after) ??
          // `Het westen vraagt 240, ruim een derde van het totaal`: the sentence's one number is a cell of a table above.
          cellValueShare(tablesInSection(text, tables, offset), sentence.slice(0, at), after, judge) ??
          cellValueShare([...earlierTables, ...tablesBefore(tables, offset), ...(tables.length === 0 ? quoted : [])], sentence.slice(0, at), after, judge) ??
          // `De stichting draagt met € 45.000 een kwart bij` beside a table in thousands, or a row's sum over its years.
          tableSumShare([...tablesInSection(text, tables, offset), ...(tables.length === 0 ? quoted : [])], sentence.slice(0, at), after, judge))
        : undefined
      if ((other && !same && !renamed && !apposedPair && !shareOf && !row && !named && !qualified && !restatedPair && !pointedOther && !namedAfter && !cell && !ofNamedWhole) || OTHER_RATE.test(sentence.slice(0, at))) continue
      // `Deze toename van ruim 25 procent …` after `… steeg van 320 naar 410.`: the change its noun names back.
      const namedBack = own.length === 0 ? namedChange(sentence.slice(0, at), after, changes) : undefined
      // `… zo'n 40 procent van dat bezit` after a sentence that counts it: the whole named back.
      const demonstrative = own.length === 0 && !shareOf && !row && !namedBack ? demonstrativeWholeShare(sentence.slice(0, at), after, previousSentence === '' ? [] : earlier) : undefined
      if (namedBack) {
        found = namedBack
      } else if (demonstrative) {
        found = demonstrative
      } else if (ofNamedWhole) {
        found = ofNamedWhole
      } else if (pointedOther) {
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
        found = sentenceReading({ at, said: share[0], own, sentence, after, percent, ofWhole, same: Boolean(same), sameWhole, shares, bridging, previous, judge, offset, text, tables, previousSentence, yearPairs, wholes, stated, total, previousNumbers, qualified, named, restatedPair, crossing, underLead, earlier, paragraphBefore, section, nextSentence, distributions, cell, quoted })
      }
      // `Daarvan … 6 procent van alle meldingen` after `Van de 1.250 meldingen … 500`: the share names the outer whole.
      // So in the next clause: `Daarvan is 56 km …; dat is 14 procent van alle dijken.`
      const chainPart = found !== undefined && found === back ? back : found !== undefined && found === lastBack && previous === lastBack ? lastBack : undefined
      // The words only hint at the outer whole (`van alle vertrekkers` may be the inner group's name): a share that fits the inner one stands.
      if (chainPart?.wider && WIDEST.test(after) && !fitsReading(said, chainPart, false)) found = chainPart.wider
      // A part of one of two wholes before it: the one the share fits, or else the nearer of the two.
      const either = found === back ? back?.either : undefined
      if (either && (fitsReading(said, either, false) || Math.abs(either.actual - said.stated) < Math.abs((found?.actual ?? 0) - said.stated))) found = either
      // `blijft onder een vijfde` bounds the part; `blijft er nog een vijfde` is what is left.
      if (!isVerbBound(said.word)) found = leftRest(found, sentence.slice(0, at), after, judge)
      // Percentage points of numbers that are no percentages say nothing to check.
      if (!found || (inPoints && found.points === undefined)) continue
      const ok = fitsReading(said, found, found === cell && cell.summed === true)
      const actual = inPoints ? (found.points ?? 0) : found.actual
      out.push({ said: share[0], index: offset + at, actual, basis: found.basis, fits: ok, ...(inPoints ? { inPoints } : {}) })
    }
    out.push(...factorClaims(sentence, offset, own))
    const paired = yearPairs.find((b) => b.end > offset && b.end <= offset + sentence.length && b.index < offset)
    const last = paired ?? own.at(-1)
    previous = last
    changes.paragraph.push(...own.filter((b) => b.change), ...(paired ? [paired] : []))
    if (back && last === back) (lastBack = back), (lastBackWhole = backWhole)
    previousEnd = paired ? paired.end : last ? offset + last.end : offset
    previousStart = offset
    previousNumbers = numbersOf(sentence)
    previousSentence = sentence
    earlier.push(sentence)
    if (!/^\s*#/u.test(sentence)) section.push(sentence)
    total = statedTotal(sentence) ?? total
    wholes.push(...namedWholes(sentence))
  }
  // A share of numbers to combine first (a part and an addition, the rest of a level, named table rows) is read
  // by what it combines, over a reading of one of those numbers alone.
  const combined = combinedShareClaims(written, tables, quoted)
  const own = out.filter((c) => !combined.some((k) => k.index === c.index))
  // A number word read as digits (`een op de drie van de 820` as `een op de 3    van de 820`) is quoted as written.
  return [...own.map((c) => (text === written ? c : { ...c, said: asWritten(written, c.index, c.said) })), ...combined]
}

// The levels a sentence says of a table's row for years (kinds per row), else of a part column (years per row).
function yearLevels(sentence: string, shares: Array<{ at: number; length: number }>, tables: Table[]): Map<number, YearLevel> {
  const rows = rowYearLevels(sentence, shares, rowShares(tables))
  return rows.size > 0 ? rows : columnYearLevels(sentence, shares, tables)
}
