import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hpct19, written before the readers: a share of numbers that must first be combined, in
// wordings of other authors than the eval plans: a part and an addition said later (`nog eens 15`,
// `40 extra`), the rest of a level (`84 procent … een kwart miste`), two or more table rows named by
// their label (also one added to the row of the sentence before: `Tellen we … erbij`), and a
// difference in percentage points between a row's year and a comparison column. Look-alikes: the
// right share, the addition or one row alone as what is meant, a rounded rest, a share of a change
// (`erbij`), a comparison column of another year.
const p = (...lines: string[]): string[] => ['# Stand van zaken', '', ...lines]
const budget = ['| Post | Bedrag |', '|---|---|', '| Onderhoud | 120 |', '| Personeel | 300 |', '| Energie | 80 |', '| Huur | 100 |', '| Totaal | 600 |', '']
const years = ['| Onderdeel | 2026 | 2027 | 2028 |', '|---|---|---|---|', '| Buurtcoaches | 40 | 40 | 40 |', '| Jongerenwerkers | 25 | 25 | 25 |', '| Speeltuinen | 60 | 30 | 30 |', '| Communicatie | 15 | 15 | 15 |', '| Totaal | 140 | 110 | 110 |', '']
const indicators = ['| Indicator | 2022 | 2024 | Landelijk 2024 |', '|---|---|---|---|', '| Sportdeelname volwassenen | 49% | 51% | 55% |', '| Lidmaatschap sportvereniging | 55% | 58% | 52% |', '']

const defects: BatteryWording[] = [
  ['an addition later, zodat', p('Van de 60 schoolpleinen zijn er 18 vergroend. Volgend jaar volgen er nog eens 15, zodat dan ruim twee derde van de pleinen groen is.'), 'ruim twee derde'],
  ['an addition with extra', p('In het buitengebied staan 240 lantaarnpalen, waarvan 90 met ledverlichting. Dit jaar vervangen we er 40 extra, waarmee bijna zeventig procent op led brandt.'), 'bijna zeventig procent'],
  ['an addition, then the share after a colon', p('33 van de 120 sportverenigingen hebben een rookvrij terrein. In 2027 komen er nog eens 27 bij: dan is bijna twee derde rookvrij.'), 'bijna twee derde'],
  ['the rest of a level, missed', p('De opkomst bij de peuterspreekuren was 84 procent; een kwart van de ouders miste dus de afspraak.'), 'een kwart'],
  ['the rest of a level, falls outside', p('We bereiken 72% van de mantelzorgers. Eén op de twee mantelzorgers valt daarmee buiten het bereik van de steunpunten.'), 'Eén op de twee'],
  ['two rows named', p(...budget, 'Bijna driekwart van het budget gaat naar personeel en huur.'), 'Bijna driekwart'],
  ['two rows after a colon, year columns', p(...years, 'Het programma kost in drie jaar € 360.000. Ruim twee derde daarvan gaat naar mensen: de buurtcoaches en de jongerenwerkers.'), 'Ruim twee derde'],
  ['a row added to the row before', p(...budget, 'De helft gaat naar personeel. Tellen we het onderhoud erbij, dan gaat ruim vier vijfde naar personeel en onderhoud.'), 'ruim vier vijfde'],
  ['points against a comparison column', p(...indicators, 'Het lidmaatschap van een sportvereniging ligt 3 procentpunt boven het landelijke gemiddelde.'), '3 procentpunt'],
  ['points, the row in the sentence before', p(...indicators, 'De sportdeelname van volwassenen stijgt sinds 2022. Daarmee zit Veldhoorn nog 6 procentpunt onder het landelijke cijfer.'), '6 procentpunt']
]

const clean: CleanWording[] = [
  ['an addition, right', p('Van de 60 schoolpleinen zijn er 18 vergroend. Volgend jaar volgen er nog eens 15, zodat dan ruim de helft van de pleinen groen is.')],
  ['the addition alone is meant', p('Van de 80 woningen zijn er 20 geïsoleerd. Dit jaar volgen er nog eens 20, een kwart van de woningen.')],
  ['the rest, right', p('De opkomst was 80 procent; één op de vijf ouders miste de afspraak.')],
  ['the rest, rounded', p('Het bereik is 91 procent; ongeveer één op de tien kinderen mist het consult.')],
  ['two rows, right', p(...budget, 'Twee derde van het budget gaat naar personeel en huur.')],
  ['one row alone is meant', p(...budget, 'De helft gaat naar personeel; onderhoud en energie volgen op afstand.')],
  ['a share of a change', p(...budget, 'De energie werd in 2025 duurder (ruim een derde erbij), de huur bleef gelijk.')],
  ['two rows of a table of different counts', p('| Soort | Aanmeldingen | Op tijd | Weken |', '|---|---|---|---|', '| Ambulant | 400 | 230 | 8 |', '| Pleegzorg | 50 | 30 | 7 |', '| Verblijf | 50 | 15 | 14 |', '| Totaal | 500 | 275 | |', '', 'Bij ambulant lag dat aandeel op 58 procent, bij verblijf kwam maar drie op de tien op tijd.')],
  ['points, right', p(...indicators, 'Het lidmaatschap van een sportvereniging ligt 6 procentpunt boven het landelijke gemiddelde.')],
  ['points of another year than the comparison column', p(...indicators, 'In 2022 lag de sportdeelname van volwassenen 2 procentpunt onder het landelijke cijfer.')]
]

describeBattery(percentageClaimCheck, defects, clean, 10)
