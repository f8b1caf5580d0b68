import { proseCalculation } from '@kapstok/rules'
import { describeBattery, type BatteryWording } from './battery.js'
import type { CleanWording } from './wordings.js'

// hmean11: a stated mean of values that the same sentence lists (in brackets, after a colon,
// as a run of numbers with one unit, or in the lead line of a list), whichever side of the list
// the mean stands on. The relation is strong only when every listed value has the mean's unit
// (or none) and the list counts the things the mean is taken over. Look-alikes: the same means
// right or within their rounding, a list of a different unit, a range, a list of years, a sum
// instead of a mean, a mean of only part of the list.

const body = (...lines: string[]): string[] => ['# Stand van zaken', '', ...lines]

const defects: BatteryWording[] = [
  ['bracketed list, then is', body('De gemiddelde levertijd van de drie leveranciers (6, 9 en 15 dagen) is 12 dagen.'), '12'],
  ['bracketed list of euros, liggen gemiddeld op', body('De huren in de vier wijken (€ 640, € 710, € 690 en € 760) liggen gemiddeld op € 740.'), '740'],
  ['mean before a colon list', body('Een melding wordt gemiddeld in 9 werkdagen afgehandeld: 5 werkdagen bij Oost, 7 bij Midden en 8 bij West.'), '9'],
  ['years then values, per jaar', body('In 2023, 2024 en 2025 kwamen er 310, 280 en 345 klachten binnen, gemiddeld 340 per jaar.'), '340'],
  ['two sentences: list then mean', body('De vier sporthallen worden 52, 61, 47 en 40 uur per week verhuurd. Dat is gemiddeld 57 uur per week.'), '57'],
  ['mean after a list in words', body('De drie teams hebben vijf, zeven en negen leden, gemiddeld acht leden per team.'), '8'],
  ['decimals', body('De scores van de drie wijken (6,8, 7,1 en 7,7) komen gemiddeld uit op 7,6.'), '7,6'],
  ['gemiddelde van list', body('Het gemiddelde van de wachttijden in Noord, Midden en Zuid (4, 11 en 12 weken) bedraagt 11 weken.'), '11'],
  ['list items under a lead line', body('Gemiddeld duurt een vergunningaanvraag 10 weken:', '', '- bouwvergunningen 8 weken;', '- kapvergunningen 4 weken;', '- evenementenvergunningen 6 weken.'), '10'],
  ['mean first, list in brackets after', body('Gemiddeld stonden de ondergrondse containers 21 dagen vol (14, 16 en 18 dagen in de drie kernen).'), '21'],
  ['kilometres with a slash of parts', body('De vijf fietsroutes zijn 12, 18, 9, 22 en 14 km lang; gemiddeld is een route 19 km.'), '19'],
  ['percent values', body('De opkomst in de drie stembureaus (41%, 47% en 56%) lag gemiddeld op 54%.'), '54'],
  ['digits with thousands', body('De drie zwembaden trokken 42.000, 38.500 en 51.500 bezoekers, gemiddeld 48.000 per zwembad.'), '48.000'],
  ['values labelled by year, unit on the first only', body('In 2022 vielen er 118 bomen om, in 2023 96 en in 2024 131; gemiddeld 125 per jaar.'), '125'],
  ['year: value pairs in brackets', body('Het aantal evenementenvergunningen (2021: 64, 2022: 71, 2023: 58) kwam gemiddeld uit op 70 per jaar.'), '70'],
  ['per after the last of the list, a span of years', body('Over 2018-2021 telden we 33, 41, 29 en 45 aanrijdingen per jaar, gemiddeld 41.'), '41'],
  ['en and comma plus ongeveer', body('De gemiddelde reistijd naar de vier scholen (18, 25, 31 en 22 minuten) is ongeveer 30 minuten.'), '30']
]

const clean: CleanWording[] = [
  ['bracketed list right', body('De gemiddelde levertijd van de drie leveranciers (6, 9 en 15 dagen) is 10 dagen.')],
  ['euros right, rounded', body('De huren in de vier wijken (€ 640, € 710, € 690 en € 760) liggen gemiddeld op € 700.')],
  ['colon list right', body('Een melding wordt gemiddeld in 7 werkdagen afgehandeld: 5 werkdagen bij Oost, 7 bij Midden en 9 bij West.')],
  ['years then values, right', body('In 2023, 2024 en 2025 kwamen er 310, 280 en 345 klachten binnen, gemiddeld 312 per jaar.')],
  ['a sum, not a mean', body('De vier sporthallen worden 52, 61, 47 en 40 uur per week verhuurd, samen 200 uur per week.')],
  ['a mean of another unit', body('De drie teams hebben vijf, zeven en negen leden en trainen gemiddeld twee uur per week.')],
  ['a mean of part of the list', body('De scores van de drie wijken (6,8, 7,1 en 7,7) zijn hoger dan vorig jaar; in Oost en Zuid gemiddeld 7,4.')],
  ['a range, not a list', body('De wachttijden liggen tussen 4 en 12 weken, gemiddeld 9 weken.')],
  ['the highest, not a mean', body('De vijf fietsroutes zijn 12, 18, 9, 22 en 14 km lang; de langste is 22 km.')],
  ['mean over more things than listed', body('In de drie grootste kernen (41%, 47% en 56%) lag de opkomst hoger dan gemiddeld; over alle tien kernen was dat 38%.')],
  ['a mean and a list of a different unit', body('Gemiddeld kost een cursus € 180: de cursussen duren 6, 8 en 10 weken.')],
  ['list items right', body('Gemiddeld duurt een vergunningaanvraag 6 weken:', '', '- bouwvergunningen 8 weken;', '- kapvergunningen 4 weken;', '- evenementenvergunningen 6 weken.')],
  ['thousands right', body('De drie zwembaden trokken 42.000, 38.500 en 51.500 bezoekers, gemiddeld 44.000 per zwembad.')],
  ['a mean with ongeveer within rounding', body('De gemiddelde reistijd naar de vier scholen (18, 25, 31 en 22 minuten) is ongeveer 24 minuten.')],
  ['values labelled by year, right', body('In 2022 vielen er 118 bomen om, in 2023 96 en in 2024 131; gemiddeld 115 per jaar.')],
  ['year: value pairs, right', body('Het aantal evenementenvergunningen (2021: 64, 2022: 71, 2023: 58) kwam gemiddeld uit op 64 per jaar.')],
  ['per after the last of the list, right', body('Over 2018-2021 telden we 33, 41, 29 en 45 aanrijdingen per jaar, gemiddeld 37.')],
  ['years that do not label the values', body('Tussen 2019 en 2024 lagen de scores op 6,9, 7,2 en 7,5 en kwam het gemiddelde op 7,6 uit.')],
  ['a weighted mean is not a plain mean', body('De klantwaardering was in de drie wijken 7,1, 7,4 en 8,0; gewogen naar het aantal inwoners gemiddeld 7,8.')]
]

describeBattery(proseCalculation, defects, clean, 16)

// hmean11, second shape: a mean per counted thing written as a round number after `gemiddeld`.
// `gemiddeld` says the figure is a mean, not that it is rounded more coarsely than it is written:
// `gemiddeld € 100.000` for 90.000 misses by a tenth. Look-alikes: the mean right, a rounding
// word that does widen it (`ongeveer`, `bijna`, `ruim`), a bound per thing, a mean within the
// rounding of its digits.
const roundDefects: BatteryWording[] = [
  ['count the sentence before, round mean', body('De gemeente beheert 14 sportparken. Het onderhoud kost € 1.260.000, gemiddeld € 100.000 per sportpark.'), '100.000'],
  ['count and total in one sentence', body('Aan de 36 basisscholen ging in 2025 € 792.000 aan onderwijsachterstanden, gemiddeld € 20.000 per school.'), '20.000'],
  ['total in millions', body('De 8 musea ontvingen samen € 1,44 miljoen subsidie, gemiddeld € 200.000 per museum.'), '200.000'],
  ['after a colon', body('Voor de 60 speeltuinen is jaarlijks € 168.000 beschikbaar: gemiddeld € 2.500 per speeltuin.'), '2.500'],
  ['a count, not euros', body('De 25 buurthuizen trokken 135.000 bezoekers, gemiddeld 6.000 per buurthuis.'), '6.000'],
  ['per singular of the counted noun', body('In 2025 verleenden we 48 startersleningen voor € 1.632.000, gemiddeld € 30.000 per lening.'), '30.000'],
  ['kilometres', body('We onderhouden 320 kilometer fietspad. Daar gaat € 2,4 miljoen naar, gemiddeld € 9.000 per kilometer.'), '9.000'],
  ['count in words', body('Twaalf dorpshuizen kregen samen € 96.000, gemiddeld € 9.000 per dorpshuis.'), '9.000'],
  ['pooled by zij', body('Er zijn 45 jongerenwerkers; samen voerden zij 16.200 gesprekken, gemiddeld 400 per jongerenwerker.'), '400'],
  ['budget in millions, per team', body('De 9 wijkteams hadden in 2025 samen een budget van € 3,15 miljoen, gemiddeld € 300.000 per wijkteam.'), '300.000'],
  ['mean before the verb', body('Met 1.200 deelnemers en een budget van € 540.000 gaven we gemiddeld € 500 per deelnemer uit.'), '500'],
  ['list item', body('Het onderhoud van de binnensport:', '', '- 16 gymzalen: onderhoud € 208.000, gemiddeld € 15.000 per gymzaal;', '- 3 sporthallen: onderhoud € 240.000.'), '15.000']
]

const roundClean: CleanWording[] = [
  ['round mean right', body('De gemeente beheert 14 sportparken. Het onderhoud kost € 1.260.000, gemiddeld € 90.000 per sportpark.')],
  ['ongeveer widens', body('Aan de 36 basisscholen ging in 2025 € 792.000 aan onderwijsachterstanden, gemiddeld ongeveer € 20.000 per school.')],
  ['millions right', body('De 8 musea ontvingen samen € 1,44 miljoen subsidie, gemiddeld € 180.000 per museum.')],
  ['bijna below', body('Voor de 60 speeltuinen is jaarlijks € 168.000 beschikbaar: gemiddeld bijna € 3.000 per speeltuin.')],
  ['ruim above', body('De 25 buurthuizen trokken 135.000 bezoekers, gemiddeld ruim 5.000 per buurthuis.')],
  ['singular right', body('In 2025 verleenden we 48 startersleningen voor € 1.632.000, gemiddeld € 34.000 per lening.')],
  ['within its digits', body('We onderhouden 320 kilometer fietspad. Daar gaat € 2,4 miljoen naar, gemiddeld € 7.500 per kilometer.')],
  ['count in words right', body('Twaalf dorpshuizen kregen samen € 96.000, gemiddeld € 8.000 per dorpshuis.')],
  ['a bound per thing', body('De 9 wijkteams hadden in 2025 samen € 3,15 miljoen; per wijkteam is maximaal € 400.000 beschikbaar.')],
  ['two digits within rounding', body('Met 1.200 deelnemers en een budget van € 538.000 gaven we gemiddeld € 450 per deelnemer uit.')],
  ['list item right', body('Het onderhoud van de binnensport:', '', '- 16 gymzalen: onderhoud € 208.000, gemiddeld € 13.000 per gymzaal;', '- 3 sporthallen: onderhoud € 240.000.')],
  ['pooled right', body('Er zijn 45 jongerenwerkers; samen voerden zij 16.200 gesprekken, gemiddeld 360 per jongerenwerker.')]
]

describeBattery(proseCalculation, roundDefects, roundClean, 12)

// hmean11, third shape: a figure per thing per year of a total over several years, the years
// named beside the total (`in vier jaar`, `over 2026 tot en met 2030`, `voor 2027-2030`): the total
// divides by the count and by the years. Look-alikes: the same right, a yearly total, two spans,
// a figure per thing without `per jaar`, a rounding word, a bound.
const spreadDefects: BatteryWording[] = [
  ['over four years, semicolon', body('Over vier jaar trekken we € 1,2 miljoen uit; bij 20.000 inwoners is dat € 20 per inwoner per jaar.'), '20'],
  ['total sentence before', body('Het programma kost in vier jaar € 2,4 miljoen. Met 30.000 inwoners komt dat neer op € 25 per inwoner per jaar.'), '25'],
  ['span of years, gemiddeld', body('Voor 2027-2030 is € 960.000 beschikbaar voor 400 deelnemers, gemiddeld € 800 per deelnemer per jaar.'), '800'],
  ['komende drie jaar, omgerekend', body('In de komende drie jaar investeren we € 450.000 in de 50 speeltuinen, omgerekend € 4.000 per speeltuin per jaar.'), '4.000'],
  ['tot en met, per household', body('Over 2026 tot en met 2030 is € 2,5 miljoen begroot voor 10.000 huishoudens; dat is € 60 per huishouden per jaar.'), '60'],
  ['gedurende, samen', body('Gedurende vijf jaar ontvangen de 12 dorpshuizen samen € 900.000, gemiddeld € 18.000 per dorpshuis per jaar.'), '18.000'],
  ['short span, colon', body('Voor 2027-2029 gaat € 1,8 miljoen naar de 25.000 inwoners: dat is € 30 per inwoner per jaar.'), '30'],
  ['per kilometre', body('Over zes jaar kost het beheer van 40 kilometer dijk € 3,6 miljoen, dat is € 18.000 per kilometer per jaar.'), '18.000'],
  ['years in digits', body('Voor 4 jaar is € 720.000 gereserveerd voor 300 leerlingen; dat komt neer op € 750 per leerling per jaar.'), '750'],
  ['count two sentences back', body('Onze gemeente telt 45.000 inwoners. Voor 2027-2030 trekken we € 5,4 miljoen uit voor sport, omgerekend € 36 per inwoner per jaar.'), '36'],
  ['ofwel gemiddeld', body('In vier jaar krijgen 160 verenigingen samen € 640.000, ofwel gemiddeld € 1.250 per vereniging per jaar.'), '1.250'],
  ['the figure after its units', body('Het budget voor 2028-2031 bedraagt € 1,6 miljoen voor 8.000 mantelzorgers; per mantelzorger per jaar is dat € 60.'), '60']
]

const spreadClean: CleanWording[] = [
  ['over four years right', body('Over vier jaar trekken we € 1,2 miljoen uit; bij 20.000 inwoners is dat € 15 per inwoner per jaar.')],
  ['span right', body('Voor 2027-2030 is € 960.000 beschikbaar voor 400 deelnemers, gemiddeld € 600 per deelnemer per jaar.')],
  ['tot en met right', body('Over 2026 tot en met 2030 is € 2,5 miljoen begroot voor 10.000 huishoudens; dat is € 50 per huishouden per jaar.')],
  ['a yearly total', body('Het programma kost € 600.000 per jaar. Met 30.000 inwoners komt dat neer op € 20 per inwoner per jaar.')],
  ['jaarlijks before the total', body('We trekken jaarlijks € 1,2 miljoen uit; bij 20.000 inwoners is dat € 60 per inwoner per jaar.')],
  ['two spans', body('In 2023-2026 ging er € 2 miljoen naar sport en in 2027-2029 € 1,5 miljoen; bij 25.000 inwoners is dat € 20 per inwoner per jaar.')],
  ['per thing, not per year', body('In vier jaar trekken we € 1,2 miljoen uit; bij 20.000 inwoners is dat € 60 per inwoner.')],
  ['ongeveer right', body('Over zes jaar kost het beheer van 40 kilometer dijk € 3,6 miljoen, dat is ongeveer € 15.000 per kilometer per jaar.')],
  ['ofwel right', body('In vier jaar krijgen 160 verenigingen samen € 640.000, ofwel gemiddeld € 1.000 per vereniging per jaar.')],
  ['a bound per year', body('Voor 2027-2030 is € 960.000 beschikbaar voor 400 deelnemers, maximaal € 800 per deelnemer per jaar.')]
]

describeBattery(proseCalculation, spreadDefects, spreadClean, 10)

// hmean11, fourth shape: a figure per participant (`per deelnemer`) whose count names the people by
// what they are (`60 ouderen`, `140 huishoudens`) and the taking part by its verb (`deden … mee`,
// `namen … deel`). Look-alikes: the same right, a count that did not take part, a bound.
const takingPartDefects: BatteryWording[] = [
  ['deden mee, sentence before', body('Aan de cursus deden 60 ouderen mee. De kosten van € 9.000 komen neer op € 180 per deelnemer.'), '180'],
  ['namen deel, semicolon', body('Aan de fietsdag namen 450 kinderen deel; de € 6.750 aan kosten is € 18 per deelnemer.'), '18'],
  ['er deden mee', body('Er deden 140 huishoudens mee aan de inkoopactie. De korting van € 35.000 komt neer op € 290 per deelnemer.'), '290'],
  ['doen mee, present tense', body('Dit jaar doen 85 mantelzorgers mee aan de training; met € 10.200 is dat € 150 per deelnemer.'), '150'],
  ['nemen deel, gemiddeld', body('Aan het beweegprogramma nemen 240 senioren deel. Het budget van € 36.000 is gemiddeld € 180 per deelnemer.'), '180'],
  ['count in words', body('Aan de workshop deden twintig ondernemers mee; de € 1.600 aan zaalhuur is € 95 per deelnemer.'), '95'],
  ['ofwel', body('In 2025 namen 320 statushouders deel aan de taalcursus, voor € 57.600, ofwel € 200 per deelnemer.'), '200'],
  ['dat is, total first', body('De sportweek kostte € 12.000. Er deden 400 scholieren mee, dat is € 35 per deelnemer.'), '35'],
  ['komt uit op', body('Aan de schuldhulpcursus deden 48 inwoners mee. De cursus van € 8.640 komt daarmee uit op € 200 per deelnemer.'), '200'],
  ['omgerekend', body('Aan de buurtschouw namen 75 bewoners deel; de € 2.250 aan kosten is omgerekend € 35 per deelnemer.'), '35'],
  ['in brackets', body('De zomerschool (mee deden 90 leerlingen, kosten € 27.000) kost € 350 per deelnemer.'), '350'],
  ['deelnemer after its unit', body('Aan het project deden 250 werkzoekenden mee. Per deelnemer kwam dat bij € 150.000 aan kosten op € 700.'), '700']
]

const takingPartClean: CleanWording[] = [
  ['right, sentence before', body('Aan de cursus deden 60 ouderen mee. De kosten van € 9.000 komen neer op € 150 per deelnemer.')],
  ['right, semicolon', body('Aan de fietsdag namen 450 kinderen deel; de € 6.750 aan kosten is € 15 per deelnemer.')],
  ['right, er deden mee', body('Er deden 140 huishoudens mee aan de inkoopactie. De korting van € 35.000 komt neer op € 250 per deelnemer.')],
  ['a count that did not take part', body('Van de 300 ouderen die we benaderden deden er 60 mee. De kosten van € 9.000 komen neer op € 150 per deelnemer.')],
  ['a bound per participant', body('Aan de cursus deden 60 ouderen mee. De gemeente vergoedt maximaal € 180 per deelnemer.')],
  ['a price set per participant', body('Aan de fietsdag namen 450 kinderen deel; de ouders betaalden € 5 per deelnemer.')],
  ['right in words', body('Aan de workshop deden twintig ondernemers mee; de € 1.600 aan zaalhuur is € 80 per deelnemer.')],
  ['right ofwel', body('In 2025 namen 320 statushouders deel aan de taalcursus, voor € 57.600, ofwel € 180 per deelnemer.')],
  ['right dat is', body('De sportweek kostte € 12.000. Er deden 400 scholieren mee, dat is € 30 per deelnemer.')],
  ['right omgerekend', body('Aan de buurtschouw namen 75 bewoners deel; de € 2.250 aan kosten is omgerekend € 30 per deelnemer.')]
]

describeBattery(proseCalculation, takingPartDefects, takingPartClean, 10)
