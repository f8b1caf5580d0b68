import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Battery hkind16, written before reading the rule: shares whose part and whole name the same set
// in another form: a participle or agent noun of the verb that counts the whole (`ingeschreven` ~
// `ingeschrevenen`, `deelnemen` ~ `deelnemers`, `aangemeld` ~ `aangemelden`), a compound head
// (`huurwoningen` ~ `woningen`), an adjective. The look-alikes: fitting shares, and a whole of
// another set named beside them (the share must then be read against that one, or not at all).
// The start code caught 6 of 9 (the three with a participle whole and a year or count word in the
// part's sentence were added after a probe showed that gate; it missed all three).
const p = (...lines: string[]): string[] => ['# Inleiding', '', ...lines]

const defects: BatteryWording[] = [
  ['participle whole, agent noun part', p('Begin 2026 stonden 6.200 huishoudens ingeschreven. Vorig jaar reageerden 1.860 ingeschrevenen actief, ongeveer 40 procent van alle ingeschrevenen.'), '40 procent'],
  ['verb whole, agent noun part', p('Aan de regeling namen 320 gezinnen deel; 96 deelnemers stopten voortijdig, een kwart van de deelnemers.'), 'een kwart'],
  ['participle whole, participle noun part', p('Er hebben zich 1.450 inwoners aangemeld. Van hen kregen 290 aangemelden een intake, bijna de helft.'), 'de helft'],
  ['compound part of a bare whole', p('De gemeente telt 12.400 woningen; daarvan zijn 5.100 huurwoningen, zo\'n 55 %.'), '55'],
  ['adjective part, bare whole, share first', p('Ruim 60 procent van de 840 aanvragen kwam digitaal binnen: 430 digitale aanvragen.'), '60 procent'],
  ['participle whole, a count word between', p('Eind 2025 stonden 3.480 gezinnen bij de voedselbank aangemeld.', 'Vorig jaar kregen 870 aangemelden minstens één keer een pakket, bijna 40 procent van alle aangemelden.'), '40 procent'],
  ['participle whole, the part in another year', p('Eind 2025 stonden 3.480 gezinnen bij de voedselbank aangemeld.', 'In 2024 kregen 870 aangemelden een pakket, bijna 40 procent van alle aangemelden.'), '40 procent'],
  ['prefix participle whole, the part in another year', p('Medio 2026 waren 2.250 ondernemers bij het fonds betrokken.', 'In 2025 vroegen 300 betrokkenen een lening aan, zo\'n 20 procent van alle betrokkenen.'), '20 procent'],
  ['compound whole, bare part in list', p('Over de 2.600 schoolkinderen:', '', '- 780 kinderen fietsen naar school (40 %);', '- de rest komt lopend of met de auto.'), '40'],
]

const clean: CleanWording[] = [
  ['fitting participle share', p('Begin 2026 stonden 6.200 huishoudens ingeschreven. Vorig jaar reageerden 1.860 ingeschrevenen actief, 30 procent van alle ingeschrevenen.')],
  ['share against another set named beside', p('Begin 2026 stonden 6.200 huishoudens ingeschreven. Vorig jaar reageerden 1.860 ingeschrevenen, 40 procent van de 4.650 actief zoekenden.')],
  ['fitting agent noun share', p('Aan de regeling namen 320 gezinnen deel; 80 deelnemers stopten voortijdig, een kwart van de deelnemers.')],
  ['fitting compound part', p('De gemeente telt 12.400 woningen; daarvan zijn 5.100 huurwoningen, zo\'n 41 %.')],
  ['a part of another head', p('De gemeente telt 12.400 woningen en 5.100 bedrijfsruimten; 55 % van de bedrijfsruimten staat op een bedrijventerrein.')],
  ['fitting adjective share', p('Ruim 50 procent van de 840 aanvragen kwam digitaal binnen: 430 digitale aanvragen.')],
  ['share of another group than counted', p('Er hebben zich 1.450 inwoners aangemeld. Van hen kregen 290 een intake; de helft van de intakes leidde tot hulp.')],
  ['fitting compound whole list', p('Over de 2.600 schoolkinderen:', '', '- 780 kinderen fietsen naar school (30 %);', '- de rest komt lopend of met de auto.')],
  ['a rate, not a share', p('De 320 deelnemers kregen gemiddeld 40 procent korting op de cursus.')],
  ['a share of households of a wider set', p('Er stonden 6.200 huishoudens ingeschreven; 35 procent van alle huishoudens in de gemeente woont huur.')],
]

describeBattery(percentageClaimCheck, defects, clean, 9)
