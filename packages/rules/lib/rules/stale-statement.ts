import type { Plan } from '@kapstok/core'
import { lintRule, textLocation } from '../rule.js'
import { staleNotOk, staleOk } from '../util/stale-statement-examples.js'
import { announcedIn, frontedFuture, frontedOnset, onsetIn } from '../util/dated-future.js'
import { withoutEmphasis } from '../util/emphasis.js'
import { blankAsides, momentsIn, unwrapLines } from '../util/stale-clauses.js'
import { comparedAt, looksBack, pastVerbSecond, presentAtPastMoment } from '../util/clause-tense.js'
import { finiteClauses } from '../util/finite-clauses.js'
import { documentDay } from '../util/document-date.js'
import { dueIn } from '../util/due-states.js'
import { goingTo } from '../util/going-to.js'
import { proseTexts, short } from '../util/text.js'
import { itemTitles } from '../util/item-titles.js'
import { pastOnset } from '../util/onset-clauses.js'
import { preparingForPast } from '../util/preparing-for-past.js'
import { withoutAboutMoments } from '../util/about-moments.js'
import { adoptedNames, pendingOfAdopted } from '../util/adopted-pending.js'

// A pending state: "nog niet vastgesteld", "volgt binnenkort", "in voorbereiding".
const pending = /\b(?:nog\s{1,3}niet\s{1,3}(?:vastgesteld|besloten|bekend|afgerond|vastgelegd|gestart)|volgt\s{1,3}(?:nog|binnenkort)|(?:is|zijn)\s{1,3}in\s{1,3}voorbereiding|wordt\s{1,3}binnenkort\s{1,3}\p{L}+)\b/iu
// Future tense next to a year in one clause: "in 2023 gaan we", "zal in 2023", "staat gepland voor 2023".
const future = /\b(?:zal|zullen|(?<!\b(?:dan|als|zoals)\s{1,3})naar\s{1,3}verwachting|(?:we|wij)\s{1,3}gaan|gaan\s{1,3}(?:we|wij)|(?:staat|staan)\s{1,3}gepland|gepland\s{1,3}(?:voor|in)|(?:we|wij)\s{1,3}verwachten|verwachten\s{1,3}(?:we|wij)|(?:wordt|worden)\s{1,3}(?:in|vanaf|per)\s{1,3}(?:19|20)\d{2}|(?:is|zijn)\s{1,3}(?:\p{L}+\s{1,3}){0,2}?(?:voorzien|gepland|beoogd)\s{1,3}(?:in|voor|op|per|rond|medio|eind|begin)\s)/iu
// A relative year with the year it meant: "komend jaar (2023)", "dit jaar, 2023".
const relative = /\b(komend|komende|volgend|volgende|dit|het\s{1,3}huidige|het\s{1,3}lopende|vorig|vorige|afgelopen)\s{1,3}jaar\s{0,2}[(,]?\s{0,2}(?:in\s{1,3})?((?:19|20)\d{2})\b/giu
const yearPattern = /\b(?:19|20)\d{2}\b/g
// Future tense: the words above, or "gaan" with an infinitive ("gaat het loket … open zijn").
const speaksOfFuture = (clause: string): boolean => future.test(clause) || goingTo(clause)
const hasYear = /\b(?:19|20)\d{2}\b/

/** Rule: a statement about the future or a pending state, dated before the document, is outdated. */
export const staleStatement = lintRule(
  {
    id: 'stale-statement',
    severity: 'warning',
    group: 'tekst',
    description: 'Geen verouderde uitspraken: toekomst of "nog niet vastgesteld" bij een jaar vóór het document.',
    docs: {
      what: 'Vergelijkt uitspraken met de datum van het document (`datum`, anders de dag van ondertekening of vaststelling: `publicatie.ondertekening`, `besluit.vergaderdatum`, of een regel als `Vastgesteld door de gemeenteraad op 9 april 2026`; zonder datum het jaar vóór de periode of vóór het jaar in de titel, want een plan wordt uiterlijk dan geschreven). Gemeld: iets dat nog lopend heet (`nog niet vastgesteld`, `volgt binnenkort`, `in voorbereiding`) bij een eerder jaar; toekomende tijd in één zinsdeel met een eerder jaar (`in 2023 gaan we`, `zal in 2023`, `staat gepland voor 2023`, `is voorzien in april 2023`, `gaat … een spreekuur houden`); en een relatief jaar met een jaartal dat niet meer klopt (`komend jaar (2023)` of `dit jaar (2023)` in een stuk uit 2025). Met een volledige datum ook op de dag nauwkeurig (zonder datum: vóór het jaar van het document): een tijdstip eerder in het jaar van het document met toekomende tijd (`per 1 januari 2025 gaan we` in een stuk van maart 2025), een zin die opent met een eerder tijdstip gevolgd door de tegenwoordige tijd, die in het Nederlands de toekomst aankondigt (`Eind 2024 besluit de raad`, `In het voorjaar van 2024 wordt het akkoord getekend`), en een besluit of gebeurtenis in de tegenwoordige tijd met een eerder tijdstip verderop in het zinsdeel (`De evaluatie komt in het najaar van 2024`, `wordt eind 2024 vastgesteld`, `legt in Q4 2024 voor`, `gaat in het voorjaar van 2024 open`, `gaat in op 1 juli 2024`); een later jaar in een eigen zinsdeel (`… en loopt tot en met 2030`) neemt die aankondiging niet weg; tijdstippen zijn jaren, seizoenen, kwartalen (`Q1`, `eerste kwartaal`), `begin`/`medio`/`eind` en maanden. Een aandeel (`12 procent van de jongeren`) in de tegenwoordige tijd is statistiek, geen aankondiging. Ook `naar verwachting` geldt als toekomst, net als een lijdende vorm in de tegenwoordige tijd met een tijdstip (`wordt in april 2025 opengesteld`) en een tijdstip vooraan met `we` (`In juni 2025 bezoeken we …`, niet `zien we` of `hebben we`). Een afgebroken zin wordt als één zin gelezen (en gemeld op de regel van het tijdstip), een toelichting tussen haakjes zonder jaar (`(RMP)`) knipt de zin niet, en een jaartal of reeks jaren in een naam (`de Woonvisie 2030`, `de jeugdmonitor 2025`, `het Mobiliteitsplan 2026-2040`, `de woondeal (2025-2030)`) is geen tijdstip; een punt tussen cijfers (`12.350`) scheidt duizendtallen, geen zinnen; en wat een tabel, figuur of bijlage toont of bevat (`De tabel geeft per dorp het aantal speelplekken eind 2025`) is een stand, geen aankondiging. Niet gemeld: uitspraken in de verleden tijd (ook sterke vormen als `nam`, `spraken`; `werd in 2023 vastgesteld`, `zou in 2023 klaar zijn`, `In 2023 is de visie vastgesteld`), de plannen van een ouder stuk in de verleden tijd (`In de nota van 2021 stond dat …`), iets dat sinds of vanaf een eerder tijdstip loopt (`Vanaf 2020 werken we met wijkteams`), een zin die ook een jaar vanaf het document noemt (`2023-2026`), en zinsdelen zonder jaar. Een tijdstip met `van` (`het voorjaar van 2025`) opent geen periode: alleen `van`, `vanaf`, `tussen` of `sinds` direct vóór een tijdstip doet dat. Scheidbare werkwoorden kondigen aan met hun partikel verderop (`maakt … bekend`, `werkt … uit`, `geeft … vrij`, `draagt … over`, `wijst … aan`, `schrijft … uit`); werkwoorden van inzet of cijfers (`zet in op`, `geeft uit`) niet. Ook gemeld: een zin (of opsommingsteken) die opent met `vanaf` of `met ingang van` een eerder tijdstip en een werkwoord van een eenmalige verandering (`krijgen`, `ontvangen`, `starten`, `treedt in werking`, `voeren … in`), niet van een toestand (`Vanaf 2024 werken we …`, `… hebben …`) of een routine (`elke maand`), ook met `krijgen` of `ontvangen` vóór `vanaf` (`De scholen krijgen vanaf 1 maart 2025 …`); en een voorwerp vooraan met het werkwoord vóór `we` en het tijdstip direct daarna (`Het ontwerp bespreken we in mei 2025 met de buurt`). Ook een toestand die op een eerder tijdstip intreedt (`De verbouwing is in juni 2025 klaar`, niet met `al`, `sinds` of `was`) en een termijn met `moet` of `dient` na `uiterlijk`, `vóór` of `tegen` (`Uiterlijk 1 juli 2025 moet de aanvraag binnen zijn`), een termijn die nog open heet (`kunnen nog tot 1 maart 2025 aanvragen`, niet met `konden` of `liep`) en werk dat dan begint (`gaat in het voorjaar van 2025 aan de slag`); tijdstippen zijn ook `eind oktober 2025`, `het eerste halfjaar van 2025` en `15-03-2025`. Daarnaast leest de regel de tijd van elk zinsdeel (ook een bijzin na `dat`, `of`, `die`): een seizoen, maand, kwartaal, `begin`/`eind` of dag vóór de documentdatum als tijd van het zinsdeel (`in`, `vóór`, `na`, `in de loop van`), met een werkwoord in de tegenwoordige tijd op de plaats van de persoonsvorm (`… dat de handreiking in het voorjaar van 2025 verschijnt`, `Het kabinet presenteert in de zomer van 2025 …`, `Na de zomer van 2024 worden de uitkomsten gedeeld`) en zonder verleden tijd, voltooide tijd (`is … besproken`, `heeft … kunnen geven`), voorwaarde (`als`) of `sinds`; niet een bijzin onder een zin in de verleden tijd (`In 2024 verwachtte men dat …`), en niet `per` met de tegenwoordige tijd (`De bedragen stijgen per 1 januari 2025`: dat geldt nog). Ook een verwachting met een te-infinitief na een datum die al voorbij is (`hoopt de opdracht in april 2026 te kunnen verlenen`); `hoeveel`, `welke`, `hoe` en `waarom` openen een nieuw zinsdeel, zodat een later jaar erin de verstreken datum niet verbergt. Ook de opsommingstekens die doelen of acties van een thema worden (onder `Doelen`, `Wat gaan we doen`) worden zo gelezen. Een datum zonder voorzetsel (`eind 2025`) en een datum na het partikel van een scheidbaar werkwoord (`loopt af op 1 juli`) tellen ook; een tegenwoordige tijd met een getal als aanvulling (`komt … neer op 6,5 ton`) is een feit, geen aankondiging, en een kaal jaartal van vóór vorig jaar in de tegenwoordige tijd is geschiedenis. Ook een begin in de tegenwoordige tijd bij een eerder tijdstip, waar het werkwoord ook staat: achteraan in een bijzin (`…, die per 1 januari 2025 ingaat,`, `zodra de wet op 1 januari 2025 in werking treedt`, `dat in maart 2025 van start gaat`) of met het partikel verderop (`stapt per … over`, `sluit per … aan bij`, `gaat op maandag 3 februari 2025 open`); niet een toestand die sindsdien geldt (`geldt vanaf`, `bedraagt per`). Een later jaar waar het zinsdeel over gaat (`de normen voor 2029`, `het vervolg na 2030`, `de jaren 2028-2031`, `de behoefte tot 2040`) neemt een aankondiging met een eerder seizoen, eerdere maand of eerder kwartaal na `in` niet weg (`Het rijk publiceert de normen voor 2029 naar verwachting in juli 2026`). Een schoolvakantie of feestdag met een jaar (`in de meivakantie van 2025`, `rond Pinksteren 2025`) is een tijdstip zo precies als een maand, voorbij pas na de laatste dag die hij kan hebben (de kerstvakantie loopt tot in januari); `na` zo’n moment kondigt ook aan (`Na de herfstvakantie van 2024 opent de nieuwe bibliotheek`), `na 2024` niet. Een tijdstip tussen komma’s (`Binnenkort, in februari 2025, openen we …`) opent het zinsdeel erna; twee maanden (`in januari en februari 2025`), een weekdag vóór een datum (`op zaterdag 14 maart 2025`) en een gelegenheid met `van` (`in de raadsvergadering van juni 2025`, `De informatieavond van 12 mei 2025 organiseren we …`) zijn het tijdstip van het zinsdeel; na een vooropgeplaatst zinsdeel staat het werkwoord vóór het onderwerp (`Daarover beslist de raad in …`). `vóór` een seizoen of maand is voorbij zodra dat seizoen of die maand begonnen is (`vóór de herfst van 2025`), en `herfst` en `lente` zijn seizoenen. Ook werk voor een gelegenheid met een eerder tijdstip dat nog loopt (`Voor de jaarmarkt van mei 2025 loopt de inschrijving nog`, `we bereiden de open dag van 3 juni 2025 voor`, `zijn we nog bezig met`), niet na of sinds die gelegenheid, een evaluatie ervan, of met een later eind in het zinsdeel. Een meervoud op -den of -ten na een tweeklank (`bereiden`, `houden`, `sluiten`) is tegenwoordige tijd: de verleden tijd verdubbelt de d of t (`bereidden`). Ook vaste dagen en jaarlijkse stukken van de openbare agenda met hun jaar zijn een tijdstip: `Prinsjesdag 2027` (uiterlijk 21 september), `Verantwoordingsdag`, de gemeenteraads-, Staten- en waterschapsverkiezingen (maart), en na een voorzetsel van tijd (`na`, `bij`, `met`, `rond`, `vóór`, `tot`) de mei-, juni-, september- en decembercirculaire, de voorjaarsnota, kadernota en najaarsnota (`Bij de voorjaarsnota 2026 besluit de raad …`), ook na `zal` of `zullen` met `in` (`Het college zal in de voorjaarsnota 2026 een voorstel doen`); zo’n stuk als bron (`De meicirculaire 2026 laat … zien`, `In de voorjaarsnota 2026 staat …`) niet. `wordt duidelijk` of `wordt bekend` bij zo’n tijdstip kondigt ook aan. Ook een stuk dat nog vastgesteld moet worden (`de nog vast te stellen Woonvisie`, `de Woonvisie is nog niet vastgesteld`, `de Woonvisie (nog vast te stellen)`) terwijl de tekst zelf zegt dat het al is vastgesteld (`De raad stelde de Woonvisie op 10 november vast`); niet een ander stuk ernaast (`het uitvoeringsplan bij de Woonvisie moet nog worden vastgesteld`) of een vaststelling die nog moet komen (`Zodra de raad de Woonvisie heeft vastgesteld`).',
      why: 'Een plan uit 2025 dat zegt "in 2023 gaan we de toegang herzien" laat de lezer raden of dat gebeurd is; de raad beslist dan op een verouderd beeld.',
      ok: staleOk,
      notOk: staleNotOk
    }
  },
  (model, context) => {
    const day = documentDay(model)
    const now = documentYear(model, day)
    if (now === undefined) return
    const report = (pointer: string, text: string, index: number, said: string, old: number | string): void => {
      // A sentence wrapped over lines is pointed at from the line of its outdated moment.
      const moment = text.slice(index, index + said.length).includes('\n') ? said.indexOf(String(old)) : -1
      const location = moment > 0 ? textLocation(context.file, pointer, text, index + moment, String(old).length) : textLocation(context.file, pointer, text, index, said.length)
      const before = typeof old === 'number' ? `${old} ligt vóór ${now}` : day ? `\`${old}\` ligt vóór de documentdatum ${day}` : `\`${old}\` ligt vóór ${now}`
      context.report(`Uitspraak \`${short(said, 70)}\` is mogelijk verouderd: ${before}; werk de stand bij`, {
        pointer,
        ...(location ? { location } : {}),
        actual: said
      })
    }
    // The titles of items the reader made into inspanningen, doelen or kaders are often whole
    // sentences (`- Vanaf … zal … worden ingevoerd.`): they age like prose.
    const texts = [...proseTexts(model), ...itemTitles(model).map(({ pointer, text }) => ({ pointer, text }))]
    // A document still to be adopted that the text itself says was adopted.
    const adopted = adoptedNames(texts.map((t) => t.text))
    for (const { pointer, text } of texts) {
      for (const { index, said, name } of pendingOfAdopted(text, adopted)) {
        const location = textLocation(context.file, pointer, text, index, said.length)
        context.report(`Uitspraak \`${short(said, 70)}\` is verouderd: volgens de tekst zelf is \`${name}\` al vastgesteld; werk de stand bij`, { pointer, ...(location ? { location } : {}), actual: said })
      }
    }
    for (const { pointer, text } of texts) {
      // A hard-wrapped sentence is read whole.
      // A dot between digits (`12.350`) separates thousands, not sentences.
      for (const sentence of unwrapLines(text).matchAll(/(?:[^.!?\n]|(?<=\d)\.(?=\d))+[.!?]?/g)) {
        const said = sentence[0].trim()
        const index = sentence.index + sentence[0].indexOf(said)
        const years = [...said.matchAll(yearPattern)].map((m) => Number(m[0]))
        if (years.length === 0) continue
        // Clauses are read without asides in brackets that hold no year (an abbreviation), and
        // without emphasis marks, which would stand between a preposition and its moment.
        const plain = blankAsides(withoutEmphasis(said))
        if (years.every((y) => y < now)) {
          const hit = staleness(plain, now)
          if (hit) {
            const whole = hit.index === 0 && hit.said === plain
            report(pointer, text, index + hit.index, whole ? said : hit.said, hit.year)
            continue
          }
        }
        // A point in time before the document day (without a day: before its year), in future
        // tense or followed by a present tense ("Eind 2024 besluiten de colleges"), announces
        // what should have happened.
        // A list item opens its sentence after its marker ("- Per 1 mei 2025 start …").
        const hit = datedStaleness(plain.replace(/^(?:[-*+]|\d{1,2}[.)])\s+/u, ''), day ?? `${now}-01-01`)
        if (hit) report(pointer, text, index, said, hit)
      }
    }
  }
)

/**
 * What makes a sentence outdated, if anything: a relative year that no longer holds, a
 * pending state (in the remark between brackets that holds it, else the sentence), or future
 * tense next to an earlier year.
 *
 * @param sentence A sentence whose years all lie before the document.
 * @param now The document's year.
 * @returns The outdated part, where it starts in the sentence, and its year.
 */
function staleness(sentence: string, now: number): { said: string; index: number; year: number } | undefined {
  for (const m of sentence.matchAll(relative)) {
    const year = Number(m[2])
    if (year < now - (/^(?:vorig|afgelopen)/i.test(m[1] ?? '') ? 1 : 0)) {
      return { said: m[0] + (m[0].includes('(') && sentence.charAt(m.index + m[0].length) === ')' ? ')' : ''), index: m.index, year }
    }
  }
  const firstYear = (text: string): number => Number(hasYear.exec(text)?.[0])
  if (pending.test(sentence)) {
    for (const m of sentence.matchAll(/\(([^()\n]{5,200})\)/g)) {
      const inner = (m[1] ?? '').trim()
      if (pending.test(inner) && hasYear.test(inner)) return { said: inner, index: m.index + 1 + (m[1] ?? '').indexOf(inner), year: firstYear(inner) }
    }
    return { said: sentence, index: 0, year: firstYear(sentence) }
  }
  // Future tense and the year in one clause, and no sign of looking back.
  const clause = sentence.split(/[,;:–—()]/).find((c) => speaksOfFuture(c) && hasYear.test(c) && !looksBack(c))
  return clause === undefined ? undefined : { said: sentence, index: 0, year: firstYear(clause) }
}

/**
 * The year a plan speaks from: the year of its own day (`documentDay`); without one, the year
 * before its period or before the last year in its title (a plan is written at the latest then).
 *
 * @param model The model.
 * @param day The plan's own day, from `documentDay`.
 * @returns The year, if the plan says.
 */
function documentYear(model: Plan, day: string | undefined): number | undefined {
  const doc = model.document
  if (day) return Number(day.slice(0, 4))
  const titled = [...(doc?.titel ?? '').matchAll(yearPattern)].map((m) => Number(m[0]))
  const start = doc?.periode?.start ?? (titled.length > 0 ? Math.max(...titled) : undefined)
  return start === undefined ? undefined : start - 1
}

/**
 * A sentence all of whose time expressions end before the document date and that speaks of
 * them as still to come: future tense (`gaan we`, `zal`) or a point in time followed by a
 * present-tense verb.
 *
 * @param sentence A sentence.
 * @param day The document date (ISO).
 * @returns The time expression that lies before the document, or `undefined`.
 */
function datedStaleness(sentence: string, day: string): string | undefined {
  const times = momentsIn(sentence)
  if (times.length === 0) return undefined
  // Bare years long gone (before last year) in the present tense narrate history (`In 2019 start
  // de gemeente met …`): a plan copied from last year's draft dates its plans a year back, not more.
  if (!speaksOfFuture(sentence) && times.every((t) => /^\d{4}$/u.test(t.text.trim()) && Number(t.text.trim()) < Number(day.slice(0, 4)) - 1)) return undefined
  const before = (text: string): boolean => momentsIn(text).every((t) => t.end < day)
  if (times.some((t) => t.end >= day)) {
    // A later moment in a clause of its own ("… start op 1 oktober 2026 en duurt tot en met 2030")
    // leaves the earlier announcement standing; a stretch in one clause ("van 2024 tot en met
    // 2027", "tussen 2024 en 2027") does not count as an announcement of its start.
    for (const { text: clause, reported } of finiteClauses(sentence)) {
      // A stretch opens right before a moment (`van 2024`, `tussen het voorjaar van 2024`); the `van`
      // inside a moment (`het voorjaar van 2024`) or of a noun (`de evaluatie van de pilot`) does not.
      const stretch = momentsIn(clause).some((t) => /\b(?:van|vanaf|tussen|sinds)\s+$/iu.test(clause.slice(0, t.index)))
      // A later year the clause is about (`de normen voor 2029`) is no time of the clause.
      const read = before(clause) ? clause : withoutAboutMoments(clause, day)
      if (!hasYear.test(clause) || read === undefined || reported || looksBack(clause) || stretch) continue
      const time = announcement(read, day)
      if (time) return time
    }
    return undefined
  }
  const fronted = frontedFuture(sentence) ?? frontedOnset(sentence)
  if (fronted) return fronted.trim()
  for (const { text: clause, reported } of finiteClauses(sentence)) {
    if (reported || looksBack(clause)) continue
    const time = announcement(clause, day)
    if (time) return time
  }
  return undefined
}

// The moment a clause without past tense announces something at: future tense with its first
// time expression, a decision or event in the present tense, or a state or deadline still due;
// failing those, any finite verb in the present at a moment before the document (the tense, not a
// list), or a start in the present at such a moment wherever its verb stands (`…, die per 1 mei ingaat,`).
function announcement(clause: string, day: string): string | undefined {
  // A clause whose finite verb is past (`Het college verwachtte … in juni af te ronden`) tells
  // what was expected then, whatever verb of planning follows.
  if (pastVerbSecond(clause)) return undefined
  return speaksOfFuture(clause) ? momentsIn(clause).find((t) => !comparedAt(clause, t.index))?.text.trim() : (announcedIn(clause) ?? onsetIn(clause)?.trim() ?? dueIn(clause) ?? presentAtPastMoment(clause, day) ?? pastOnset(clause, day) ?? preparingForPast(clause, day))
}
