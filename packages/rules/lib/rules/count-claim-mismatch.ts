import { fromPointer, type Plan } from '@kapstok/core'
import { lintRule } from '../rule.js'
import { checkCountClaims, principleNouns, type CountedNoun } from '../util/count-claims.js'
import { fictionalProgramme } from '../util/fictional-plan.js'
import { listClaims } from '../util/list-claims.js'
import { position } from '../util/list-blocks.js'
import { tableCountClaims } from '../util/table-count-claims.js'
import { frequencyClaims } from '../util/frequency-moments.js'
import { leadInsNotOk, leadInsOk } from '../util/count-claim-examples-lead-ins.js'

const themas = ["# Thema's", '', '## Ontmoeten {#t1}', '', '## Toegang {#t2}']

const labels: Array<[string, string, string]> = [
  ["thema['’]?s", 'thema', "thema's"],
  ['routes', 'route', 'routes'],
  ['resultaatgebieden', 'resultaatgebied', 'resultaatgebieden'],
  ['ontwikkelopdrachten', 'ontwikkelopdracht', 'ontwikkelopdrachten'],
  ['speerpunten', 'speerpunt', 'speerpunten']
]

// Counts against the plan's own lists: the list may be meant otherwise, so a warning at most.
const nouns: CountedNoun[] = [
  ...labels.map(([pattern, label, listed]): CountedNoun => ({
    pattern,
    listed,
    inBijlagen: false,
    uncertain: true,
    count: (plan) => {
      const n = (plan.pijlers ?? []).filter((p) => p.label === label).length
      return n === 0 ? undefined : n
    }
  })),
  { pattern: 'opgaven', listed: 'opgaven', uncertain: true, count: (plan) => countOr(plan.opgaven?.length ?? plan.pijlers?.filter((p) => p.label === 'opgave').length) },
  { pattern: '(?:maatschappelijke\\s+)?effecten', listed: 'effecten', uncertain: true, count: (plan) => countOr(plan.effecten?.length) },
  { pattern: 'doelen|doelstellingen', listed: 'doelen', uncertain: true, count: doelenOf, total: allDoelen },
  // `De uitvoeringsagenda in hoofdstuk 4 bevat 14 acties`: the agenda named as what holds them.
  { pattern: 'activiteiten|acties|actiepunten|maatregelen|projecten', listed: 'activiteiten in de uitvoeringsagenda', uncertain: true, counts: wholeAgenda, count: (plan) => countOr(plan.acties?.length) }
]

/** Rule: number words before thema's, routes, opgaven, doelen … match the lists. */
export const countClaimMismatch = lintRule(
  {
    id: 'count-claim-mismatch',
    severity: 'error',
    group: 'structuur',
    description: "Aantallen in de tekst (\"drie thema's\") kloppen met de opgesomde onderdelen.",
    docs: {
      what: "Zoekt in lopende tekst naar een aantal vóór `thema's`, `routes`, `resultaatgebieden`, `ontwikkelopdrachten`, `opgaven`, `effecten` of `doelen` en vergelijkt dat met de lijst in het plan. Bij doelen in de tekst van een pijler telt het aantal doelen van die pijler; na `samen` of `in totaal` (\"vier thema's met samen twaalf doelen\") telt de som van de doelen van alle pijlers, als elke pijler zijn doelen noemt. Eindigt de zin op een dubbele punt met een opsomming erna, dan telt die opsomming. Een aantal `activiteiten`, `acties`, `maatregelen` of `projecten` in een zin die de uitvoeringsagenda noemt (`De uitvoeringsagenda in hoofdstuk 4 bevat 14 acties`) telt de activiteiten van de agenda, tenzij de zin een deel noemt (een jaar, een thema, `waarvan`, `onder meer`, `nieuwe`). Aantallen thema's, routes, … in bijlagen tellen niet: een bijlage is vaak een ander stuk. Een deel van de lijst (\"de laatste twee thema's\"), de lijst van een ander stuk (\"van de Omgevingswet\") en een aantal waar het plan geen lijst van heeft, worden niet gemeld. Voor elk ander zelfstandig naamwoord telt de opsomming die het aantal aankondigt: een aantal in de laatste zin vóór een lijst met opsommingstekens of nummers (\"de volgende zes maatregelen:\", \"Er zijn zes maatregelen:\", \"We nemen zes maatregelen.\"), of vóór tussenkopjes als de zin ze aankondigt (`de volgende`, `hieronder`, een dubbele punt) of als elk tussenkopje met het enkelvoud van het getelde woord en een label begint (`Het programma kent drie sporen.` boven `## Spoor 1: Wonen` … `## Spoor 4: Ontmoeten`); en een aantal dat later in dezelfde paragraaf naar een met een dubbele punt aangekondigde lijst verwijst (\"Deze vijf maatregelen …\"). Een latere verwijzing telt ook met een tussenwoord (\"de drie genoemde doelen\"). Een aantal dat direct een opsomming in de zin aankondigt, na een dubbele punt, `namelijk` of tussen haakjes (\"zes maatregelen: schuldhulp, vroegsignalering en een inloopspreekuur\", \"vier partners, namelijk …\"), telt de onderdelen tussen de komma's en de laatste `en` of `of`; kan een onderdeel met `en` één of twee onderdelen zijn (`zorg en welzijn`, een naam als `Centrum voor Werk en Inkomen`), dan telt alleen een aantal dat bij geen van beide lezingen past. Onderdelen met een hoofdletter (`Gezond en wel thuis, Actieve buurten`) lezen een `en` met een kleine letter erna als deel van het onderdeel; een lang laatste onderdeel (`een wandelroute met bankjes langs de rivier`) telt tot het eerste voorzetsel. Ook geteld: een aantal als onderwerp met een kort lijdend voorwerp vóór de dubbele punt, als de opsomming namen geeft (\"tekenen vier partners het convenant: …\"), en een aantal met een bijzin vóór de dubbele punt (\"drie loketten die op werkdagen open zijn:\", \"vier bruggen waar de slijtage het grootst is:\") boven een lijst, en een aantal als onderwerp van een lijdende vorm (\"zijn vier scholen bezocht:\") met namen erna. Een kop tussen twee lijsten sluit de eerste lijst af. Een korte zin die met een voornaamwoord naar het aantal terugwijst en de lijst met een dubbele punt opent (`Wij zetten ze op een rij:`, `Die hebben we als volgt uitgewerkt:`) laat het aantal van de zin ervoor gelden voor die lijst. Kondigt de zin een tabel aan (`de volgende`, `hieronder`, een dubbele punt), dan tellen de tabelrijen (niet de kop, niet een totaalrij; een tabel met een lege eerste cel groepeert rijen en telt niet, een tabel van één rij is een voorbeeld). Een kop met een aantal (`## Vijf sporen`, `## 3 pijlers`) telt de tussenkopjes eronder, of de lijst direct eronder. Een lijst met subpunten telt de bovenste punten; een aantal van alle punten samen klopt ook. Zwijgt bij een deel van de lijst of een grens (`onder meer`, `bijvoorbeeld`, `zoals`, `o.a.`, `waaronder`, `nog`, `minimaal`, `tenminste`, `ruim`), een aantal van iets anders (\"In zes wijken nemen we de volgende maatregelen:\", \"Vier scholen doen mee met:\", \"drie acties per thema\") en tijd, geld of personen (`vier jaar`, `zes woningen`). Namen tussen komma's direct na het aantal (\"de drie kernen, Noord, Oost en Zuid, zijn …\") tellen ook; met een komma vóór de laatste `en` (\"sport en spel, cultuur, en natuur\") scheiden de komma's de onderdelen. Ook tegen een tabel in dezelfde paragraaf: een bijschrift met een aantal (`Tabel 2. De vijf kengetallen`, boven of onder de tabel) telt de rijen (een aantal van de kolommen klopt ook; een zin met de tabel als onderwerp, `Tabel 2 noemt de zes wegen`, is geen bijschrift maar een verwijzing, en tussen een inleidende zin en haar tabel mag het bijschrift staan); een aantal van wat een kolom als kop heeft (`vier kansen` bij een kolom `Kansen`) telt de gevulde cellen van die kolom; een aantal van wat de eerste cellen van de rijen noemen (`vier zwembaden` bij rijen `Zwembad …`) telt die rijen. Buiten een bijschrift alleen als het aantal groter is dan wat de tabel toont: een kleiner aantal kan een deel zijn. Een fout (error) alleen als het zelfstandig naamwoord direct voor een dubbele punt staat, het aantal niet in een bijzin met een voorzetsel staat (\"voor de vier kernen:\") en er een platte lijst onder volgt; in alle andere gevallen een waarschuwing. Een aantal zonder zelfstandig naamwoord na `er` of `de volgende` aan het eind van de zin voor een lijst (`In de kernen hanteren we er vier:`, `Uiteindelijk vonden we er drie.`, `We hanteren de volgende vier:`) telt de opsomming erna (een waarschuwing). Een inleidende zin die op een dubbele punt eindigt tussen twee lijsten begint een eigen lijst: de lijst ervoor blijft één lijst. Ook een aantal met `deze` in de eerste zin direct na een lijst zonder aankondiging (`Met deze vier doelen werken we …` onder drie punten), behalve een maat of een groep mensen (`deze vier jaar`). Noemt elk opgesomd onderdeel zelf een aantal (`elf mensen: zes boa's, drie handhavers en een coördinator`), dan tellen die aantallen samen, ook bij mensen of woningen, in woorden of cijfers. Een bijschrift dat telt wat de eerste kolom noemt (`de vijf wijken` bij een kolom `Wijk`) telt de rijen. Een werkwoord op -en na het getelde zelfstandig naamwoord (`Drie knelpunten kwamen steeds terug:`) is geen ander zelfstandig naamwoord: alleen een woord na een lidwoord of bijvoeglijk naamwoord telt als een ander. Een betrekkelijke bijzin na het getelde woord vóór de dubbele punt (`vijf vormen van hulp, die … kunnen worden ingezet:`) verbergt de opsomming niet, ook niet met `per` in de bijzin (`vier tarieven, die per jaar stijgen:`: alleen `per` vóór de bijzin maakt het aantal een aantal per iets); meervouden op -ën en Latijnse meervouden (`criteria`) tellen mee; een tweede telwoord na het woord (`waarvan deze vier`) maakt de opsomming van dat tweede. Met een hulp- of modaal werkwoord vóór het aantal is het laatste woord vóór de dubbele punt het werkwoord (`mogen op twee manieren korting vragen:`); een lidwoord of `eigen` is geen ander zelfstandig naamwoord. Een aantal vooraan in de zin met één ding als onderwerp (`In vier dorpen ontbreekt nog een huisarts: …`) telt de namen na de dubbele punt. Heeft elk lid van een opsomming een eigen aantal, dan splitst `en` alleen waar een aantal volgt (`drie met huisartsen en wijkverpleegkundigen` is één lid) en tellen de aantallen op; een naam vlak vóór de komma begint een opsomming van plaatsen of namen, niet van het getelde (`vier bijeenkomsten in de kernen A, B en C`). Tussen het getelde woord en de dubbele punt mag een bepaling staan over wat elk onderdeel heeft (`drie criteria met ieder een eigen gewicht:`, `vier werkgroepen in, ieder met een voorzitter:`) of, na een aantal als lijdend voorwerp, het scheidbare deel van het werkwoord (`Het college wijst zes locaties aan:`, `drie routes voor fietsers aan:`); `waarvan` na het woord maakt de lijst een deel (`zes maatregelen, waarvan de belangrijkste:`). Een aantal in een opsommingsteken dat op een dubbele punt eindigt, telt de subpunten direct eronder (een waarschuwing, een fout alleen als het woord direct voor de dubbele punt staat en de subpunten zelf geen subpunten hebben). Noemt de inleiding van een lijst geen zelfstandig naamwoord (`Het geld komt van:`), dan telt een aantal aan het begin van de alinea direct na de lijst (`Deze zes clubs …`, `Die twee fondsen …`) als verwijzing naar de lijst, als het woord een soort onderdeel noemt (`partners`, `maatregelen`) of in de punten staat (een waarschuwing). Een zin die de tabel met haar nummer noemt (`bestaat uit vier soorten (tabel 3)`) wijst naar die tabel vanuit de hele paragraaf, als het bijschrift dat nummer heeft of de tabel de enige van de paragraaf is; het aantal moet dan gezegd worden van de tabel, niet het onderwerp of een soort van de rijen zijn (`Twee soorten in tabel 3 zijn …`, `twee nieuwe soorten`). Een zin direct onder de tabel die met `Deze` of `Die` en een aantal begint, wijst ook naar de rijen. Het nummer van een tabel is geen aantal (`Tabel 3 heeft vier kolommen`). Ook geteld: een bepaald aantal als onderwerp van `zijn` met de leden erna (`De drie loketten die we openen, zijn A, B, C en D.`; zonder bijzin alleen namen of dingen met lidwoord), een aantal aan het eind van de zin met de leden in de volgende zin (`… drie routes. Dat zijn a, b, c en d.`; ook met het partikel van een scheidbaar werkwoord erna: `We trekken vijf partijen aan. Het gaat om …`), en een soortwoord met het woord erna (`vier soorten afval: …`); steeds alleen een echte opsomming met een komma. Een aantal als onderwerp met een werkwoord en een kaal lijdend voorwerp van één woord vóór de dubbele punt (`Drie fondsen geven geld: …`) telt de namen erna; een onderdeel dat de rest telt (`de andere twee`) maakt de opsomming geen lijst van namen. Staan er in de inleiding meer getallen (`Voor daken groter dan 200 m² gelden de volgende drie eisen:`, `Voor de 12 scholen gelden vijf afspraken:`), dan telt het aantal waarvan het woord direct voor de dubbele punt staat; een tarief (`€ 80.000 per jaar`) maakt een aantal niet een aantal per iets. Een aantal vragen aan het eind van de zin telt de vragen die de rest van de alinea vormen (`We toetsen aan vier vragen. Past het …? Is er …?`), als die alleen uit twee of meer vragen bestaat. Ook: een inleiding met harde regeleinden telt als één regel (`werken we met vijf` / `clubs, die …:`); na een soortwoord hoort het woord erna bij het getelde (`zes soorten afval, elk met …:`); `elk` of `ieder` in een betrekkelijke bijzin (`, die elk vrijwilligers sturen:`) zegt wat elk lid heeft, geen aantal per ding; en een bijstelling tussen gedachtestreepjes na het aantal (`de vier wijkcentra – A, B, C en D – openen …`) telt als een tussen haakjes, en zo ook namen tussen haakjes na een korte plaatsbepaling (`de vijf kernen van Ommerdal (A, B, C en D)`; niet na een meervoud, `in de dorpen (…)`, dat de dorpen opsomt). Een betrekkelijke bijzin tot de dubbele punt mag lang zijn (`vier inloophuizen, waar buurtbewoners op vaste middagen met vragen over geld, post en formulieren terechtkunnen:`): alleen de woorden vóór het betrekkelijk voornaamwoord tellen voor de grens van twaalf woorden (de hele inleiding tot 28), ook na het scheidbare deel van het werkwoord (`zetten we twee proeftuinen op, waarin …:`). Ook: een aantal keer per periode met de momenten erna (`drie keer per jaar, in april, augustus en december`, `2x per week een training (dinsdag, donderdag en zaterdag)`; niet bij een reeks `van … tot` of een uitzondering `behalve`), en een aantal momenten per periode voor een lijst waarvan elk punt zijn moment noemt (`op drie vaste avonden per week:` met `- dinsdagavond …`); `Het gaat om` en `Het betreft` wijzen net als `Dat zijn` naar het aantal in de zin ervoor; een opsommingsteken dat over meer regels doorloopt, blijft één punt; `een van de drie doelen` is een deel; een inleiding die op haar werkwoord eindigt (`Wat we gaan doen:`) noemt geen zelfstandig naamwoord; en een regel met een dubbele punt direct boven een tabel (een bijschrift mag ertussen staan) telt de rijen als het getelde de eerste kolom noemt (`In de zes dorpen is de stand:`, `Langs zeven wegen liggen woningen boven de drempel:`), en meldt elk ander aantal; een kleiner aantal alleen als niets het getelde woord inperkt (`de twee dorpen met de langste wachtlijst`). Een bepaling van wat elk onderdeel heeft mag tot de dubbele punt lopen en een tarief bevatten (`vier locaties, elk met een maximaal aantal bezoekers en dagen per jaar:`). Ook `een tweetal`, `een drietal` en `een viertal` als aantal; een hoofdstuk of paragraaf die zegt wat ze bevat (`Dit hoofdstuk beschrijft vijf doelen.`, met het aantal aan het eind van de zin) kondigt haar tussenkopjes aan; een betrekkelijke bijzin met een voorzetsel (`De twee partners met wie we samenwerken zijn …`) mag voor `zijn` staan. Een gedachtestreepje opent de opsomming zoals een dubbele punt (`vier partners – A, B, C en D.`); een bron na het laatste onderdeel (`, zo blijkt uit de evaluatie`, `(bron: …)`) en een voetnootteken (`maatregelen[^1]:`) tellen niet mee; een jaar of een plaats tussen het woord en de dubbele punt (`vier maatregelen in 2027:`) laat de opsomming van het aantal; `; dat zijn` wijst terug zoals `. Dat zijn`. Een naam met een hoofdletter in de opsomming (`Samen Sporten`) is geen bijzin, en een rij `Samen Sporten` geen totaalrij. Niet gemeld: een aantal direct na `elk` of `ieder` (per onderdeel: `De vier wijken krijgen elk twee acties:`) en een aantal tot twee woorden na `onder meer`, `bijvoorbeeld` of `zoals` (`We zetten onder meer in op vier speerpunten:`). Een bijvoeglijk naamwoord dat een deel kiest (`eerste`, `laatste`, `overige`, `nieuwe`) maakt het aantal alleen een deel direct ervoor (`de eerste twee fasen`); met een woord ertussen hoort het bij dat woord (`In het nieuwe reglement staan vijf artikelen:`, `het in de eerste plaats over twee gevaren:`). Een woord op -en of -s na `boven`, `onder`, `buiten` of `naast` staat in een voorzetselgroep (`drie plekken waar we onder de bomen bankjes zetten:`) en is geen ander getelde. Een aantal in de bepaling vooraan de zin (`Voor drie bruggen reserveren we een budget:`, `Bij vier sportparken leggen we een veld aan:`) telt de lijst erna als elk punt het getelde noemt (`Fietsbrug Oost`, `Sportpark Zuid`), zonder ander aantal, `per` of `elk` in de zin (een waarschuwing).",
      why: 'Een tekst die "vijf sociale wetten" of "vier onderdelen" aankondigt en er drie geeft, laat de lezer zoeken naar wat ontbreekt.',
      ok: [
        { title: "Twee thema's genoemd en beschreven", text: fictionalProgramme(['# Ambitie', '', "Het plan kent twee thema's.", '', ...themas]) },
        { title: "Een deel van de thema's", text: fictionalProgramme(['# Ambitie', '', "De laatste twee thema's zijn nieuw.", '', ...themas, '', '## Wonen {#t3}']) },
        { title: 'Een bijlage met een ander stuk', text: fictionalProgramme([...themas, '', '# Bijlagen', '', '## Bijlage 1: Verkenning', '', "De verkenning onderscheidde drie thema's."]) },
        { title: 'Een aangekondigde lijst die klopt', text: fictionalProgramme(['# Aanpak', '', 'We nemen de volgende drie maatregelen:', '', '- buurtkamers', '- een wijkbus', '- vrijwilligerspunt']) },
        { title: 'Een lijst met subpunten', text: fictionalProgramme(['# Aanpak', '', 'Er zijn vier maatregelen:', '', '- buurtkamers', '  - in elke kern', '  - met een gastvrouw', '- een wijkbus']) },
        { title: 'Het aantal telt iets anders', text: fictionalProgramme(['# Aanpak', '', 'In zes wijken nemen we de volgende maatregelen:', '', '- buurtkamers', '- een wijkbus']) },
        { title: 'Een deel van de lijst', text: fictionalProgramme(['# Aanpak', '', 'We nemen onder meer vijf maatregelen:', '', '- buurtkamers', '- een wijkbus']) },
        { title: 'Een kop met een aantal dat klopt, en een kop over tijd', text: fictionalProgramme(['# Vier jaar werken', '', '## Onze drie sporen', '', '- ontmoeten', '- bewegen', '- leren', '', '## Daarna', '', 'Tekst.']) },
        { title: 'Een latere verwijzing die klopt', text: fictionalProgramme(['# Aanpak', '', 'We nemen de volgende maatregelen:', '', '- buurtkamers', '- een wijkbus', '', 'Deze twee maatregelen betalen we uit het wijkbudget.']) },
        { title: 'Een opsomming in de zin die klopt', text: fictionalProgramme(['# Aanpak', '', 'In Veldhoven-Oost werken we aan drie voorzieningen: een buurtkamer, een speeltuin en een fietsenstalling.']) },
        { title: 'Een onderdeel met en dat één onderdeel kan zijn', text: fictionalProgramme(['# Aanpak', '', 'Het wijkteam bundelt twee domeinen: zorg en welzijn, en wonen.']) },
        { title: 'Een naam met en in een opsomming', text: fictionalProgramme(['# Aanpak', '', 'Het loket werkt met drie partners: het Centrum voor Werk en Inkomen, de kredietbank en Humanitas.']) },
        { title: 'De basis van een verhouding onder een tabel', text: fictionalProgramme(['# Cijfers', '', '| Jaar | Klachten | Toegewezen |', '|---|---|---|', '| 2024 | 40 | 10 |', '| 2025 | 60 | 5 |', '| Totaal | 100 | 15 |', '', 'Over beide jaren werd ruim een op de zeven klachten toegewezen.']) },
        { title: 'Een ingekorte samenstelling met en is één partner', text: fictionalProgramme(['# Aanpak', '', 'De werkgroep telt vier partners: de gemeente, de bibliotheek, de sport- en cultuurraad en de woningcorporatie.']) },
        { title: 'Een grens in een bijzin over de getelde onderdelen', text: fictionalProgramme(['# Aanpak', '', 'Het busnet kent drie haltes waar twee of meer lijnen stoppen:', '', '- het station', '- de Markt', '- het ziekenhuis']) },
        { title: 'Een ondergrens', text: fictionalProgramme(['# Aanpak', '', 'We organiseren minimaal vier bijeenkomsten:', '', '- in maart', '- in oktober']) },
        { title: 'Een opsomming met zoals', text: fictionalProgramme(['# Aanpak', '', 'We zetten vijf instrumenten in (zoals een wijkbudget en een buurtbus).']) },
        { title: 'Een zin na de dubbele punt', text: fictionalProgramme(['# Aanpak', '', 'De raad stelde vier doelen: we willen dat bewoners meedoen en dat niemand achterblijft.']) },
        { title: 'Het aantal doelen van de eigen pijler', text: fictionalProgramme(["# Thema's", '', '## Ontmoeten {#t1}', '', 'Dit thema kent twee doelen.', '', '### Doelen', '', '- Elke kern een buurtkamer', '- Minder eenzaamheid']) },
        { title: 'Een aantal vooraan met een lijst van iets anders', text: fictionalProgramme(['# Aanpak', '', 'In drie wijken starten we een proef:', '', '- we plaatsen bankjes;', '- we zetten een buurtkast neer;', '- we houden een buurtavond;', '- we evalueren na een jaar.']) },
        { title: 'Een aantal vooraan dat klopt met de genoemde onderdelen', text: fictionalProgramme(['# Aanpak', '', 'Voor drie bruggen reserveren we een budget:', '', '- Brug aan de Kade: een nieuwe leuning', '- Fietsbrug Oost: een nieuw wegdek', '- Ophaalbrug: schilderwerk']) },
        { title: 'Een aantal vooraan dat per onderdeel telt', text: fictionalProgramme(['# Aanpak', '', 'Bij drie gemalen vervangen we elk twee pompen:', '', '- Gemaal Noord', '- Gemaal De Vlier', '- Gemaal Zuid', '- Gemaal Oost']) },
        { title: 'Een bijvoeglijk naamwoord direct voor het aantal is een deel', text: fictionalProgramme(['# Aanpak', '', 'We beschrijven hier de eerste twee fasen:', '', '- ontwerp', '- aanbesteding', '- uitvoering']) },
        { title: 'Een bijzin met onder en een lijst die klopt', text: fictionalProgramme(['# Aanpak', '', 'We kennen drie plekken waar we onder de bomen extra bankjes zetten:', '', '- het park;', '- het plein;', '- de vijver.']) },
        { title: 'Een bijzin met naast en een lijst die klopt', text: fictionalProgramme(['# Aanpak', '', 'We hebben twee wijken waar naast de scholen ook buurthuizen meedoen:', '', '- Oost;', '- West.']) },
        { title: 'Een soortwoord met boven en een lijst die klopt', text: fictionalProgramme(['# Aanpak', '', 'Er zijn drie soorten woningen boven de winkels:', '', '- appartementen;', "- studio's;", '- maisonnettes.']) },
        ...leadInsOk
      ],
      notOk: [
        ...leadInsNotOk,
        {
          title: 'Een ingekorte samenstelling met en telt als één partner',
          text: fictionalProgramme(['# Aanpak', '', 'De werkgroep telt vijf partners: de gemeente, de bibliotheek, de sport- en cultuurraad en de woningcorporatie.']),
          expected: ['Tekst noemt `vijf partners`, maar er zijn `4` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Een grens in een bijzin over de getelde onderdelen (waarschuwing)',
          text: fictionalProgramme(['# Aanpak', '', 'Het busnet kent drie haltes waar twee of meer lijnen stoppen:', '', '- het station', '- de Markt', '- het ziekenhuis', '- de Brink']),
          expected: ['Tekst noemt `drie haltes`, maar er zijn `4` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: "Drie thema's genoemd, twee beschreven",
          text: fictionalProgramme(['# Ambitie', '', "Het plan kent drie thema's.", '', ...themas]),
          expected: ["Tekst noemt `drie thema's`, maar er zijn `2` thema's beschreven; pas het aantal of de lijst aan"]
        },
        {
          title: 'Vier routes genoemd, drie beschreven',
          text: fictionalProgramme(['# Inleiding', '', 'Langs vier routes werken we aan meedoen.', '', '# Routes', '', '## Ontmoeten {#r1}', '', '## Werk {#r2}', '', '## Zorg {#r3}']),
          expected: ['Tekst noemt `vier routes`, maar er zijn `3` routes beschreven; pas het aantal of de lijst aan']
        },
        {
          title: 'De volgende zes, er volgen er vier',
          text: fictionalProgramme(['# Aanpak', '', 'We nemen de volgende zes maatregelen:', '', '- buurtkamers', '- een wijkbus', '- vrijwilligerspunt', '- mantelzorgpas']),
          expected: ['Tekst noemt `zes maatregelen`, maar er zijn `4` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Een zin met een punt voor een genummerde lijst',
          text: fictionalProgramme(['# Aanpak', '', 'Wat gaan we doen? We starten vijf projecten.', '', '1. Buurtkamers', '2. Wijkbus', '3. Vrijwilligerspunt']),
          expected: ['Tekst noemt `vijf projecten`, maar er zijn `3` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Tussenkopjes na een aankondiging',
          text: fictionalProgramme(['# Aanpak', '', 'We werken langs de volgende drie sporen.', '', '## Ontmoeten', '', 'Tekst.', '', '## Bewegen', '', 'Tekst.']),
          expected: ['Tekst noemt `drie sporen`, maar er zijn `2` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Een kop met een aantal boven minder tussenkopjes',
          text: fictionalProgramme(['# Aanpak', '', '## Vijf sporen', '', 'We kiezen voor:', '', '### Ontmoeten', '', 'Tekst.', '', '### Bewegen', '', 'Tekst.', '', '### Leren', '', 'Tekst.']),
          expected: ['Tekst noemt `Vijf sporen`, maar er zijn `3` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Een latere verwijzing naar de lijst',
          text: fictionalProgramme(['# Aanpak', '', 'We nemen de volgende maatregelen:', '', '- buurtkamers', '- een wijkbus', '- vrijwilligerspunt', '', 'Deze vier maatregelen betalen we uit het wijkbudget.']),
          expected: ['Tekst noemt `vier maatregelen`, maar er zijn `3` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Een opsomming na een dubbele punt met minder onderdelen',
          text: fictionalProgramme(['# Aanpak', '', 'Samen met de bibliotheek starten we zes cursussen: taal, rekenen, digitale vaardigheden en geldzaken.']),
          expected: ['Tekst noemt `zes cursussen`, maar er zijn `4` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Een opsomming na namelijk',
          text: fictionalProgramme(['# Aanpak', '', 'We werken met vijf partners, namelijk de bibliotheek, het wijkteam en de woningstichting.']),
          expected: ['Tekst noemt `vijf partners`, maar er zijn `3` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Een latere verwijzing met genoemde',
          text: fictionalProgramme(['# Aanpak', '', 'We kiezen deze doelen:', '', '- minder armoede', '- meer werk', '', 'Op de vier genoemde doelen sturen we jaarlijks bij.']),
          expected: ['Tekst noemt `vier genoemde doelen`, maar er zijn `2` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Namen tussen haakjes, meer dan genoemd',
          text: fictionalProgramme(['# Aanpak', '', 'De proef loopt in drie kernen (Haarwoude, Elst en Dijkhuizen en Ravenhorst).']),
          expected: ['Tekst noemt `drie kernen`, maar er zijn `4` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Ook bij de ruimste lezing te weinig',
          text: fictionalProgramme(['# Aanpak', '', 'Het loket helpt bij vijf vragen: werk en inkomen, of schulden.']),
          expected: ['Tekst noemt `vijf vragen`, maar er zijn `3` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Een lijdende vorm met namen erna',
          text: fictionalProgramme(['# Aanpak', '', 'In 2025 zijn vier scholen bezocht: De Linde, Het Anker en De Vlinder.']),
          expected: ['Tekst noemt `vier scholen`, maar er zijn `3` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Een bijschrift met meer rijen dan de tabel heeft',
          text: fictionalProgramme(['# Aanpak', '', 'Tabel 1. De vier wijkvoorzieningen', '', '| Voorziening | Open |', '|---|---|', '| Buurtkamer | ma-vr |', '| Wijkbus | di |', '| Speeltuin | dagelijks |']),
          expected: ['Tekst noemt `vier wijkvoorzieningen`, maar er zijn `3` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Meer doelen genoemd dan de pijler heeft',
          text: fictionalProgramme(["# Thema's", '', '## Ontmoeten {#t1}', '', 'Dit thema kent drie doelen.', '', '### Doelen', '', '- Elke kern een buurtkamer', '- Minder eenzaamheid']),
          expected: ['Tekst noemt `drie doelen`, maar er zijn `2` doelen beschreven; pas het aantal of de lijst aan']
        },
        {
          title: 'Een aantal vooraan en een lijst die elk onderdeel noemt (waarschuwing)',
          text: fictionalProgramme(['# Aanpak', '', 'Voor drie bruggen reserveren we een onderhoudsbudget:', '', '- Brug aan de Kade: een nieuwe leuning', '- Fietsbrug Oost: een nieuw wegdek', '- Ophaalbrug: schilderwerk', '- Brug bij de sluis: nieuwe lagers']),
          expected: ['Tekst noemt `drie bruggen`, maar er zijn `4` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Een aantal vooraan met een scheidbaar werkwoord (waarschuwing)',
          text: fictionalProgramme(['# Aanpak', '', 'Bij vier sportparken leggen we een kunstgrasveld aan:', '', '- Sportpark De Wielen', '- Sportpark Zuid', '- Sportpark Oost']),
          expected: ['Tekst noemt `vier sportparken`, maar er zijn `3` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Een bijvoeglijk naamwoord bij het onderwerp maakt het aantal geen deel',
          text: fictionalProgramme(['# Aanpak', '', 'In het nieuwe reglement staan vijf artikelen:', '', '1. Begrippen', '2. Gebruik van de zaal', '3. Sleutelbeheer', '4. Slotbepaling']),
          expected: ['Tekst noemt `vijf artikelen`, maar er zijn `4` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Een bijvoeglijk naamwoord in een vaste bepaling (waarschuwing)',
          text: fictionalProgramme(['# Aanpak', '', 'We hebben het in de eerste plaats over twee gevaren:', '', '- gladheid;', '- vallende takken;', '- losliggende tegels.']),
          expected: ['Tekst noemt `twee gevaren`, maar er zijn `3` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Een zelfstandig naamwoord na onder in de bijzin is geen ander getelde (waarschuwing)',
          text: fictionalProgramme(['# Aanpak', '', 'We kennen drie plekken waar we onder de bomen extra bankjes zetten:', '', '- het park;', '- het plein;', '- de vijver;', '- de kerk.']),
          expected: ['Tekst noemt `drie plekken`, maar er zijn `4` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Een zelfstandig naamwoord na boven in de bijzin (waarschuwing)',
          text: fictionalProgramme(['# Aanpak', '', 'We noemen twee gevallen waarbij de gemeente boven de normbedragen een tegemoetkoming geeft:', '', '1. na een verhuizing;', '2. bij een scheiding;', '3. bij een ziekenhuisopname.']),
          expected: ['Tekst noemt `twee gevallen`, maar er zijn `3` opgesomd; pas het aantal of de lijst aan']
        },
        {
          title: 'Een zelfstandig naamwoord na buiten in de bijzin (waarschuwing)',
          text: fictionalProgramme(['# Aanpak', '', 'Er zijn twee lijnen waarop we buiten de spitsuren extra bussen inzetten:', '', '- de lijn naar het station;', '- de lijn naar het ziekenhuis;', '- de lijn naar de haven.']),
          expected: ['Tekst noemt `twee lijnen`, maar er zijn `3` opgesomd; pas het aantal of de lijst aan']
        }
      ]
    }
  },
  (model, context) => {
    const before = context.file.messages.length
    checkCountClaims(model, context, nouns)
    // A claim reported against the plan's own list above is not reported again against the list under it.
    const reported = new Set(context.file.messages.slice(before).map((m) => `${m.file}:${m.line ?? ''}`))
    // Any noun: a count that announces a list, or refers back to one, in the Markdown itself.
    const except = new RegExp(`^(?:${principleNouns})$`, 'iu')
    for (const source of context.file.sources.filter((s) => /\.(?:md|markdown)$/i.test(s.path))) {
      const markdown = String(source.value ?? '')
      const listed = listClaims(markdown, { except })
      // Counts against a table in their section (a caption, a column, rows named by the noun), once per place.
      const offsets = new Set(listed.map((claim) => claim.offset))
      const tabled = tableCountClaims(markdown, { except })
        .filter((claim) => !offsets.has(claim.index))
        .map((claim) => ({ ...claim, certain: false, ...position(markdown, claim.index) }))
      // Times per period against the moments named after them (`twee keer per jaar, in maart en oktober`).
      const timed = frequencyClaims(markdown)
        .filter((claim) => !offsets.has(claim.offset))
        .map((claim) => ({ ...claim, certain: false }))
      for (const claim of [...listed, ...tabled, ...timed]) {
        if (reported.has(`${source.path}:${claim.line}`)) continue
        const start = { line: claim.line, column: claim.column, offset: claim.offset }
        const end = { line: claim.line, column: claim.column + claim.written.length, offset: claim.offset + claim.written.length }
        context.report(`Tekst noemt \`${claim.written}\`, maar er ${claim.listed === 1 ? 'is' : 'zijn'} \`${claim.listed}\` opgesomd; pas het aantal of de lijst aan`, {
          location: { file: source.path, start, end },
          actual: claim.written,
          expected: [String(claim.listed)],
          ...(claim.certain ? {} : { warning: true })
        })
      }
    }
  }
)

// The agenda (or action programme) is named, and nothing narrows the count to a part of it: a
// year, a thema or pijler, `per`, `waarvan`, `onder meer`, `zoals`, `nieuwe`, `eerste`.
const AGENDA = /(?:uitvoerings|actie)?agenda\b|\bactieprogramma\b|\bactielijst\b/iu
const NARROWED = /\b(?:(?:19|20)\d{2}|per|thema|pijler|spoor|sporen|waarvan|daarvan|hiervan|onder\s+(?:meer|andere)|zoals|nieuwe|eerste|laatste|andere|overige|extra|ook)\b/iu
function wholeAgenda(before: string, after: string): boolean {
  return AGENDA.test(before) && !NARROWED.test(before) && !NARROWED.test(after)
}

function countOr(n: number | undefined): number | undefined {
  return n === undefined || n === 0 ? undefined : n
}

// The doelen of all pijlers together, when every pijler lists its own.
function allDoelen(plan: Plan): number | undefined {
  const pijlers = plan.pijlers ?? []
  if (pijlers.length === 0 || pijlers.some((p) => (p.doelen?.length ?? 0) === 0)) return undefined
  return pijlers.reduce((sum, p) => sum + (p.doelen?.length ?? 0), 0)
}

function doelenOf(plan: Plan, pointer: string): number | undefined {
  const segments = fromPointer(pointer)
  if (segments[0] === 'pijlers' && segments[1] !== undefined) {
    const pijler = plan.pijlers?.[Number(segments[1])]
    return countOr(pijler?.doelen?.length)
  }
  return undefined
}
