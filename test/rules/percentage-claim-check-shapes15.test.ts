import { percentageClaimCheck } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// Wave 12 (hpct7), fraction words as percentage claims: fresh wordings written before reading
// the rule's code, in the shapes the gates may miss: the whole in the sentence before (`van hen`,
// `daarvan`, `van deze groep`), the part after the fraction word, amounts in millions, a line
// break inside the sentence, markdown emphasis, distractor numbers, a relative clause, the
// fraction before its parts. Look-alikes: the same shapes right (within the spread a qualifier
// allows), a fraction of another whole, `de helft van de tijd`, `een kwart eeuw`. The start code caught 12 of
// the 22 defect wordings (10 of the first 15); the amount, apposition and pointer gates catch all 22.

const body = (...lines: string[]): string[] => ['# Cijfers', '', ...lines]

const defects: BatteryWording[] = [
  ['whole before, van hen', body('In de wijk wonen 3.400 huishoudens. 1.190 van hen hebben een huurwoning, ongeveer een kwart.'), 'een kwart'],
  ['whole before, daarvan', body('De bibliotheek telde 5.600 leden. Daarvan zijn er 1.900 jonger dan 18 jaar, bijna de helft.'), 'de helft'],
  ['whole before, van deze groep', body('We ondersteunen 640 statushouders. Van deze groep hebben er 96 betaald werk, ruim een derde.'), 'een derde'],
  ['part after the fraction word, in totaal', body('Van de 56 sportverenigingen heeft ruim een kwart, 9 in totaal, een eigen kantine.'), 'een kwart'],
  ['amounts in millions, whole first', body('Van de € 18,4 miljoen gaat € 6,1 miljoen naar onderhoud, ongeveer de helft van het budget.'), 'de helft'],
  ['amounts in millions, year distractor', body('In 2028 besteden we € 2,6 miljoen van de € 12,9 miljoen aan preventie, circa een derde van het programma.'), 'een derde'],
  ['een op de vijf', body('Van de 1.250 leerlingen fietsen er 480 naar school, een op de vijf.'), 'een op de vijf'],
  ['twee derde with zo\'n', body('Van de 90 woningen zijn er 41 gasloos, zo\'n twee derde.'), 'twee derde'],
  ['driekwart with emphasis', body('Van de **320** aanvragen zijn er **150** binnen de termijn afgehandeld, ongeveer driekwart.'), 'driekwart'],
  ['line break inside the sentence', body('Het team bezocht 210 ondernemers en', '126 daarvan gaven aan hulp te willen, ongeveer een derde.'), 'een derde'],
  ['meer dan de helft, part after namelijk', body('Meer dan de helft van de 74 scholen, namelijk 31, heeft een groen schoolplein.'), 'de helft'],
  ['distractor difference in the sentence', body('In 2025 meldden zich 460 jongeren bij het loket, 12 meer dan in 2024; 70 van hen hadden schulden, ongeveer een derde.'), 'een derde'],
  ['fraction before its parts', body('Bijna een kwart van de deelnemers, 58 van de 420, rondde de cursus af.'), 'een kwart'],
  ['relative clause in the whole', body('Van de 1.800 ouderen die alleen wonen, krijgt een kwart, zo\'n 810, thuiszorg.'), 'een kwart'],
  // Added with the fixes: more wordings of each gate (amounts at two scales, an apposed part, a pointer mid-sentence).
  ['amounts at two scales, bijna', body('Van de € 2,4 miljoen is € 900.000 bestemd voor jeugd, bijna de helft.'), 'de helft'],
  ['amounts, van de middelen', body('De gemeente besteedt € 1,5 miljoen van de € 6 miljoen aan wijkteams, ongeveer een derde van de middelen.'), 'een derde'],
  ['apposed part with its noun', body('Van de 250 vrijwilligers is bijna een derde, 60 mensen, jonger dan 30.'), 'een derde'],
  ['apposed part after the whole, krap', body('Krap de helft van de 120 bedrijven, zo\'n 35, heeft een ontruimingsplan.'), 'de helft'],
  ['a pointer after a lead, the whole the end of a change', body('Het aantal leerlingen daalde van 1.400 naar 1.250. Inmiddels krijgen 600 van hen bijles, ongeveer een derde.'), 'een derde'],
  ['a pointer after a colon', body('Het bestand groeide van 800 naar 1.000 deelnemers. Opvallend: 120 daarvan zijn nieuw, ruim een kwart.'), 'een kwart'],
  ['a pointer after a line break', body('De wachtlijst telde eind 2025 540 gezinnen. Voor de zomer kregen', '270 van hen een plek, een derde.'), 'een derde'],
  ['inclusief qualifier, daarvan', body('Inclusief de wachtlijst gaat het om 930 kinderen; 310 daarvan wachten langer dan drie maanden, ongeveer een vijfde.'), 'een vijfde']
]

const clean: CleanWording[] = [
  ['whole before, van hen, right', body('In de wijk wonen 3.400 huishoudens. 1.190 van hen hebben een huurwoning, ruim een derde.')],
  ['whole before, daarvan, bijna de helft for 47 %', body('De bibliotheek telde 5.600 leden. Daarvan zijn er 2.650 jonger dan 18 jaar, bijna de helft.')],
  ['whole before, van deze groep, right', body('We ondersteunen 640 statushouders. Van deze groep hebben er 230 betaald werk, ruim een derde.')],
  ['part after the fraction word, right', body('Van de 41 aanvragers wil ruim de helft, 23 in getal, een vaste plek.')],
  ['amounts in millions, right', body('Van de € 18,4 miljoen gaat € 6,1 miljoen naar onderhoud, ongeveer een derde van het budget.')],
  ['amounts in millions, fraction at the end, right', body('In 2027 gaat € 33,5 miljoen van de € 44,6 miljoen naar zorg, ongeveer driekwart van het programma.')],
  ['een op de vijf, right', body('Van de 1.250 leerlingen fietsen er 250 naar school, een op de vijf.')],
  ['twee derde, right', body('Van de 90 woningen zijn er 61 gasloos, zo\'n twee derde.')],
  ['de helft van de tijd', body('De helft van de tijd gaat op aan overleg met 14 partners.')],
  ['een kwart eeuw', body('Het buurthuis bestaat al een kwart eeuw en telt 120 vrijwilligers.')],
  ['a fraction of another whole in the sentence', body('Van de 400 deelnemers kwamen er 90 uit Oost; een derde van de begeleiders was vrijwilliger.')],
  ['ruim een derde for 36 %', body('Ruim een derde van de 300 gezinnen, 108 in totaal, ontvangt toeslag.')],
  ['bijna de helft for 47 %', body('Bijna de helft, 47 van de 100 ondernemers, verwacht groei.')],
  ['ongeveer een derde for 31 %', body('Ongeveer een derde van de 600 meldingen (31 procent) ging over geluid.')],
  ['a fraction of another group after a whole', body('De gemeente telt 12.000 inwoners boven de 65. Een kwart van de mantelzorgers is zelf ouder dan 75; het gaat om 410 mensen.')],
  ['de helft, exact, part after a colon', body('Van de 80 plekken is de helft bezet: 40.')],
  ['krap een kwart for 24 %', body('Krap een kwart van de 200 deelnemers, 48 mensen, stopte voortijdig.')],
  ['circa een vijfde with a rounded part', body('Circa een vijfde van de 2.300 meldingen (zo\'n 470) kwam via de app.')],
  ['meer dan de helft, right', body('Meer dan de helft van de 74 scholen, namelijk 40, heeft een groen schoolplein.')],
  ['een op de drie without its whole', body('Een op de drie jongeren sport wekelijks; in 2025 deden 1.200 jongeren mee aan de enquête.')],
  ['de helft of a budget, no part', body('Het budget van € 4 miljoen wordt in 2027 voor de helft besteed aan preventie.')],
  ['line break, right', body('Het team bezocht 210 ondernemers en', '70 daarvan gaven aan hulp te willen, ongeveer een derde.')],
  ['emphasis, right', body('Van de **320** aanvragen zijn er **240** binnen de termijn afgehandeld, driekwart.')],
  ['amounts, a quarter of the means', body('Van de € 2,4 miljoen is € 600.000 bestemd voor jeugd, een kwart van de middelen.')],
  ['amounts at two scales, right', body('Van de € 2,4 miljoen gaat € 800.000 naar jeugd, een derde.')],
  ['an amount beside a count', body('Van de 40 projecten krijgen er 10 samen € 2 miljoen, een kwart.')],
  ['amounts, then a fraction of another group', body('Van de € 12 miljoen gaat € 3 miljoen naar jeugd; een derde van de jongeren krijgt hulp.')],
  ['apposed part with its noun, right', body('Van de 250 vrijwilligers is bijna een derde, 80 mensen, jonger dan 30.')],
  ['a comparison set off after the share', body('Ruim de helft van de 120 bedrijven, 12 meer dan vorig jaar, heeft een plan.')],
  ['a fraction and the rest in other places', body('Van de 300 deelnemers woont een derde in Noord, 80 in Zuid en de rest in Oost.')],
  ['a count of times set off', body('Van de 60 leden traint de helft, 2 keer per week, op het veld.')],
  ['a pointer after a lead, right', body('Het aantal leerlingen daalde van 1.400 naar 1.250. Inmiddels krijgen 420 van hen bijles, ongeveer een derde.')],
  ['a pointer after a colon, right', body('Het bestand groeide van 800 naar 1.000 deelnemers. Opvallend: 270 daarvan zijn nieuw, ruim een kwart.')],
  ['daarvan as of that, not a part', body('De wachtlijst telde 540 gezinnen. Wij zijn daarvan op de hoogte en de helft van de scholen doet mee.')],
  ['distractor difference, right', body('In 2025 meldden zich 460 jongeren bij het loket, 12 meer dan in 2024; 150 van hen hadden schulden, ongeveer een derde.')]
]

describeBattery(percentageClaimCheck, defects, clean, 22)
