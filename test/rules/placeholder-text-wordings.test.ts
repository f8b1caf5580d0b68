import { placeholderText } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Fresh wordings of text still to be written, in the forms municipalities leave behind, and
// look-alikes that are finished text. Each defect gives one message quoting the placeholder.
const agenda = ['| Activiteit | Doel | Start | Eind | Status | Trekker |', '|---|---|---|---|---|---|']

const defects: DefectWording[] = [
  ['PM as an amount in a sentence', ['# Financiën', '', 'Voor de aanpak van laaggeletterdheid reserveren we in 2027 PM.'], '`PM`'],
  ['p.m. as a number of places', ['# Wonen', '', 'In Oostkade komen p.m. extra wooneenheden voor jongeren.'], '`p.m.`'],
  ['xxx for a number', ['# Werk', '', 'We begeleiden jaarlijks xxx inwoners met een uitkering naar werk.'], '`xxx`'],
  ['a year as 20XX', ['# Planning', '', 'De nieuwe verordening treedt in werking per 1 januari 20XX.'], '`20XX`'],
  ['nog aanvullen in brackets', ['# Doelen', '', 'In 2028 is het gebruik van de voedselbank gedaald [nog aanvullen].'], '`[nog aanvullen]`'],
  ['a name slot of two words', ['# Organisatie', '', 'Het programma valt onder wethouder <naam wethouder> en het team Samenleving.'], '`<naam wethouder>`'],
  ['NNB as a date', ['# Planning', '', 'De aanbesteding van het vervoer start NNB en loopt een jaar.'], '`NNB`'],
  ['nader te bepalen as a value after a colon', ['# Financiën', '', 'Bijdrage van de provincie: nader te bepalen.'], '`nader te bepalen`'],
  ['TBD in a table', ['# Middelen', '', '| Maatregel | Budget 2026 |', '|---|---|', '| Maatjesproject | TBD |'], '`TBD`'],
  ['an ellipsis after a colon', ['# Contact', '', 'Het aanspreekpunt voor de scholen is: … (team Jeugd).'], '`…`'],
  ['an ellipsis for an amount', ['# Financiën', '', 'De gemeente draagt € ... per deelnemer bij aan de cursus.'], '`...`'],
  ['datum volgt as a note', ['# Planning', '', 'Evaluatie met de raad: datum volgt.'], '`datum volgt`'],
  ['a question mark in a cell', ['# Middelen', '', '| Maatregel | Budget 2026 |', '|---|---|', '| Maatjesproject | ? |'], '`?`'],
  ['a link slot', ['# Bronnen', '', 'De cijfers komen uit de gezondheidsmonitor [link].'], '`[link]`'],
  ['a municipality slot', ['# Inleiding', '', 'Dit uitvoeringsprogramma beschrijft hoe [gemeente] de Omgevingswet invoert.'], '`[gemeente]`'],
  ['dummy text', ['# Visie', '', 'Lorem ipsum dolor sit amet, de visie volgt na de raadsconferentie.'], '`Lorem ipsum`'],
  ['a template leftover', ['# Inleiding', '', 'De gemeente {{ gemeente }} werkt samen met de regio.'], '`{{ gemeente }}`'],
  ['a text still to be supplied', ['# Monitoring', '', 'De indicatoren voor 2027 worden nog aangevuld.'], '`worden nog aangevuld`']
]

const clean: CleanWording[] = [
  ['PM in a finance table', ['# Financiën', '', '| Maatregel | 2026 | 2027 |', '|---|---|---|', '| Schuldhulp | PM | € 60.000 |']],
  ['an omission in a quotation', ['# Visie', '', 'De jongerenraad schreef: “We willen … gewoon gehoord worden.”']],
  ['an ellipsis in a sequence', ['# Wijken', '', 'De wijken zijn genummerd 1, 2, … 10 van noord naar zuid.']],
  ['nader te bepalen as a status in the agenda', ['# Uitvoeringsagenda', '', ...agenda, '| Buurtkamer Zuid | Ontmoeting | 2026 | 2027 | nader te bepalen | Team Wijk |']],
  ['nader uit te werken inside a sentence', ['# Kaders', '', 'Het college zal de subsidieregels in 2026 nader uitwerken in een nadere regeling.']],
  ['per maand after an amount', ['# Regelingen', '', 'De eigen bijdrage is € 21,80 p.m. voor alle voorzieningen samen.']],
  ['a link with a slot word', ['# Bronnen', '', 'Zie de [bron](https://example.org/monitor) voor de cijfers.']],
  ['a datum that follows from something', ['# Planning', '', 'De precieze datum volgt uit de planning van de provincie.']],
  ['a question in prose', ['# Vragen', '', 'Hoe lang duurt een aanvraag? Gemiddeld zes weken.']],
  ['times between numbers', ['# Sport', '', 'De gymzaal is 2 x per week open voor 3 x 20 kinderen.']],
  ['a footnote number in brackets', ['# Cijfers', '', 'Het aantal meldingen steeg met 8 procent [1].']],
  ['PM explained', ['# Financiën', '', 'De bijdrage van het Rijk staat voorlopig op PM, omdat de verdeling nog niet bekend is.']],
  ['a sentence that says something will be added', ['# Aanbod', '', 'Het aanbod wordt in 2027 aangevuld met een cursus voor mantelzorgers.']],
  ['an xxl or an x-axis', ['# Cijfers', '', 'In de grafiek staat op de x-as het jaar; de XL-variant van de folder ligt in het gemeentehuis.']],
  ['curly braces in a formula', ['# Methode', '', 'We rekenen met de formule {aantal meldingen} gedeeld door het aantal inwoners.']]
]

describeWordings(placeholderText, defects, clean)
