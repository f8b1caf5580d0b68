import { placeholderText } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Placeholders in the forms concept plans leave behind when several people write them: a date
// template of capitals, a figure of x's, a bracketed note for a colleague, a mention, a question
// in square brackets, "nader te bepalen" where a number belongs. The look-alikes are finished text
// in the same forms: PM as budget notation, "nader te bepalen" as a real delegation, an ellipsis
// in a quotation, roman numerals, footnotes, an e-mail address and a social media handle.

const defects: DefectWording[] = [
  ['a slot for a name', ['# Organisatie', '', 'Het aanspreekpunt voor de scholen is [naam], beleidsadviseur onderwijs.'], '`[naam]`'],
  ['a slot for a date', ['# Planning', '', 'De raad besluit op <datum> over de uitvoeringsagenda.'], '`<datum>`'],
  ['a date template in capitals', ['# Planning', '', 'Het college heeft het programma op XX-XX-2026 vrijgegeven voor inspraak.'], '`XX-XX-2026`'],
  ['an amount of x’s', ['# Financiën', '', 'Voor de buurtteams is jaarlijks € xx.xxx beschikbaar.'], '`xx.xxx`'],
  ['an amount as an ellipsis', ['# Financiën', '', 'De gemeente reserveert € … voor het jongerenwerk.'], '`…`'],
  ['n.n.b. in running text', ['# Planning', '', 'De startdatum van de pilot is n.n.b. en hangt af van de werving.'], '`n.n.b.`'],
  ['a percentage of x’s', ['# Doelen', '', 'In 2028 neemt xx% van de jongeren deel aan een sportvereniging.'], '`xx'],
  ['nog invullen in brackets', ['# Doelen', '', 'Het aantal bereikte mantelzorgers stijgt naar (nog invullen) per jaar.'], '`(nog invullen)`'],
  ['PM as missing text in prose', ['# Aanpak', '', 'De wijkcoaches bezoeken PM gezinnen per kwartaal.'], '`PM`'],
  ['an ellipsis where a number belongs', ['# Doelen', '', 'De gemiddelde wachttijd gaat terug naar … weken.'], '`…`'],
  ['a mention of a colleague', ['# Monitoring', '', '@Jan: kun je de cijfers van 2025 nog controleren?'], '`@Jan`'],
  ['question marks for a figure', ['# Doelen', '', 'We willen ?? huishoudens met schulden eerder bereiken.'], '`??`'],
  ['a link slot', ['# Bronnen', '', 'Meer informatie staat op de website van de GGD [link].'], '`[link]`'],
  ['tbd in lower case', ['# Planning', '', 'De locatie van het nieuwe jongerencentrum is tbd.'], '`tbd`'],
  ['nader te bepalen for a number', ['# Doelen', '', 'In 2029 bereiken we nader te bepalen procent van de ouderen met een huisbezoek.'], '`nader te bepalen`'],
  ['a bracketed request to a colleague', ['# Financiën', '', 'De dekking komt uit de reserve sociaal domein [aanvullen door team Financiën].'], '`[aanvullen door team Financiën]`'],
  ['a blank amount of dashes', ['# Financiën', '', 'De eigen bijdrage per deelnemer is € -,-- per maand.'], '`-,--`'],
  ['a reference still to be filled in', ['# Aanpak', '', 'De uitgangspunten staan in hoofdstuk ? van dit programma.'], '`?`'],
  ['a paragraph number of x’s', ['# Aanpak', '', 'De werkwijze beschrijven we in paragraaf x.x.'], '`x.x`'],
  ['a question in square brackets', ['# Aanleiding', '', 'Het aantal meldingen van eenzaamheid steeg met 14 procent [klopt dit?].'], '`[klopt dit?]`']
]

const clean: CleanWording[] = [
  ['PM as budget notation in a sentence', ['# Financiën', '', 'De bijdrage van de regio is in de meerjarenraming als PM-post opgenomen.']],
  ['PM in a table', ['# Financiën', '', '| Post | 2027 | 2028 |', '|---|---|---|', '| Regionale bijdrage | PM | PM |']],
  ['nader te bepalen as a delegation', ['# Regels', '', 'De subsidie wordt verstrekt voor een door het college nader te bepalen periode.']],
  ['nader te bepalen regels', ['# Regels', '', 'Het college kan nader te bepalen voorwaarden verbinden aan de subsidie.']],
  ['an ellipsis in a quotation', ['# Visie', '', 'Een deelnemer zei: “Ik dacht dat niemand … naar me zou luisteren.”']],
  ['roman numerals with XX', ['# Aanleiding', '', 'Sinds het begin van de XXIe eeuw is de wijk sterk veranderd; zie ook bijlage XXIV.']],
  ['footnote numbers', ['# Aanleiding', '', 'Het aantal mantelzorgers groeit [1] en zij voelen zich vaker overbelast [2].']],
  ['an e-mail address', ['# Contact', '', 'Vragen kunt u mailen naar info@veldhoorn.nl.']],
  ['a social media handle', ['# Communicatie', '', 'Volg de voortgang via @gemeenteveldhoorn op Instagram.']],
  ['a date in full', ['# Planning', '', 'Het college heeft het programma op 14-01-2026 vrijgegeven voor inspraak.']],
  ['a link with a question', ['# Bronnen', '', 'Lees ook [Wat doet de wijkcoach?](https://example.org/wijkcoach) voor meer uitleg.']],
  ['a question in round brackets', ['# Aanpak', '', 'We vragen bewoners wat zij nodig hebben (wat werkt voor u?) en passen het aanbod aan.']],
  ['tbd inside a word', ['# Sport', '', 'De nieuwe atletiekbaan (afkorting AtbD) is klaar.']],
  ['percentages written out', ['# Doelen', '', 'In 2028 neemt 65% van de jongeren deel aan een sportvereniging.']],
  ['a decision that is still to come', ['# Planning', '', 'Over de locatie van het jongerencentrum besluit de raad in het voorjaar van 2027.']],
  ['an amount with a comma and dash', ['# Financiën', '', 'De eigen bijdrage per deelnemer is € 12,- per maand.']],
  ['a question about a chapter', ['# Leeswijzer', '', 'Wat staat er in hoofdstuk 3? De doelen per thema.']],
  ['PM explained as pro memorie', ['# Financiën', '', 'De kosten voor 2029 staan als PM (pro memorie) in de tabel.']]
]

describeWordings(placeholderText, defects, clean)
