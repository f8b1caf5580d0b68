import { unfinishedSentence } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Shapes found by error analysis on development plans (fresh wordings, other nouns and numbers):
// a numbered item whose last sentence breaks off while the other items end with a full stop, and
// a paragraph without a full stop that stops on a pronominal adverb (daarbij, hiervoor, ermee).
const items = (last: string): string[] => [
  '# Aanpak',
  '',
  '1. We openen in 2027 een tweede inloophuis in de wijk Oosterpark.',
  '2. We verlengen de subsidie voor de voedselbank met drie jaar.',
  `3. ${last}`,
  '',
  'De kosten staan in hoofdstuk 4.'
]

const defects: DefectWording[] = [
  ['a numbered item whose second sentence breaks off', items('We zoeken samenwerking met de kerken. Verder willen we dat meer vrijwilligers'), '`vrijwilligers`'],
  ['a bulleted item whose second sentence breaks off', ['# Acties', '', '- We stellen een wijkagenda op met de bewoners.', '- We bieden een training aan voor mantelzorgers. Ook zorgen we ervoor dat de huisartsen', '- We evalueren de aanpak in 2028.'], '`huisartsen`'],
  ['a paragraph that stops on daarbij', ['# Sport', '', 'Sportclubs die een nieuwe ledenadministratie willen invoeren, kunnen daarbij', '', 'De gemeente houdt de regeling eenvoudig.'], '`daarbij`'],
  ['a paragraph that stops on hiervoor', ['# Wonen', '', 'Huiseigenaren die hun woning willen isoleren, krijgen hiervoor', '', 'Zo dalen de energielasten.'], '`hiervoor`'],
  ['a last paragraph that stops on ermee', ['# Werk', '', 'Werkgevers die een leerbaan aanbieden aan een jongere uit de bijstand, helpen we ermee'], '`ermee`']
]

const clean: CleanWording[] = [
  ['items that all end without a stop', ['# Aanpak', '', '1. Een tweede inloophuis in Oosterpark', '2. Meer vrijwilligers. Samen met de kerken en de moskeeën', '3. Een langere subsidie voor de voedselbank']],
  ['an item that ends with a stop', items('We zoeken samenwerking met de kerken. Verder willen we dat meer vrijwilligers zich melden.')],
  ['a short item phrase after a sentence', ['# Acties', '', '- We stellen een wijkagenda op.', '- Mantelzorgers. Voor hen een training', '- We evalueren de aanpak.']],
  ['a paragraph ending on daarbij with a stop', ['# Sport', '', 'Sportclubs die een nieuwe ledenadministratie willen invoeren, helpen we daarbij.']],
  ['a lead-in that ends on hieronder before a table', ['# Geld', '', 'De bedragen per jaar staan in de tabel hieronder', '', '| Jaar | Bedrag |', '|---|---|', '| 2027 | € 40.000 |']]
]

describeWordings(unfinishedSentence, defects, clean)

// Wave 3, shapes by cause (fresh wordings, several places):
// 1. a hard-wrapped paragraph (lines joined by single line breaks) was not read as one sentence
//    run: its last sentence may stop without a full stop, or one line may stop mid-clause while
//    the next line starts a new sentence (two half sentences glued together);
// 2. a paragraph or list item of one sentence that stops without a full stop while its
//    neighbours close with one;
// 3. a long sentence that is only a bijzin ("Omdat …, en …."), with no main clause.
const wrapped: DefectWording[] = [
  ['a wrapped paragraph whose last sentence stops', ['# Sturing', '', 'Als een project uitloopt, melden we dat in de kwartaalrapportage. Als de kosten', 'met meer dan vijf procent stijgen, beslist het college over bijsturing, en als de', 'stijging de begroting raakt'], '`raakt`'],
  ['a line that stops mid-clause before a new sentence', ['# Werk', '', 'Steeds meer statushouders vinden werk via het leerwerkbedrijf. Het Werkplein ziet wel een groep die na de inburgering', 'Wij willen dat iedere nieuwkomer binnen een jaar een taalcursus of werkplek heeft.'], '`inburgering`'],
  ['a line that stops on dan before a new sentence', ['# Inspraak', '', 'Wanneer een aanvrager geen omwonenden heeft gesproken en dat niet kan uitleggen, dan', 'Het college neemt dit mee in het besluit over de vergunning.'], '`dan`'],
  ['a wrapped list item that stops mid-clause before a new sentence', ['# Acties', '', '- We openen twee nieuwe inloophuizen voor mensen die', '  De huur betalen we uit het budget voor preventie.', '- We evalueren de aanpak in 2028.'], '`die`'],
  ['a paragraph of one sentence that stops between closed paragraphs', ['# Schulden', '', 'We helpen jaarlijks 200 huishoudens met een budgetcoach.', '', 'Ouderen met betalingsachterstanden krijgen een huisbezoek, omdat achterstanden op hoge leeftijd', '', 'De aanpak evalueren we in 2028.'], '`leeftijd`'],
  ['a list item of one sentence that stops while the others close', ['# Cultuur', '', '- We verlengen de subsidie voor de muziekschool met vier jaar.', '- We geven iedere basisschool een budget van € 20 per leerling.', '- We spreken met de bibliotheek af hoe we de leesbevordering'], '`leesbevordering`'],
  ['a numbered item of one sentence that stops while the others close', ['# Jeugd', '', '1. We breiden het jongerenwerk uit naar de kernen.', '2. Het team Jeugd bezoekt elke school om te bespreken welke leerlingen extra steun', '3. We starten in 2027 met een jongerenraad.'], '`steun`'],
  ['a long sentence that is only a reason', ['# Opgave', '', 'Het bereik van het Taalhuis blijft achter bij de verwachting. Omdat veel huisartsen en wijkverpleegkundigen de signalen niet zien en er bij de balie weinig ruimte is om door te vragen over lezen en schrijven.'], 'alleen een bijzin']
]

const wrappedClean: CleanWording[] = [
  ['a hard-wrapped paragraph that ends with a full stop', ['# Sturing', '', 'Als een project uitloopt, melden we dat in de kwartaalrapportage. Als de kosten', 'met meer dan vijf procent stijgen, beslist het college over bijsturing.']],
  ['a wrapped line before a school name', ['# Huisvesting', '', 'In 2027 verhuizen de leerlingen van de dependance naar basisschool', 'De Regenboog in het centrum van het dorp.']],
  ['a wrapped line before a name of a foundation', ['# Cultuur', '', 'De gemeente geeft de subsidie aan de stichting', 'Het Kunstpunt, die de lessen op de scholen verzorgt.']],
  ['a short label line above a sentence', ['# Aanpak', '', 'Preventie', 'We zetten in op vroeg signaleren van schulden.']],
  ['a paragraph without a stop before a list', ['# Doelen', '', 'We willen in 2028 de volgende resultaten bereiken voor de inwoners van alle kernen', '', '- minder wachttijd', '- meer vrijwilligers']],
  ['list items that are noun phrases without stops', ['# Thema’s', '', '- Wonen en zorg in de kernen', '- Werk en inkomen voor iedereen', '- Jeugd en onderwijs in de wijk']],
  ['one item without a stop among items without stops', ['# Acties', '', '- We openen een inloophuis.', '- Een maatjesproject voor ouderen in de wijk', '- Een training voor vrijwilligers']],
  ['a caption without a stop', ['# Cijfers', '', 'Het aantal meldingen steeg in 2025.', '', 'Figuur 2 Aantal meldingen van overlast per wijk in de jaren 2022 tot en met 2025', '', 'De stijging zit vooral in het centrum.']],
  ['a long bijzin followed by its main clause', ['# Opgave', '', 'Het bereik blijft achter. Omdat veel huisartsen de signalen niet zien en er bij de balie weinig ruimte is om door te vragen, gaan we de medewerkers trainen.']],
  ['a question-word list at the end of a sentence', ['# Inleiding', '', 'Dit programma beschrijft wat we gaan doen, met wie en wanneer.']],
  ['a finished item that only lacks its full stop', ['# Jeugd', '', '1. We breiden het jongerenwerk uit naar de kernen.', '2. Het team Jeugd bezoekt elke school twee keer per jaar voor overleg met de intern begeleiders', '3. We starten in 2027 met een jongerenraad.']],
  ['a separable verb at the end of a sentence', ['# Monitoring', '', 'Vanaf 2027 brengen wij elk jaar een voortgangsrapportage uit. Daarin staan de resultaten per thema.']]
]

describeWordings(unfinishedSentence, wrapped, wrappedClean)

// Wave 3, place: cells, titles and fields outside running text were never read. A cell or a
// heading that stops on an article or conjunction, a cell that stops on a preposition.
const cells: DefectWording[] = [
  ['an agenda cell that stops on en', ['# Uitvoeringsagenda', '', '| Activiteit | Doel | Start | Eind | Trekker |', '|---|---|---|---|---|', '| Uitvoeren van de zelfscan en | Inzicht in knelpunten | 2026 | 2027 | Team Jeugd |'], '`en`'],
  ['a table cell that stops on an article', ['# Resultaten', '', '| Maatregel | Stand |', '|---|---|', '| Afspraken maken met de | Gestart |'], '`de`'],
  ['a table cell that stops on a preposition', ['# Middelen', '', '| Post | Bedrag |', '|---|---|', '| Bijdrage aan het buurtfonds van | € 20.000 |'], '`van`'],
  ['a heading that stops on an article', ['# Aanpak', '', '## Samenwerking met de', '', 'We werken samen met de scholen en de sportclubs.'], '`de`']
]

const cellsClean: CleanWording[] = [
  ['a heading that is a label ending on a preposition', ['# Aanpak', '', '## Op pad met', '', 'We werken samen met de scholen en de sportclubs.']],
  ['a cell with a separable verb', ['# Resultaten', '', '| Maatregel | Werkwijze |', '|---|---|', '| Wijkaanpak | Ervaringen van bewoners sturen de aanpak bij |']],
  ['cells that are short values', ['# Resultaten', '', '| Domein | Stand | Toelichting |', '|---|---|---|', '| Wmo en Jeugd | n.v.t. | - |']],
  ['a heading that is a question without its mark', ['# Aanpak', '', '## Waarom doen we dat', '', 'Omdat de vraag stijgt, breiden we het aanbod uit.']]
]

describeWordings(unfinishedSentence, cells, cellsClean)
