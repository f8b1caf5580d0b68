import type { RuleExample } from '../rule.js'
import { example } from './examples.js'

// The documented examples of `percentage-claim-check` for a share of a whole split into its parts in the sentence
// before or the clause before, and for a sum of money that is a share of a column of amounts named by its noun.
const plan = (lines: string[]): string => example(['# Context', '', ...lines], 'gemeente: Lindewaarde')

// A table of market stalls with three columns of counts, the last one of money.
const stalls = [
  '| Rij | Aantal kramen | Oppervlakte (m²) | Staangeld per jaar (€) |',
  '| --- | --- | --- | --- |',
  '| Rij 1 | 14 | 168 | 8.400 |',
  '| Rij 2 | 12 | 144 | 6.000 |',
  '| Rij 3 | 10 | 120 | 5.600 |',
  '| Rij 4 | 8 | 96 | 4.000 |',
  '| Totaal | 44 | 528 | 24.000 |',
  ''
]
// A table of one column of amounts, its rows named by words a sentence may use for something else.
const halls = ['| Accommodatie | Huur per jaar |', '| --- | --- |', '| Sporthal De Wieken | € 48.000 |', '| Sporthal Oost | € 42.000 |', '| Gymzaal Kerkpad | € 30.000 |', '| Zwembad | € 80.000 |', '| Totaal | € 200.000 |', '']

/** Correct shares of split wholes and of named columns of money the rule stays quiet on. */
export const partsOk: RuleExample[] = [
  { title: 'Een aandeel na een geheel dat in twee delen uiteenvalt, dat bij één deel past', text: plan(['Van de 150 leerlingen gaan er 96 naar het vmbo en 54 naar de havo. Daarmee kiest bijna twee derde voor het vmbo.']) },
  { title: 'Een aandeel na `zodat` dat past bij een deel van de delen samen', text: plan(['Van de bezoekers kwamen er 130 met de fiets en 70 met de auto, zodat bijna twee derde van de gasten fietste.']) },
  { title: 'Een aandeel van het andere deel', text: plan(['Van de bezwaren werden er 96 gegrond en 304 ongegrond verklaard, zodat ruim driekwart van de indieners geen gelijk kreeg.']) },
  { title: 'Een aandeel van een ruimer geheel dan de delen', text: plan(['Van de bezoekers kwamen er 130 met de fiets en 70 met de auto, zodat ruim een kwart van alle inwoners van de wijk er was.']) },
  { title: 'Een bedrag dat klopt met de kolom die het geheel noemt', text: plan([...stalls, 'De kramen van de eerste rij brengen met € 8.400 ruim een derde van het jaarlijkse staangeld op.']) },
  { title: 'Een bedrag naast andere aantallen dat klopt', text: plan([...stalls, 'De 22 kramen langs de kade brengen samen € 9.600 op, twee vijfde van het staangeld.']) },
  { title: 'Een bedrag per kraam is geen deel van het totaal', text: plan([...stalls, 'De 10 kramen op rij 3 betalen € 560 per kraam, bijna een kwart van het staangeld.']) },
  { title: 'Een bedrag dat geen cel is van de rij die de zin noemt, en klopt', text: plan([...halls, 'De zaalsporten, samen € 120.000, leveren drie vijfde van de huur op.']) },
  // A group said as one body (`de pool`, `het korps`): the whole counted in the sentence before.
  { title: 'Een deel van de pool uit de zin ervoor dat klopt', text: plan(['Aan de cursus deden 30 van de 40 aangemelde vrijwilligers mee. Tien vrijwilligers kwamen niet; dat is een kwart van de pool.']) },
  { title: 'Een deel van de pool van bemiddelaars uit de zin ervoor dat klopt', text: plan(['Dit jaar hielpen 45 van de 60 ingeschreven buurtbemiddelaars bij een zaak. Vijftien bemiddelaars kregen geen zaak; dat is een kwart van de pool.']) },
  { title: 'Een deel van het korps uit de zin ervoor dat klopt', text: plan(['Op de open dag kwamen 24 van de 32 actieve brandwachten. Acht brandwachten waren er niet bij; dat is een kwart van het korps.']) },
]

/** Shares of split wholes and of named columns of money that do not hold. */
export const partsNotOk: RuleExample[] = [
  {
    title: 'Een aandeel na een geheel dat in twee delen uiteenvalt, dat bij geen deel past',
    text: plan(['Van de 150 leerlingen gaan er 96 naar het vmbo en 54 naar de havo. Daarmee kiest bijna driekwart voor het vmbo.']),
    expected: ['Percentage `bijna driekwart` klopt niet: 96 van 150 is 64%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een aandeel na `zodat` van de delen samen, zonder getal voor het geheel',
    text: plan(['Van de bezoekers kwamen er 130 met de fiets en 70 met de auto, zodat bijna driekwart van de gasten fietste.']),
    expected: ['Percentage `bijna driekwart` klopt niet: 130 van 200 is 65%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een aandeel na `zodat` dat bij geen van beide delen past',
    text: plan(['Van de bezwaren werden er 96 gegrond en 304 ongegrond verklaard, zodat ruim een derde van de indieners gelijk kreeg.']),
    expected: ['Percentage `ruim een derde` klopt niet: 96 van 400 is 24%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een bedrag van de kolom die het geheel noemt, met een aandeel dat niet klopt',
    text: plan([...stalls, 'De kramen van de eerste rij brengen met € 8.400 ruim de helft van het jaarlijkse staangeld op.']),
    expected: ['Percentage `ruim de helft` klopt niet: € 8.400 van € 24.000 is 35%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een bedrag naast andere aantallen, met een aandeel dat niet klopt',
    text: plan([...stalls, 'De 22 kramen langs de kade brengen samen € 9.600 op, bijna de helft van het staangeld.']),
    expected: ['Percentage `bijna de helft` klopt niet: € 9.600 van € 24.000 is 40%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een bedrag dat geen cel is van de rij die de zin noemt, met een aandeel dat niet klopt',
    text: plan([...halls, 'De zaalsporten, samen € 120.000, leveren ruim twee derde van de huur op.']),
    expected: ['Percentage `ruim twee derde` klopt niet: € 120.000 van € 200.000 is 60%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel van de pool uit de zin ervoor dat niet klopt',
    text: plan(['Aan de cursus deden 30 van de 40 aangemelde vrijwilligers mee. Tien vrijwilligers kwamen niet; dat is 20% van de pool.']),
    expected: ['Percentage `20%` klopt niet: 10 van 40 is 25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel van de pool van bemiddelaars uit de zin ervoor dat niet klopt',
    text: plan(['Dit jaar hielpen 45 van de 60 ingeschreven buurtbemiddelaars bij een zaak. Vijftien bemiddelaars kregen geen zaak; dat is 20 procent van de pool.']),
    expected: ['Percentage `20 procent` klopt niet: 15 van 60 is 25%; pas het percentage of de getallen aan']
  },
  {
    title: 'Een deel van het korps uit de zin ervoor dat niet klopt',
    text: plan(['Op de open dag kwamen 24 van de 32 actieve brandwachten. Acht brandwachten waren er niet bij; dat is 20% van het korps.']),
    expected: ['Percentage `20%` klopt niet: 8 van 32 is 25%; pas het percentage of de getallen aan']
  },
]
