import { lintRule, textLocation } from '../rule.js'
import { unfinishedNotOk, unfinishedOk } from '../util/unfinished-sentence-examples.js'
import { unfinishedClauseNotOk, unfinishedClauseOk } from '../util/unfinished-sentence-clause-examples.js'
import { paragraphs, proseTexts, short, writtenTexts } from '../util/text.js'
import { cellCut, tableCellCuts } from '../util/cell-endings.js'
import { closedProse, gluedInLine, gluedLineBreaks, oneSentence, oneSentenceItem, sentenceWithoutStop } from '../util/sentence-breaks.js'
import { itemTitles } from '../util/item-titles.js'
import { owesWord } from '../util/clause-verbs.js'
import { clauseGaps, openBijzin, provenCut } from '../util/clause-gaps.js'
import { objectlessVerb } from '../util/objectless-verbs.js'
import { isItem, lastWord, listFollows, sectionsFollow, openLastSentence, repeatedHalf } from '../util/paragraph-ends.js'
import { dangling, demonstrativeDie, endsOnNeverLast, endsOnOpenPhrase, endsOnPreposition, prepositionSet, pronominalAdverb } from '../util/sentence-end-words.js'
import { openBracket } from '../util/open-brackets.js'
import { objectMissing } from '../util/missing-object.js'
import { lineStopsMidClause, stopsMidClause } from '../util/mid-clause.js'
import { onlySubordinate } from '../util/only-subordinate.js'
import { verblessConjunct } from '../util/verbless-clauses.js'
import { endsOnBarePreposition, lastClauseCut, lastQuestionWord, listItemCuts, sentenceInOwnBijzin } from '../util/unfinished-items.js'
import { isBesluitFormulaLine } from '../util/written-besluit.js'
import { endsOnAuxiliary } from '../util/auxiliary-end.js'
import { relativeTail } from '../util/relative-tails.js'
import { futureWithoutVerb, missingAmounts, modalWithoutVerb, purposeWithoutTe } from '../util/closed-sentence-gaps.js'
import { closedAround } from '../util/closed-around.js'
import { bareBijzinEnd } from '../util/closed-word-classes.js'
import { lastSentence } from '../util/list-blocks.js'
import { plainProse } from '../util/emphasis.js'
import { openWhetherClause, shortOpenClause } from '../util/open-clause-ends.js'

/** Rule: sentences are finished. */
export const unfinishedSentence = lintRule(
  {
    id: 'unfinished-sentence',
    severity: 'warning',
    group: 'tekst',
    description: 'Zinnen zijn af: geen zin die eindigt op een lidwoord of voegwoord, geen alinea die midden in een zin ophoudt.',
    docs: {
      what: 'Meldt in lopende tekst: een zin die eindigt op een woord waar geen zin op eindigt (`de`, `en`, `omdat`, `met`, … vóór de punt); een alinea die zonder leesteken ophoudt op zo’n woord of op `het`, `een`, `dat`; een alinea zonder leesteken aan het eind waarvan de laatste zin na eerdere zinnen met punt niet af is; een alinea die doorloopt in de volgende (die met een kleine letter begint: de zin is bij een paginaovergang geknipt); en tekst die eindigt op een dubbele punt zonder dat er een opsomming volgt (of paragrafen van een dieper niveau, die de dubbele punt aankondigt). Opsommingstekens tellen per item (tenzij er sub-items volgen). Dutch mag eindigen op een voorzetsel als bijwoord ("daar kijken we naar"); dat wordt alleen gemeld als de zin in de volgende alinea doorloopt. De inleiding van een lijsthoofdstuk mag op een dubbele punt eindigen. Ook gemeld: een zin die eindigt op een betrekkelijk voornaamwoord of -bijwoord (`die`, `waarmee`, `waarop`, …), of op een voorzetsel zonder zijn voorwerp (`voor.`, `naar.`, `bij.`); dat laatste niet als het woord een scheidbaar deel van het werkwoord is ("Wij nemen dit mee", "Het college stelt een wijziging voor", "Dat valt op"), bij er/daar/hier/waar ("Daar houden we rekening mee"), bij een omzetting als "tegen een probleem aan", of na een vorm van zijn ("Het budget is op"). Een alinea of een zin na andere zinnen die alleen een bijzin is ("Omdat de vraag stijgt.", "Als de kosten hoger uitvallen dan begroot.") zonder hoofdzin (ook niet direct na de bijzin zonder komma: "Nadat … is afgerond wordt …"), en een alinea lopende tekst die op een komma ophoudt, worden ook gemeld; een antwoord na een vraag niet. Zo ook een losse doelzin ("Om de wachttijd te verkorten."), een zin die eindigt op `namelijk`, `waaronder`, `vanwege`, `onze`, …, een opsommingsteken dat op een voorzetsel zonder voorwerp stopt, en een zin die alleen het begin van de vorige zin herhaalt ("We verlagen de drempel voor de bijstand. We verlagen de drempel"). Een alinea met harde regeleinden telt als één doorlopende tekst; een regel die midden in een zin stopt terwijl de volgende regel een nieuwe zin begint ("… een groep die na de inburgering" / "Wij willen …") wordt gemeld. Een alinea of opsommingsteken van één zin zonder punt, tussen tekst die wel met een punt sluit, wordt gemeld als de laatste bijzin geen werkwoord krijgt ("…, omdat achterstanden op hoge leeftijd") of het laatste woord een aanvulling vraagt (`over`, `afhankelijk`); een zin waar alleen de punt ontbreekt niet. Zo ook een bijzin waarvan de woorden op -t of -en alleen zelfstandige naamwoorden na een lidwoord of voorzetsel zijn (`zodat de kosten per traject`), een hulpwerkwoord met een bepaling maar zonder werkwoord erachter (`De kleedkamers worden na de fusie van de vereniging`, niet `wordt een park`), en `binnen`, `zonder`, `onder` aan het eind (niet als deel van het werkwoord: `komen binnen`). Opsommingstekens die met een puntkomma sluiten tellen als afgesloten; het laatste mag dan met een kleine letter beginnen en moet nog af. Ook tabel- en agendacellen, titels en velden buiten de lopende tekst: die mogen niet stoppen op een lidwoord of voegwoord (`de`, `en`, `omdat`), en een cel niet op een voorzetsel zonder voorwerp (`met`, `van`; niet een deel van een scheidbaar werkwoord, en een kop mag een label zijn als "Op pad met"). Een alinea die één zin per regel schrijft: een regel na een afgesloten zin die midden in de zin stopt terwijl de volgende regel een nieuwe zin begint, wordt gemeld; een regel die op een scheidbaar deel van het werkwoord eindigt niet. Een alinea van één zin zonder punt telt als zin ook met een persoonsvorm (`is`, `heeft`, `hangt` na het onderwerp), en de lopende tekst eromheen mag elders in de sectie met een punt sluiten (er mag een tabel tussen staan). Ook gemeld: een hulpwerkwoord (`willen`, `kan`, `moeten`) waarvan de infinitief nooit komt, omdat de zin eindigt in een betrekkelijke bijzin bij het lijdend voorwerp met alleen zijn eigen werkwoord (`Verder willen we inwoners die hun tuin vergroenen`); niet `willen we dat …` of een infinitief vóór of na de bijzin. Ook een hoofdzin die stopt op de persoonsvorm van `zijn`, `worden` of `blijven` direct na het onderwerp (`… en de huur van de zaal is`): in een hoofdzin staat dat werkwoord op de tweede plaats, dus de aanvulling ontbreekt; niet in een bijzin (`omdat`, `zoals`, `wat`, `hoe`) of als er iets tussen onderwerp en werkwoord staat (`de opbrengst laag is`). Ook een laatste bijzin na `waarna`, `totdat`, `zolang`, `naarmate`, … zonder werkwoord, en een voorzetsel aan het eind direct na een zelfstandig naamwoord dat dat voorzetsel vraagt (`overleg met`, `onderzoek naar`, `aandacht voor`), ook als een werkwoord eerder in de zin het als deel zou kunnen nemen. En twee zinnen die binnen één regel aan elkaar vastzitten: een zin die stopt op een lidwoord, voegwoord of voorzetsel waarna direct een nieuwe zin begint (`… voor de We starten …`), ook in een tabelcel; niet vóór een naam (`naar De Regenboog`) of een titel tussen aanhalingstekens. Zo ook een zin die op een willekeurig woord of getal stopt waarna direct een zin begint met een voornaamwoord of verwijzend bijwoord (`… bij de nieuwe route Daarvoor sturen we …`, `… steeg naar 64 Daarnaast …`), niet na een woord dat een titel inleidt (`de campagne Zo doen we dat`). Ook een opsommingsteken dat met een punt of puntkomma sluit direct na zo’n woord (`- Een budget voor de.`), en een opsommingsteken van twee woorden dat op een voorzetsel stopt (`- een budget voor`). Ook: een tekst zonder punt die eindigt op een lidwoord met een rangtelwoord of bijvoeglijk naamwoord (`vanaf het eerste`), een regel zonder opsommingsteken die het lijstitem erboven voortzet (`…, waarbij`), en een zinsdeel dat eindigt op een hulpwerkwoord met zijn onderwerp (`en daarnaast willen we`), tenzij het zinsdeel met een lijdend voorwerp opent (`Dat willen we`). Ook een zin zonder slotteken waarin na een werkwoord dat een lijdend voorwerp vraagt (`krijgt`, `ontvangen`, `bieden`) alleen nog voorzetselgroepen volgen (`Wie lang wacht, krijgt van de consulent`; met een punt erachter niet: daar staat het lijdend voorwerp vaak vóór het werkwoord, `welk deel de school draagt aan …`), en een bijzin na een komma (`, die …`, `, omdat …`) zonder enig werkwoord (`, die in alle wijken al veel gezinnen.`; niet met een persoonlijk voornaamwoord als onderwerp, `, dat merk je pas later`). Ook een zin zonder slotteken waarin na zo’n werkwoord alleen bijwoorden volgen (`Ouders … krijgen daarbij ook`), en een zin zonder slotteken die stopt op hulpwerkwoorden na een tijd of voorzetselgroep (`… of de hal na 2030 kan worden`, `… vanaf 2030 zullen`; niet `gesloopt kan worden` of `een park kan worden`); die twee ook in een korte alinea zonder afgesloten tekst eromheen. Een partikel na een hoeveelheid die het lijdend voorwerp is (`stootte 412 kton CO2 uit`, `zette € 40.000 in`) hoort bij een scheidbaar werkwoord en sluit de zin; een bijzin zonder werkwoord aan het eind van een alinea zonder punt (`… omdat de gemeente`) wordt gemeld, ook na `of`, `dat` of `omdat` met een onderwerp, wat het laatste woord ook is; ook zonder komma of `we` in de zin (het voegwoord en zijn onderwerp zijn de bijzin), en na `als` met een onderwerp en een tweede woordgroep met een eigen lidwoord (`als het college het ontwerp`; niet `als de plek voor …` of `even groot als de …`). Ook een indirecte vraag (`hoe`, `wie`, `waarom`, `welke`, `welk`, `hoeveel`) die zonder werkwoord de tekst zonder slotteken besluit (`We vragen na welke scholen het hardst een nieuw dak`), in een alinea of in een opsommingsteken dat een zin is (met een hoofdletter) in een lijst waarin een ander punt met een punt sluit, wat het laatste woord ook is; niet na een lidwoord (`het waarom achter de keuze`). De regels van een raadsbesluit zoals het Gemeenteblad het drukt (de aanhef `De raad van de gemeente …`, `gelezen …`, `gezien …`, `gelet op …`, `overwegende …` en `b e s l u i t`) staan zonder punt en de volgende begint met een kleine letter: dat is geen afgebroken zin. Een alinea zonder slotteken vóór een kop telt als lopende tekst, niet als inleiding van een lijst of tabel. Ook gemeld: een bijzin van alleen het voegwoord en één woord aan het eind (`…, zodat iedereen`, `omdat gezinnen`: het werkwoord van een bijzin komt na het onderwerp), ook in een opsommingsteken met een kleine letter als een ander punt van de lijst sluit; een telwoord zonder zijn zelfstandig naamwoord (`alle`, `enkele`, `sommige`); en een deel na `en` van alleen een voorzetselgroep met `ook` of `zelfs` (`… per wijk en bij de markten ook`). Een opsommingsteken dat op `; en` of `, of` eindigt vóór het volgende punt is niet afgebroken. Ook een tekst zonder slotteken waarin na een werkwoord dat een lijdend voorwerp vraagt een voorzetselgroep met welk voorzetsel ook volgt (`krijgen naast de toeslag`, `ontvangen dankzij het fonds`); een voorzetsel met `ongeveer`, `circa` of `maximaal` zonder het getal erna (`daalt met ongeveer`); na een bijzin die op zijn werkwoord sluit een deel na `en`, `maar` of `of` met lidwoord en zelfstandig naamwoord zonder werkwoord (`omdat de bibliotheek later opent en de vrijwilligers`); en een opsommingsteken dat een bijzin is (`- of de bewoners van de oude panden bij de haven`) en zonder werkwoord en slotteken stopt terwijl de andere punten sluiten. Ook een alinea die zonder leesteken stopt op een vervoegd hulp- of koppelwerkwoord dat zijn aanvulling nog mist, direct na de komma achter een vooropgeplaatste bijzin (`Als de aanvragen binnen zijn, wordt`) of als enige werkwoord van een zin die met een lidwoord opent en geen bijzin heeft (`Het nieuwe parkeerbeleid voor de binnenstad zal`), als er niets op volgt dat het kan inleiden. Een regel van vijf woorden of meer die met een hoofdletter opent en midden in een zin stopt, terwijl de volgende regel een nieuwe zin begint (ook met een afkorting als onderwerp: `De GGD adviseert …`), wordt ook gemeld. Ook een haakje dat een toelichting opent en dat in de alinea nergens meer sluit (`De bijdrage (onder voorbehoud van de begroting`), tenzij de volgende alinea het sluit; een korte alinea van vier of vijf woorden tussen afgesloten zinnen die op een voorzetsel zonder voorwerp stopt (`We verbeteren de samenwerking tussen`); een indirecte vraag na `onderzoeken`, `bekijken`, `verkennen` … die na een voorzetselgroep (`bekijken we met de woningcorporatie of …`) of met een kaal zelfstandig naamwoord als onderwerp (`of cameratoezicht bij de ingang`) zonder werkwoord stopt. Een nummer vóór de zin van een opsommingsteken (`- 3.2 Kinderen gaan …`) is een label: het punt telt als zin. `die.` na een onderwerp als `we` en het werkwoord (`we versterken die.`) is een aanwijzend voornaamwoord, geen betrekkelijk. Ook een zin, een opsommingsteken of een cel van één zin die stopt op een lidwoord na een voorzetsel (`We investeren in het.`, `- we kijken naar een;`), op `met als` en een zelfstandig naamwoord (`met als doel.`) of op `dat` of `om` na een voornaamwoordelijk bijwoord (`We zorgen ervoor dat.`); en een korte regel als een kop die op een komma eindigt boven een afgesloten alinea (`Aanpak in de wijken,`), behalve een aanhef of groet van een brief (`Geacht bestuur,`, `Met vriendelijke groet,`). Ook een tekst zonder slotteken die stopt in een bijzin (`dat`, `omdat`, `zodat` …) waarvan het onderwerp een betrekkelijke bijzin met een eigen werkwoord heeft (`Verder willen we dat bewoners die zelf geen auto hebben`): het werkwoord van de bijzin zelf komt niet (niet als het na de betrekkelijke bijzin wel komt: `… die een tuin hebben hun regenpijp afkoppelen`); en een overgankelijk werkwoord met zijn onderwerp en niets erna na een zinsdeel vooraan dat geen lijdend voorwerp is (`Voor haltes waar de stoep te smal is, kiezen we`). Ook in een zin met punt: `zal` of `zullen` zonder werkwoord erna (`Het college zal de raad in het najaar over de uitkomsten.`; niet `… beter passend zijn.`, `… daar een regeling voor opstellen.`), een doelzin na een partikel (`zetten … in om de achterstand.`) zonder `te` en werkwoord (niet `gaat om de wachtlijst`, `om de twee weken`), en een euroteken zonder bedrag na een woord dat een bedrag vraagt (`bedraagt € per maand`; niet `in €` of `€ ...`, dat is een invulplek). Een alinea die als enige in haar tekst staat (de inleiding van een hoofdstuk of thema, de tekst na een lijst doelen) heeft de lopende tekst van het plan om zich heen: sluit die met punten, dan wordt ook daar een alinea gemeld die midden in een zin stopt, tenzij er een opsomming of tabel op volgt. Ook `mits`, `totdat`, `naarmate`, `doch`, `per`, `namens`, `gedurende`, `zulke`, `welk`, … aan het eind, en in een cel, titel of opsommingsteken een bijzin van alleen het voegwoord en zijn onderwerp (`zodat we`). Nadruk is opmaak: een zin in vet of met een cursief slot wordt gelezen als gewone tekst. Een tabelcel van één zin zonder slotteken in een kolom waarvan de andere cellen (twee of meer) met een punt sluiten, wordt gelezen als een opsommingsteken tussen afgesloten punten (`Er komt een loket, waar inwoners met vragen over hun schulden`); een cel van meer zinnen niet (een tabel over een paginagrens loopt door in de volgende rij). `zal` of `zullen` zonder werkwoord telt ook aan het eind van een tekst zonder slotteken. Zo ook een hulpwerkwoord (`kunnen`, `moet`, `mag`, `wil`) direct na de komma achter een betrekkelijke of vooropgeplaatste bijzin zonder werkwoord erna, met of zonder slotteken (`Huurders die …, kunnen.`, `Wie …, moet bij herhaling.`, `Scholen die …, kunnen daarnaast`); niet met wat zo’n werkwoord zelf kan nemen (`kunnen terecht bij`, `mogen naar binnen`, `kunnen dat`, `mag niet`). Een voorzetsel na `en` of `of` zonder voorwerp (`zorgen over de kosten en over`) opent een tweede zinsdeel dat niet komt, ook als het werkwoord dat voorzetsel als scheidbaar deel kan hebben; niet een vast paar (`in en uit`, `af en aan`). Ook een alinea of punt zonder slotteken die stopt op `er` direct na een werkwoord dat na de komma, een voorzetselgroep of een bijwoord vooraan staat (`Voor inwoners zonder computer komt er`: het onderwerp dat `er` aankondigt komt niet; niet `De brug komt er`), op een vraag na `onderzoeken`, `bekijken`, `nagaan` of `vragen` met `of` zonder werkwoord (`We onderzoeken of de jongerenwerker ook`; niet `of dat kan`, niet `een gesprek of een brief`), of op een werkwoord dat een voorwerp vraagt direct na de komma achter een vooropgeplaatst deel (`Ouders die meedoen, krijgen`); zulke korte alinea’s (vijf woorden of meer) tellen ook als de tekst eromheen afsluit. In een opsomming telt het zinsdeel na de laatste puntkomma als eigen zin (`…; lukt dat niet, dan`), en een punt met een dubbele punt waaronder subpunten staan als afgesloten.',
      why: 'Een zin die halverwege ophoudt, laat de lezer raden naar precies het deel waar het om gaat: de voorwaarde na een voegwoord, de partij na "samen met de".',
      ok: [...unfinishedOk, ...unfinishedClauseOk],
      notOk: [...unfinishedNotOk, ...unfinishedClauseNotOk]
    }
  },
  (model, context) => {
    // Offsets already reported per text, so a break two checks see is reported once.
    const reported = new Set<string>()
    const report = (pointer: string, text: string, index: number, word: string, kind: 'word' | 'continues' | 'open' | 'glued' | 'inline', next?: string): void => {
      reported.add(`${pointer}#${index}`)
      const location = textLocation(context.file, pointer, text, index, word.length)
      const reason =
        kind === 'continues'
          ? `Zin eindigt op \`${word}\` en loopt door in de volgende alinea (\`${short(next ?? '', 30)}\`); voeg de alinea's samen`
          : kind === 'glued'
            ? `Zin breekt af op \`${word}\` en de volgende regel begint een nieuwe zin (\`${short(next ?? '', 30)}\`); maak de zin af`
          : kind === 'inline'
            ? `Zin breekt af op \`${word}\` en direct daarna begint een nieuwe zin (\`${short(next ?? '', 30)}\`); maak de zin af`
          : kind === 'open'
            ? `Alinea eindigt zonder leesteken op \`${word}\`; maak de laatste zin af`
            : `Zin eindigt op \`${word}\`; maak de zin af`
      context.report(reason, { pointer, ...(location ? { location } : {}) })
    }
    const gapAt = (pointer: string, text: string, index: number, gap: { length: number; reason: string }): void => {
      if (reported.has(`${pointer}#${index}`)) return
      reported.add(`${pointer}#${index}`)
      const location = textLocation(context.file, pointer, text, index, gap.length)
      context.report(gap.reason, { pointer, ...(location ? { location } : {}) })
    }
    // List items the reader made into items (kaders, inspanningen, doelen): the title is the
    // item's first line; an item with sub-items (`tekst`) continues there.
    const titles = itemTitles(model)
    for (const { pointer, text, continues, othersClosed, anotherClosed } of titles) {
      if (!continues) for (const gap of clauseGaps(text)) gapAt(pointer, text, gap.index, gap)
      const last = lastWord(text)
      if (!last || continues) continue
      if (dangling.has(last.word.toLowerCase()) || owesWord(text) || bareBijzinEnd(text)) report(pointer, text, last.index, last.word, 'word')
      // One item of sentences that stops mid-clause while all the others (two or more) close.
      else if (othersClosed && ((oneSentenceItem(text) && stopsMidClause(text)) || lastClauseCut(text))) report(pointer, text, last.index, last.word, 'open')
      // A sentence that stops inside a bijzin before its verb, in a list of sentences.
      else if (anotherClosed && sentenceInOwnBijzin(text)) report(pointer, text, last.index, last.word, 'open')
      // An item that stops on a preposition without its object, as in a list in running text.
      else if (endsOnBarePreposition(text, last.index, last.word.toLowerCase())) report(pointer, text, last.index, last.word, 'word')
    }
    // Cells, titles, captions and fields outside running text that stop on an article,
    // conjunction or preposition. Item titles were read above.
    const prose = new Set(proseTexts(model).map((t) => t.pointer))
    const titled = new Set(titles.map((t) => t.pointer))
    for (const { pointer, text } of writtenTexts(model)) {
      if (prose.has(pointer) || titled.has(pointer)) continue
      // Two sentences glued inside a cell or field.
      for (const at of gluedInLine(text)) report(pointer, text, at.index, at.word, 'inline', at.next)
      for (const sign of missingAmounts(text)) gapAt(pointer, text, sign.index, { length: sign.word.length, reason: AMOUNT_MISSING })
      const cut = cellCut(text, HEADING_FIELD.test(pointer))
      const location = cut && textLocation(context.file, pointer, text, cut.index, cut.word.length)
      // One heading may be held by two fields (a chapter and its first section): report it once.
      const place = location ? `${location.file}:${location.start.line}:${location.start.column}` : pointer
      if (cut && !reported.has(place)) {
        reported.add(place)
        report(pointer, text, cut.index, cut.word, 'word')
      }
    }
    const aroundText = closedAround(model, context.file)
    for (const { pointer, text } of proseTexts(model)) {
      // The intro of a list chapter ends in a colon because the items follow.
      const intro = pointer.startsWith('/inleidingen/')
      // A definition in the begrippenlijst often leaves out its full stop.
      const definition = pointer.endsWith('/definitie')
      const parts = paragraphs(text)
      // Whether running text elsewhere in the section closes with a full stop (a table or caption
      // may stand between it and a paragraph): then a paragraph that does not is no label. A
      // paragraph alone in its text (a chapter intro, a pijler's intro) has the plan around it.
      const closed = parts.map((p) => closedProse(p.text))
      const closedElsewhere = (i: number): boolean => closed.some((c, k) => c && k !== i) || aroundText(pointer, text, parts, i)
      parts.forEach((paragraph, i) => {
        // A hard-wrapped paragraph is one run of sentences: its line breaks read as spaces (same
        // length, so offsets stay). Not when a line holds a table row, a quote or a list item.
        const joined = paragraph.text.split('\n').slice(1).some((line) => /^\s*(?:[|#>]|[-*+]\s|\d+[.)]\s)/.test(line)) ? paragraph.text : paragraph.text.replaceAll('\n', ' ')
        if (/^[|#>]/.test(joined)) return
        // Emphasis is markup, not words: a sentence in bold or with an italic end reads as plain text
        // (list items keep their marks: their readers take a bold label before its colon).
        const { text: body, offset } = isItem(joined) ? { text: joined, offset: 0 } : plainProse(joined)
        const origin = paragraph.index + offset
        const after = parts[i + 1]?.text
        const previous = parts[i - 1]?.text
        // Whether running text around this paragraph closes: then an open one is no label.
        const closedNearby = (): boolean => closedProse(previous) || closedProse(after) || closedElsewhere(i)
        // The next paragraph of running text, and whether it starts in lower case: then the
        // sentence was cut in two.
        const following = after !== undefined && !/^[|#>]/.test(after) && !isItem(after) ? after : undefined
        // Whether nothing the paragraph may lead in follows it: the end of the section, running text
        // or a heading (a lead-in without its colon stands before a list, a table or a quote only).
        const leadsNothing = after === undefined || following !== undefined || after.startsWith('#')
        const next = following !== undefined && /^\p{Ll}/u.test(following) && !isBesluitFormulaLine(following, text) ? following : undefined
        // The lines of a written besluit (`gezien het advies …`, `b e s l u i t`) stand without a full stop.
        if (isBesluitFormulaLine(body, text)) return
        // An aside whose bracket never closes: the sentence broke off inside it, or its end is
        // lost. Reported instead of what the open aside makes the rest look like.
        const bracket = openBracket(body, after)
        if (bracket !== undefined) {
          const location = textLocation(context.file, pointer, text, origin + bracket, 1)
          context.report(`Haakje openen zonder sluiten (\`${short(body.slice(bracket), 30)}\`); maak de zin tussen haakjes af of sluit het haakje`, { pointer, ...(location ? { location } : {}) })
          return
        }
        if (isItem(body)) {
          listItemCuts(body, origin, next, (index, word, kind, runsOn) => report(pointer, text, index, word, kind, runsOn), (index, gap) => gapAt(pointer, text, index, gap))
          return
        }
        // A sentence inside the paragraph that ends on `de.` or `en.`.
        for (const m of body.matchAll(endsOnNeverLast)) {
          if (lastQuestionWord(body, m.index, m[1] ?? '')) continue
          if (/^die$/iu.test(m[1] ?? '') && demonstrativeDie(body, m.index)) continue
          report(pointer, text, origin + m.index, m[1] ?? '', 'word')
        }
        // A closed sentence whose verb lacks its object or whose bijzin lacks its verb.
        for (const gap of clauseGaps(body)) gapAt(pointer, text, origin + gap.index, gap)
        for (const sign of missingAmounts(body)) gapAt(pointer, text, origin + sign.index, { length: sign.word.length, reason: AMOUNT_MISSING })
        // A sentence that ends on a preposition without its object.
        for (const m of body.matchAll(endsOnPreposition)) {
          if (!objectMissing(body, m.index, m[1] ?? '')) continue
          report(pointer, text, origin + m.index, m[1] ?? '', 'word')
        }
        // A sentence that ends on `op het.`, `met als doel.`, `ervoor dat.`: the phrase wants more
        // (`naar een.` was reported above, as a preposition without its object).
        for (const m of body.matchAll(endsOnOpenPhrase)) {
          const word = m[1] ?? m[2] ?? m[3] ?? ''
          const index = origin + m.index + m[0].length - 1 - word.length
          if (!reported.has(`${pointer}#${index}`)) report(pointer, text, index, word, 'word')
        }
        // A sentence after others in the paragraph that is only a bijzin ("… eerder. Als de
        // wachtlijst groeit."); not after a question, whose answer it may be.
        if (!definition) {
          // Sentence ends found by their punctuation (a pattern that starts with `[^.!?]+`
          // backtracks quadratically on a long line without any).
          const ends = [...body.matchAll(/[.!?]+(?=\s+\p{Lu}|\s*$)/gu)].map((m) => m.index + m[0].length)
          for (const [k, end] of ends.entries()) {
            const from = ends[k - 1] ?? 0
            const sentence = body.slice(from, end).trim()
            if (k === 0 || body.slice(0, from).trimEnd().endsWith('?') || !onlySubordinate(sentence)) continue
            const start = origin + from + body.slice(from, end).indexOf(sentence)
            const location = textLocation(context.file, pointer, text, start, sentence.length)
            context.report(`Zin \`${short(sentence, 50)}\` is alleen een bijzin; maak de hoofdzin af of voeg de zin samen met de vorige`, {
              pointer,
              ...(location ? { location } : {})
            })
          }
        }
        // A paragraph that is only a bijzin; an answer after a question may be one.
        if (!definition && !previous?.trimEnd().endsWith('?') && onlySubordinate(body)) {
          const location = textLocation(context.file, pointer, text, origin, body.length)
          context.report(`Zin \`${short(body, 50)}\` is alleen een bijzin; maak de hoofdzin af of voeg de zin samen met de vorige`, {
            pointer,
            ...(location ? { location } : {})
          })
          return
        }
        const last = lastWord(body)
        const repeat = repeatedHalf(body)
        // Whether the paragraph stops inside a bijzin without its verb, computed once and only when asked.
        let bijzin: boolean | undefined
        const inOpenBijzin = (): boolean => (bijzin ??= openBijzin(body) !== undefined || relativeTail(body) || openWhetherClause(body))
        const reportRepeat = (): void => {
          if (!repeat) return
          const location = textLocation(context.file, pointer, text, origin + repeat.index, repeat.text.length)
          context.report(`Zin \`${short(repeat.text, 50)}\` herhaalt het begin van de vorige zin; maak de zin af of haal hem weg`, {
            pointer,
            ...(location ? { location } : {})
          })
        }
        if (last) {
          const word = last.word.toLowerCase()
          const at = origin + last.index
          // An auxiliary without its complement ("…, worden"): only with nothing after it that it may lead in.
          const cut = dangling.has(word) || owesWord(body) || verblessConjunct(body) || (leadsNothing && purposeWithoutTe(lastSentence(body).text) !== undefined) || (leadsNothing && sentenceLike(body) && endsOnAuxiliary(body, word, last.index))
          if (cut && following !== undefined) report(pointer, text, at, last.word, 'continues', following)
          else if (cut) report(pointer, text, at, last.word, 'word')
          // `zal` or `zullen` whose infinitive never comes before the text stops (`Het college zal de raad in het najaar`),
          // or a modal after a relative clause (`Clubs die …, kunnen daarnaast`; one that stops on `hiervoor` is read below).
          else if (leadsNothing && (futureWithoutVerb(lastSentence(body).text, true) ?? (pronominalAdverb.test(word) ? undefined : modalWithoutVerb(lastSentence(body).text, true))) !== undefined) report(pointer, text, at, last.word, 'open')
          // No full stop after a pronominal adverb ("…, kunnen daarbij"): the verb or the rest is missing.
          else if (pronominalAdverb.test(word) && sentenceLike(body) && !body.includes('\n') && leadsNothing) {
            report(pointer, text, at, last.word, 'word')
          } else if (repeat) reportRepeat()
          else if (next !== undefined && sentenceLike(body)) report(pointer, text, at, last.word, 'continues', next)
          // No full stop after a preposition without its object ("Inwoners kunnen daarvoor terecht bij"); not a lead-in to a list or table.
          // A short one (`We verbeteren de samenwerking tussen`) counts between closed sentences: no label stands there.
          else if (prepositionSet.has(word) && word !== 'een' && (sentenceLike(body) || shortSentenceAmongClosed(body, previous, after)) && leadsNothing && objectMissing(body, last.index, word)) {
            report(pointer, text, at, last.word, 'word')
          }
          // A lead-in without its colon may precede a list or a table: not an open sentence.
          // Or a paragraph of one sentence that stops while the running text around it closes.
          else if (!definition && leadsNothing && (/^\p{Ll}/u.test(last.word) || inOpenBijzin()) && (openLastSentence(body, last.index) || provenCut(body.replace(/\s+/gu, ' ')) || ((sentenceWithoutStop(body) || bijzinWithoutStop(body, inOpenBijzin)) && (objectlessVerb(body) !== undefined || inOpenBijzin() || (stopsMidClause(body) && closedNearby()))) || (shortOpenClause(body) && closedNearby()))) {
            report(pointer, text, at, last.word, 'open')
          }
        } else if (repeat && /[.!?]$/.test(body) && !endsOnWordReported(repeat.text)) {
          reportRepeat()
        } else if (body.endsWith(',') && next !== undefined && sentenceLike(body)) {
          const word = lastWord(body.slice(0, -1))
          if (word) report(pointer, text, origin + word.index, word.word, 'continues', next)
        } else if (body.endsWith(',') && (sentenceLike(body) || labelWithComma(body, after)) && !body.includes('\n')) {
          // A sentence that stops at a comma, with nothing after it in running text.
          const word = lastWord(body.slice(0, -1))
          const location = word ? textLocation(context.file, pointer, text, origin + word.index, word.word.length + 1) : undefined
          if (word && !listFollows(context.file, location)) {
            context.report(`Zin eindigt op een komma (\`${word.word},\`); maak de zin af`, { pointer, ...(location ? { location } : {}) })
          }
        } else if (body.endsWith(':') && i === parts.length - 1 && !intro) {
          const index = origin + body.length - 1
          const location = textLocation(context.file, pointer, text, index, 1)
          // The reader may keep the lead-in apart from the items that follow it in the source, and
          // the items may be the subsections under it.
          if (listFollows(context.file, location) || sectionsFollow(context.file, location)) return
          context.report('Tekst eindigt op een dubbele punt zonder opsomming; voeg de opsomming toe of maak de zin af', {
            pointer,
            ...(location ? { location } : {})
          })
        }
      })
      // A line that stops mid-clause while the next line starts a new sentence.
      for (const paragraph of parts) {
        // A table in the text: its cells, like the cells the reader made into fields.
        if (paragraph.text.startsWith('|')) for (const cut of tableCellCuts(paragraph.text)) report(pointer, text, paragraph.index + cut.index, cut.word, 'word')
        if (/^[#>]/.test(paragraph.text)) continue
        // Two sentences glued inside one line, in running text or a table of it.
        for (const at of gluedInLine(paragraph.text)) {
          const index = paragraph.index + at.index
          if (!reported.has(`${pointer}#${index}`)) report(pointer, text, index, at.word, 'inline', at.next)
        }
        if (paragraph.text.startsWith('|')) continue
        for (const at of gluedLineBreaks(paragraph.text, lineStopsMidClause)) {
          const index = paragraph.index + at.index
          if (!reported.has(`${pointer}#${index}`)) report(pointer, text, index, at.word, 'glued', at.next)
        }
      }
    }
  }
)

// A paragraph of one sentence without its stop that ends in a bijzin without a verb (`… een nieuwe
// abri zodra de provincie haar bijdrage`): the conjunction and its subject are the clause that
// `sentenceWithoutStop` asks for, so a title or a label (no conjunction) stays out.
function bijzinWithoutStop(body: string, inOpenBijzin: () => boolean): boolean {
  return oneSentence(body) && body.split(/\s+/u).length >= 8 && inOpenBijzin()
}

// Whether a closed sentence ends on a word another check of this rule reports (`met.`, `de.`).
function endsOnWordReported(sentence: string): boolean {
  const word = /(\p{L}+)[.!?]+$/u.exec(sentence)?.[1]?.toLowerCase() ?? ''
  return dangling.has(word) || prepositionSet.has(word)
}

// A paragraph of four or five words, opening with a capital, with closed running text before or after it.
function shortSentenceAmongClosed(body: string, previous: string | undefined, after: string | undefined): boolean {
  return /^\p{Lu}/u.test(body) && body.split(/\s+/).length >= 4 && !body.includes('\n') && (closedProse(previous) || closedProse(after))
}

// A short line like a heading that ends in a comma (`Aanpak in de wijken,`) above a closed paragraph
// that opens a new sentence: not the salutation or closing of a letter (`Geacht bestuur,`,
// `Met vriendelijke groet,`), nor a line with a figure (an address, a date).
function labelWithComma(body: string, after: string | undefined): boolean {
  const words = body.split(/\s+/u).length
  return words >= 2 && /^\p{Lu}/u.test(body) && !/\d/u.test(body) && !SALUTATION.test(body) && after !== undefined && /^\p{Lu}/u.test(after) && closedProse(after)
}
const SALUTATION = /^(?:geachte?|beste|lieve|hooggeachte|met\s+vriendelijke|met\s+hartelijke|hoogachtend|namens|burgemeester|de\s+raad|het\s+college|de\s+secretaris|de\s+griffier|de\s+voorzitter)\b/iu

// A paragraph of running text, not a name, a date or an address line of a letter.
function sentenceLike(body: string): boolean {
  return body.split(/\s+/).length >= 6
}

// Fields that are a heading or a column header (`Klaar per`, `Samen met`): a label, which may end on a preposition.
const HEADING_FIELD = /\/(?:titel|naam|kop|subkop|ondertitel|thema)$|^\/agendaKolommen\/|\/kolommen\/\d+$/
// A currency sign where the amount was left out.
const AMOUNT_MISSING = 'Bedrag ontbreekt na `€`; vul het bedrag in of maak de zin af'
