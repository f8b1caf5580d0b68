import { offsetLocation } from '@kapstok/core'
import { lintRule, type RuleContext } from '../rule.js'
import { beyondHeadings, headingLabels, type BeyondHeading } from '../util/heading-labels.js'
import { xrefNotOk, xrefOk } from '../util/xref-missing-target-examples.js'
import { partList, type PartList } from '../util/part-lists.js'
import { collectTargets } from '../util/targets.js'
import { closingItems, missing, missingPart, modelItems, skippedItem, slippedItem } from '../util/missing-targets.js'
import { headingTitles, missingAnnex, titleMissing, travelsApart } from '../util/uncertain-targets.js'
import { DECISION, referenceTexts } from '../util/reference-texts.js'
import { beyondHeadingNumbers, labelledNumbers, numberedPlaces, missingLabelled, missingLetter } from '../util/labelled-numbers.js'
import { actionNumbers } from '../util/action-numbers.js'
import { planReferences } from '../util/plan-references.js'
import { beyondParagraphs, chapterParagraphs } from '../util/chapter-paragraphs.js'
import { writtenLocation } from '../util/written-location.js'
import { codeReferences } from '../util/code-references.js'
import { missingSymbolAnnex, romanAnnex } from '../util/annex-symbols.js'
import { retiredReference } from '../util/retired-references.js'

// The decision itself in lower case (`het ontwerpbesluit`, `het raadsbesluit`), not a regulation by its name (`het Besluit …`).
const SPEAKS_OF_DECISION = /(?<!\p{L})(?:ontwerp-?|raads|concept-?)?besluit(?!\p{L})/u
// The sentence around an offset.
const sentenceOf = (text: string, at: number): string => text.slice(Math.max(0, text.lastIndexOf('.', at - 1) + 1), text.indexOf('.', at) < 0 ? text.length : text.indexOf('.', at))

/** Rule: a reference to a paragraph, chapter, bijlage, principe or pijler has a target. */
export const xrefMissingTarget = lintRule(
  {
    id: 'xref-missing-target',
    severity: 'error',
    group: 'verwijzingen',
    description: 'Een verwijzing in woorden ("§ 4.2", "bijlage 5", "principe 6", "thema 4") heeft een doel.',
    docs: {
      what: 'Zoekt in lopende tekst, in de beschreven cellen van de uitvoeringsagenda (`Bijzonderheden`, `Activiteit`; niet in datums en namen) en in bijschriften van financiële tabellen (niet in inspraakreacties: die verwijzen naar een eerdere versie; in een bijlage alleen naar een andere bijlage, als waarschuwing, en niet in een bijlage die eigen bijlagen nummert: dat is een ander stuk) naar `§ n.m`, `paragraaf n.m`, `hoofdstuk n`, `bijlage n`, `principe n` en `thema n` (of `route n`, `opgave n`, …), met de woorden die plannen ook gebruiken (`uitgangspunt`, `leidend principe`, `kernwaarde`, `bouwsteen`, `speerpunt`, `ambitie`, `programmalijn`, `actielijn`, `spoor`), en zoekt het doel in de koppen en lijsten van het plan: principes en pijlers van het model, koppen met het woord en een nummer (`## Actielijn 2: …`), en een hoofdstuk dat naar de onderdelen heet (`# Onze speerpunten`), geteld in zijn subkoppen of anders in de lijst eronder. Alleen wat het plan zelf weerlegt, wordt gemeld: een bijlage die niet bestaat terwijl de bijlagen genummerd of geteld zijn (`5` als er alleen `5a` en `5b` zijn), een hoofdstuk met een hoger nummer dan er hoofdstukken zijn, een paragraaf die ontbreekt in een hoofdstuk met genummerde paragrafen (of een hoofdstuk zonder genummerde paragrafen), een paragraaf voorbij het aantal subkoppen van een genummerd hoofdstuk waarvan de subkoppen geen nummer hebben (`paragraaf 5.7` onder vijf subkoppen; een waarschuwing), een principe of thema met een nummer dat de lijst niet heeft (een fout). Als waarschuwing, omdat het plan het niet bewijst: een bijlage in een plan zonder bijlagen waar de tekst duidelijk naar een eigen bijlage wijst (`zie bijlage 3`, `(bijlage 3)`, `in bijlage 3`, of als onderwerp vooraan in de zin: `Bijlage 3 bevat …`; niet `bijlage 3 (apart bijgevoegd)`; `bijlage 1` in een plan met een uitvoeringsagenda alleen als de zin niet gaat over wat een agenda bevat, zoals acties, activiteiten of planning: die agenda kan als eerste bijlage meegaan), en een hoofdstuk of paragraaf bij een titel tussen aanhalingstekens (`het hoofdstuk ‘Wonen’`) die geen kop heeft, ook niet als deel van een langere titel. Ook gelezen: de doelen en acties van een pijler (lijstpunten onder `Doelen` of `Wat gaan we doen`), lijsten (`principes 2 en 7`, `thema’s 1 t/m 5`: elk nummer telt), `par. 2.8`, een bijlage met een letter (`bijlage C` als de bijlagen A en B heten), `pijler 3`, en verwijzingen in hoofdstuktitels; een doel met een nummer in een `{#id}` (`{#bijlage-3}`) telt mee. Als waarschuwing: een rangtelwoord of getal in woorden (`het zesde principe`, ook met bijvoeglijke naamwoorden ertussen: `het zesde sturende principe`, `het zesde en laatste principe`; `het derde spoor`, `de vierde ambitie`, `thema vijf`: ook `elk thema twee keer` leest zo), een kaal nummer (`(zie 2.8)`) en een tabel, figuur of doel (`tabel 5`, `doel 3.4`) voorbij de laatste die het plan in een bijschrift of kop nummert (een figuur kan een plaatje zonder bijschrift zijn; een tabel vóór het eerste bijschrift, tussen twee bijschriften of met een afkortingen- of begrippenlijst telt niet mee; een bijschrift kan over meer regels lopen), en een actie (`actie 2.5`, `acties 4 t/m 9`) voorbij de laatste in de nummerkolom van de agenda (`| Nr |`), of anders voorbij het aantal rijen. Als waarschuwing ook: een onderdeel dat het plan in zijn koppen nummert met een ander woord (`## Prioriteit 2: …`, `## Koers 3 – …`, van 1 af zonder gat), bij een nummer voorbij de laatste kop (`prioriteit 6` als de koppen 1 tot en met 5 nummeren); niet bij woorden van tijd of van andere stukken (`fase`, `artikel`). Ook gelezen: de beslispunten van een raadsvoorstel en de besluitpunten van een besluit; wat daar geen doel heeft, is een waarschuwing (een bijlage kan een bijlage bij het raadsvoorstel zijn). Jaartallen (`thema 2030`) zijn geen nummers. Een verwijzing die de zin zelf afvoert (`Principe 5 … is vervallen`, `het vroegere thema 4`, `bijlage 3 is geschrapt`) wordt niet gemeld. Een plek in een ander stuk ("hoofdstuk 3 van de Participatiewet", "bijlage 2 bij de verordening") en een plan zonder principes worden niet gemeld. Dezelfde herkenning van verwijzingen (`findWordReferences`) maakt in de documenten van elke gevonden verwijzing een link met het nummer van het doel in dat document. Itemcodes die het plan in een reeks definieert (aan het begin van een opsommingsteken, kop of eerste tabelcel: `W1` tot en met `W8`) worden overal gelezen: een code na de laatste (`W9`, in een cel of zin) is een waarschuwing; een kwartaal vóór een jaartal (`Q4 2027`) niet. Een bijlage die na de bijlagen als eigen hoofdstuk staat met haar nummer in de kop (`# Bijlage 2: Afkortingen`) telt niet als een latere bijlage zonder nummer. Als waarschuwing ook: een bijlage met een letter of romeins cijfer (`bijlage C`, `bijlage IV`) in een plan dat zijn bijlagen met cijfers nummert, en een tabel of figuur met een nummer van een andere diepte dan de eigen nummering (`tabel 3.2` als de tabellen `1` en `2` heten). Een doel of actie met een paragraafnummer (`- 1.3 …` onder een werklijn) is geen paragraaf. Een verwijzing tussen haakjes direct na een ander stuk (`het rapport … (hoofdstuk 4)`, niet `deze nota (hoofdstuk 4)`) wordt niet gemeld; alleen een bijlage tussen haakjes (`het Beheerplan speelplekken (bijlage 4)`) zegt dat dat stuk als die bijlage meegaat en wordt gelezen, als waarschuwing. Een begrippen- of afkortingenlijst of het (ontwerp)raadsbesluit na bijlagen die hun nummer dragen is de woordenlijst of het besluit van het plan, geen latere bijlage zonder nummer (een verwijzing die het besluit noemt, `het ontwerpbesluit staat in bijlage 3`, wordt niet gemeld); en een bijlage na de genummerde waarvan de tekst zegt dat ze apart meegaat (`bijlage 6 (los bijgevoegd)`) ontbreekt ook in een plan met genummerde bijlagen niet.wordt gelezen, als waarschuwing. Koppen zonder nummer na de genummerde onderdelen van een hoofdstuk (`## 1. …` tot en met `## 6. …`, dan `## Werkwijze`) sluiten het hoofdstuk af en tellen niet als onderdeel: een nummer na het laatste genummerde (`principe 7`) is een waarschuwing.',
      why: 'Een verwijzing naar "bijlage 4" in een plan met twee bijlagen, of naar "principe 6" waar er vijf zijn, stuurt de lezer tevergeefs zoeken.',
      ok: xrefOk,
      notOk: xrefNotOk
    }
  },
  (model, context) => {
    const targets = collectTargets(model, context.file)
    const labelled = labelledNumbers(context.file)
    const actions = actionNumbers(model, context.file)
    if (actions.size > 0) labelled.set('actie', actions)
    // Heading ids that carry a number (`{#bijlage-3}`) are targets too.
    for (const n of labelled.get('bijlage') ?? []) if (/^\d/.test(n)) targets.annexes.add(n)
    for (const n of [...(labelled.get('hoofdstuk') ?? []), ...(labelled.get('paragraaf') ?? [])]) targets.numbers.add(n)
    // One reading of the headings per word, however many references use it (linear in text size).
    const lists = new Map<string, PartList>()
    const listOf = (kind: string): PartList => lists.get(kind) ?? (lists.set(kind, partList(context.file, kind)), lists.get(kind)!)
    let titles: Set<string> | undefined
    let numbered: ReturnType<typeof numberedPlaces> | undefined
    let paragraphs: Map<string, number> | undefined
    // Words the plan numbers its own headings with (`## Prioriteit 2: …`), whatever the word.
    const labels = headingLabels(context.file)
    for (const { pointer, text, annex } of referenceTexts(model)) {
      const references = planReferences(text)
      if (!annex) reportBeyondHeadings(context, pointer, text, beyondHeadings(text, labels), references)
      for (const reference of references) {
        const { kind, title } = reference
        // A bijlage may quote another paper: only its pointer to a sister bijlage is read, as a warning.
        if (annex && kind !== 'bijlage') continue
        let why: string | undefined
        let uncertain = false
        for (const number of reference.numbers) {
          // A year (`thema 2030`, `doel 2028`) is no number of a part.
          if (/^(?:19|20)\d\d$/.test(number)) continue
          // In a list (`bijlagen 4 en 5`) a number names all its lettered parts (`5a`, `5b`).
          if (reference.list && [...targets.annexes].some((n) => kind === 'bijlage' && new RegExp(`^${number}[a-z]$`).test(n))) continue
          if (labelledKinds.has(kind)) {
            why = missingLabelled(kind, number, labelled)
            // Goals or actions numbered by their headings only (`### 4.2.1 …`): the headings are the series.
            if (!why && (kind === 'doel' || kind === 'actie') && !labelled.get(kind)?.size) why = beyondHeadingNumbers(kind, number, (numbered ??= numberedPlaces(context.file)))
            uncertain = true
          } else if (kind === 'bijlage' && (/^[a-z]$/.test(number) || romanAnnex.test(number))) {
            // `bijlage A` in a plan without any bijlage points as surely as `bijlage 1` does.
            why = romanAnnex.test(number) ? undefined : missingLetter(number, targets, labelled)
            if (!why) {
              why = missingSymbolAnnex(number, targets, context.file)
              uncertain = why !== undefined
            }
            if (!why) {
              why = missingAnnex(number, text, reference.index + reference.text.length, targets, model)
              uncertain = why !== undefined
            }
          } else {
            why = missing(kind, number, targets, model) ?? (modelItems(kind, model).length > 0 ? undefined : missingPart(kind, number, listOf))
            // A bijlage beyond the numbered ones that the text says is sent on its own is no missing one.
            if (why && kind === 'bijlage' && travelsApart(text, reference.index + reference.text.length)) why = undefined
            // A decision after the bijlagen is not counted as one; a reference that speaks of it may still mean it.
            if (why && kind === 'bijlage' && SPEAKS_OF_DECISION.test(sentenceOf(text, reference.index))) why = undefined
            // Counting chapters that carry no number proves nothing: the text may be an excerpt,
            // or count its chapters otherwise (a title page, an unnumbered inleiding).
            uncertain = (kind === 'hoofdstuk' && ![...targets.numbers].some((n) => /^\d+$/.test(n))) || slippedItem(kind, number, model) !== undefined || skippedItem(kind, number, model) !== undefined
            // Headings without a number after the numbered parts were left out of the count: likely, not proven.
            if (why && (closingItems(kind, model) || (modelItems(kind, model).length === 0 && listOf(kind).closing))) uncertain = true
            // A chapter whose sub-headings carry no numbers: a paragraph beyond their count.
            if (!why && (kind === 'paragraaf' || kind === 'hoofdstuk') && targets.partlyNumbered.has(number.split('.')[0] ?? '')) {
              paragraphs ??= chapterParagraphs(context.file)
              why = beyondParagraphs(number, paragraphs, targets.numbers)
              uncertain = why !== undefined
            }
            if (!why && kind === 'bijlage') {
              why = missingAnnex(number, text, reference.index + reference.text.length, targets, model)
              uncertain = why !== undefined
            }
          }
          if (why && reference.numbers.length > 1) why = `\`${number}\` bestaat niet, ${why}`
          if (why) break
        }
        if (reference.number === undefined && title && reference.quoted) {
          titles ??= headingTitles(context.file, model)
          why = titleMissing(title, titles)
          uncertain = true
        }
        if (!why || retiredReference(text, reference.index, reference.text.length)) continue
        const written = reference.text
        const location = writtenLocation(context.file, pointer, text, reference.index, written.length)
        context.report(`Verwijzing \`${written}\` heeft geen doel: ${why}`, {
          pointer,
          ...(location ? { location } : {}),
          actual: written,
          ...(uncertain || annex || reference.loose || DECISION.test(pointer) ? { warning: true } : {})
        })
      }
    }
    // Item codes past the last code the plan defines (`W9` when the werkpakketten run to `W8`):
    // a warning, since a code may belong to another paper.
    const sources = context.file.sources.filter((source) => /\.(?:md|markdown)$/iu.test(source.path))
    for (const found of codeReferences(sources.map((source) => String(source.value ?? '')))) {
      const source = sources[found.source]
      if (!source) continue
      const base = { file: source.path, start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }
      context.report(`Verwijzing \`${found.written}\` heeft geen doel: de codes lopen tot en met \`${found.last}\`; noem het juiste nummer`, {
        location: offsetLocation(base, String(source.value ?? ''), found.offset, found.written.length),
        actual: found.written,
        warning: true
      })
    }
  }
)

// `prioriteit 6` when the headings number prioriteiten 1 to 5: a warning, since the word is read
// from the plan; a reference the word list knows is checked above.
function reportBeyondHeadings(context: RuleContext, pointer: string, text: string, beyond: BeyondHeading[], known: Array<{ index: number }>): void {
  for (const reference of beyond) {
    if (known.some((k) => k.index === reference.index) || retiredReference(text, reference.index, reference.written.length)) continue
    const location = writtenLocation(context.file, pointer, text, reference.index, reference.written.length)
    context.report(`Verwijzing \`${reference.written}\` heeft geen doel: de koppen lopen tot en met \`${reference.label} ${reference.last}\`; noem het juiste nummer`, {
      pointer,
      ...(location ? { location } : {}),
      actual: reference.written,
      warning: true
    })
  }
}

// Tables, figures and goals: the plan numbers them in captions, which an image may lack; actions
// in the agenda's number column (a reference may count the rows of another agenda).
const labelledKinds = new Set(['tabel', 'figuur', 'doel', 'actie'])
