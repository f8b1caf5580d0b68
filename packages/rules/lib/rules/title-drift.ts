import { collectIdLinks, firstIdLink, getAtPointer, indexIds, offsetLocation, type SourceLocation } from '@kapstok/core'
import { lintRule, sourceText, textLocation } from '../rule.js'
import { replaceFix } from '../fix.js'
import { fictionalProgramme } from '../util/fictional-plan.js'
import { textExample as example } from '../util/text-examples.js'
import { numberedNames } from '../util/numbered-names.js'
import { normalizeTitle, similarity } from '../util/text.js'
import { namesTitle } from '../util/title-names.js'
import { kindMentions } from '../util/kind-mentions.js'
import { kindListDrifts } from '../util/kind-lists.js'
import { columnNames } from '../util/title-columns.js'
import { sectionNames } from '../util/section-names.js'
import { ownTitleMentions } from '../util/own-title-mentions.js'
import { capitalisedNameDrifts } from '../util/capitalised-names.js'
import { titleDriftKindNotOk, titleDriftKindOk } from '../util/title-drift-examples.js'

// What a link may put before the title: the target's own label (`Thema 4:`, from the
// pijler's `label`), the word for its kind, or just its number.
const kindWords: Record<string, string> = { pijlers: 'pijler', principes: 'principe', opgaven: 'opgave', effecten: 'effect', doelen: 'doel', kansen: 'kans', bijlagen: 'bijlage' }
// A comma may set the title off as an apposition (`principe 2, Zuinig bouwen`).
const labelPrefix = (words: string[]): RegExp => new RegExp(String.raw`^(?:(?:${words.join('|')})\s{1,3})?(?:(\d+(?:\.\d+)*)\s{0,3}[:.,–-]?\s{1,3})?`, 'iu')
const wordAndNumber = /^\p{L}{3,}\s{1,3}(\d+(?:\.\d+)*)\s{0,3}[:.,–-]?\s{1,3}/u
const titled = new Set(['pijlers', 'principes', 'opgaven', 'effecten', 'doelen', 'kansen', 'bijlagen'])

// Three thema's of the fictional Wadderveen, then `body`.
const themas = (body: string[]): string =>
  fictionalProgramme(["# Thema's", '', '## Thema 1: Samen leven {#t1}', '', 'Tekst.', '', '## Thema 2: Tijdige steun zonder drempels {#t2}', '', 'Tekst.', '', '## Thema 3: Circulaire economie {#t3}', '', 'Tekst.', '', ...body])
const financien = (rows: string[]): string[] => ['# Financiën', '', '## Kosten per thema', '', '| Thema | 2025 | 2026 |', '|---|---|---|', ...rows]
const agenda = (cell: string): string[] => ['# Uitvoeringsagenda', '', '| Activiteit | Thema | Start |', '|---|---|---|', `| Wachtlijst ophalen | ${cell} | 2025 |`]

/** Rule: a link text that quotes a title quotes it exactly. */
export const titleDrift = lintRule(
  {
    id: 'title-drift',
    severity: 'warning',
    group: 'tekst',
    fixable: true,
    description: 'Een titel wordt overal hetzelfde geschreven: linkteksten en agendakoppen volgen de titel van het onderdeel.',
    docs: {
      what: 'Vergelijkt de tekst van links naar een pijler, principe, opgave, doel, kans of bijlage (`[Wonen en zorgen](#t2)`), ook in de koppen van de uitvoeringsagenda, met de titel (het deel vóór een dubbele punt, of `kort`) van het onderdeel; het labelwoord en nummer vooraan (`THEMA 2:`) tellen niet mee, en alleen hoofdletters of leestekens zijn geen afwijking. Een tekst die erop lijkt maar andere woorden gebruikt, wordt gemeld en door `--fix` vervangen door de titel. Linkteksten die duidelijk iets anders zeggen ("zie hier") blijven ongemoeid, behalve als de linktekst het nummer van het onderdeel zelf noemt (`[principe 2, Voorop in de wijk](#p2)`): dan is de naam erna de titel. Een naam tussen aanhalingstekens binnen haakjes (`spoor 2 ("…")`) telt als naam; een naam tussen komma’s na een nummer (`doel 2.1, Veilige straten, …`) ook zonder gedeeld woord, als die als titel geschreven is (twee woorden of meer, alleen het eerste met hoofdletter). Ook een thema, pijler of principe dat bij zijn nummer een naam krijgt, wordt met zijn titel vergeleken: in de tekst tussen haakjes of aanhalingstekens (`thema 3 (Afval en hergebruik)`), en als rij in een financiële tabel of cel of kop in de uitvoeringsagenda (`Thema 2: Snelle hulp`). Ook met een rangtelwoord of een getal in woorden (`het derde thema (Afval)`, `thema twee ‘Zorg’`), in elke kop, elk opsommingsteken en elke tabelcel die uit zo’n label bestaat, en voor onderdelen die alleen koppen definiëren (`## Pijler 2: Toegang`, tenzij de nummering per hoofdstuk opnieuw begint). Het nummer wijst het onderdeel aan, dus elke andere naam is een afwijking; niet: dezelfde titel met andere hoofdletters of leestekens, de eerste of losse woorden van de titel (`Tijdige steun`), een afkorting uit de beginletters (`TSZD`), een losse afkorting die toelicht (`(Wmo)`), de titel met een aanvulling na een dubbele punt (`Preventie: acties`), `&` voor `en`, een verwijzing tussen haakjes (`(zie hoofdstuk 4)`) en een rij zonder nummer. Zonder nummer (`het thema ‘Hulp op maat’`, `de prioriteit Schone straten`) is niet zeker welk onderdeel bedoeld is: dan wordt alleen een naam gemeld die geen titel van dat soort onderdeel kan zijn, namelijk een naam met hoofdletter tussen aanhalingstekens, of een naam zonder aanhalingstekens die één woord van een titel van drie of meer woorden vervangt, het zelfstandig naamwoord na een verbogen bijvoeglijk naamwoord vervangt (`Veilige straten` voor `Veilige pleinen`), of na een klein woord (`in`, `de`, `voor`) van de titel afwijkt, of die met het eerste woord van een titel van drie of meer woorden begint en op het laatste woord (of een samenstelling ermee, `drugsoverlast` bij `overlast`) eindigt met andere woorden ertussen (niet alleen toegevoegde). Een link in een agendakop is de naam van het onderdeel, dus daar telt ook een heel andere naam als afwijking. Ook gelezen: een naam tussen komma’s of gedachtestreepjes na een nummer (`route 2, Veilig naar school,`), als die een woord met de titel deelt; een naam tussen aanhalingstekens na een komma (`bouwsteen 2, ‘Langer thuis’:`); onderdelen met een paragraafnummer ervoor (`## 1.2 Doel 2: …`) en een kop over een onderdeel met de titel na een dubbele punt (`## 2.2 Acties bij doel 2: …`); een eigen labelwoord van het plan (`de koers …` bij `## Koers 2: …`); een naam zonder nummer met andere eerste woorden maar het laatste woord van een titel (`het spoor Energie besparen` bij `Woningen isoleren en besparen`); de doelen en acties onder een pijler; en een tabelcel in een kolom waarvan minstens twee cellen titels zijn, die geen titel is maar er een woord mee deelt. Koppen met een paragraafnummer (`## 2.2 Gezond opgroeien`) zijn ook onderdelen: een naam na dat nummer elders (in een kop of cel tot het eind, of tussen haakjes of aanhalingstekens: `Acties bij doel 2.2 …`, `paragraaf 2.3 (…)`) die een woord met de titel deelt maar anders luidt, wordt gemeld (niet na `tabel`, `figuur`, `artikel`). Een lijst met vetgedrukte labels (`- **Wegen en pleinen**: …`) is een groep zoals een tabelkolom, gelezen tegen de titels van onderdelen en koppen; een samenstelling met een woord van een titel (`Straatverlichting` bij `Openbare verlichting`) deelt dat woord. Zonder nummer ook: een verbogen bijvoeglijk naamwoord vóór een woord van precies één titel van die soort (`het thema Heldere informatie` bij `Informatie en communicatie`). Ook een naam na het soortwoord zonder lidwoord tussen haakjes of na `zie`, `binnen`, `onder` (`(thema Groene buurten)`, `binnen thema Groene buurten`), ook in een kop; en in een opsomming van namen na het meervoud (`de vier thema\'s A, B, C en D`) een naam die geen titel is terwijl de andere het wel zijn en die een woord deelt met precies één titel die de opsomming overslaat. Ook onderdelen die alleen de hoofdstukindeling geeft: de tussenkopjes onder een hoofdstuk met een meervoud als titel (`# Uitgangspunten`) heten naar het enkelvoud (`uitgangspunt 3`). Een naam na een zinsdeel dat de zin opent (`Binnen het spoor … reserveren we`) loopt tot het werkwoord vóór het onderwerp en moet dan een titel zijn. Een tabelkolom met het soortwoord als kop (`Thema`) telt al bij één titel erin. Een hoofdstuk, paragraaf of bijlage met nummer en een naam tussen haakjes of aanhalingstekens (`hoofdstuk 3 (Financiën)`) wordt vergeleken met de kop van dat nummer, niet bij een hoofdstuk van een ander document. Een naam cursief of vet (`*Kinderen voorop*`, `**…**`) staat even duidelijk apart als tussen aanhalingstekens. `hoofdstuk 3` wijst de minst diepe kop met dat nummer aan, ook als een hoofdstuk zijn onderdelen zelf vanaf 1 nummert. Zonder nummer: een naam die de eerste helft van een titel houdt en de rest vervangt binnen hetzelfde zinsdeel, tot een leesteken en ongeveer even lang (`het spoor Groen en gezond bij hitte,` bij `Groen en gezond in de zomer`); een titel met een komma erin wordt in zijn geheel gelezen (`Samen werken, samen doen`); een zinsdeel vooraan mag met een bijwoord openen (`Ook binnen het speerpunt …`). Tussenkopjes van één niveau onder één kop die de onderdelen herhalen, zijn een groep zoals een tabelkolom: een kop die geen titel is maar er een woord mee deelt, wordt gemeld. Zonder nummer ook: de woorden van een titel in een andere volgorde (`Zorg en wonen` bij `Wonen en zorg`), en een naam die direct na het laatste woord van een titel met een leesteken sluit maar geen titel is (`het uitgangspunt Eerlijk verdelen:` bij `Eerlijk delen`). Opgaven, effecten en kansen uit het model tellen bij hun nummer mee (`opgave 2, …`); een hoofdstuk met het meervoud vooraan (`# Opgaven per wijk`) definieert ook onderdelen; nadruk aan het begin van een regel die een zin voortzet, telt als aanhalingstekens. Ook de genummerde tussenkopjes onder een kop zonder meervoud, als de tekst eronder precies zoveel onderdelen van één soort aankondigt (`We streven drie doelen na.` boven `### 5.1.1 …` tot en met `### 5.1.3 …`): `Doel 2 …` elders heet dan naar `5.1.2`, ook zonder gedeeld woord; een naam tussen komma’s na een nummer mag ook met een dubbele punt of een haakje sluiten (`(spoor 3, Snelle hulp)`, `uitgangspunt 2, Dichtbij: …`). Een naam vóór het nummer tussen haakjes (`Groen in de laan (thema 2)`) in een tabelrij, agendacel, opsomming of zin telt ook: in een zin vanaf het eerste woord van de titel, in een cel of opsommingsteken als geheel, en alleen als hij met dat woord begint of twee woorden met de titel deelt (een post van het thema, `Onderhoud speeltuinen (thema 2)`, is geen naam). Ook de titel van het plan zelf in de lopende tekst: een naam die met het soortwoord van de titel opent (`Actieplan`, `Nota`) en met de jaren van de titel sluit, maar ertussen andere woorden gebruikt die er wel een woord mee delen (`het Actieplan eenzaamheid oudere inwoners 2027-2030` bij de titel `Actieplan eenzaamheid ouderen 2027-2030`); niet een plan over iets anders met dezelfde jaren, een plan van een andere overheid (`het regionale actieplan …`) of de naam van de gemeente erbij of eraf. Een genummerd onderdeel met alleen een spatie tussen nummer en naam (`## Doel 2 Een park dat droogte aankan`) telt ook; een later hoofdstuk dat de koppen herhaalt (de uitvoering per doel) telt niet als nieuwe nummering zolang de eerste kop dezelfde naam heeft, en een herhaalde kop met een andere naam is afwijking. In een bijlage telt een naam na het nummer alleen als hij een woord met de titel deelt en de zin niet over een vroegere naam gaat. Ook zonder soortwoord: een naam met hoofdletter midden in de zin (`De acties onder Veilig lopen naar school …`) die een titel of kop van drie woorden of meer is met één ander woord (na `en` of `of` alleen een woord op hetzelfde zelfstandig naamwoord, `toegangsroutes` bij `aanvoerroutes`; niet een andere vorm van hetzelfde woord, niet na een tabelnummer, niet in een zin over een vroegere naam); na het woord en nummer van een kop (`programma 4 Wonen en stedelijke ordening` bij `# Programma 4 Wonen en ruimtelijke ordening`) elke naam van de lengte van de titel die de helft van de woorden deelt maar geen titel is. Een opsomming van namen mag ook na een dubbele punt staan (`de drie thema\'s komen terug: A, B en C`, `3 thema\'s: …`); een aantal moet dan het aantal namen zijn. Zonder nummer ook: een naam na het soortwoord, ook aan het begin van een zin (`Speerpunt …`), loopt tot de persoonsvorm, het onderwerp of het leesteken erna en moet als geheel een titel zijn (`het speerpunt Sporten in het dorp vraagt …` bij `Sporten in de buurt`); en een naam met hoofdletter direct vóór een paragraafnummer tussen haakjes (`Oever Oost (paragraaf 4.1)`, `(zie 4.2)`) die een woord of het begin van een woord met de titel van die paragraaf deelt maar die titel niet is (niet een zin die met een lidwoord opent). De titel van het plan zelf wordt in elke geschreven tekst gezocht, niet alleen in lopende tekst: ook in een beslispunt, een kop of een tabelcel (`2. de Nota stille straten 2028-2031 vast te stellen;`). Een kop die een onderdeel met woord en een nummer met punten noemt (`## Doel 6.2.4 Schone sloten`, ook na een paragraafnummer: `## 6.2 Doel 6.2.1: …`) geeft dat onderdeel zijn naam zoals een paragraafnummer dat doet; een kop over een onderdeel mag het paragraafnummer direct vóór het woord en een streepje na het nummer hebben (`## 5.2 Opgave 2 – Droge kelders`). Twee koppen met hetzelfde label en een andere naam onder één hoofdstuk zijn een fout in de nummering, geen hernoemde herhaling, en koppen die een woord opnieuw vanaf 1 nummeren (een tweede programma) noemen geen onderdeel: zulke labels worden niet vergeleken. Een hoofdstuk `X per Y` (`Maatregelen per wijk`) heeft een kop voor elke Y: een tekst die zo’n kop als Y noemt (`de wijk Wespenhorst`) moet zijn naam gebruiken; niet bij een eenheid (`Kosten per jaar`, `per inwoner`).(niet een zin die met een lidwoord opent). Een naam vóór het eigen woord en paragraafnummer tussen haakjes (`… (doel 2.2)`) telt ook, in een zin of opsomming en in een kop: daar als de naam de titel is met een of twee woorden anders, erbij of eraf (en hetzelfde eerste woord) of met de woorden in een andere volgorde (`## 3.2 Een aantrekkelijke en flexibele organisatie (doel 2.2)`; niet `## 3.2 Acties voor een groene wijk (doel 2.2)`). Een naam na `paragraaf 2.4` loopt ook tot het werkwoord waarvan de paragraaf het onderwerp is (`De uitkomsten van paragraaf 2.4 Risicoprofiel en maatregelen laten zien …`, `beschrijft`, `geeft`), niet als het onderwerp na dat werkwoord staat (`… gaan we`). Een naam na een dubbele punt binnen haakjes die vlak vóór het nummer openen (`(thema 3: Vervoer en verkeer)`) telt ook; een naam zonder nummer met het stuk of de instantie waar hij vandaan komt (`het thema Gezond leven uit de regiovisie`, `… van de provincie`) is niet van dit plan. Zo’n naam wordt gelezen tegen de titels van dat soort: het eerste woord van een onderdeel van een andere soort (`Water eerst`) maakt van `het thema Water en oevers` geen twee namen; een verbogen vorm is hetzelfde woord (`Bereikbaar` bij `Bereikbare`); een opsommingsteken opent een zin zoals een punt (`- Voor het doel …`); en een regel die een lijst inleidt (`… twee speerpunten:`) telt de items van die lijst, niet de genummerde koppen eronder. Een naam in kleine letters na een nummer telt ook, als hij tussen komma’s of haakjes staat, geen bijzin is, een woord met de titel deelt en minstens half zo lang is (`spoor 2, samen bouwen, …`, `uitgangspunt 3 (geen subsidie zonder plan)`). Een onderdeel met een letter (`## Actielijn B: …`) wordt ook bij die letter genoemd (`actielijn B (…)`); een naam na het soortwoord in een bijlage telt als hij een woord met een titel deelt en de zin niet over een vroegere naam gaat; een zinsdeel vooraan loopt ook tot een persoonsvorm met een zelfstandig naamwoord als onderwerp (`Voor het thema … is het budget …`); en een naam die de eerste helft van een titel met `en` houdt en de rest vervangt (`Groen en bomen` bij `Groen en water`) is geen titel met een aanvulling. Een leidend principe heet bij zijn nummer ook `uitgangspunt 2`; een naam na een nummer mag een getal bevatten dat ook in de titel staat (`24-uurs`).',
      why: 'Een thema dat op drie manieren geschreven wordt, laat de lezer twijfelen of het om hetzelfde gaat.',
      options: { threshold: 'Hoe sterk een tekst op de titel moet lijken om als variant te gelden, 0–1 (default: `0.6`).' },
      ok: [
        { title: 'Dezelfde titel in de agendakop', text: example(['# Thema\'s', '', '## Wonen en zorg {#t2}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '## [Wonen en zorg](#t2)', '', '| Activiteit | Doel |', '|---|---|', '| Woningscan | Inzicht |']) },
        { title: 'Een subtotaalrij met een korte naam', text: themas(financien(['| Samen leven | 10.000 | 12.000 |', '| Tijdige steun zonder drempels | 5.000 | 5.000 |', '| Subtotaal tijdige steun | 5.000 | 5.000 |'])) },
        { title: 'Labelwoord, nummer en hoofdletters', text: example(['# Thema\'s', '', '## Wonen en zorg {#t2}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '## [THEMA 2: WONEN EN ZORG](#t2)', '', '| Activiteit | Doel |', '|---|---|', '| Woningscan | Inzicht |']) },
        {
          title: 'Een thema bij nummer met hoofdletters, een ingekorte titel of een afkorting',
          text: themas(['# Aanpak', '', 'Dit hoort bij thema 3 (CIRCULAIRE ECONOMIE), thema 1 (Samen) en thema 2 (TSZD).', '', ...financien(['| Thema 2: Tijdige steun | 10.000 | 12.000 |', '| Thema 3 – Circulaire economie. | 5.000 | 5.000 |'])])
        },
        {
          title: 'Een rij zonder nummer en een verwijzing tussen haakjes',
          text: themas(['# Aanpak', '', 'Zie thema 3 (zie hoofdstuk 4) en thema 2 (tabel hieronder).', '', ...financien(['| Snelle hulp | 10.000 | 12.000 |', '| Overig | 5.000 | 5.000 |'])])
        },
        {
          title: 'Een agendacel met nummer en de vastgestelde titel',
          text: themas(agenda('Thema 2: Tijdige steun zonder drempels'))
        },
        {
          title: 'Lijnen met een letter en agendacellen die alleen de letter of de naam geven',
          text: example(['# Actielijnen', '', '## Actielijn A: Schone straten {#la}', '', 'Tekst.', '', '## Actielijn B: Groen in de wijk {#lb}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '| Actie | Actielijn |', '|---|---|', '| Veegroute | [A](#la) |', '| Boomspiegels | [B](#lb) |', '| Geveltuinen | Groen in de wijk |'])
        },
        {
          title: 'Een pijler uit een kop bij zijn naam, en `&` voor `en`',
          text: fictionalProgramme(['# Pijlers', '', '## Pijler 1: Werk en inkomen', '', 'Tekst.', '', '## Pijler 2: Zorg', '', 'Tekst.', '', '# Aanpak', '', 'Pijler 1 (Werk & inkomen) en de tweede pijler (Zorg) krijgen elk een regisseur.'])
        },
        { title: 'Het thema zonder nummer bij een ingekorte titel of de titel', text: themas(['# Aanpak', '', "Het thema Tijdige steun krijgt de meeste middelen; het thema 'Circulaire economie' volgt in 2027."]) },
        { title: 'Een linktekst die iets anders zegt', text: example(['# Thema\'s', '', '## Wonen en zorg {#t2}', '', 'Tekst.', '', '# Visie', '', 'Meer staat [in het thema hierover](#t2).']) },
        ...titleDriftKindOk
      ],
      notOk: [
        {
          title: 'Een ander woord in de agendakop',
          text: example(['# Thema\'s', '', '## Wonen en zorg {#t2}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '## [WONEN EN ZORGEN](#t2)', '', '| Activiteit | Doel |', '|---|---|', '| Woningscan | Inzicht |']),
          expected: ['Titel `WONEN EN ZORGEN` wijkt af van `Wonen en zorg`; schrijf de titel zoals vastgesteld']
        },
        {
          title: 'Een link in de tekst met een andere vorm',
          text: example(['# Thema\'s', '', '## Wonen en zorg {#t2}', '', 'Tekst.', '', '# Visie', '', 'Zie [Wonen en de zorg](#t2).']),
          expected: ['Titel `Wonen en de zorg` wijkt af van `Wonen en zorg`; schrijf de titel zoals vastgesteld']
        },
        {
          title: 'Een thema bij nummer met een oude naam in de tekst',
          text: themas(['# Aanpak', '', 'Het grondstoffenplan hoort bij thema 3 (Afval en hergebruik).']),
          expected: ['Naam `Afval en hergebruik` bij `thema 3` wijkt af van de titel `Circulaire economie`; schrijf de titel zoals vastgesteld']
        },
        {
          title: 'Een rij in de financiële tabel met een oude naam',
          text: themas(financien(['| Thema 2: Snelle hulp | 10.000 | 12.000 |', '| Thema 3: Circulaire economie | 5.000 | 5.000 |'])),
          expected: ['Naam `Snelle hulp` bij `Thema 2` wijkt af van de titel `Tijdige steun zonder drempels`; schrijf de titel zoals vastgesteld']
        },
        {
          title: 'Een agendacel met een oude naam',
          text: themas(agenda('Thema 2: Snelle hulp')),
          expected: ['Naam `Snelle hulp` bij `Thema 2` wijkt af van de titel `Tijdige steun zonder drempels`; schrijf de titel zoals vastgesteld']
        },
        {
          title: 'Een rangtelwoord, een kop en een opsommingsteken met een oude naam',
          text: themas(['# Aanpak', '', 'Het derde thema (Afval en hergebruik) krijgt een eigen budget.', '', '- Thema 1: Ontmoeten', '', '# Resultaten', '', '## Thema 2: Snelle hulp', '', 'Tekst.']),
          expected: [
            'Naam `Afval en hergebruik` bij `derde thema` wijkt af van de titel `Circulaire economie`; schrijf de titel zoals vastgesteld',
            'Naam `Ontmoeten` bij `Thema 1` wijkt af van de titel `Samen leven`; schrijf de titel zoals vastgesteld',
            'Naam `Snelle hulp` bij `Thema 2` wijkt af van de titel `Tijdige steun zonder drempels`; schrijf de titel zoals vastgesteld'
          ]
        },
        {
          title: 'Het thema zonder nummer met een naam die geen titel is',
          text: themas(['# Aanpak', '', "Het thema 'Steun op maat' krijgt de meeste middelen.", '', 'Binnen het thema Tijdige steun zonder wachtlijst werken we met de huisartsen.']),
          expected: [
            'Naam `Steun op maat` bij `Het thema` is geen titel van een onderdeel; bedoeld is waarschijnlijk `Tijdige steun zonder drempels`',
            'Naam `Tijdige steun zonder wachtlijst` bij `het thema` is geen titel van een onderdeel; bedoeld is waarschijnlijk `Tijdige steun zonder drempels`'
          ]
        },
        {
          title: 'Een agendakop met een heel andere naam',
          text: example(['# Thema\'s', '', '## Wonen en zorg {#t2}', '', 'Tekst.', '', '# Uitvoeringsagenda', '', '## [Bouwen voor ouderen](#t2)', '', '| Activiteit | Doel |', '|---|---|', '| Woningscan | Inzicht |']),
          expected: ['Titel `Bouwen voor ouderen` wijkt af van `Wonen en zorg`; schrijf de titel zoals vastgesteld']
        },
        {
          title: 'Een principe met een andere titel',
          text: example(['# Principes', '', '## Eigen kracht eerst {#p1}', '', 'Tekst.', '', '# Visie', '', 'Dit volgt uit [principe 1: Eigen kracht voorop](#p1).']),
          expected: ['Titel `Eigen kracht voorop` wijkt af van `Eigen kracht eerst`; schrijf de titel zoals vastgesteld']
        },
        ...titleDriftKindNotOk
      ]
    }
  },
  (model, context) => {
    const threshold = Number(context.options.threshold ?? 0.6)
    const index = indexIds(model)
    // One message per place: a name read by two of the readers below is reported by the first.
    const seen = new Set<string>()
    const firstAt = (location: SourceLocation | undefined, fallback: string): boolean => {
      const key = `${location?.file}:${location?.start.offset ?? fallback}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    }
    const check = (label: string, id: string, location: SourceLocation | undefined, pointer: string, heading = false): void => {
      const target = index.get(id)
      if (!target || !titled.has(target.kind)) return
      const titel = String(target.value.titel ?? '')
      const kort = typeof target.value.korteTitel === 'string' ? target.value.korteTitel : undefined
      if (!titel || !label.trim()) return
      // A link may name the target by its label word and number ("THEMA 4 WONEN"): compare what
      // follows, with the whole title, the part before a colon and the short title. Case and
      // punctuation alone are not drift; different words are.
      const words = [kindWords[target.kind], typeof target.value.label === 'string' ? target.value.label : undefined].filter((w): w is string => Boolean(w))
      // The link's own number that is the target's (`principe 2, …` to principe 2, also under a
      // word of the plan's own, `kernwaarde 2`) says which part the text names, as in a heading:
      // then any other name is drift, not a free link text.
      const nummer = typeof target.value.nummer === 'string' ? target.value.nummer.replace(/\.$/u, '') : undefined
      const own = labelPrefix(words).exec(label)
      const other = own?.[1] ? null : wordAndNumber.exec(label)
      const prefix = nummer && other?.[1] === nummer ? other : own
      const numbered = Boolean(nummer) && prefix?.[1] === nummer
      const bare = label.slice(prefix?.[0].length ?? 0).trim() || label.trim()
      const written = normalizeTitle(bare)
      // The bare number or letter of the part (`[B](#al-b)`) names it by its number, not by a title.
      if (nummer && written === normalizeTitle(nummer)) return
      const names = [titel, titel.split(':')[0]?.trim() ?? titel, kort].filter((n): n is string => Boolean(n))
      if (names.some((n) => normalizeTitle(n) === written)) return
      if (names.some((n) => ` ${written} `.includes(` ${normalizeTitle(n)} `))) return
      // The first words of the title (`Tijdige steun`) or its initials shorten it, they do not rename it.
      if ((heading || bare.split(/\s+/).length >= 2) && namesTitle(bare, names)) return
      const best = names.reduce((a, b) => (similarity(bare, b) > similarity(bare, a) ? b : a))
      // A link in prose may say anything ("zie hier"); a heading's link text is the part's name.
      if (similarity(bare, best) < threshold && !((heading || numbered) && looksLikeName(bare))) return
      if (!firstAt(location, pointer)) return
      const fix = replaceFix(context.file, location, label, `${label.slice(0, label.length - bare.length)}${best}`)
      context.report(`Titel \`${bare}\` wijkt af van \`${best}\`; schrijf de titel zoals vastgesteld`, {
        pointer,
        ...(location ? { location } : {}),
        actual: bare,
        expected: [best],
        ...(fix ? { fix } : {})
      })
    }
    // Links in prose.
    for (const link of collectIdLinks(model)) {
      const base = context.file.sourceMap.get(link.pointer)
      const text = String(link.pointer ? getAtPointer(model, link.pointer) : '')
      const location = base ? offsetLocation(base, text, link.index + 1, link.label.length) : undefined
      check(link.label, link.id, verified(location, link.label), link.pointer)
    }
    // Agenda headings that name a pijler by a link: `## [Wonen en zorg](#t2)`.
    ;(model.acties ?? []).forEach((actie, i) => {
      if (!actie.pijler) return
      const pointer = `/acties/${i}/pijler`
      const location = context.file.sourceMap.get(pointer)
      if (!location || location.start.offset === undefined || location.end.offset === undefined) return
      const source = sourceText(context.file, location.file)
      const heading = source?.slice(location.start.offset, location.end.offset) ?? ''
      const link = firstIdLink(heading)
      const label = link?.label
      if (!link || !label || link.id !== actie.pijler) return
      const shift = link.index + 1
      const start = { ...location.start, column: location.start.column + shift, offset: location.start.offset + shift }
      const end = { ...start, column: start.column + label.length, offset: start.offset + label.length }
      check(label, actie.pijler, { file: location.file, start, end }, pointer, true)
    })

    // A pijler or principe named by its number and a name (`thema 3 (Afval)`, a finance row
    // `Thema 2: Snelle hulp`): the number decides the target, so any other name is drift.
    for (const found of numberedNames(model, context.file)) {
      const titel = found.titel
      if (namesTitle(found.name, [titel, titel.split(':')[0] ?? titel, found.korteTitel])) continue
      if (!firstAt(found.location, found.pointer)) continue
      const fix = replaceFix(context.file, found.location, found.name, titel)
      context.report(`Naam \`${found.name}\` bij \`${found.reference}\` wijkt af van de titel \`${titel}\`; schrijf de titel zoals vastgesteld`, {
        pointer: found.pointer,
        ...(found.location ? { location: found.location } : {}),
        actual: found.name,
        expected: [titel],
        ...(fix ? { fix } : {})
      })
    }

    // A section-numbered heading named by its number elsewhere (`Acties bij doel 2.2 …`): a name that shares a word but is not its title.
    for (const found of sectionNames(context.file)) {
      if (!firstAt(found.location, '')) continue
      const fix = replaceFix(context.file, found.location, found.name, found.titel)
      context.report(`Naam \`${found.name}\` bij \`${found.reference}\` wijkt af van de titel \`${found.titel}\`; schrijf de titel zoals vastgesteld`, {
        location: found.location,
        actual: found.name,
        expected: [found.titel],
        ...(fix ? { fix } : {})
      })
    }

    // A part named by its kind word alone (`het thema ‘Omzien’`): a name that can be none of its titles.
    // And a list of names after the plural kind word (`de vier thema's A, B, C en D`).
    for (const found of [...kindMentions(model, context.file), ...kindListDrifts(model, context.file)]) {
      if (!firstAt(found.location, found.pointer)) continue
      context.report(`Naam \`${found.name}\` bij \`${found.reference}\` is geen titel van een onderdeel; bedoeld is waarschijnlijk \`${found.titel}\``, {
        pointer: found.pointer,
        ...(found.location ? { location: found.location } : {}),
        actual: found.name,
        expected: [found.titel]
      })
    }

    // A title written unquoted in mid-sentence, its capital the only mark (`onder Veilig lopen naar school`).
    for (const found of capitalisedNameDrifts(model, context.file)) {
      if (!firstAt(found.location, `${found.pointer}#${found.name}`)) continue
      const at = found.reference ? ` bij \`${found.reference}\`` : ''
      context.report(`Naam \`${found.name}\`${at} wijkt af van de titel \`${found.titel}\`; schrijf de titel zoals vastgesteld`, {
        pointer: found.pointer,
        ...(found.location ? { location: found.location } : {}),
        actual: found.name,
        expected: [found.titel]
      })
    }

    // A table cell in a column of titles (`| Renovatie | Gezonde scholen |`) with a changed name.
    for (const found of columnNames(model, context.file)) {
      if (!firstAt(found.location, '')) continue
      const column = found.header ? ` in de kolom \`${found.header}\`` : ''
      context.report(`Naam \`${found.name}\`${column} is geen titel van een onderdeel; bedoeld is waarschijnlijk \`${found.titel}\``, {
        location: found.location,
        actual: found.name,
        expected: [found.titel]
      })
    }

    // The plan's own title in its prose, with its kind word and years but other words between.
    for (const found of ownTitleMentions(model)) {
      const location = textLocation(context.file, found.pointer, found.text, found.index, found.name.length)
      if (!firstAt(location, `${found.pointer}#${found.index}`)) continue
      const titel = model.document?.titel ?? ''
      context.report(`Titel \`${found.name}\` wijkt af van de titel van het plan \`${titel}\`; schrijf de titel zoals vastgesteld`, {
        pointer: found.pointer,
        ...(location ? { location } : {}),
        actual: found.name,
        expected: [titel]
      })
    }

    function verified(location: SourceLocation | undefined, label: string): SourceLocation | undefined {
      if (!location || location.start.offset === undefined || location.end.offset === undefined) return undefined
      const source = sourceText(context.file, location.file)
      return source?.slice(location.start.offset, location.end.offset) === label ? location : undefined
    }
  }
)

// A heading's name, not a phrase: a capital, a few words, no figures.
const looksLikeName = (text: string): boolean => /^\p{Lu}/u.test(text) && !/\d/u.test(text) && text.split(/\s+/).length <= 8
