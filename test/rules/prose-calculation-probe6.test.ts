import { proseCalculation } from '@kapstok/rules'
import { describeWordings, type CleanWording, type DefectWording } from './wordings.js'

// Fresh probe wordings (wave 6b): a whole with `bestaan uit` (plural) before its parts, an amount
// per month restated `op jaarbasis`, a closing total far above the sum of the sentences before it
// (a wider whole), a mean per thing whose count stands in its own sentence after an adjective, and a
// count times a rate with the result after `levert de … op` / `brengt de … op`, and a mean of a
// counted thing per counted unit without euros (`gemiddeld 35 trajecten per fte`).
const defects: DefectWording[] = [
  ['a plural whole consisting of its parts', ['De totale kosten van € 265.000 bestaan uit € 150.000 personeel, € 70.000 materiaal en € 35.000 huisvesting.'], '265.000'],
  ['plural bestaan uit with two parts', ['De bijdragen van € 90.000 bestaan uit € 55.000 van de provincie en € 45.000 van het waterschap.'], '90.000'],
  ['plural bestaan uit in a list item', ['- De investeringen van € 1,2 miljoen bestaan uit € 700.000 voor de kade en € 600.000 voor de brug.'], '1,2 miljoen'],
  ['per month and op jaarbasis', ['De huur van de tijdelijke locatie bedraagt € 3.500 per maand, op jaarbasis € 40.000.'], '40.000'],
  ['per quarter and dat is op jaarbasis', ['De bijdrage aan de regio is € 12.000 per kwartaal, dat is € 50.000 op jaarbasis.'], '50.000'],
  ['per week and op jaarbasis is dat', ['De inzet van de boa kost € 900 per week; op jaarbasis is dat € 52.000.'], '52.000'],
  ['a closing total near the sum', ['De bibliotheek krijgt € 200.000 en het museum € 150.000. Samen is dat € 370.000.'], '370.000'],
  ['a closing total of three sentences', ['Het Rijk betaalt € 80.000. De provincie betaalt € 60.000. De corporaties betalen € 30.000. In totaal is dat € 180.000.'], '180.000'],
  ['a closing total slightly low', ['De wijkteams krijgen € 310.000. Het jongerenwerk krijgt € 185.000. Samen is dat € 455.000.'], '455.000'],
  ['a mean with an adjective before the counted noun', ['De 6 culturele verenigingen krijgen samen € 54.000, gemiddeld € 8.000 per vereniging.'], '8.000'],
  ['a mean with two adjectives', ['We geven 12 kleine lokale projecten samen € 30.000, gemiddeld € 3.500 per project.'], '3.500'],
  ['a count and a rate, levert de … op', ['Met 52.000 inwoners en een bijdrage van € 4 per inwoner levert de toeristenbelasting € 280.000 op.'], '280.000'],
  ['a rate then a count, levert de … op', ['De parkeervergunning kost € 60 per auto. Met 1.400 auto’s levert de regeling € 94.000 op.'], '94.000'],
  ['a rate and a count, brengt de … op', ['We verhuren 35 volkstuinen voor € 120 per volkstuin. Elk jaar brengt de verhuur € 5.200 op.'], '5.200'],
  ['a count mean per fte', ['Het team telt 12 fte en begeleidt dit jaar 390 trajecten, dat is gemiddeld 35 trajecten per fte.'], '35'],
  ['a count mean over two sentences', ['In 2025 waren er 18 consulenten. Zij voerden 2.700 gesprekken, ruim 170 gesprekken per consulent.'], '170'],
  ['a count mean per wijk', ['De 6 wijken tellen samen 84 speelplekken, gemiddeld 16 speelplekken per wijk.'], '16'],
  ['a mean over sentences with an adjective', ['Er zijn 15 openbare speeltuinen in de gemeente. Het onderhoud kost € 60.000, gemiddeld € 5.000 per speeltuin.'], '5.000']
]

const clean: CleanWording[] = [
  ['a plural whole whose parts add up', ['De totale kosten van € 255.000 bestaan uit € 150.000 personeel, € 70.000 materiaal en € 35.000 huisvesting.']],
  ['bestaan uit onder meer', ['De totale kosten van € 265.000 bestaan onder meer uit € 150.000 personeel en € 70.000 materiaal.']],
  ['bestaan uit with parts that hold', ['De bijdragen van € 100.000 bestaan uit € 55.000 van de provincie en € 45.000 van het waterschap.']],
  ['op jaarbasis that holds', ['De huur bedraagt € 3.500 per maand, op jaarbasis € 42.000.']],
  ['op jaarbasis with another cost between', ['De huur bedraagt € 3.500 per maand; met servicekosten op jaarbasis € 45.000.']],
  ['per quarter op jaarbasis that holds', ['De bijdrage is € 12.000 per kwartaal, dat is € 48.000 op jaarbasis.']],
  ['a closing total of a wider whole', ['De bibliotheek krijgt € 200.000 en het museum € 150.000. De totale cultuurbegroting is € 2,4 miljoen.']],
  ['a closing total of the whole programme', ['Het Rijk betaalt € 80.000. De provincie betaalt € 60.000. Het totale programma bedraagt € 1,6 miljoen.']],
  ['a closing total that holds', ['De wijkteams krijgen € 310.000. Het jongerenwerk krijgt € 185.000. Samen is dat € 495.000.']],
  ['a mean of another group in the next sentence', ['Aan de 14 sportverenigingen keren we samen € 210.000 uit. Aan de 6 culturele verenigingen gemiddeld € 8.000 per vereniging.']],
  ['a mean with an adjective that holds', ['De 6 culturele verenigingen krijgen samen € 48.000, gemiddeld € 8.000 per vereniging.']],
  ['levert de … op that holds', ['Met 52.000 inwoners en een bijdrage van € 4 per inwoner levert de toeristenbelasting € 208.000 op.']],
  ['levert de … op after daarnaast', ['De 1.400 vergunninghouders betalen € 60 per vergunning; daarnaast levert de verkoop van dagkaarten € 94.000 op.']],
  ['brengt de … op of another item', ['We verhuren 35 volkstuinen voor € 120 per volkstuin. Ook brengt de verkoop van grond € 52.000 op.']],
  ['a count mean that holds', ['Het team telt 12 fte en begeleidt dit jaar 420 trajecten, dat is gemiddeld 35 trajecten per fte.']],
  ['a count mean of a subgroup', ['Er zijn 6 wijken met 84 speelplekken. In de 2 oudste wijken zijn het gemiddeld 20 speelplekken per wijk.']],
  ['a count per unit as a norm', ['De 6 wijken tellen 84 speelplekken; de norm is 10 speelplekken per wijk.']],
  ['a count of another noun before per', ['Er zijn 4 verenigingen met 12 trajecten per vereniging; de 48 trajecten kosten € 96.000, gemiddeld € 2.000 per traject.']]
]

describeWordings(proseCalculation, defects, clean)
