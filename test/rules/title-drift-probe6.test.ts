import { titleDrift } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Probe wave 6b: fresh shapes of a renamed part, with look-alikes that name it right or shorten it.
// Known gaps left out here: parts of a chapter `Sporen` get no `spoor` label (the schema allows none),
// so `## Spoor 2: …` keeps its label as title and a renamed link text to it goes unseen.
const sporen = ['# Sporen', '', '## Spoor 1: Betaalbaar wonen voor starters {#s1}', '', 'Tekst.', '', '## Spoor 2: Zorg dichtbij huis {#s2}', '', 'Tekst.', '', '## Spoor 3: Een bereikbare binnenstad {#s3}', '', 'Tekst.', '']
const principes = ['# Uitgangspunten', '', '## Principe 1: De inwoner centraal {#p1}', '', 'Tekst.', '', '## Principe 2: Samen met partners {#p2}', '', 'Tekst.', '']

const defects: DefectWording[] = [
  ['an agenda cell with a renamed track', [...sporen, '# Agenda', '', '| Wanneer | Wat | Spoor |', '|---|---|---|', '| Q2 2027 | Starterslening | Spoor 1: Betaalbaar wonen voor jongeren |'], '`Betaalbaar wonen voor jongeren`'],
  ['a heading with a renamed track', [...sporen, '# Uitvoering', '', '## Spoor 2: Zorg dicht bij de inwoner', '', 'Tekst.'], '`Zorg dicht bij de inwoner`'],
  ['a list item with a renamed track', [...sporen, '# Raadsvoorstel', '', '- Spoor 3: Een bereikbaar centrum', '- Spoor 1: Betaalbaar wonen voor starters'], '`Een bereikbaar centrum`'],
  ['a quoted track name in prose', [...sporen, '# Financiën', '', 'Voor het spoor "Zorg dichtbij de wijk" reserveren we geld.'], '`Zorg dichtbij de wijk`'],
  ['a table label with a renamed principle', [...principes, '# Acties', '', '| Principe | Actie |', '|---|---|', '| Principe 2: Samen met de partners in de wijk | Overleg |'], '`Samen met de partners in de wijk`'],
  ['a renamed track after het spoor in prose', [...sporen, '# Samenvatting', '', "Binnen het spoor 'Een bereikbare stad' leggen we fietspaden aan."], '`Een bereikbare stad`'],
  ['a heading with a renamed principle number-first', [...principes, '# Uitwerking', '', '## Uitwerking principe 1: De klant centraal', '', 'Tekst.'], '`De klant centraal`'],
]

const clean: CleanWording[] = [
  ['an agenda cell with the right name', [...sporen, '# Agenda', '', '| Wanneer | Wat | Spoor |', '|---|---|---|', '| Q2 2027 | Starterslening | Spoor 1: Betaalbaar wonen voor starters |']],
  ['an agenda cell with the number only', [...sporen, '# Agenda', '', '| Wanneer | Wat | Spoor |', '|---|---|---|', '| Q2 2027 | Starterslening | 1 |']],
  ['a heading with the right name', [...sporen, '# Uitvoering', '', '## Spoor 2: Zorg dichtbij huis', '', 'Tekst.']],
  ['a link text with the right name', [...sporen, '# Leeswijzer', '', 'Lees meer bij [Spoor 2: Zorg dichtbij huis](#s2).']],
  ['a list item with the right names', [...sporen, '# Raadsvoorstel', '', '- Spoor 3: Een bereikbare binnenstad', '- Spoor 1: Betaalbaar wonen voor starters']],
  ['a caption with the right principle', [...principes, '# Cijfers', '', '| Actie | Budget |', '|---|---|', '| Loket | 10 |', '', '*Tabel 1: acties bij principe De inwoner centraal*']],
  ['prose with a shortened name', [...sporen, '# Samenvatting', '', 'Het spoor wonen krijgt het meeste geld.']],
  ['a sub-heading that describes, not names', [...sporen, '# Uitvoering', '', '## Wat we doen voor starters', '', 'Tekst.']],
  ['a quoted name of a national programme', [...sporen, '# Rijk', '', 'Het Rijk noemt dit het programma "Een thuis voor iedereen".']],
  ['a table label with the right principle', [...principes, '# Acties', '', '| Principe | Actie |', '|---|---|', '| Principe 2: Samen met partners | Overleg |']]
]

describeWordings(titleDrift, defects, clean)
