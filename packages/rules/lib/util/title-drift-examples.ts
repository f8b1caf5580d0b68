/**
 * Examples of `title-drift` for a name after a kind word without a number, read against the
 * titles of that kind: inflected forms, a short form of a part of another kind, a list item, and
 * parts a chapter announces under a lead-in of a list; a name in lower case after a number; lettered
 * parts, names in a bijlage, and a name that keeps the first half of a title with `en`.
 */
import { textExample as example } from './text-examples.js'

// Two uitgangspunten and three thema's of the fictional Beekdal, then `body`.
const parts = (body: string[]): string =>
  example([
    '# Uitgangspunten', '', '## Uitgangspunt 1: Water eerst', '', 'Tekst.', '', '## Uitgangspunt 2: Samen met dorpen', '', 'Tekst.', '',
    "# Thema's", '', '## Thema 1: Bereikbare dorpen', '', 'Tekst.', '', '## Thema 2: Schone lucht', '', 'Tekst.', '', '## Thema 3: Groen en water', '', 'Tekst.', '',
    '# Aanpak', '', ...body
  ])
// A chapter that asks the budget question, with a list of another kind before its numbered goals.
const goals = (body: string[]): string =>
  example([
    '# 5. Wat wil de gemeente bereiken?', '', 'We noemen eerst twee speerpunten van de regio:', '', '- veilig fietsen;', '- stille nachten.', '',
    'We werken aan twee doelen.', '', '## 5.1 Veilige schoolroutes', '', 'Tekst.', '', '## 5.2 Rustige woonstraten', '', 'Tekst.', '',
    '# 6. Wat gaan we daarvoor doen?', '', ...body
  ])

// Two lettered actielijnen of Beekdal, then `body`.
const lettered = (body: string[]): string =>
  example(['# Actielijnen', '', '## Actielijn A: Schone straten {#la}', '', 'Tekst.', '', '## Actielijn B: Groen in de wijk {#lb}', '', 'Tekst.', '', '# Aanpak', '', ...body])
// The parts of Beekdal with a bijlage holding `body`.
const annex = (body: string[]): string => parts(['Tekst.', '', '# Bijlagen', '', '## Bijlage 1: Kaart van de buurten', '', ...body])

// Two leidende principes without numbers, then `body`; and two actielijnen whose first title holds a figure.
const principles = (body: string[]): string =>
  example(['# Leidende principes', '', '## Nabij en bereikbaar {#p1}', '', 'Tekst.', '', '## Samen met bewoners {#p2}', '', 'Tekst.', '', '# Aanpak', '', ...body])
const figured = (body: string[]): string =>
  example(['# Actielijnen', '', '## Actielijn 1: Hulp binnen 6 minuten {#a1}', '', 'Tekst.', '', '## Actielijn 2: Meer vrijwilligers {#a2}', '', 'Tekst.', '', '# Aanpak', '', ...body])

const expected = (name: string, reference: string, titel: string): string =>
  `Naam \`${name}\` bij \`${reference}\` is geen titel van een onderdeel; bedoeld is waarschijnlijk \`${titel}\``

const renamed = (name: string, reference: string, titel: string): string =>
  `Naam \`${name}\` bij \`${reference}\` wijkt af van de titel \`${titel}\`; schrijf de titel zoals vastgesteld`

export const titleDriftKindOk = [
  { title: 'De titel na het soortwoord, ook met het eerste woord van een uitgangspunt', text: parts(['Onder het thema Groen en water valt ook het beheer van de sloten.']) },
  { title: 'Titels van twee soorten in één zin', text: parts(['Het thema Bereikbare dorpen krijgt de meeste middelen, het uitgangspunt Water eerst geldt overal.']) },
  { title: 'Een thema van een ander stuk', text: parts(['Het thema Water en klimaat uit de regiovisie vraagt om afstemming.']) },
  { title: 'Een opsommingsteken met de titel', text: parts(['- Voor het thema Schone lucht zetten we laadpalen in.', '- Voor het thema Groen en water planten we bomen.']) },
  { title: 'Het doel bij zijn kop, met een lijst van iets anders ervoor', text: goals(['Voor het doel Rustige woonstraten werken we samen met de buurten.']) },
  { title: 'De titel in kleine letters na een nummer', text: parts(['Voor thema 2, schone lucht, zetten we meetpunten in; uitgangspunt 2 (samen met dorpen) geldt ook hier.']) },
  { title: 'Een bijzin of een los woord na een nummer', text: parts(['Bij thema 1, vooral in de kleine kernen, kijken we naar de bus, en thema 3 (groen) krijgt de meeste bomen.']) },
  { title: 'Een bijzin over het thema na een nummer', text: parts(['Voor thema 3, dat over groen en water gaat, planten we bomen.']) },
  { title: 'De titel voor een werkwoord met een zelfstandig naamwoord als onderwerp', text: parts(['Voor het thema Schone lucht is het budget al bekend, en binnen het thema Groen en water komen de meeste vragen binnen.']) },
  { title: 'Actielijnen met een letter bij hun titel of een verwijzing', text: lettered(['Actielijn A (Schone straten) en actielijn B (Groen in de wijk) delen een budget; bij actielijn B (zie de kaart) horen ook de geveltuinen.']) },
  { title: 'In een bijlage: de titel, een vroegere naam en een thema van een ander', text: annex(['De kaart toont de gebieden van het thema Groen en water.', '', 'In 2023 heette het thema nog Groen en oevers.', '', 'Het onderzoeksbureau gebruikt het thema Wonen en werken.']) },
  { title: 'De titel met een aanvulling na een tweede `en`', text: parts(['Onder het thema Groen en water en de oevers valt ook het beheer van de sloten.']) },
  { title: 'Een principe genoemd als uitgangspunt met zijn titel', text: principles(['Dat sluit aan bij uitgangspunt 2, Samen met bewoners, en bij uitgangspunt 1 (Nabij en bereikbaar).']) },
  { title: 'Een titel met een getal, en een aantal na het nummer', text: figured(['De meeste kosten horen bij actielijn 1, Hulp binnen 6 minuten.', '', 'Voor actielijn 2, 40 vrijwilligers erbij, werven we in de kernen.']) }
]

export const titleDriftKindNotOk = [
  {
    title: 'Een andere vorm van een woord van de titel en een ander zelfstandig naamwoord',
    text: parts(['De meeste investeringen horen bij het thema Bereikbaar platteland.']),
    expected: [expected('Bereikbaar platteland', 'het thema', 'Bereikbare dorpen')]
  },
  {
    title: 'Een naam die opent met het eerste woord van een uitgangspunt',
    text: parts(['Onder het thema Water en oevers valt ook het beheer van de sloten.']),
    expected: [expected('Water en oevers', 'het thema', 'Groen en water')]
  },
  {
    title: 'Een opsommingsteken dat opent met een zinsdeel over het thema',
    text: parts(['- Voor het thema Gezonde buitenlucht zetten we meetpunten bij scholen in.', '- Voor het thema Schone lucht zetten we laadpalen in.']),
    expected: [expected('Gezonde buitenlucht', 'het thema', 'Schone lucht')]
  },
  {
    title: 'Een doel onder de kop die het aantal doelen noemt, na een lijst van speerpunten',
    text: goals(['Voor het doel Veilige fietsroutes werken we samen met de scholen.']),
    expected: [expected('Veilige fietsroutes', 'het doel', 'Veilige schoolroutes')]
  },
  {
    title: 'Een andere naam in kleine letters tussen komma’s na een nummer',
    text: parts(['Voor thema 2, schone buitenlucht, zetten we meetpunten bij scholen in.', '', 'Onder thema 3, groen en oevers, valt ook het beheer van de sloten.']),
    expected: [renamed('schone buitenlucht', 'thema 2', 'Schone lucht'), renamed('groen en oevers', 'thema 3', 'Groen en water')]
  },
  {
    title: 'Een andere naam in kleine letters tussen haakjes na een nummer',
    text: parts(['Conform uitgangspunt 2 (samen met de buurten) werken we met dorpsraden.']),
    expected: [renamed('samen met de buurten', 'uitgangspunt 2', 'Samen met dorpen')]
  },
  {
    title: 'Een naam die de eerste helft van een titel met `en` houdt en de rest vervangt',
    text: parts(['Onder het thema Groen en bomen leggen we vast wie welke sloot beheert.']),
    expected: [expected('Groen en bomen', 'het thema', 'Groen en water')]
  },
  {
    title: 'Een naam voor een werkwoord met een zelfstandig naamwoord als onderwerp',
    text: parts(['Voor het thema Schone buitenlucht is het budget nog niet bekend.']),
    expected: [expected('Schone buitenlucht', 'het thema', 'Schone lucht')]
  },
  {
    title: 'Een actielijn met een letter en een andere naam tussen haakjes',
    text: lettered(['Samen met de acties uit actielijn B (Groen in het dorp) maakt dit de buurt mooier.']),
    expected: [renamed('Groen in het dorp', 'actielijn B', 'Groen in de wijk')]
  },
  {
    title: 'Een naam in een bijlage die een woord met een titel deelt',
    text: annex(['De kaart toont de drie gebieden van het thema Groen en oevers.']),
    expected: [expected('Groen en oevers', 'het thema', 'Groen en water')]
  },
  {
    title: 'Een principe genoemd als uitgangspunt met een andere naam',
    text: principles(['Dat sluit aan bij uitgangspunt 2, Samen met de buurt.']),
    expected: [renamed('Samen met de buurt', 'uitgangspunt 2', 'Samen met bewoners')]
  },
  {
    title: 'Een andere naam na het nummer van een titel met een getal',
    text: figured(['De meeste kosten horen bij actielijn 1, Zorg binnen 6 minuten.']),
    expected: [renamed('Zorg binnen 6 minuten', 'actielijn 1', 'Hulp binnen 6 minuten')]
  }
]
