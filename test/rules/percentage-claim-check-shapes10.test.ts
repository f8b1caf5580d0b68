import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery } from './battery.js'
import type { CleanWording, DefectWording } from './wordings.js'

// Wave 10 battery, written before reading the rule: shares whose part, whole and share are
// spread the way authors write them. The whole in an earlier sentence with the part behind a
// pronoun (`Van hen`, `Daarvan`), a sentence wrapped over two source lines, the share after a
// colon or in a sentence of its own, the share before the part with a distractor number between,
// markdown emphasis, a relative clause after the whole. Look-alikes: the same shares right
// (with `ruim`, `bijna`, `circa`, a decimal), a goal or another base for the percentage, a
// second subset beside the share, a growth percentage.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: DefectWording[] = [
  ['the whole before, the part after Van hen', body('In 2025 meldden zich 560 huishoudens bij de schuldhulp. Van hen kregen er 140 een saneringstraject, ruim een derde van alle aanmeldingen.'), 'ruim een derde'],
  ['a sentence wrapped before the part', body('Van de 820 leerlingen die de enquête invulden, gaven er', '205 aan zich wel eens onveilig te voelen: 40 procent.'), '40 procent'],
  ['the share after a colon in the sentence of the part', body('Het wijkteam benaderde 960 ouderen. Daarvan namen er 192 deel aan de beweegcursus: bijna de helft.'), 'bijna de helft'],
  ['the share before the part, a year between', body('Van de 2.400 bezoekers in 2024 kwam 45 procent uit een andere gemeente, in totaal 600 mensen.'), '45 procent'],
  ['a duration between whole and part', body('Van de 1.250 aanvragen in 2025 werden er binnen 8 weken 500 afgehandeld, oftewel 60 procent.'), '60 procent'],
  ['emphasis around part and share', body('Van de 640 deelnemers rondde **80** het traject af, dat is **25 procent**.'), '25 procent'],
  ['inclusief before the whole, daarvan after the part', body('Inclusief de wachtlijst gaat het om 300 kinderen; 150 daarvan krijgen nu al hulp, een derde.'), 'een derde'],
  ['the fraction first, part and whole set off', body('Een kwart van de woningen, 90 van de 480, heeft energielabel A.'), 'Een kwart'],
  ['a relative clause after the whole', body('Van de 720 ondernemers die de vragenlijst terugstuurden, zijn er 360 tevreden over de bereikbaarheid, ongeveer 30 procent.'), '30 procent'],
  ['whole, part and share in three sentences', body('Dit jaar zijn 1.500 fietsers geteld op de Dorpsstraat. Daarvan reden er 300 op een e-bike. Dat is 35 procent.'), '35 procent'],
  ['de helft of the total after the part', body('Van de 350 woningen in het plan worden er 70 sociale huur, de helft van het totaal.'), 'de helft'],
  ['a decimal share in parentheses, an age between', body('Van de 4.200 inwoners boven de 75 wonen er 1.050 alleen (32,5 procent).'), '32,5 procent'],
  ['a wrapped paragraph, the share before the part', body('Eind 2025 stonden er in totaal 880 woningzoekenden ingeschreven.', 'Van hen zocht 44 procent een eengezinswoning, 220 huishoudens.'), '44 procent'],
  ['the whole as a new count, bijna in the part sentence', body('Het aantal meldingen steeg in 2025 naar 250. Daarvan gingen er 50 over geluidsoverlast, bijna 30 procent.'), '30 procent'],
  ['waarvan and a colon', body('Er kwamen 1.200 aanvragen binnen, waarvan 600 werden toegekend: 75 procent.'), '75 procent'],
  ['a count of places before the whole', body('In de 3 wijken wonen samen 2.000 kinderen; 500 daarvan groeien op in armoede, ofwel 40 procent.'), '40 procent'],
  ['the share opens the next sentence', body('We spraken 400 mantelzorgers. Ruim de helft van hen, 124 mensen, voelt zich overbelast.'), 'Ruim de helft']
]

const clean: CleanWording[] = [
  ['the whole before, the part after Van hen, right', body('In 2025 meldden zich 560 huishoudens bij de schuldhulp. Van hen kregen er 140 een saneringstraject, een kwart van alle aanmeldingen.')],
  ['a wrapped sentence, right', body('Van de 820 leerlingen die de enquête invulden, gaven er', '205 aan zich wel eens onveilig te voelen: 25 procent.')],
  ['the share after a colon, right', body('Het wijkteam benaderde 960 ouderen. Daarvan namen er 192 deel aan de beweegcursus: een vijfde.')],
  ['the share before the part, right', body('Van de 2.400 bezoekers in 2024 kwam 25 procent uit een andere gemeente, in totaal 600 mensen.')],
  ['a duration between, right', body('Van de 1.250 aanvragen in 2025 werden er binnen 8 weken 500 afgehandeld, oftewel 40 procent.')],
  ['emphasis and a decimal, right', body('Van de 640 deelnemers rondde **80** het traject af, dat is **12,5 procent**.')],
  ['ruim for 32 percent', body('Van de 300 kinderen op de wachtlijst krijgen er 96 al hulp, ruim 30 procent.')],
  ['bijna een vijfde for 18.75 percent', body('Bijna een vijfde van de woningen, 90 van de 480, heeft energielabel A.')],
  ['a relative clause, right', body('Van de 720 ondernemers die de vragenlijst terugstuurden, zijn er 360 tevreden over de bereikbaarheid, de helft.')],
  ['three sentences, right', body('Dit jaar zijn 1.500 fietsers geteld op de Dorpsstraat. Daarvan reden er 300 op een e-bike. Dat is 20 procent.')],
  ['a goal after the share', body('Van de 350 woningen in het plan worden er 70 sociale huur. Dat aandeel willen we in 2028 verhogen naar 30 procent.')],
  ['a national figure as another base', body('Van de 4.200 inwoners boven de 75 wonen er 1.050 alleen. Landelijk is dat 32 procent.')],
  ['circa for 43.75 percent over a wrap', body('Eind 2025 stonden er in totaal 880 woningzoekenden ingeschreven.', 'Van hen zocht circa 44 procent een eengezinswoning, 385 huishoudens.')],
  ['a growth percentage', body('Het aantal meldingen steeg van 200 naar 250, een stijging van 25 procent.')],
  ['last year beside this year', body('Er kwamen 1.200 aanvragen binnen, waarvan 600 werden toegekend: 50 procent. Vorig jaar was dat nog 65 procent.')],
  ['a second subset beside the share', body('Van de 500 ondervraagde huishoudens kwam 30 procent moeilijk rond. Daarnaast hadden 35 huishoudens een betalingsachterstand.')],
  ['a goal to halve the share', body('In de 3 wijken wonen samen 2.000 kinderen; 500 daarvan groeien op in armoede, ofwel 25 procent. We willen dat aandeel halveren.')],
  ['procentpunt beside a right share', body('Van de 600 jongeren sport de helft wekelijks, 300 in getal, 5 procentpunt meer dan in 2022.')],
  ['gemiddeld with a percentage of time', body('De 120 vrijwilligers besteden gemiddeld 15 procent van hun week aan de buurtkamer.')],
  ['the share of a different whole next sentence', body('We spraken 400 mantelzorgers. Van alle mantelzorgers in de gemeente is dat 10 procent.')],
  ['ruim de helft, right', body('We spraken 400 mantelzorgers. Ruim de helft van hen, 214 mensen, voelt zich overbelast.')],
  ['a sub-share of the part', body('Van de 800 aanvragen werden er 400 toegekend. Van die toekenningen ging 25 procent naar gezinnen met kinderen.')]
]

describeBattery(percentageClaimCheck, defects, clean, 17)
